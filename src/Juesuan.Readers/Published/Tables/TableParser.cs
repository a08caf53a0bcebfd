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
        lines = lines.Select(ColumnAlignment.WithoutCodeHeadings).ToList();
        if (kind is PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary)
        {
            lines = ColumnAlignment.AlignSummaryToColumnNumbers(lines);
        }

        if (kind == PublicTable.GeneralBudgetBasic)
        {
            lines = BasicGroups.AlignBasicGroups(lines);
            lines = lines.Select(l => l.SpaceSeparated && !l.Cells.Any(c => c.Contains("经费合计", StringComparison.Ordinal)) ? l with { Cells = BasicGroups.RegroupBasic(l.Cells) } : l).ToList();
        }

        if (kind is PublicTable.Income or PublicTable.Expenditure or PublicTable.GeneralBudgetExpenditure
            or PublicTable.GovernmentFund or PublicTable.StateCapital)
        {
            lines = ColumnAlignment.AlignToColumnNumbers(lines, ColumnsOf[kind].Length);
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
                        rows.AddRange(Enumerable.Range(0, 6).Select(k => new PublishedRow(ThreePublicAcross.AcrossLabels[k], null, null, [placed[2 * k], placed[(2 * k) + 1]], Place(null))));
                        horizontal = true;
                        break;
                    }

                case PublicTable.ThreePublic when acrossGuide is not null:
                    break; // heading lines of the across layout

                case PublicTable.ThreePublic when ThreePublicAcross.HorizontalThreePublic(c, Place(null)) is { } across:
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
        var garbled = spaced || kind == PublicTable.GeneralBudgetBasic ? MisreadingChecks.LevelsMostlyWrong(rows, childlessIsWrong: kind == PublicTable.GeneralBudgetBasic) : null;
        var unaligned = lines.Any(l => l.Cells.Length > 1 && !l.SpaceSeparated && !l.Text.Contains('\t', StringComparison.Ordinal)) || (!spaced && MisreadingChecks.Misaligned(kind, rows))
            || (kind == PublicTable.GeneralBudgetBasic && MisreadingChecks.CodesReadAsAmounts(rows));
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
    internal static bool IsFigure(string cell) => PrintedNumber.TryParse(cell, new PrintedPlace(null, null)) is not null;

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

    private static bool ThreePublicLabel(string label) =>
        label.Contains("因公出国", StringComparison.Ordinal) || label.Contains("公务接待", StringComparison.Ordinal)
        || label.Contains("公务用车", StringComparison.Ordinal) || label.StartsWith("合计", StringComparison.Ordinal);

    internal static bool RightHandSide(string label) =>
        label.Contains("支出", StringComparison.Ordinal) || label.EndsWith('支') || label.StartsWith("结余分配", StringComparison.Ordinal) || label.StartsWith("年末", StringComparison.Ordinal);
}
