using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Tables;

/// <summary>表格解析 (reading a table's rows): turns the tab-separated rows of one printed table into <see cref="PublishedRow"/>s, by the table's kind.</summary>
internal static class TableParser
{
    public static readonly IReadOnlyDictionary<PublicTable, string[]> ColumnsOf =
        TableSpecs.All.ToDictionary(s => s.Table, s => s.Columns.Select(c => c.Name).ToArray());

    public static PublishedTable Parse(PublicTable kind, string title, string? number, string unit, List<TextLine> lines, bool truncated)
    {
        // A page text without tabs (cells set apart by spaces): split at spaces, and remember that blank cells left no mark.
        lines = lines.Select(l => l.Cells.Length == 1 && l.Anchors is null && l.Text.Trim().Contains(' ', StringComparison.Ordinal)
            ? l with { Cells = l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), SpaceSeparated = true }
            : l).ToList();
        lines = lines.Select(WithoutCodeHeadings).ToList();
        if (kind is PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary)
        {
            lines = AlignSummaryToColumnNumbers(lines);
        }

        if (kind == PublicTable.GeneralBudgetBasic)
        {
            lines = AlignBasicGroups(lines);
            lines = lines.Select(l => l.SpaceSeparated && !l.Cells.Any(c => c.Contains("经费合计", StringComparison.Ordinal)) ? l with { Cells = RegroupBasic(l.Cells) } : l).ToList();
        }

        if (kind is PublicTable.Income or PublicTable.Expenditure or PublicTable.GeneralBudgetExpenditure
            or PublicTable.GovernmentFund or PublicTable.StateCapital)
        {
            lines = AlignToColumnNumbers(lines, ColumnsOf[kind].Length);
        }

        var rows = new List<PublishedRow>();
        var index = 0;
        // Liaoning's 01/04 print 行次 (项目 | 行 | 金额); Shanghai's do not (项目 | 决算数).
        var horizontal = false;
        // Shanghai's 07 across: the line of twelve 预算数/决算数 headings gives each figure's column in a PDF.
        var acrossGuide = kind == PublicTable.ThreePublic
            ? lines.FirstOrDefault(l => l.Anchors is not null && l.Cells.Length == 12 && l.Cells.All(x => FlatText.Normalize(x) is "预算数" or "决算数"))
            : null;
        var summaryWithoutLineNumbers = kind is PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary
            && !lines.Any(l => l.Flat.Contains("栏次", StringComparison.Ordinal));
        if (summaryWithoutLineNumbers && lines.FindIndex(l => l.Cells.Any(IsFigure)) is > 0 and var body)
        {
            // Above the first figure are the headings, however many lines their stacked words took ("一般公共预算" / "政拨款").
            lines = lines[body..];
        }

