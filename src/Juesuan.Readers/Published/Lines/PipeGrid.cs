using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Lines;

/// <summary>
/// 网页表格 (a web page's table copied as text): its cells end in " |", a row to a line ("项目 | 预算数 | 决算数 |") or a
/// cell to a line ("合计 |" / "49.9 |" / "7.69 |", a lone "|" for a blank cell or between rows). Cells a line apiece
/// are joined into rows here, so that the table stages see rows of cells as they see a PDF's.
/// </summary>
internal static class PipeGrid
{
    /// <summary>A label longer than this is a sentence that happens to end in "|", not a cell.</summary>
    private const int LongestLabel = 60;

    internal static List<TextLine> Join(List<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count;)
        {
            if (!OneCell(lines[i]))
            {
                if (!lines[i].PipeCell || lines[i].Cells.Any(c => c.Length > 0))
                {
                    result.Add(lines[i]); // a "||" between a table's heading rows holds nothing
                }

                i++;
                continue;
            }

            var end = i;
            while (end < lines.Count && OneCell(lines[end]) && lines[end].Cells[0].Length <= LongestLabel)
            {
                end++;
            }

            result.AddRange(end == i ? [lines[i]] : Rows(lines.GetRange(i, end - i)));
            i = Math.Max(end, i + 1);
        }

        return result;
    }

    private static bool OneCell(TextLine l) => l.PipeCell && l.Cells.Length == 1;

    private static bool IsFigure(string cell) => cell.Length > 0 && PrintedNumber.TryParse(cell, new PrintedPlace(null, null)) is not null;

    /// <summary>
    /// A run of one-cell lines as rows: the labels before the first figure are the column headings but the last, which
    /// names the first row; each row is a label and up to one figure (or blank) per further heading. A run with no figure,
    /// or too few headings to tell, stays as it is; a run whose figures follow all its labels (a table printed across)
    /// becomes its heading lines and one line of figures.
    /// </summary>
    private static IEnumerable<TextLine> Rows(List<TextLine> run)
    {
        var cells = run.Select(l => l.Cells[0]).ToList();
        var first = cells.FindIndex(IsFigure);
        var labels = Enumerable.Range(0, first < 0 ? 0 : first).Where(k => cells[k].Length > 0).ToList();
        var kept = run.Where(l => l.Cells[0].Length > 0).ToList();
        if (first < 0 || labels.Count < 2)
        {
            return kept;
        }

        if (!cells.Skip(first).Any(c => c.Length > 0 && !IsFigure(c)))
        {
            // Across: every figure after every label, on one line, blank cells kept in their places (trailing ones dropped).
            var figures = cells.Skip(first).Reverse().SkipWhile(c => c.Length == 0).Reverse().ToArray();
            return [.. run.Take(first).Where(l => l.Cells[0].Length > 0), Line(run[first], figures)];
        }

        var headings = labels.Take(labels.Count - 1).Select(k => cells[k]).ToArray();
        var width = headings.Length;
        var rows = new List<TextLine> { Line(run[labels[0]], headings) };
        List<string>? row = null;
        var at = run[0];
        for (var k = labels[^1]; k < cells.Count; k++)
        {
            var c = cells[k];
            if (c.Length > 0 && !IsFigure(c))
            {
                if (row is not null)
                {
                    rows.Add(Line(at, [.. row]));
                }

                row = [c];
                at = run[k];
            }
            else if (row is not null && row.Count < width)
            {
                row.Add(c);
            }
            else if (c.Length > 0)
            {
                return kept; // more figures than headings: not a grid this reading can place
            }
        }

        if (row is not null)
        {
            rows.Add(Line(at, [.. row]));
        }

        return rows;
    }

    private static TextLine Line(TextLine at, string[] cells) => at with { Cells = cells, Text = string.Join('\t', cells) };
}
