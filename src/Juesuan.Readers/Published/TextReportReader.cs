using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;
using Juesuan.Readers.Published.Statements;
using Juesuan.Readers.Published.Text;
using Juesuan.Core.Tables;

namespace Juesuan.Readers.Published;

/// <summary>A published report could not be read at all (not a report, unreadable file); the message names the file.</summary>
public sealed class PublishedReadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads a published report from its text — lines of tab-separated cells, pages split by form feeds,
/// the shape of a PDF's text layer — into a <see cref="PublishedReport"/> whose figures are as printed:
/// department, year, units, the tables whatever their numbering, the narrative's figures tied to their
/// items, and the 绩效自评表. Reads what a partial document holds and notes what it cannot read.
/// </summary>
public static partial class TextReportReader
{
    public static PublishedReport Read(string text, string document, CatalogSet? catalogs = null)
    {
        catalogs ??= CatalogSet.Default;

        // Some fonts print full-width digits ("１２３．４５"): read as ASCII everywhere, tables and text alike.
        var lines = Lines(StatedFigures.AsciiDigits(text));
        var notes = new List<string>();
        var (department, year) = Title(lines);
        var tables = Tables(lines, notes);
        var paragraphs = NarrativeText(lines).Select(p => new NarrativeParagraph(p.Text, new PrintedPlace(p.At.Page, p.At.Number))).ToList();
        var tableNames = tables.SelectMany(t => t.Rows).Where(r => r.Code is { Length: 3 or 5 or 7 } && r.Label.Length > 0)
            .GroupBy(r => r.Code!).ToDictionary(g => g.Key, g => g.First().Label);
        var statements = StatementReader.Read(paragraphs, new SubjectContext(catalogs, tableNames), year?.Value);
        var evaluations = Evaluations(lines);
        return new PublishedReport
        {
            Document = document,
            DepartmentName = department,
            Year = year,
            Units = Units(lines),
            Tables = tables,
            Statements = statements,
            Claims = statements.SelectMany(s => s.Claims).ToList(),
            Words = statements.SelectMany(s => s.Words).ToList(),
            Evaluations = evaluations,
            Sections = Sections(lines, tables, evaluations),
            ReaderNotes = notes,
            Contents = Contents(lines),
            Lines = lines.Select(l => new PrintedLine(string.Join(' ', l.Cells.Where(c => c.Length > 0)), new PrintedPlace(l.Page, l.Number))).ToList(),
        };
    }

    /// <summary>
    /// 目录: the lines after a line reading 目录 up to where the body begins (the first entry printed again),
    /// without dot leaders and page numbers. Empty when the document has no recognisable table of contents.
    /// </summary>
    private static IReadOnlyList<PrintedLine> Contents(List<Line> lines)
    {
        var start = lines.FindIndex(l => l.Flat == "目录");
        if (start < 0 || start > 60)
        {
            return [];
        }

        var entries = new List<PrintedLine>();
        for (var i = start + 1; i < lines.Count && i < start + 120; i++)
        {
            var entry = TocLeader().Replace(string.Join(' ', lines[i].Cells.Where(c => c.Length > 0)), string.Empty).Trim();
            if (entry.Length == 0 || PageFooter().IsMatch(Normalize(entry)))
            {
                continue;
            }

            if (entries.Count > 0 && Normalize(entry) == Normalize(entries[0].Text))
            {
                return entries;
            }

            entries.Add(new PrintedLine(entry, new PrintedPlace(lines[i].Page, lines[i].Number)));
        }

        return []; // the body never began: not a table of contents
    }

    /// <summary>A line of the document: page, line number and its tab-separated cells (trimmed).</summary>
    internal sealed record Line(int Page, int Number, string Text, string[] Cells)
    {
        /// <summary>Each cell's centre x on the page when the text came from a PDF, else null.</summary>
        public double[]? Anchors { get; init; }

        /// <summary>The cells were split at spaces (a page text without tabs): empty cells are not marked, so columns after the first are uncertain.</summary>
        public bool SpaceSeparated { get; init; }

        public string Flat => Normalize(Text);
    }

