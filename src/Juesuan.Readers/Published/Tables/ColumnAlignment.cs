using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Tables;

/// <summary>
/// 列对齐 (aligning cells to columns): a PDF line's cells placed under the amount columns by position — the 栏次 numbers, the
/// headings or the figures themselves — and rebuilt in the text layer's shape; figures set apart from their row joined to it.
/// </summary>
internal static class ColumnAlignment
{
    /// <summary>
    /// Shanghai's tables print the code columns' headings 类 | 款 | 项 in the cells of the 合计 row; read by the rulings
    /// between rows they share its line ("类 款 项 合计 2,946.25 …"). They are headings, not the row's label.
    /// </summary>
    internal static TextLine WithoutCodeHeadings(TextLine l)
    {
        string[] headings = ["类", "款", "项"];
        if (l.Cells.Length <= 4 || Enumerable.Range(0, 3).Any(k => FlatText.Normalize(l.Cells[k]) != headings[k])
            || !l.Cells.Skip(3).Any(TableParser.IsFigure))
        {
            return l;
        }

        return l with { Cells = l.Cells[3..], Anchors = l.Anchors?[3..], Text = string.Join('\t', l.Cells[3..]) };
    }

    /// <summary>
    /// A PDF table whose text dropped its empty cells: the 栏次 row numbers every amount column (1, 2, …), so
    /// each figure goes to the column whose number sits nearest above it; cells left of the first column
    /// are the code and the name. Lines without positions are left as they are.
    /// </summary>
    internal static List<TextLine> AlignToColumnNumbers(List<TextLine> lines, int columnCount)
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
            && l.Cells.Skip(2).All(c => c.Length == 0 || TableParser.IsFigure(c));
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
            && TableParser.IsFigure(p.First)).Select(p => p.Second));

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
            && l.Cells.Skip(1).Any(c => c.Length > 0 && TableParser.IsFigure(c)));
        if (first <= 0 || count < 2)
        {
            return [];
        }

        // Headings only: a figure above the first row is a row's figure set high, not a column title.
        var xs = lines.Take(first).Where(l => l.Anchors is not null)
            .SelectMany(l => l.Cells.Zip(l.Anchors!).Where(p => p.First.Length > 0 && !TableParser.IsFigure(p.First)).Select(p => p.Second))
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
    /// A PDF's 01/04 with 行次 and 栏次 (Liaoning): figures go to the nearest 行 or 栏次 column by position; a label is
    /// the left side's unless its wording is the right side's (支出, 结余分配, 年末…) or the left one is taken. The
    /// line is rebuilt in the text layer's shape: 项目 | 行 | 金额 | 项目 | 行 | 金额….
    /// </summary>
    internal static List<TextLine> AlignSummaryToColumnNumbers(List<TextLine> lines)
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

                if (!TableParser.IsFigure(text))
                {
                    if (leftLabel.Length == 0 && rightLabel.Length == 0 && !TableParser.RightHandSide(FlatText.Normalize(text)))
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
}
