using System.Globalization;
using Juesuan.Readers.Published.Text;

namespace Juesuan.Readers.Published.Lines;

/// <summary>分行 (splitting into lines): the report text as numbered lines of tab-separated cells, pages split by form feeds, with a PDF cell's position where it was marked.</summary>
internal static class LineSplitter
{
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

    internal static List<TextLine> Split(string text)
    {
        var result = new List<TextLine>();
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

                if (parts.Length == 1 && anchors is null && raw.TrimEnd().EndsWith('|'))
                {
                    // A web page's table copied as text: "项目 | 预算数 | 决算数 |", or one cell to a line ("49.9 |", "|").
                    var cells = raw.TrimEnd()[..^1].Split('|').Select(c => c.Trim()).ToArray();
                    result.Add(new TextLine(p + 1, n, string.Join('\t', cells), cells) { PipeCell = true });
                    continue;
                }

                result.Add(new TextLine(p + 1, n, string.Join('\t', parts), parts.Select(c => c.Trim()).ToArray()) { Anchors = anchors });
            }
        }

        return result;
    }
}
