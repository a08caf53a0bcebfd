using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Renderers.Docx;

namespace Juesuan.Renderers.Tests.Report;

public sealed class DocxReportWriterTests
{
    private static WordprocessingDocument Open(Reporting.Document.ReportDocument doc)
    {
        var ms = new MemoryStream();
        DocxReportWriter.Write(doc, ms);
        ms.Position = 0;
        return WordprocessingDocument.Open(ms, false);
    }

    [Fact]
    public void The_document_has_a_toc_field_headings_and_page_numbers()
    {
        using var word = Open(SampleReport.Document);
        var body = word.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o \"1-2\"", StringComparison.Ordinal));
        var styles = body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToHashSet();
        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);
        Assert.Contains("Heading3", styles);
        var footer = word.MainDocumentPart.FooterParts.Single().Footer;
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        Assert.True(word.MainDocumentPart.DocumentSettingsPart!.Settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void Headings_use_a_cjk_sans_and_the_body_a_cjk_serif()
    {
        using var word = Open(SampleReport.Document);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("黑体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("宋体", styles["BodyText"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void Tables_repeat_their_header_rows_merge_spans_and_sit_in_landscape_sections()
    {
        using var word = Open(SampleReport.Document);
        var body = word.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().ToList();
        Assert.True(tables.Count >= 9);
        var gk05 = tables.First(t => t.InnerText.Contains("一般公共服务支出", StringComparison.Ordinal) && t.Descendants<GridColumn>().Count() == 5);
        var header = gk05.Elements<TableRow>().Take(3).ToList();
        Assert.All(header, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Contains(gk05.Descendants<GridSpan>(), g => g.Val!.Value == 3);               // 本年支出
        Assert.Contains(tables.SelectMany(t => t.Descendants<VerticalMerge>()), v => v.Val?.Value == MergedCellValues.Restart); // 公开02表 本年收入合计
        Assert.Contains(body.Descendants<PageSize>(), p => p.Orient?.Value == PageOrientationValues.Landscape);
        Assert.Contains(body.Descendants<PageSize>(), p => p.Orient?.Value == PageOrientationValues.Portrait);
        // The 合计 row as printed.
        Assert.Contains(gk05.Elements<TableRow>(), r => r.InnerText == "合计7,9431,4236,520");
    }

    [Fact]
    public void Grids_merge_rows_and_columns()
    {
        using var word = Open(SampleReport.Hostile());
        var table = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(MergedCellValues.Restart, rows[0].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(MergedCellValues.Continue, rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(3, rows[0].Elements<TableCell>().ElementAt(1).TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Contains("测试局<script>alert(1)</script>", word.MainDocumentPart.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_and_the_contents_are_unnumbered_sections_and_the_body_is_numbered_from_one()
    {
        using var word = Open(SampleReport.Document);
        var sections = word.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.Empty(sections[0].Elements<FooterReference>());      // cover
        Assert.Empty(sections[1].Elements<FooterReference>());      // 目录
        Assert.NotEmpty(sections[2].Elements<FooterReference>());
        Assert.Equal(1, sections[2].GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.All(sections.Skip(3), s => Assert.Null(s.GetFirstChild<PageNumberType>()));

        // Each 目录 entry: heading, a tab to the dot-leader stop, and a run for its page number.
        var entries = DocxReportWriter.TocEntryPageRuns(word);
        Assert.Contains(entries, e => e.Heading.StartsWith("第四部分", StringComparison.Ordinal));
        Assert.True(entries.Count >= 15);
    }

    [Fact]
    public void A_part_title_is_kept_with_the_first_table_and_no_row_splits()
    {
        using var word = Open(SampleReport.Document);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        var part4 = paragraphs.First(p => p.InnerText.StartsWith("第四部分", StringComparison.Ordinal));
        var next = part4.ElementsAfter().OfType<Paragraph>().First();
        Assert.StartsWith("一、", next.InnerText, StringComparison.Ordinal);
        Assert.Null(next.ParagraphProperties!.GetFirstChild<PageBreakBefore>());   // no page between the part title and its first table
        Assert.All(body.Descendants<TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Each_evaluation_table_repeats_its_indicator_header_rows_on_every_page()
    {
        using var word = Open(SampleReport.Document);
        var tables = word.MainDocumentPart!.Document.Body!.Elements<Table>().Where(t => t.InnerText.Contains("三级指标", StringComparison.Ordinal)).ToList();
        Assert.Equal(18, tables.Count);                                   // 5 unit and 13 project tables
        foreach (var t in tables)
        {
            var rows = t.Elements<TableRow>().ToList();
            Assert.Contains("一级指标", rows[0].InnerText, StringComparison.Ordinal);     // the indicator part is a table of its own …
            Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));   // … whose two header rows repeat
            Assert.All(rows.Skip(2), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        }
    }
}
