using Juesuan.Core.Published;

namespace Juesuan.Readers.Published;

/// <summary>Turns the tab-separated rows of one printed table into <see cref="PublishedRow"/>s, by the table's kind.</summary>
internal static class TableParser
{
    public static readonly IReadOnlyDictionary<PublishedTableKind, string[]> ColumnsOf = new Dictionary<PublishedTableKind, string[]>
    {
        [PublishedTableKind.IncomeExpenditureSummary] = ["金额"],
        [PublishedTableKind.Income] = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        [PublishedTableKind.Expenditure] = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        [PublishedTableKind.AppropriationSummary] = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        [PublishedTableKind.GeneralBudgetExpenditure] = ["小计", "基本支出", "项目支出"],
        [PublishedTableKind.GeneralBudgetBasic] = ["决算数"],
        [PublishedTableKind.ThreePublic] = ["预算数", "决算数"],
        [PublishedTableKind.GovernmentFund] = ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"],
        [PublishedTableKind.StateCapital] = ["合计", "基本支出", "项目支出"],
    };

    public static PublishedTable Parse(PublishedTableKind kind, string title, string? number, string unit, List<TextReportReader.Line> lines, bool truncated)
    {
        if (kind is PublishedTableKind.Income or PublishedTableKind.Expenditure or PublishedTableKind.GeneralBudgetExpenditure
            or PublishedTableKind.GovernmentFund or PublishedTableKind.StateCapital)
        {
            lines = AlignToColumnNumbers(lines);
        }

        var rows = new List<PublishedRow>();
        var index = 0;
        foreach (var line in lines)
        {
            index++;
            var c = line.Cells;
            PrintedPlace Place(int? row, int? column = null) => new(line.Page, line.Number) { Table = title, Row = row ?? index, Column = column };
            PrintedNumber? Num(int i, int? row = null) =>
                i < c.Length ? PrintedNumber.TryParse(c[i], Place(row, i)) : null;

            switch (kind)
            {
                case PublishedTableKind.IncomeExpenditureSummary:
                case PublishedTableKind.AppropriationSummary:
                    {
                        // Two sides: 项目 | 行 | 金额 || 项目 | 行 | 金额 (04: four amount columns on the right).
                        if (c.Length < 3 || !int.TryParse(c[1], out var leftLine))
                        {
                            break;
                        }

                        rows.Add(new PublishedRow(TextReportReader.Normalize(c[0]), null, leftLine, [Num(2, leftLine)], Place(leftLine)) { Side = 0 });
                        if (c.Length >= 5 && int.TryParse(c[4], out var rightLine))
                        {
                            var amounts = kind == PublishedTableKind.AppropriationSummary
                                ? Enumerable.Range(5, 4).Select(k => Num(k, rightLine)).ToList()
                                : [Num(5, rightLine)];
                            rows.Add(new PublishedRow(TextReportReader.Normalize(c[3]), null, rightLine, amounts, Place(rightLine)) { Side = 1 });
                        }

                        break;
                    }

                case PublishedTableKind.GeneralBudgetBasic:
                    {
                        if (c.Length > 0 && TextReportReader.Normalize(c[0]).StartsWith("人员经费合计", StringComparison.Ordinal))
                        {
                            rows.Add(new PublishedRow("人员经费合计", null, null, [Num(2)], Place(null)) { Side = 0 });
                            var last = Array.FindLastIndex(c, x => x.Length > 0);
                            rows.Add(new PublishedRow("公用经费合计", null, null, [last > 3 ? Num(last) : null], Place(null)) { Side = 1 });
                            break;
                        }

                        for (var g = 0; g < 3; g++)
                        {
                            var code = g * 3 < c.Length ? c[g * 3] : string.Empty;
                            if (code.Length is 3 or 5 && code.All(char.IsAsciiDigit))
                            {
                                var label = (g * 3) + 1 < c.Length ? TextReportReader.Normalize(c[(g * 3) + 1]) : string.Empty;
                                rows.Add(new PublishedRow(label, code, null, [Num((g * 3) + 2)], Place(null)) { Side = g });
                            }
                        }

                        break;
                    }

                case PublishedTableKind.ThreePublic:
                    {
                        var label = TextReportReader.Normalize(c[0]);
                        if (label.Length == 0 || label == "项目")
                        {
                            break;
                        }

                        rows.Add(new PublishedRow(label, null, null, [Num(1), Num(2)], Place(null)));
                        break;
                    }

                default:
                    {
                        // 类/款/项 tables: code | name | amounts…, and the 合计 row.
                        var first = c[0];
                        var isCode = first.Length is 3 or 5 or 7 && first.All(char.IsAsciiDigit);
                        var isTotal = TextReportReader.Normalize(first) == "合计";
                        if (!isCode && !isTotal)
                        {
                            break;
                        }

                        var columns = ColumnsOf.TryGetValue(kind, out var cols) ? cols.Length : c.Length - 2;
                        var amounts = Enumerable.Range(2, columns).Select(k => Num(k)).ToList();
                        rows.Add(new PublishedRow(isTotal ? "合计" : (c.Length > 1 ? TextReportReader.Normalize(c[1]) : string.Empty), isCode ? first : null, null, amounts, Place(null)));
                        break;
                    }
            }
        }

        var printedEmpty = rows.All(r => r.Cells.All(x => x is null || x.Value == 0m));
        var unclear = lines.Any(l => l.Cells.Length > 1 && !l.Text.Contains('\t', StringComparison.Ordinal)) || Misaligned(kind, rows)
            || (kind == PublishedTableKind.GeneralBudgetBasic && CodesReadAsAmounts(rows))
            || (kind is PublishedTableKind.IncomeExpenditureSummary or PublishedTableKind.AppropriationSummary
                && rows.Any(r => r.Label is "总计") && rows.Where(r => r.Label is "总计" or "本年收入合计" or "本年支出合计").Any(r => r.Cells.All(c => c is null)));
        return new PublishedTable(kind, title, number, rows)
        {
            Columns = ColumnsOf.TryGetValue(kind, out var names) ? names : [],
            AmountUnit = unit,
            Place = lines.Count > 0 ? new PrintedPlace(lines[0].Page, lines[0].Number) { Table = title } : new PrintedPlace(null, null),
            PrintedEmpty = printedEmpty,
            Truncated = truncated,
            LayoutUnclear = unclear,
        };
    }

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
    private static List<TextReportReader.Line> AlignToColumnNumbers(List<TextReportReader.Line> lines)
    {
        var guide = lines.FirstOrDefault(l => l.Anchors is not null && l.Cells.Length > 2 && TextReportReader.Normalize(l.Cells[0]) == "栏次");
        if (guide is null)
        {
            return lines;
        }

        var columns = Enumerable.Range(0, guide.Cells.Length).Where(k => int.TryParse(guide.Cells[k], out _)).Select(k => guide.Anchors![k]).ToArray();
        if (columns.Length == 0)
        {
            return lines;
        }

        var half = columns.Length > 1 ? (columns[1] - columns[0]) / 2 : 30;
        return lines.Select(l =>
        {
            if (l.Anchors is null || ReferenceEquals(l, guide))
            {
                return l;
            }

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

            var code = left.Count > 0 && left[0].All(char.IsAsciiDigit) ? left[0] : string.Empty;
            var name = string.Concat(code.Length > 0 ? left.Skip(1) : left);
            var cells = new[] { code.Length > 0 ? code : name, code.Length > 0 ? name : string.Empty }.Concat(amounts).ToArray();
            return l with { Cells = cells, Text = string.Join('\t', cells) };
        }).ToList();
    }

    /// <summary>
    /// A 类/款/项 table whose rows mostly fail "合计栏 = 分栏之和" by far more than rounding was not read into
    /// the right columns (a PDF text layer that splits or merges cells).
    /// </summary>
    private static bool Misaligned(PublishedTableKind kind, List<PublishedRow> rows)
    {
        (int Total, int[] Parts)? layout = kind switch
        {
            PublishedTableKind.Income => (0, [1, 2, 3, 4, 5, 6]),
            PublishedTableKind.Expenditure => (0, [1, 2, 3, 4, 5]),
            PublishedTableKind.GeneralBudgetExpenditure or PublishedTableKind.StateCapital => (0, [1, 2]),
            _ => null,
        };
        if (layout is not { } l || rows.Count == 0)
        {
            return false;
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
