using System.Text.RegularExpressions;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published.Lines;
using Juesuan.Readers.Published.Tables;

namespace Juesuan.Readers.Published.Sections;

/// <summary>
/// 表的范围 (where each table is): from a title line to 注： or the next title, the rows of its grid — tab-separated,
/// placed by position, or a page text's spaced or wrapped rows — handed to <see cref="TableParser"/>; what cannot be read is noted.
/// </summary>
internal static partial class TableFinder
{
    private static string EndsInTable(string title) => $"{title}：文件在表中结束，表可能不完整";

    /// <summary>A line of one cell — or a web page's "表1 收入支出决算总表 | ||||||||", a title whose row's other cells are blank.</summary>
    private static bool OneCell(TextLine l) => l.Cells.Length == 1 || (l.PipeCell && l.Cells.Skip(1).All(c => c.Length == 0));

    internal static List<PublishedTable> Find(List<TextLine> lines, List<string> notes)
    {
        var tables = new List<PublishedTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TableTitles.TitleKind(lines[i].Flat) is not { } kind || !OneCell(lines[i]))
            {
                continue;
            }

            // A table: its title, then (within a few lines) the grid of tab-separated rows, until 注：.
            var title = lines[i].Flat;
            string? number = null;
            var unit = "万元";
            var rows = new List<TextLine>();
            var spaced = new List<TextLine>();
            var tail = -1;
            var j = i + 1;
            for (; j < lines.Count; j++)
            {
                var flat = lines[j].Flat;
                if (flat.StartsWith("注：", StringComparison.Ordinal) || (TableTitles.TitleKind(flat) is not null && OneCell(lines[j])))
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

                if (rows.Count > 0 && rows[^1].PipeCell && !lines[j].PipeCell)
                {
                    // A web page's table ends where its "|" cells end — unless the text does too ("…|" / "十三"): the
                    // page stopped inside a cell, so the table runs to the end.
                    j = j == lines.Count - 1 ? lines.Count : j;
                    break;
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
                // A title alone on its line followed by its header or a "本表无数据" note: an empty table, printed — or,
                // where the text ends under its header, a table the text was cut before its rows.
                var body = lines.Skip(i + 1).Take(Math.Max(0, Math.Min(j, i + 15) - i - 1)).Select(l => l.Flat).ToList();
                if (body.Any(b => b.Contains("单位：", StringComparison.Ordinal) || b.Contains("无数据", StringComparison.Ordinal) || b.StartsWith("合计", StringComparison.Ordinal)))
                {
                    var cut = j >= lines.Count && !body.Any(b => b.Contains("无数据", StringComparison.Ordinal));
                    if (cut)
                    {
                        notes.Add(EndsInTable(title));
                    }

                    tables.Add(new PublishedTable(kind, title, number, []) { PrintedEmpty = true, Truncated = cut, Place = new PrintedPlace(lines[i].Page, lines[i].Number) { Table = title } });
                }

                continue;
            }

            var truncated = j >= lines.Count;
            if (truncated)
            {
                notes.Add(EndsInTable(title));
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

    [GeneratedRegex(@"\S \d[\d,]*(\.\d+)?( |$)")]
    private static partial Regex SpacedNumbers();

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex CodeOnly();

    [GeneratedRegex(@"^[\d,]+(\.\d+)?( [\d,]+(\.\d+)?)*$")]
    private static partial Regex FiguresOnly();

    /// <summary>A piece of a wrapped item name on a line of its own: words only, no figure, space or heading.</summary>
    private static bool NameFragment(TextLine l)
    {
        var text = l.Text.Trim();
        return l.Cells.Length == 1 && l.Anchors is null && text.Length is > 0 and <= 20 && !text.Contains(' ', StringComparison.Ordinal)
            && text.All(c => c is (>= '\u4e00' and <= '\u9fff') or '（' or '）' or '、' or '“' or '”')
            && text is not ("项目" or "合计" or "科目名称") && TableTitles.TitleKind(l.Flat) is null;
    }

    /// <summary>From a code-only line, the next line of figures within three lines, joined into one row (code and figures; the name is left out).</summary>
    private static (TextLine Row, int Last)? WrappedRow(List<TextLine> lines, int j)
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

            if (CodeOnly().IsMatch(FlatText.Normalize(text)) || SpacedNumbers().IsMatch(text))
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(公开\d+表|表[一二三四五六七八九十\d]+)$")]
    private static partial Regex NumberLabel();
}