        foreach (var line in lines)
        {
            index++;
            var c = line.Cells;
            PrintedPlace Place(int? row, int? column = null) => new(line.Page, line.Number) { Table = title, Row = row ?? index, Column = column };
            PrintedNumber? Num(int i, int? row = null) =>
                i < c.Length ? PrintedNumber.TryParse(c[i], Place(row, i)) : null;

            switch (kind)
            {
                case PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary when summaryWithoutLineNumbers:
                    rows.AddRange(SummaryRowsWithoutLineNumbers(kind, c, Place(null)));
                    break;

                case PublicTable.IncomeExpenditureSummary:
                case PublicTable.AppropriationSummary:
                    {
                        // Two sides: 项目 | 行 | 金额 || 项目 | 行 | 金额 (04: four amount columns on the right).
                        if (c.Length < 3 || !int.TryParse(c[1], out var leftLine) || FlatText.Normalize(c[0]) is "栏次" or "项目")
                        {
                            break;
                        }

                        rows.Add(new PublishedRow(FlatText.Normalize(c[0]), null, leftLine, [Num(2, leftLine)], Place(leftLine)) { Side = 0 });
                        if (c.Length >= 5 && int.TryParse(c[4], out var rightLine))
                        {
                            var amounts = kind == PublicTable.AppropriationSummary
                                ? Enumerable.Range(5, 4).Select(k => Num(k, rightLine)).ToList()
                                : [Num(5, rightLine)];
                            rows.Add(new PublishedRow(FlatText.Normalize(c[3]), null, rightLine, amounts, Place(rightLine)) { Side = 1 });
                        }

                        break;
                    }

                case PublicTable.GeneralBudgetBasic:
                    {
                        if (c.Length > 0 && FlatText.Normalize(c[0]).StartsWith("人员经费合计", StringComparison.Ordinal))
                        {
                            // Each total is the first figure after its label (a PDF gives no empty cells between them).
                            var publicAt = Array.FindIndex(c, x => FlatText.Normalize(x).StartsWith("公用经费合计", StringComparison.Ordinal));
                            int FirstFigure(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from))
                                .FirstOrDefault(k => c[k].Length > 0 && PrintedNumber.TryParse(c[k], Place(null)) is not null, -1);
                            var personnel = FirstFigure(1, publicAt > 0 ? publicAt : c.Length);
                            var common = publicAt > 0 ? FirstFigure(publicAt + 1, c.Length) : -1;
                            rows.Add(new PublishedRow("人员经费合计", null, null, [personnel > 0 ? Num(personnel) : null], Place(null)) { Side = 0 });
                            rows.Add(new PublishedRow("公用经费合计", null, null, [common > 0 ? Num(common) : null], Place(null)) { Side = 1 });
                            break;
                        }

                        for (var g = 0; g < 3; g++)
                        {
                            var code = g * 3 < c.Length ? c[g * 3] : string.Empty;
                            if (code.Length is 3 or 5 && code.All(char.IsAsciiDigit))
                            {
                                var label = (g * 3) + 1 < c.Length ? FlatText.Normalize(c[(g * 3) + 1]) : string.Empty;
                                rows.Add(new PublishedRow(label, code, null, [Num((g * 3) + 2)], Place(null)) { Side = g });
                            }
                        }

                        break;
                    }

                case PublicTable.ThreePublic when acrossGuide is not null && line.Anchors is not null && !ReferenceEquals(line, acrossGuide)
                    && c.All(x => PrintedNumber.TryParse(x, Place(null)) is not null):
                    {
                        var placed = new PrintedNumber?[12];
                        for (var k = 0; k < c.Length; k++)
                        {
                            var x = line.Anchors[k];
                            placed[Enumerable.Range(0, 12).MinBy(j => Math.Abs(acrossGuide.Anchors![j] - x))] = PrintedNumber.TryParse(c[k], Place(null, k));
                        }

                        rows.Clear();
                        rows.AddRange(Enumerable.Range(0, 6).Select(k => new PublishedRow(AcrossLabels[k], null, null, [placed[2 * k], placed[(2 * k) + 1]], Place(null))));
                        horizontal = true;
                        break;
                    }

                case PublicTable.ThreePublic when acrossGuide is not null:
                    break; // heading lines of the across layout

                case PublicTable.ThreePublic when HorizontalThreePublic(c, Place(null)) is { } across:
                    rows.Clear(); // the heading lines read before were the table's column titles
                    rows.AddRange(across);
                    horizontal = true;
                    break;

                case PublicTable.ThreePublic when horizontal:
                    break;

                case PublicTable.ThreePublic:
                    {
                        // The label may come in pieces ("其中：", "（1）公务用车运行维护费"); only the categories are rows.
                        var pieces = c.TakeWhile(x => x.Length > 0 && PrintedNumber.TryParse(x, Place(null)) is null).Count();
                        var label = FlatText.Normalize(string.Concat(c.Take(Math.Max(1, pieces))));
                        if (pieces == 0 || !ThreePublicLabel(label))
                        {
                            break;
                        }

                        rows.Add(new PublishedRow(label, null, null, [Num(pieces), Num(pieces + 1)], Place(null)));
                        break;
                    }

                default:
                    {
                        // 类/款/项 tables: code | name | amounts…, and the 合计 row.
                        var first = c[0];
                        var isCode = first.Length is 3 or 5 or 7 && first.All(char.IsAsciiDigit);
                        var isTotal = FlatText.Normalize(first) == "合计";
                        if (!isCode && !isTotal)
                        {
                            break;
                        }

                        // The 合计 label spans code and name: a text layer gives it as two cells ("合计", "") or, from a PDF, one;
                        // a name that wrapped onto lines of its own leaves the code followed directly by the figures.
                        var start = (isTotal || line.SpaceSeparated) && c.Length > 1 && c[1].Length > 0 && PrintedNumber.TryParse(c[1], Place(null)) is not null ? 1 : 2;
                        var columns = ColumnsOf.TryGetValue(kind, out var cols) ? cols.Length : c.Length - start;
                        var amounts = Enumerable.Range(start, columns).Select(k => Num(k)).ToList();
                        var uncertain = line.SpaceSeparated && c.Length - start < columns;
                        if (uncertain)
                        {
                            // Fewer figures than columns and no mark for the blank ones: only the first (the row's total) is certain.
                            amounts = [.. amounts.Take(1), .. Enumerable.Repeat<PrintedNumber?>(null, columns - 1)];
                        }

                        rows.Add(new PublishedRow(isTotal ? "合计" : (start == 2 && c.Length > 1 ? FlatText.Normalize(c[1]) : string.Empty), isCode ? first : null, null, amounts, Place(null))
                        {
                            ColumnsUncertain = uncertain,
                        });
                        break;
                    }
            }
        }

        var printedEmpty = rows.All(r => r.Cells.All(x => x is null || x.Value == 0m));
        var spaced = lines.Any(l => l.SpaceSeparated);
        // 06's classes always have their 款 printed: a class read without them is a misreading.
        var garbled = spaced || kind == PublicTable.GeneralBudgetBasic ? LevelsMostlyWrong(rows, childlessIsWrong: kind == PublicTable.GeneralBudgetBasic) : null;
        var unaligned = lines.Any(l => l.Cells.Length > 1 && !l.SpaceSeparated && !l.Text.Contains('\t', StringComparison.Ordinal)) || (!spaced && Misaligned(kind, rows))
            || (kind == PublicTable.GeneralBudgetBasic && CodesReadAsAmounts(rows));
        var totalsBlank = !unaligned && garbled is null && kind is PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary
            && rows.Any(r => r.Label is "总计") && rows.Where(r => r.Label is "总计" or "本年收入合计" or "本年支出合计").Any(r => r.Cells.All(c => c is null));
        var problem =
            unaligned ? "无法把单元格对齐到列（文字层缺少空单元格或拆开了数字）"
            : garbled is not null ? $"多数上级科目不等于其下级之和，数字像是错了行（排版或转录错位；如 {garbled}）"
            : totalsBlank ? "总计或本年收入、支出合计没有数字（空白样表或数字未印出）"
            : null;
        return new PublishedTable(kind, title, number, rows)
        {
            Columns = ColumnsOf.TryGetValue(kind, out var names) ? names : HeadingsOf(lines),
            AmountUnit = unit,
            Place = lines.Count > 0 ? new PrintedPlace(lines[0].Page, lines[0].Number) { Table = title } : new PrintedPlace(null, null),
            PrintedEmpty = printedEmpty,
            Truncated = truncated,
            LayoutProblem = problem,
            TotalsBlank = totalsBlank,
        };
    }

    /// <summary>Whether a cell reads as a printed figure.</summary>
    private static bool IsFigure(string cell) => PrintedNumber.TryParse(cell, new PrintedPlace(null, null)) is not null;

    /// <summary>A table outside the nine: its amount columns are named by the heading line with 科目名称 (or 项目), after it.</summary>
    private static IReadOnlyList<string> HeadingsOf(List<TextLine> lines)
    {
        foreach (var l in lines)
        {
            var cells = l.Cells.Select(FlatText.Normalize).ToList();
            var k = cells.FindIndex(c => c is "科目名称" or "项目");
            if (k >= 0 && cells.Count > k + 1)
            {
                return cells.Skip(k + 1).Where(c => c.Length > 0).ToList();
            }
        }

        return [];
    }

    /// <summary>
    /// Shanghai's tables print the code columns' headings 类 | 款 | 项 in the cells of the 合计 row; read by the rulings
    /// between rows they share its line ("类 款 项 合计 2,946.25 …"). They are headings, not the row's label.
    /// </summary>
    private static TextLine WithoutCodeHeadings(TextLine l)
    {
        string[] headings = ["类", "款", "项"];
        if (l.Cells.Length <= 4 || Enumerable.Range(0, 3).Any(k => FlatText.Normalize(l.Cells[k]) != headings[k])
            || !l.Cells.Skip(3).Any(IsFigure))
        {
            return l;
        }

        return l with { Cells = l.Cells[3..], Anchors = l.Anchors?[3..], Text = string.Join('\t', l.Cells[3..]) };
    }

    /// <summary>
    /// A summary-table line without 行次: each label opens a side and the figures after it are that side's. A line
    /// with one label belongs to the side its wording says (支出, 结余分配, 年末… are the right-hand side).
    /// </summary>
    private static IEnumerable<PublishedRow> SummaryRowsWithoutLineNumbers(PublicTable kind, string[] c, PrintedPlace place)
    {
        var segments = new List<(string Label, List<PrintedNumber?> Amounts)>();
        foreach (var cell in c.Where(x => x.Length > 0))
        {
            var n = PrintedNumber.TryParse(cell, place);
            if (n is null)
            {
                segments.Add((FlatText.Normalize(cell), []));
            }
            else if (segments.Count > 0)
            {
                segments[^1].Amounts.Add(n);
            }
        }

        if (segments.Count == 0 || segments.Any(x => x.Label is "项目" or "收入" or "支出" || x.Label.StartsWith("单位", StringComparison.Ordinal)))
        {
            yield break; // a heading line
        }

        for (var k = 0; k < segments.Count && k < 2; k++)
        {
            var (label, amounts) = segments[k];
            // Alone on its line: a right-hand label by its wording, or the tail of a wrapped one ("…应急管理支" / "出 98.23").
            var side = segments.Count == 2 ? k : RightHandSide(label) || (label.Length <= 2 && label != "总计") ? 1 : 0;
            var width = kind == PublicTable.AppropriationSummary && side == 1 ? 4 : 1;
            var cells = Enumerable.Range(0, width).Select(i => i < amounts.Count ? amounts[i] : null).ToList();
            yield return new PublishedRow(label, null, null, cells, place) { Side = side };
        }
    }

    /// <summary>
    /// A page text whose rows came apart (names and figures of neighbouring rows interleaved): when most 类/款 rows do
    /// not equal their parts in the first column, the reading — not the report — is wrong.
    /// </summary>
    /// <summary>When most parents differ from the sum of their children, an example ("207 印 17,127.62，下级之和 17,147.62"); else null.</summary>
    private static string? LevelsMostlyWrong(List<PublishedRow> rows, bool childlessIsWrong = false)
    {
        var coded = rows.Where(r => r.Code is not null && r.Cells.Count > 0 && r.Cells[0] is not null).ToList();
        var parents = coded.Where(p => p.Code!.Length is 3 or 5)
            .Select(p => (Parent: p, Children: coded.Where(ch => ch.Code!.Length == p.Code!.Length + 2 && ch.Code.StartsWith(p.Code, StringComparison.Ordinal)).ToList()))
            .Where(x => x.Children.Count > 0 || (childlessIsWrong && x.Parent.Code!.Length == 3 && x.Parent.Cells[0]!.Value != 0m))
            .ToList();
        if (parents.Count < (childlessIsWrong ? 2 : 3))
        {
            return null;
        }

        var wrong = parents.Where(x => x.Children.Count == 0 || Math.Abs(x.Parent.Cells[0]!.Value - x.Children.Sum(ch => ch.Cells[0]!.Value)) > x.Children.Count * 0.01m).ToList();
        if (wrong.Count * 3 <= parents.Count)
        {
            return null;
        }

        var (parent, children) = wrong[0];
        var sum = children.Sum(ch => ch.Cells[0]!.Value);
        static string F(decimal d) => d.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        return children.Count == 0
            ? $"{parent.Code} 印 {F(parent.Cells[0]!.Value)}，却没有下级"
            : $"{parent.Code} 印 {F(parent.Cells[0]!.Value)}，下级之和 {F(sum)}";
    }

    private static bool ThreePublicLabel(string label) =>
        label.Contains("因公出国", StringComparison.Ordinal) || label.Contains("公务接待", StringComparison.Ordinal)
        || label.Contains("公务用车", StringComparison.Ordinal) || label.StartsWith("合计", StringComparison.Ordinal);

    private static readonly string[] AcrossLabels = ["合计", "1、因公出国（境）费", "3、公务用车购置及运行费", "（2）公务用车购置费", "（1）公务用车运行维护费", "2、公务接待费"];

    /// <summary>
    /// Shanghai prints 公开07表 across: 预算数 | 决算数 for 合计, 因公出国（境）费, 公务用车购置及运行维护费 (小计, 购置费,
    /// 运行维护费) and 公务接待费 — twelve figures on one line. A page text drops blank pairs; then the only placing
    /// of the remaining pairs under which 合计 = 出国 + 用车 + 接待 and 用车 = 购置 + 运行 in both columns is used, and
    /// none at all when that is not unique.
    /// </summary>
    private static IReadOnlyList<PublishedRow>? HorizontalThreePublic(string[] c, PrintedPlace place)
    {
        var figures = c.Where(x => x.Length > 0).Select(x => PrintedNumber.TryParse(x, place)).ToList();
        if (figures.Count is not (8 or 10 or 12) || figures.Any(f => f is null))
        {
            return null;
        }

        var pairs = Enumerable.Range(0, figures.Count / 2).Select(k => (figures[2 * k]!, figures[(2 * k) + 1]!)).ToList();
        List<(PrintedNumber, PrintedNumber)?[]> fits = [];
        foreach (var present in Combinations(6, pairs.Count))
        {
            var slots = new (PrintedNumber, PrintedNumber)?[6];
            for (var k = 0; k < present.Length; k++)
            {
                slots[present[k]] = pairs[k];
            }

            if (pairs.Count == 6 || Balances(slots))
            {
                fits.Add(slots);
            }
        }

        if (fits.Count != 1)
        {
            return null;
        }

        return fits[0].Select((p, k) => new PublishedRow(AcrossLabels[k], null, null, [p?.Item1, p?.Item2], place)).ToList();
    }

    private static bool Balances((PrintedNumber, PrintedNumber)?[] s)
    {
        decimal V((PrintedNumber, PrintedNumber)? p, int col) => p is { } x ? (col == 0 ? x.Item1.Value : x.Item2.Value) : 0m;
        return Enumerable.Range(0, 2).All(col =>
            Math.Abs(V(s[0], col) - V(s[1], col) - V(s[2], col) - V(s[5], col)) <= 0.015m
            && Math.Abs(V(s[2], col) - V(s[3], col) - V(s[4], col)) <= 0.01m);
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= n - k; first++)
        {
            foreach (var rest in Combinations(n - first - 1, k - 1))
            {
                yield return [first, .. rest.Select(r => r + first + 1)];
            }
        }
    }

    private static bool RightHandSide(string label) =>
        label.Contains("支出", StringComparison.Ordinal) || label.EndsWith('支') || label.StartsWith("结余分配", StringComparison.Ordinal) || label.StartsWith("年末", StringComparison.Ordinal);

    /// <summary>公开06表 read with its groups shifted: an economic code (302, 30101 …) landed in an amount column.</summary>
    private static bool CodesReadAsAmounts(List<PublishedRow> rows)
    {
        string[] classes = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"];
        return rows.Any(r => r.Cells.Any(c => c is { Precision: 1m, Text.Length: 3 or 5 } && c.Text.All(char.IsAsciiDigit)
            && classes.Contains(c.Text[..3], StringComparer.Ordinal)));
    }

    /// <summary>
    /// A PDF table whose text dropped its empty cells: the 栏次 row numbers every amount column (1, 2, …), so
    /// each figure goes to the column whose number sits nearest above it; cells left of the first column
    /// are the code and the name. Lines without positions are left as they are.
    /// </summary>
    private static List<TextLine> AlignToColumnNumbers(List<TextLine> lines, int columnCount)
    {
        var guide = lines.FirstOrDefault(l => l.Anchors is not null && l.Cells.Length > 2 && FlatText.Normalize(l.Cells[0]) == "栏次");
        var columnsOfTable = guide is null
            ? HeaderColumns(lines, columnCount)
            : Enumerable.Range(0, guide.Cells.Length).Where(k => int.TryParse(guide.Cells[k], out _)).Select(k => guide.Anchors![k]).ToArray();
        // Headings merged into one cell ("基本支出 项目支出") leave too few columns: then the figures show them, page by
        // page (a table continued on another page may be set at other positions).
        var byPage = new Dictionary<int, double[]>();
        if (guide is null && !FiguresSitUnder(lines, columnsOfTable))
        {
            foreach (var page in lines.GroupBy(l => l.Page))
            {
                if (FigureColumns(page.ToList(), columnCount) is { Length: > 0 } fromFigures)
                {
                    byPage[page.Key] = fromFigures;
                }
            }
        }

        if (columnsOfTable.Length == 0 && byPage.Count == 0)
        {
            return lines;
        }

        var aligned = lines.Select(l =>
        {
            var columns = byPage.TryGetValue(l.Page, out var own) ? own : columnsOfTable;
            if (l.Anchors is null || ReferenceEquals(l, guide) || columns.Length == 0)
            {
                return l;
            }

            var half = columns.Length > 1 ? (columns[1] - columns[0]) / 2 : 30;

            var left = new List<string>();
            var amounts = Enumerable.Repeat(string.Empty, columns.Length).ToArray();
            for (var k = 0; k < l.Cells.Length; k++)
            {
                if (l.Anchors[k] < columns[0] - half)
                {
                    left.Add(l.Cells[k]);
                    continue;
                }

                var c = Enumerable.Range(0, columns.Length).MinBy(i => Math.Abs(columns[i] - l.Anchors[k]));
                amounts[c] = amounts[c].Length == 0 ? l.Cells[k] : amounts[c] + l.Cells[k];
            }

            // Codes printed in 类 | 款 | 项 cells ("201", "06", "01") are one 7-digit code.
            var digits = left.TakeWhile(x => x.Length > 0 && x.All(char.IsAsciiDigit)).ToList();
            var joined = string.Concat(digits);
            var code = digits.Count > 0 && joined.Length is 3 or 5 or 7 ? joined : left.Count > 0 && left[0].All(char.IsAsciiDigit) ? left[0] : string.Empty;
            var name = string.Concat(left.Skip(code == joined ? digits.Count : code.Length > 0 ? 1 : 0));
            var cells = new[] { code.Length > 0 ? code : name, code.Length > 0 ? name : string.Empty }.Concat(amounts).ToArray();
            return l with { Cells = cells, Text = string.Join('\t', cells) };
        }).ToList();
        return JoinFloatingFigures(aligned, guide);
    }

    /// <summary>
    /// 06 from a page text without tabs: each code (301, 30101, or 301 | 02 printed apart) opens a group entry, the words
    /// after it are its name and a figure with decimals its 决算数; rebuilt as code | name | figure per group.
    /// </summary>
    private static string[] RegroupBasic(string[] tokens)
    {
        var cells = new List<string>();
        string? code = null, figure = null;
        var name = new System.Text.StringBuilder();
        void Close()
        {
            if (code is not null)
            {
                cells.AddRange([code, name.ToString(), figure ?? string.Empty]);
            }

            (code, figure) = (null, null);
            name.Clear();
        }

        foreach (var t in tokens)
        {
            var digits = t.All(char.IsAsciiDigit);
            if (digits && t.Length == 2 && code is { Length: 3 } && name.Length == 0 && figure is null)
            {
                code += t; // 301 | 02
            }
            else if (digits && t.Length is 3 or 5)
            {
                Close();
                code = t;
            }
            else if (code is not null && figure is null && IsFigure(t) && (t.Contains('.') || t.Contains(',')))
            {
                figure = t;
            }
            else if (code is not null && figure is null)
            {
                name.Append(t);
            }
        }

        Close();
        return [.. cells];
    }

    /// <summary>
    /// A PDF's 06 prints two or three groups of 经济分类 side by side (code | name | 决算数). Each cell belongs to the
    /// group whose 决算数 heading is the first at or right of it; within a group the cell nearest that heading is the
    /// figure, digit cells are the code (301, 02 → 30102) and the rest the name. Rebuilt as code | name | figure per group.
    /// </summary>
    private static List<TextLine> AlignBasicGroups(List<TextLine> lines)
    {
        var header = lines.FirstOrDefault(l => l.Anchors is not null && l.Cells.Count(c => FlatText.Normalize(c) == "决算数") >= 2);
        if (header is null)
        {
            return lines;
        }

        var figureXs = Enumerable.Range(0, header.Cells.Length).Where(k => FlatText.Normalize(header.Cells[k]) == "决算数").Select(k => header.Anchors![k]).Order().ToArray();
        var reach = figureXs.Length > 1 ? (figureXs[1] - figureXs[0]) / 3 : 40;

        // Where each group starts: its 科目编码 / 经济分类 heading, when the headings show one per group.
        var codeXs = lines.TakeWhile(l => !l.Cells.Any(c => c.Length is 3 && c.All(char.IsAsciiDigit)))
            .Where(l => l.Anchors is not null)
            .SelectMany(l => l.Cells.Select((c, k) => (Text: FlatText.Normalize(c), X: l.Anchors![k])))
            .Where(c => c.Text.Contains("编码", StringComparison.Ordinal) || c.Text == "经济分类")
            .Select(c => c.X).Order().ToList();
        var starts = new List<double>();
        foreach (var x in codeXs)
        {
            if (starts.Count == 0 || x - starts[^1] > 40)
            {
                starts.Add(x);
            }
        }

        int GroupOf(double x)
        {
            if (starts.Count == figureXs.Length)
            {
                var g = starts.FindLastIndex(st => x >= st - 25);
                return Math.Max(0, g);
            }

            var f = Array.FindIndex(figureXs, fx => x <= fx + reach);
            return f < 0 ? figureXs.Length - 1 : f;
        }

        return lines.Select(l =>
        {
            if (l.Anchors is null || ReferenceEquals(l, header) || l.Cells.Any(c => FlatText.Normalize(c).Contains("经费合计", StringComparison.Ordinal)))
            {
                return l;
            }

            var groups = Enumerable.Range(0, figureXs.Length).Select(_ => new List<(string Text, double X)>()).ToArray();
            for (var k = 0; k < l.Cells.Length; k++)
            {
                if (l.Cells[k].Length == 0)
                {
                    continue;
                }

                groups[GroupOf(l.Anchors[k])].Add((l.Cells[k], l.Anchors[k]));
            }

            var cells = new List<string>();
            for (var g = 0; g < figureXs.Length; g++)
            {
                var figure = groups[g].Where(c => IsFigure(c.Text) && Math.Abs(c.X - figureXs[g]) < reach)
                    .OrderBy(c => Math.Abs(c.X - figureXs[g])).Select(c => c.Text).FirstOrDefault() ?? string.Empty;
                var rest = groups[g].Where(c => c.Text != figure || Math.Abs(c.X - figureXs[g]) >= reach).ToList();
                var code = string.Concat(rest.TakeWhile(c => c.Text.All(char.IsAsciiDigit)).Select(c => c.Text));
                var name = string.Concat(rest.SkipWhile(c => c.Text.All(char.IsAsciiDigit)).Select(c => c.Text));
                cells.AddRange([code, name, figure]);
            }

            return l with { Cells = [.. cells], Text = string.Join('\t', cells) };
        }).ToList();
    }

    /// <summary>
    /// A PDF's 01/04 with 行次 and 栏次 (Liaoning): figures go to the nearest 行 or 栏次 column by position; a label is
    /// the left side's unless its wording is the right side's (支出, 结余分配, 年末…) or the left one is taken. The
    /// line is rebuilt in the text layer's shape: 项目 | 行 | 金额 | 项目 | 行 | 金额….
    /// </summary>
    private static List<TextLine> AlignSummaryToColumnNumbers(List<TextLine> lines)
    {
        var guide = lines.FirstOrDefault(l => l.Anchors is not null && l.Cells.Length > 2 && FlatText.Normalize(l.Cells[0]) == "栏次");
        var header = lines.FirstOrDefault(l => l.Anchors is not null && l.Cells.Count(c => FlatText.Normalize(c) is "行" or "行次") == 2);
        if (guide is null || header is null)
        {
            return lines;
        }

        var amounts = Enumerable.Range(0, guide.Cells.Length).Where(k => int.TryParse(guide.Cells[k], out _)).Select(k => guide.Anchors![k]).ToArray();
        var lineColumns = Enumerable.Range(0, header.Cells.Length).Where(k => FlatText.Normalize(header.Cells[k]) is "行" or "行次").Select(k => header.Anchors![k]).ToArray();
        if (amounts.Length < 2)
        {
            return lines;
        }

        return lines.Select(l =>
        {
            if (l.Anchors is null || ReferenceEquals(l, guide) || ReferenceEquals(l, header))
            {
                return l;
            }

            string leftLabel = string.Empty, rightLabel = string.Empty, leftLine = string.Empty, rightLine = string.Empty;
            var figures = Enumerable.Repeat(string.Empty, amounts.Length).ToArray();
            for (var k = 0; k < l.Cells.Length; k++)
            {
                var text = l.Cells[k];
                var x = l.Anchors[k];
                if (text.Length == 0)
                {
                    continue;
                }

                if (!IsFigure(text))
                {
                    if (leftLabel.Length == 0 && rightLabel.Length == 0 && !RightHandSide(FlatText.Normalize(text)))
                    {
                        leftLabel = text;
                    }
                    else
                    {
                        rightLabel += text;
                    }

                    continue;
                }

                var nearestLine = lineColumns.Select((c, i) => (Distance: Math.Abs(c - x), Index: i)).MinBy(t => t.Distance);
                var nearestAmount = amounts.Select((c, i) => (Distance: Math.Abs(c - x), Index: i)).MinBy(t => t.Distance);
                if (int.TryParse(text, out _) && nearestLine.Distance < nearestAmount.Distance)
                {
                    if (nearestLine.Index == 0)
                    {
                        leftLine = text;
                    }
                    else
                    {
                        rightLine = text;
                    }
                }
                else
                {
                    figures[nearestAmount.Index] = text;
                }
            }

            string[] cells = [leftLabel, leftLine, figures[0], rightLabel, rightLine, .. figures.Skip(1)];
            return l with { Cells = cells, Text = string.Join('\t', cells) };
        }).ToList();
    }

    /// <summary>
    /// Some PDFs set a row's figures half a row above (or below) its code and name, so they arrive as a line of
    /// their own — sometimes on the line of the 类/款/项 heading. Such figures join the next row (else the row before)
    /// whose cells in those columns are empty.
    /// </summary>
    private static List<TextLine> JoinFloatingFigures(List<TextLine> lines, TextLine? guide)
    {
        static bool IsRow(TextLine l) => l.Cells.Length > 2
            && (l.Cells[0].Length is 3 or 5 or 7 && l.Cells[0].All(char.IsAsciiDigit) || FlatText.Normalize(l.Cells[0]) == "合计");
        static bool Floating(TextLine l) => l.Anchors is not null && l.Cells.Length > 2 && l.Cells[1].Length == 0
            && (l.Cells[0].Length == 0 || FlatText.Normalize(l.Cells[0]) == "类款项") && l.Cells.Skip(2).Any(c => c.Length > 0)
            && l.Cells.Skip(2).All(c => c.Length == 0 || IsFigure(c));
        bool Fits(TextLine row, TextLine figures) =>
            IsRow(row) && row.Cells.Length == figures.Cells.Length && Enumerable.Range(2, figures.Cells.Length - 2).All(k => figures.Cells[k].Length == 0 || row.Cells[k].Length == 0);

        var result = new List<TextLine>(lines);

        // A code set a little above its name and figures ("22102" / "住房改革支出 461.08 461.08 0.00"): one row.
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var codeOnly = IsRow(result[i]) && result[i].Cells.Skip(1).All(c => c.Length == 0);
            var next = result[i + 1];
            if (codeOnly && next.Anchors is not null && next.Cells.Length == result[i].Cells.Length && next.Cells[0].Length > 0
                && !next.Cells[0].Any(char.IsAsciiDigit) && next.Cells.Skip(2).Any(c => c.Length > 0))
            {
                string[] merged = [result[i].Cells[0], next.Cells[0], .. next.Cells.Skip(2)];
                result[i] = result[i] with { Cells = merged, Text = string.Join('\t', merged) };
                result[i + 1] = next with { Cells = [string.Empty], Text = string.Empty };
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (ReferenceEquals(result[i], guide) || !Floating(result[i]))
            {
                continue;
            }

            var target = i + 1 < result.Count && Fits(result[i + 1], result[i]) ? i + 1 : i > 0 && Fits(result[i - 1], result[i]) ? i - 1 : -1;
            if (target < 0)
            {
                continue;
            }

            var merged = result[target].Cells.Select((c, k) => k >= 2 && c.Length == 0 ? result[i].Cells[k] : c).ToArray();
            result[target] = result[target] with { Cells = merged, Text = string.Join('\t', merged) };
            result[i] = result[i] with { Cells = [string.Empty], Text = string.Empty };
        }

        return result;
    }

    private static IEnumerable<double> FigureXs(List<TextLine> lines) => lines
        .Where(l => l.Anchors is not null && l.Cells.Length > 1 && l.Cells[0].Length is 3 or 5 or 7 && l.Cells[0].All(char.IsAsciiDigit))
        .SelectMany(l => l.Cells.Zip(l.Anchors!).Where(p => p.First.Length > 0 && (p.First.Contains('.') || p.First.Contains(','))
            && IsFigure(p.First)).Select(p => p.Second));

    /// <summary>Whether nine in ten figures of the coded rows stand within half a column of one of <paramref name="columns"/>.</summary>
    private static bool FiguresSitUnder(List<TextLine> lines, double[] columns)
    {
        if (columns.Length < 2)
        {
            return columns.Length > 0;
        }

        var half = (columns[1] - columns[0]) / 2;
        var xs = FigureXs(lines).ToList();
        if (xs.Count > 0 && xs.Count(x => columns.Any(c => Math.Abs(c - x) <= half)) * 10 < xs.Count * 9)
        {
            return false;
        }

        // Nor may two figures of one row fall in the same column.
        return !lines.Where(l => l.Anchors is not null).Any(l => FigureXs([l]).GroupBy(x => Array.IndexOf(columns, columns.MinBy(c => Math.Abs(c - x)))).Any(g => g.Count() > 1));
    }

    /// <summary>The columns the figures themselves form, when they form exactly <paramref name="count"/> clusters.</summary>
    private static double[] FigureColumns(List<TextLine> lines, int count)
    {
        var clusters = new List<List<double>>();
        foreach (var x in FigureXs(lines).Order())
        {
            if (clusters.Count == 0 || x - clusters[^1][^1] > 25)
            {
                clusters.Add([]);
            }

            clusters[^1].Add(x);
        }

        return clusters.Count == count ? clusters.Select(c => c.Average()).ToArray() : [];
    }

    /// <summary>
    /// Without a 栏次 row (Shanghai's tables), the amount columns are where the header's labels stand: the
    /// rightmost <paramref name="count"/> distinct label positions above the first row of figures.
    /// </summary>
    private static double[] HeaderColumns(List<TextLine> lines, int count)
    {
        // The first row of figures (the heading 合计 | 基本支出 | 项目支出 of 05 starts with 合计 too, but has no figure).
        var first = lines.FindIndex(l => l.Cells.Length > 1 && (FlatText.Normalize(l.Cells[0]) == "合计" || l.Cells[0].All(char.IsAsciiDigit))
            && l.Cells.Skip(1).Any(c => c.Length > 0 && IsFigure(c)));
        if (first <= 0 || count < 2)
        {
            return [];
        }

        // Headings only: a figure above the first row is a row's figure set high, not a column title.
        var xs = lines.Take(first).Where(l => l.Anchors is not null)
            .SelectMany(l => l.Cells.Zip(l.Anchors!).Where(p => p.First.Length > 0 && !IsFigure(p.First)).Select(p => p.Second))
            .Order().ToList();
        var distinct = new List<double>();
        foreach (var x in xs)
        {
            if (distinct.Count == 0 || x - distinct[^1] > 12)
            {
                distinct.Add(x);
            }
        }

        if (distinct.Count == count - 1 && count >= 3)
        {
            // One heading set on lines of its own (附属单位 / 上缴收入) left no position: it stands in the widest gap,
            // when that gap is about two columns wide.
            var widths = distinct.Zip(distinct.Skip(1), (a, b) => b - a).ToList();
            var usual = widths.Order().ElementAt(widths.Count / 2);
            var widest = widths.IndexOf(widths.Max());
            if (widths[widest] > usual * 1.6)
            {
                distinct.Insert(widest + 1, (distinct[widest] + distinct[widest + 1]) / 2);
            }
            else
            {
                distinct.Add(distinct[^1] + usual); // the last heading (对附属单位补助支出) is the one on lines of its own
            }
        }

        return distinct.Count >= count ? distinct.Skip(distinct.Count - count).ToArray() : [];
    }

    /// <summary>
    /// A 类/款/项 table whose rows mostly fail "合计栏 = 分栏之和" by far more than rounding was not read into
    /// the right columns (a PDF text layer that splits or merges cells).
    /// </summary>
    private static bool Misaligned(PublicTable kind, List<PublishedRow> rows)
    {
        (int Total, int[] Parts)? layout = kind switch
        {
            PublicTable.Income => (0, [1, 2, 3, 4, 5, 6]),
            PublicTable.Expenditure => (0, [1, 2, 3, 4, 5]),
            PublicTable.GeneralBudgetExpenditure or PublicTable.StateCapital => (0, [1, 2]),
            _ => null,
        };
        if (layout is not { } l || rows.Count == 0)
        {
            return false;
        }

        // Parts without their total: the columns were taken from the wrong headings.
        var orphans = rows.Count(r => r.Cells.Count > l.Parts.Max() && r.Cells[l.Total] is null && l.Parts.Any(p => r.Cells[p] is not null));
        if (orphans * 4 > rows.Count)
        {
            return true;
        }

        var checkable = rows.Where(r => r.Cells.Count > l.Parts.Max() && r.Cells[l.Total] is { Value: not 0m }).ToList();
        if (checkable.Count == 0)
        {
            return false;
        }

        // A row with a total but no part at all is the signature of a text layer that dropped empty cells
        // and shifted the rest: a printed table always shows where its total comes from.
        if (rows.Any(r => r.Cells.Count > l.Total && r.Cells[l.Total] is { Value: not 0m } && l.Parts.All(p => p >= r.Cells.Count || r.Cells[p] is null)))
        {
            return true;
        }

        var bad = checkable.Count(r => Math.Abs(r.Cells[l.Total]!.Value - l.Parts.Sum(p => r.Cells[p]?.Value ?? 0m)) > l.Parts.Length);
        return bad * 2 > checkable.Count;
    }
}