    /// <summary>Dot leaders and the page number after them: "…… 3", ". . . 12", "3" at the end after spaces.</summary>
    [GeneratedRegex(@"\s*(?:[.·…．。\-_]{2,}|\s)\s*\d{1,3}\s*$|[.·…．]{3,}\s*$")]
    private static partial Regex TocLeader();

    /// <summary>A page number printed as a footer: 第 2 页, - 3 -, 4.</summary>
    [GeneratedRegex(@"^(第\d+页(共\d+页)?|[-－—]?\d{1,3}[-－—]?)$")]
    private static partial Regex PageFooter();

    internal static string Normalize(string s) =>
        WhiteSpace().Replace(s, string.Empty).Replace('(', '（').Replace(')', '）').Replace(',', '，').Replace(':', '：');

    /// <summary>
    /// The x of each cell marked \u001F{x}\u001F{text} by <see cref="PdfText"/>, the marks removed from
    /// <paramref name="parts"/>; null (and the parts left as they are) when any cell is not so marked.
    /// </summary>
    private static double[]? Anchored(string[] parts)
    {
        var anchors = new double[parts.Length];
        var texts = new string[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            var end = parts[k].IndexOf(PdfText.Anchor, 1);
            if (end < 0 || !double.TryParse(parts[k].AsSpan(1, end - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out anchors[k]))
            {
                return null;
            }

            texts[k] = parts[k][(end + 1)..];
        }

        texts.CopyTo(parts, 0);
        return anchors;
    }

    private static List<Line> Lines(string text)
    {
        var result = new List<Line>();
        // Lines are numbered as an editor (or grep -n) numbers the file: a page break (\f) starts a page, not a line.
        var p = 0;
        var n = 0;
        foreach (var whole in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            n++;
            var pieces = whole.Split('\f');
            for (var k = 0; k < pieces.Length; k++)
            {
                p += k > 0 ? 1 : 0;
                var raw = pieces[k];
                if (raw.Trim().Length == 0)
                {
                    continue;
                }

                var parts = raw.TrimEnd(' ', '\r').Split('\t');
                double[]? anchors = null;
                if (parts.All(c => c.Length > 0 && c[0] == PdfText.Anchor))
                {
                    anchors = Anchored(parts);
                }

                result.Add(new Line(p + 1, n, string.Join('\t', parts), parts.Select(c => c.Trim()).ToArray()) { Anchors = anchors });
            }
        }

        return result;
    }

    private static (string? Department, FiscalYear? Year) Title(List<Line> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, 12); i++)
        {
            var m = TitleYear().Match(lines[i].Flat);
            if (m.Success)
            {
                var name = m.Groups["name"].Value;
                if (name.Length == 0)
                {
                    name = string.Concat(lines.Take(i).Select(l => l.Flat));
                }

                return (name.Length == 0 ? null : name, new FiscalYear(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return (null, null);
    }

    private static IReadOnlyList<string> Units(List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var flat = lines[i].Flat;
            var at = flat.IndexOf("预算单位包括：", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = flat[(at + "预算单位包括：".Length)..];
            if (rest.Length == 0 && i + 1 < lines.Count)
            {
                rest = lines[i + 1].Flat;
            }

            return rest.TrimEnd('。').Split('、', StringSplitOptions.RemoveEmptyEntries);
        }

        return [];
    }

    /// <summary>Every title of the nine as printed anywhere (TableSpecs), the longest first so the most specific matches.</summary>
    private static readonly (PublicTable Kind, string Title)[] KnownTitles =
        [.. TableSpecs.All.SelectMany(s => s.Titles.Select(t => (s.Table, t))).OrderByDescending(k => k.t.Length)];

    /// <summary>The kind of a table title line, or null. A title stands alone on its line.</summary>
    internal static PublicTable? TableKind(string flat)
    {
        foreach (var (kind, title) in KnownTitles)
        {
            if (flat.EndsWith(title, StringComparison.Ordinal) && flat.Length <= title.Length + 8 && !flat.Contains('、', StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A title line's kind: one of the nine, or <see cref="PublicTable.Other"/> for a table a template adds.</summary>
    private static PublicTable? TitleKind(string flat) =>
        TableKind(flat) ?? (AdditionalTable().IsMatch(flat) ? PublicTable.Other : null);

    private static List<PublishedTable> Tables(List<Line> lines, List<string> notes)
    {
        var tables = new List<PublishedTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TitleKind(lines[i].Flat) is not { } kind || lines[i].Cells.Length > 1)
            {
                continue;
            }

            // A table: its title, then (within a few lines) the grid of tab-separated rows, until 注：.
            var title = lines[i].Flat;
            string? number = null;
            var unit = "万元";
            var rows = new List<Line>();
            var spaced = new List<Line>();
            var tail = -1;
            var j = i + 1;
            for (; j < lines.Count; j++)
            {
                var flat = lines[j].Flat;
                if (flat.StartsWith("注：", StringComparison.Ordinal) || (TitleKind(flat) is not null && lines[j].Cells.Length == 1))
                {
                    break;
                }

                if (NumberLabel().Match(flat) is { Success: true } nm && number is null)
                {
                    number = nm.Value;
                }

                if (flat.Contains("金额单位：元", StringComparison.Ordinal) || flat.EndsWith("单位：元", StringComparison.Ordinal))
                {
                    unit = "元";
                }

                if (lines[j].Cells.Length > 1 || lines[j].Anchors is not null)
                {
                    rows.Add(lines[j]); // a PDF line of cells, or of one figure placed by its position
                }
                else if (FiguresOnly().IsMatch(lines[j].Text.Trim()) && j > i + 1 && lines[j - 1].Cells.Length == 1
                    && !lines[j - 1].Text.Any(char.IsAsciiDigit) && kind is PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary)
                {
                    // A summary row whose label wrapped around its figure: "二十二、灾害防治及应急管理支" / "98.23" / "出".
                    string[] cells = [lines[j - 1].Text.Trim(), .. lines[j].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                    spaced.Add(lines[j] with { Cells = cells, Text = string.Join(' ', cells), SpaceSeparated = true });
                }
                else if (CodeOnly().IsMatch(flat) && WrappedRow(lines, j) is { } wrapped)
                {
                    // A row whose name wrapped: the code alone, the name's pieces, then the figures on a line of their own.
                    spaced.Add(wrapped.Row);
                    j = wrapped.Last;
                }
                else if (SpacedNumbers().IsMatch(lines[j].Text))
                {
                    // A text layer without tabs (cells separated by single spaces, empty cells dropped).
                    var row = lines[j];
                    var cells = row.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (kind is not (PublicTable.GeneralBudgetBasic or PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary or PublicTable.ThreePublic)
                        && cells.Length > 1 && CodeOnly().IsMatch(cells[0])
                        && j - 1 > Math.Max(i, tail) && NameFragment(lines[j - 1]) && j + 1 < lines.Count && NameFragment(lines[j + 1]))
                    {
                        // A name wrapped around its row: "机关事业单位基本养老保险" / "2080505 545.85 545.85" / "缴费支出", or
                        // "机关事业单位基" / "2080505 本养老保险缴费 545.85 …" / "支出".
                        var middle = PrintedNumber.TryParse(cells[1], new PrintedPlace(null, null)) is null ? 2 : 1;
                        cells = [cells[0], lines[j - 1].Flat + string.Concat(cells[1..middle]) + lines[j + 1].Flat, .. cells[middle..]];
                        tail = ++j;
                    }

                    spaced.Add(row with { Cells = cells, Text = string.Join(' ', cells), SpaceSeparated = true });
                }
                else if (rows.Count > 0 && (flat.StartsWith("第", StringComparison.Ordinal) || flat.StartsWith("部门（单位）", StringComparison.Ordinal)))
                {
                    break;
                }
            }

            if (rows.Count == 0)
            {
                rows = spaced;
            }

            if (rows.Count == 0 && kind == PublicTable.Other)
            {
                continue; // a title-like line with no grid after it: not a table
            }

            if (rows.Count == 0)
            {
                // A title alone on its line followed by its header or a "本表无数据" note: an empty table, printed.
                var body = lines.Skip(i + 1).Take(Math.Max(0, Math.Min(j, i + 15) - i - 1)).Select(l => l.Flat).ToList();
                if (body.Any(b => b.Contains("单位：", StringComparison.Ordinal) || b.Contains("无数据", StringComparison.Ordinal) || b.StartsWith("合计", StringComparison.Ordinal)))
                {
                    tables.Add(new PublishedTable(kind, title, number, []) { PrintedEmpty = true, Place = new PrintedPlace(lines[i].Page, lines[i].Number) { Table = title } });
                }

                continue;
            }

            var truncated = j >= lines.Count;
            if (truncated)
            {
                notes.Add($"{title}：文件在表中结束，表可能不完整");
            }

            PublishedTable table;
            try
            {
                table = TableParser.Parse(kind, title, number, unit, rows, truncated);
            }
            catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or InvalidOperationException or FormatException)
            {
                // A table the reader cannot make sense of is recorded, not a reason to give up the document.
                table = new PublishedTable(kind, title, number, []) { LayoutProblem = "表格结构无法识别", Place = new PrintedPlace(lines[i].Page, lines[i].Number) { Table = title } };
            }

            if (kind == PublicTable.Other && table.Rows.Count == 0)
            {
                continue; // a heading over the tables (部门决算表), not a table
            }

            if (kind == PublicTable.Other)
            {
                notes.Add($"{title}{(number is null ? string.Empty : $"（{number}）")}：九张公开表之外的表，按印刷读取 {table.Rows.Count} 行，不做核对");
            }
            else if (table.LayoutUnclear)
            {
                notes.Add($"{title}：{table.LayoutProblem}，该表只记录存在，不做表内核对");
            }

            tables.Add(table);
            i = j - 1;
        }

        return tables;
    }

    /// <summary>The narrative part as one string per paragraph, page breaks inside paragraphs joined.</summary>
    private static List<(string Text, Line At)> NarrativeText(List<Line> lines)
    {
        var result = new List<(string, Line)>();
        var broken = false;
        foreach (var l in lines)
        {
            var flat = l.Flat;
            if (l.Cells.Length > 1)
            {
                // A PDF sets a justified line's words far apart: a line of cells with sentence punctuation or 万元 is prose.
                // Any other line of cells is a table's, and a paragraph does not run on across it.
                if (!(l.Anchors is not null && Prose().IsMatch(flat)))
                {
                    broken = true;
                    continue;
                }
            }

            // A page number between two halves of a sentence ("…占中" 第5页 "小企业…") is not part of it.
            if (l.Cells.Length == 1 && PageFooter().IsMatch(Normalize(flat)))
            {
                continue;
            }

            // A heading ("三、财政拨款“三公”经费支出决算情况说明") ends without punctuation: the next line is not its continuation.
            var afterHeading = result.Count > 0 && StartsParagraph().IsMatch(result[^1].Item1) && HeadingEnd().IsMatch(result[^1].Item1);
            if (result.Count > 0 && !broken && !afterHeading && !StartsParagraph().IsMatch(flat) && !result[^1].Item1.EndsWith('。') && !result[^1].Item1.EndsWith('：'))
            {
                result[^1] = (result[^1].Item1 + flat, result[^1].Item2);
            }
            else
            {
                result.Add((flat, l));
            }

            broken = false;
        }

        return result;
    }

    [GeneratedRegex(@"[，。；]|万元")]
    private static partial Regex Prose();

    [GeneratedRegex(@"(?:说明|概况|构成|职责|名词解释|决算表)$")]
    private static partial Regex HeadingEnd();

    private static IReadOnlySet<ReportSection> Sections(List<Line> lines, List<PublishedTable> tables, IReadOnlyList<PublishedEvaluation> evaluations)
    {
        var all = string.Concat(lines.Where(l => l.Cells.Length == 1).Select(l => l.Flat));
        var found = new HashSet<ReportSection>();
        void If(bool condition, ReportSection s)
        {
            if (condition)
            {
                found.Add(s);
            }
        }

        If(all.Contains("主要职责", StringComparison.Ordinal) || all.Contains("主要职能", StringComparison.Ordinal), ReportSection.Duties);
        If(all.Contains("决算单位构成", StringComparison.Ordinal), ReportSection.Units);
        If(all.Contains("收入总计", StringComparison.Ordinal) || all.Contains("收入支出总计", StringComparison.Ordinal), ReportSection.IncomeExpenditure);
        If(all.Contains("财政拨款支出", StringComparison.Ordinal), ReportSection.Appropriation);
        If(all.Contains("“三公”经费", StringComparison.Ordinal), ReportSection.ThreePublic);
        If(all.Contains("人员经费", StringComparison.Ordinal), ReportSection.BasicExpenditure);
        If(all.Contains("机关运行经费", StringComparison.Ordinal), ReportSection.OfficeOperatingCost);
        If(all.Contains("政府采购", StringComparison.Ordinal), ReportSection.Procurement);
        If(all.Contains("车辆", StringComparison.Ordinal), ReportSection.Assets);
        If(all.Contains("绩效", StringComparison.Ordinal), ReportSection.Performance);
        If(all.Contains("名词解释", StringComparison.Ordinal), ReportSection.Glossary);
        If(tables.Count > 0, ReportSection.Tables);
        If(evaluations.Count > 0, ReportSection.Annex);
        return found;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\S \d[\d,]*(\.\d+)?( |$)")]
    private static partial Regex SpacedNumbers();

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex CodeOnly();

    [GeneratedRegex(@"^[\d,]+(\.\d+)?( [\d,]+(\.\d+)?)*$")]
    private static partial Regex FiguresOnly();

    /// <summary>A piece of a wrapped item name on a line of its own: words only, no figure, space or heading.</summary>
    private static bool NameFragment(Line l)
    {
        var text = l.Text.Trim();
        return l.Cells.Length == 1 && l.Anchors is null && text.Length is > 0 and <= 20 && !text.Contains(' ', StringComparison.Ordinal)
            && text.All(c => c is (>= '\u4e00' and <= '\u9fff') or '（' or '）' or '、' or '“' or '”')
            && text is not ("项目" or "合计" or "科目名称") && TitleKind(l.Flat) is null;
    }

    /// <summary>From a code-only line, the next line of figures within three lines, joined into one row (code and figures; the name is left out).</summary>
    private static (Line Row, int Last)? WrappedRow(List<Line> lines, int j)
    {
        for (var k = j + 1; k < lines.Count && k <= j + 3; k++)
        {
            var text = lines[k].Text.Trim();
            if (FiguresOnly().IsMatch(text))
            {
                // The name's pieces around the figures interleave with the next row's in a page text: not kept.
                string[] cells = [lines[j].Flat, string.Empty, .. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                return (lines[j] with { Cells = cells, Text = string.Join(' ', cells), SpaceSeparated = true }, k);
            }

            if (CodeOnly().IsMatch(Normalize(text)) || SpacedNumbers().IsMatch(text))
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>.*?)(?<year>20\d\d)年度?部门决算$")]
    private static partial Regex TitleYear();

    /// <summary>
    /// A table some templates add to the nine (财政拨款支出决算明细表, 政府采购情况表, 项目支出决算表): a short title
    /// ending in 表, alone on its line, naming 决算 or a 明细/情况/项目 table; never a 绩效 or 目录 line or a sentence.
    /// </summary>
    [GeneratedRegex(@"^(?!.*(绩效|自评|目录|附表|详见|见附件|部门决算表$))[^，。、；：:《》（）()\d]{2,26}(决算[^，。、；：:《》]{0,8}|明细|情况|项目支出决算|购买服务)表$")]
    private static partial Regex AdditionalTable();

    [GeneratedRegex(@"^(公开\d+表|表[一二三四五六七八九十\d]+)$")]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^([（(]?[一二三四五六七八九十\d]+[)）、.．](?!\d)|第[一二三四五]部分|注：|《)")]
    private static partial Regex StartsParagraph();
}
