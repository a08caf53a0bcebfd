using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Tables;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Juesuan.Renderers.Docx;

/// <summary>
/// report.docx — the document offices edit and publish: heading styles (CJK sans) over a CJK serif
/// body, a 目录 field, page numbers, portrait text and landscape sections for wide tables, bordered
/// tables whose header rows repeat on every page. Lays out the <see cref="ReportDocument"/>; adds no numbers.
/// </summary>
public static class DocxReportWriter
{
    private const string Serif = "宋体";
    private const string Sans = "黑体";

    // A4 in twentieths of a point; 2.5 cm / 2 cm margins.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int MarginTopBottom = 1440;
    private const int MarginSide = 1304;

    public static void Write(ReportDocument doc, Stream output)
    {
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        AddStyles(main);
        AddSettings(main);
        var footerId = AddFooter(main);
        var body = new Body();
        main.Document = new Document(body);

        // Title page and 目录: sections of their own without a footer, so neither carries a page number;
        // the body is numbered from 1. A title not on its own page heads the first page of the body.
        if (doc.TitleOnOwnPage)
        {
            body.Append(Spacer(2400));
        }

        foreach (var line in doc.TitleLines)
        {
            body.Append(Para(line, "Title"));
        }

        if (doc.TitleOnOwnPage)
        {
            body.Append(SectionBreak(landscape: false, footerId: null));
        }

        if (doc.HasTableOfContents)
        {
            body.Append(Para("目 录", "TocHeading"));
            body.Append(TableOfContents(doc));
            body.Append(SectionBreak(landscape: false, footerId: null));
        }

        var landscape = false;
        var firstBlock = true;
        var numberedFromOne = true;
        var bookmark = 1;
        var blocks = doc.Blocks.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];

            // Headings go on the page of the table they introduce: a part title followed by a table's own
            // heading stays with both (never alone at the foot of a page or on a page of its own).
            var subject = block is Heading ? Subject(blocks, i) : block;
            var firstOfChain = i == 0 || blocks[i - 1] is not Heading;
            var wantsLandscape = subject switch
            {
                TableBlock t => t.Landscape,
                GridBlock g => g.Landscape,
                _ => false,
            };
            var newSection = false;
            if (wantsLandscape != landscape && block is not PageBreak)
            {
                // End the current section with its own orientation, start the next.
                body.Append(SectionBreak(landscape, footerId, numberedFromOne));
                numberedFromOne = false;
                landscape = wantsLandscape;
                newSection = true;
            }

            switch (block)
            {
                case PageBreak when !firstBlock && body.LastChild is not Paragraph { ParagraphProperties.SectionProperties: not null }:
                    body.Append(PageBreakParagraph());
                    break;
                case Heading h:
                    // Each table starts on a page of its own, its heading(s) with it (a new section already starts a page).
                    var introducesTable = !ReferenceEquals(subject, block);
                    body.Append(HeadingParagraph(h, bookmark++, pageBreakBefore: introducesTable && firstOfChain && !newSection && h.Level > 1));
                    break;
                case Reporting.Document.Paragraph p:
                    body.Append(BodyParagraph(p));
                    break;
                case TableBlock t:
                    foreach (var e in DisclosureTableElements(t.Table, landscape))
                    {
                        body.Append(e);
                    }

                    break;
                case GridBlock g:
                    // Each 绩效自评表 starts a page, unless its part title or a new section just did.
                    var startsPage = newSection || blocks[i - 1] is Heading or PageBreak;
                    foreach (var e in GridElements(g, landscape, pageBreakBefore: !startsPage))
                    {
                        body.Append(e);
                    }

                    break;
            }

