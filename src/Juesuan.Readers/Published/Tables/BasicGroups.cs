using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Tables;

/// <summary>公开06表的经济分类分组 (the basic-expenditure table's groups): two or three code | name | 决算数 groups side by side, regrouped per line.</summary>
internal static class BasicGroups
{
    /// <summary>
    /// A PDF's 06 prints two or three groups of 经济分类 side by side (code | name | 决算数). Each cell belongs to the
    /// group whose 决算数 heading is the first at or right of it; within a group the cell nearest that heading is the
    /// figure, digit cells are the code (301, 02 → 30102) and the rest the name. Rebuilt as code | name | figure per group.
    /// </summary>
    internal static List<TextLine> AlignBasicGroups(List<TextLine> lines)
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
                var figure = groups[g].Where(c => TableParser.IsFigure(c.Text) && Math.Abs(c.X - figureXs[g]) < reach)
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
    /// 06 from a page text without tabs: each code (301, 30101, or 301 | 02 printed apart) opens a group entry, the words
    /// after it are its name and a figure with decimals its 决算数; rebuilt as code | name | figure per group.
    /// </summary>
    internal static string[] RegroupBasic(string[] tokens)
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
            else if (code is not null && figure is null && TableParser.IsFigure(t) && (t.Contains('.') || t.Contains(',')))
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
}