            firstBlock = false;
        }

        body.Append(SectionProperties(landscape, footerId, numberedFromOne));
        main.Document.Save();
    }

    /// <summary>The first block of a table or grid that a run of headings introduces, or the heading itself.</summary>
    private static ReportBlock Subject(List<ReportBlock> blocks, int i)
    {
        var j = i + 1;
        while (j < blocks.Count && blocks[j] is Heading)
        {
            j++;
        }

        return j < blocks.Count && blocks[j] is TableBlock or GridBlock ? blocks[j] : blocks[i];
    }

    /// <summary>A paragraph ending a section (the section's properties ride on its last paragraph).</summary>
    private static Paragraph SectionBreak(bool landscape, string? footerId, bool numberedFromOne = false) =>
        new(new ParagraphProperties(SectionProperties(landscape, footerId, numberedFromOne)));

    /// <summary>A section's page: A4 in its orientation; with the page-number footer unless <paramref name="footerId"/> is null.</summary>
    private static SectionProperties SectionProperties(bool landscape, string? footerId, bool numberedFromOne = false)
    {
        var props = new SectionProperties();
        if (footerId is not null)
        {
            props.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        }

        props.Append(
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize
            {
                Width = (UInt32Value)(uint)(landscape ? A4Long : A4Short),
                Height = (UInt32Value)(uint)(landscape ? A4Short : A4Long),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = MarginTopBottom,
                Bottom = MarginTopBottom,
                Left = (UInt32Value)(uint)MarginSide,
                Right = (UInt32Value)(uint)MarginSide,
                Header = 720,
                Footer = 720,
                Gutter = 0,
            });
        if (numberedFromOne)
        {
            props.Append(new PageNumberType { Start = 1 });
        }

        return props;
    }

    private static int TextWidth(bool landscape) => (landscape ? A4Long : A4Short) - (2 * MarginSide);

    private static Paragraph Para(string text, string style, JustificationValues? justify = null)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (justify is { } j)
        {
            props.Append(new Justification { Val = j });
        }

        return new Paragraph(props, TextRun(text));
    }

    private static Run TextRun(string text, bool bold = false, int? halfPoints = null)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (halfPoints is { } hp)
        {
            props.Append(new FontSize { Val = hp.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run();
        if (props.HasChildren)
        {
            run.Append(props);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Spacer(int twips) =>
        new(new ParagraphProperties(new SpacingBetweenLines { Before = twips.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static Paragraph PageBreakParagraph() => new(new Run(new Break { Type = BreakValues.Page }));

    private static Paragraph HeadingParagraph(Heading h, int id, bool pageBreakBefore)
    {
        var name = "_Toc" + id.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        var level = Math.Clamp(h.Level, 1, 4);
        var props = new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + level.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (pageBreakBefore)
        {
            props.Append(new PageBreakBefore());
        }

        return new Paragraph(
            props,
            new BookmarkStart { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = name },
            TextRun(h.Text),
            new BookmarkEnd { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static Paragraph BodyParagraph(Reporting.Document.Paragraph p)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = p.FirstLineIndent ? "BodyText" : "BodyTextNoIndent" });
        var para = new Paragraph(props);
        foreach (var r in p.Runs)
        {
            para.Append(TextRun(r.Text, r.Bold));
        }

        return para;
    }

    /// <summary>
    /// A TOC field over headings 1–2, its result pre-filled so it reads right before Word updates it: one
    /// paragraph per heading, "text ⇥ page" (the page run left empty here, see <see cref="TocEntryPageRuns"/>).
    /// </summary>
    private static SdtBlock TableOfContents(ReportDocument doc)
    {
        var content = new SdtContentBlock();
        var headings = doc.Blocks.OfType<Heading>().Where(h => h.Level <= 2).ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var para = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = h.Level == 1 ? "TOC1" : "TOC2" }));
            if (i == 0)
            {
                para.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            // The page number goes after a dot-leader tab; PdfReportWriter fills it from the converted pages
            // (LibreOffice does not update a TOC field when converting), Word updates the field on opening.
            para.Append(TextRun(h.Text), new Run(new TabChar()), new Run(new Text(string.Empty) { Space = SpaceProcessingModeValues.Preserve }));
            if (i == headings.Count - 1)
            {
                para.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            content.Append(para);
        }

        return new SdtBlock(
            new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content);
    }

    private static IEnumerable<OpenXmlElement> DisclosureTableElements(DisclosureTable t, bool landscape)
    {
        yield return Para(t.Title, "TableTitle");
        var width = TextWidth(landscape);
        // 公开NN表 on the right, then 部门 / 年度 / 金额单位 on one line with centre and right tabs.
        if (t.Number.Length > 0)
        {
            yield return Para(t.Number, "TableInfo", JustificationValues.Right);
        }

        Paragraph InfoLine(params string[] parts)
        {
            var para = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = "TableInfo" },
                new Tabs(
                    new TabStop { Val = TabStopValues.Center, Position = width / 2 },
                    new TabStop { Val = TabStopValues.Right, Position = width })));
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    para.Append(new Run(new TabChar()));
                }

                para.Append(TextRun(parts[i]));
            }

            return para;
        }

        // 部门 left, 年度 centred, 金额单位 right — on two lines when the name would run into the year
        // (10 pt CJK characters are about 200 twips wide).
        var department = "部门：" + t.DepartmentName;
        var year = t.Year.ToString() + " 年度";
        if ((department.Length * 200) + (year.Length * 100) < width / 2)
        {
            yield return InfoLine(department, year, "金额单位：" + t.AmountUnit);
        }
        else
        {
            yield return InfoLine(department);
            yield return InfoLine(string.Empty, year, "金额单位：" + t.AmountUnit);
        }

        var widths = ColumnWidths(t.ColumnWidths.Count == t.ColumnCount ? t.ColumnWidths : Enumerable.Repeat(10, t.ColumnCount).ToList(), width);
        var table = NewTable(widths);

        // Header grid with row and column spans.
        var covered = new bool[t.HeaderRowCount, t.ColumnCount];
        var startAt = t.Header.ToDictionary(h => (h.Row, h.Column));
        for (var r = 0; r < t.HeaderRowCount; r++)
        {
            var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            for (var c = 0; c < t.ColumnCount;)
            {
                if (startAt.TryGetValue((r, c), out var h))
                {
                    row.Append(Cell(h.Text, widths, c, h.ColSpan, header: true, vMerge: h.RowSpan > 1 ? MergedCellValues.Restart : null));
                    for (var rr = r + 1; rr < r + h.RowSpan; rr++)
                    {
                        for (var cc = c; cc < c + h.ColSpan; cc++)
                        {
                            covered[rr, cc] = true;
                        }
                    }

                    c += h.ColSpan;
                }
                else if (covered[r, c])
                {
                    var above = t.Header.Where(x => x.Column == c && x.Row < r && x.Row + x.RowSpan > r).First();
                    row.Append(Cell(string.Empty, widths, c, above.ColSpan, header: true, vMerge: MergedCellValues.Continue));
                    c += above.ColSpan;
                }
                else
                {
                    row.Append(Cell(string.Empty, widths, c, 1, header: true));
                    c++;
                }
            }

            table.Append(row);
        }

        foreach (var r in t.Rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            var bold = r.Kind == RowKind.Total;
            for (var c = 0; c < t.ColumnCount;)
            {
                var cell = r.Cells[c];
                row.Append(Cell(cell.Text, widths, c, cell.ColSpan, bold: bold, right: cell.Kind == CellKind.Amount,
                    center: cell.Kind == CellKind.LineNumber));
                c += Math.Max(1, cell.ColSpan);
            }

            table.Append(row);
        }

        yield return table;
        foreach (var note in t.Notes)
        {
            yield return Para(note, "TableNote");
        }
    }

    /// <summary>
    /// A grid (绩效自评表) as printed: its title, then the rows as bordered tables. Word repeats only a table's
    /// leading header rows on a continuation page, so the grid is split before its first header row that is not
    /// at the top (the 绩效指标 header): the rows above form one table, the header and the rows below another
    /// (a hair-thin paragraph between them keeps the two apart and together). Rows tied by a cell merged down
    /// are kept on one page.
    /// </summary>
    private static IEnumerable<OpenXmlElement> GridElements(GridBlock g, bool landscape, bool pageBreakBefore)
    {
        var title = Para(g.Title, "TableTitle");
        if (pageBreakBefore)
        {
            title.ParagraphProperties!.Append(new PageBreakBefore());
        }

        yield return title;
        if (g.Subtitle is not null)
        {
            yield return Para(g.Subtitle, "TableInfo", JustificationValues.Center);
        }

        var width = TextWidth(landscape);
        var widths = ColumnWidths(g.ColumnWidths.Count == g.ColumnCount ? g.ColumnWidths : Enumerable.Repeat(10, g.ColumnCount).ToList(), width);

        // Above the indicators, row r is kept with row r + 1 while a cell merged down from r or above covers
        // r + 1 (年度总体目标 and its two texts); the indicator rows may break between any two rows, under a
        // repeated header.
        var split = Enumerable.Range(1, Math.Max(0, g.Rows.Count - 1)).FirstOrDefault(r => g.Rows[r].IsHeader && !g.Rows[r - 1].IsHeader);
        var keepWithNext = new bool[g.Rows.Count];
        for (var r = 0; r < (split > 0 ? split : g.Rows.Count); r++)
        {
            foreach (var cell in g.Rows[r].Cells.Where(c => c.RowSpan > 1))
            {
                for (var k = r; k < Math.Min(g.Rows.Count - 1, r + cell.RowSpan - 1); k++)
                {
                    keepWithNext[k] = true;
                }
            }
        }

        var table = NewTable(widths);
        var spanning = new List<(int FromRow, int ToRow, int Column, int ColSpan)>();
        for (var r = 0; r < g.Rows.Count; r++)
        {
            if (r == split && r > 0)
            {
                yield return table;
                yield return new Paragraph(
                    new ParagraphProperties(
                        new KeepNext(),
                        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }),
                    new Run(new RunProperties(new FontSize { Val = "2" }), new Text(string.Empty)));
                table = NewTable(widths);
            }

            var gridRow = g.Rows[r];
            var props = new TableRowProperties(new CantSplit());
            if (gridRow.IsHeader)
            {
                props.Append(new TableHeader());
            }

            var row = new TableRow(props);
            var starts = gridRow.Cells.ToDictionary(c => c.Column);
            var keep = keepWithNext[r] || gridRow.IsHeader || r == split - 1;
            for (var c = 0; c < g.ColumnCount;)
            {
                if (starts.TryGetValue(c, out var cell))
                {
                    row.Append(Cell(cell.Text, widths, c, cell.ColSpan, header: gridRow.IsHeader, bold: cell.Bold, right: cell.AlignRight,
                        vMerge: cell.RowSpan > 1 ? MergedCellValues.Restart : null, keepNext: keep));
                    if (cell.RowSpan > 1)
                    {
                        spanning.Add((r, r + cell.RowSpan - 1, c, cell.ColSpan));
                    }

                    c += Math.Max(1, cell.ColSpan);
                }
                else if (spanning.FirstOrDefault(s => s.Column == c && s.FromRow < r && s.ToRow >= r) is { ColSpan: > 0 } above)
                {
                    row.Append(Cell(string.Empty, widths, c, above.ColSpan, header: gridRow.IsHeader, vMerge: MergedCellValues.Continue, keepNext: keep));
                    c += above.ColSpan;
                }
                else
                {
                    row.Append(Cell(string.Empty, widths, c, 1, header: gridRow.IsHeader, keepNext: keep));
                    c++;
                }
            }

            table.Append(row);
        }

        yield return table;
        yield return new Paragraph();
    }

    private static int[] ColumnWidths(IReadOnlyList<int> relative, int total)
    {
        var sum = Math.Max(1, relative.Sum());
        return relative.Select(w => Math.Max(300, total * w / sum)).ToArray();
    }

    private static Table NewTable(int[] widths)
    {
        BorderType Line<T>()
            where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "000000" };
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
            grid);
    }

    private static TableCell Cell(string text, int[] widths, int column, int span, bool header = false, bool bold = false,
        bool right = false, bool center = false, MergedCellValues? vMerge = null, bool keepNext = false)
    {
        span = Math.Max(1, Math.Min(span, widths.Length - column));
        var width = widths.Skip(column).Take(span).Sum();
        var props = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (vMerge is { } v)
        {
            props.Append(new VerticalMerge { Val = v });
        }

        if (header)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2", Color = "auto" });
        }

        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var justify = header || center ? JustificationValues.Center : right ? JustificationValues.Right : JustificationValues.Left;
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (keepNext)
        {
            pPr.Append(new KeepNext());
        }

        pPr.Append(new Justification { Val = justify });
        var para = new Paragraph(pPr);
        if (text.Length > 0)
        {
            para.Append(TextRun(text, bold || header));
        }

        return new TableCell(props, para);
    }

    private static string AddFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
            TextRun("第 "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            TextRun(" 页")));
        footer.Footer.Save();
        return main.GetIdOfPart(footer);
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true }, new DisplayBackgroundShape());
        settings.Settings.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        Style ParagraphStyle(string id, string name, string font, int halfPoints, bool bold = false, JustificationValues? justify = null,
            int before = 0, int after = 0, bool indent = false, int? outline = null, string line = "360", bool keepNext = false)
        {
            var pPr = new StyleParagraphProperties(new SpacingBetweenLines
            {
                Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Line = line,
                LineRule = LineSpacingRuleValues.Auto,
            });
            if (indent)
            {
                pPr.Append(new Indentation { FirstLineChars = 200, FirstLine = (halfPoints * 20).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            if (justify is { } j)
            {
                pPr.Append(new Justification { Val = j });
            }

            if (outline is { } o || keepNext)
            {
                pPr.Append(new KeepNext());
            }

            if (outline is { } level)
            {
                pPr.Append(new OutlineLevel { Val = level });
            }

            var rPr = new StyleRunProperties(
                new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold)
            {
                rPr.Append(new Bold());
            }

            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), pPr, rPr)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
        }

        var normal = ParagraphStyle("Normal", "Normal", Serif, 24);
        normal.RemoveAllChildren<BasedOn>();
        normal.Default = true;
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Serif, HighAnsi = Serif, EastAsia = Serif, ComplexScript = Serif },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault()),
            normal,
            ParagraphStyle("Title", "Title", Sans, 44, bold: true, justify: JustificationValues.Center, after: 240),
            ParagraphStyle("TocHeading", "TOC Heading", Sans, 32, bold: true, justify: JustificationValues.Center, after: 240),
            ParagraphStyle("Heading1", "heading 1", Sans, 32, justify: JustificationValues.Center, before: 240, after: 240, outline: 0),
            ParagraphStyle("Heading2", "heading 2", Sans, 28, before: 120, after: 120, outline: 1),
            ParagraphStyle("Heading3", "heading 3", "楷体", 24, bold: true, before: 60, after: 60, outline: 2, indent: true),
            ParagraphStyle("Heading4", "heading 4", Serif, 24, bold: true, outline: 3, indent: true),
            TocStyle(ParagraphStyle("TOC1", "toc 1", Serif, 24, after: 60)),
            TocStyle(ParagraphStyle("TOC2", "toc 2", Serif, 24, after: 60, indent: true)),
            ParagraphStyle("BodyText", "Body Text", Serif, 24, indent: true, justify: JustificationValues.Both),
            ParagraphStyle("BodyTextNoIndent", "Body Text No Indent", Serif, 24, justify: JustificationValues.Both),
            ParagraphStyle("TableTitle", "Table Title", Sans, 32, justify: JustificationValues.Center, before: 120, after: 120, keepNext: true),
            ParagraphStyle("TableInfo", "Table Info", Serif, 20, line: "240", keepNext: true),
            ParagraphStyle("TableText", "Table Text", Serif, 18, line: "240"),
            ParagraphStyle("TableNote", "Table Note", Serif, 18, before: 60, line: "240"),
            ParagraphStyle("Footer", "footer", Serif, 18, line: "240"));
        part.Styles.Save();
    }

    /// <summary>A 目录 style: page numbers on a dot-leader tab at the right margin of a portrait page.</summary>
    private static Style TocStyle(Style style)
    {
        var pPr = style.StyleParagraphProperties!;
        pPr.InsertAt(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth(false) }), 0);
        return style;
    }

    /// <summary>
    /// The runs of a 目录 written by <see cref="Write"/> that hold each entry's page number, in entry order,
    /// with the entry's heading text: what a later pass fills once the pages are known.
    /// </summary>
    public static IReadOnlyList<(string Heading, Text Page)> TocEntryPageRuns(WordprocessingDocument word)
    {
        var toc = word.MainDocumentPart?.Document?.Body?.Elements<SdtBlock>()
            .FirstOrDefault(b => b.Descendants<DocPartGallery>().Any(g => g.Val?.Value == "Table of Contents"));
        if (toc is null)
        {
            return [];
        }

        var entries = new List<(string, Text)>();
        foreach (var para in toc.Descendants<Paragraph>())
        {
            var runs = para.Elements<Run>().ToList();
            var tab = runs.FindIndex(r => r.GetFirstChild<TabChar>() is not null);
            if (tab < 0 || tab + 1 >= runs.Count || runs[tab + 1].GetFirstChild<Text>() is not { } page)
            {
                continue;
            }

            var heading = string.Concat(runs.Take(tab).SelectMany(r => r.Elements<Text>()).Select(t => t.Text));
            entries.Add((heading, page));
        }

        return entries;
    }
}
