using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Juesuan.Readers.Published;

/// <summary>
/// A PDF's text layer as lines of tab-separated cells, pages split by form feeds: letters are grouped
/// into lines by baseline and into cells where the horizontal gap is wider than about a character.
/// </summary>
public static class PdfText
{
    /// <summary>Marks a cell's centre x in the extracted text: \u001F{x}\u001F{text}.</summary>
    public const char Anchor = '\u001F';

    public static string Extract(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var doc = PdfDocument.Open(path);
            var sb = new StringBuilder();
            foreach (var page in doc.GetPages())
            {
                if (sb.Length > 0)
                {
                    sb.Append('\f');
                }

                AppendPage(sb, page);
            }

            return sb.ToString();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new PublishedReadException($"无法读取 PDF「{name}」：文件已损坏、被截断或加密（{ex.GetType().Name}）", ex);
        }
    }

    private static void AppendPage(StringBuilder sb, Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        // Lines: letters whose baselines are within a third of their size of each other, top to bottom.
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => Math.Round(l.StartBaseLine.Y, 1)).ThenBy(l => l.BoundingBox.Left))
        {
            var size = Math.Max(letter.PointSize, 4);
            var line = lines.LastOrDefault(l => Math.Abs(l[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size / 3);
            if (line is null)
            {
                lines.Add([letter]);
            }
            else
            {
                line.Add(letter);
            }
        }

        foreach (var line in lines.OrderByDescending(l => l[0].StartBaseLine.Y))
        {
            var ordered = line.OrderBy(l => l.BoundingBox.Left).ToList();
            var cells = new List<StringBuilder> { new() };
            var lefts = new List<double> { ordered.Count > 0 ? ordered[0].BoundingBox.Left : 0 };
            var rights = new List<double> { 0 };
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    var gap = ordered[i].BoundingBox.Left - ordered[i - 1].BoundingBox.Right;
                    var size = Math.Max(ordered[i].PointSize, 4);
                    var before = ordered[i - 1].Value[^1];
                    var next = ordered[i].Value[0];
                    // A decimal point set apart from its digits ("9746. 50") is typesetting, not two figures.
                    var inNumber = gap < size * 0.6 && ((before == '.' && char.IsAsciiDigit(next)) || (char.IsAsciiDigit(before) && next == '.'));
                    // A figure and the label after it are two cells even when set close ("9746.50 一、一般公共服务支出");
                    // a unit after a figure ("1 个", "35 万元") stays with it.
                    var numberMeetsText = IsNumeric(before) && IsCjk(next) && ((gap > size * 0.5 && CjkRun(ordered, i) >= 4) || (gap > size * 0.6 && CjkRun(ordered, i) >= 2));
                    // Two figures a space apart are two cells ("4816.14 302": an amount, then the next group's code).
                    var numberMeetsNumber = gap > size * 0.5 && IsNumeric(before) && char.IsAsciiDigit(next) && !inNumber;
                    if (gap > size * 1.2 || numberMeetsText || numberMeetsNumber)
                    {
                        rights[^1] = ordered[i - 1].BoundingBox.Right;
                        cells.Add(new StringBuilder());
                        lefts.Add(ordered[i].BoundingBox.Left);
                        rights.Add(0);
                    }
                    else if (gap > size * 0.25 && !inNumber)
                    {
                        // Spaces inside a figure ("9746. 50") are spacing of the typesetting, not of the text.
                        cells[^1].Append(' ');
                    }
                }

                cells[^1].Append(ordered[i].Value);
            }

            if (ordered.Count > 0)
            {
                rights[^1] = ordered[^1].BoundingBox.Right;
            }

            var single = cells[0].ToString().Trim();
            if (cells.Count == 1 && !(single.Length > 0 && single.All(ch => IsNumeric(ch) || ch == '-')))
            {
                sb.Append(single).Append('\n');
                continue;
            }

            // Multi-cell lines carry each cell's centre x, so tables can be aligned to their 栏次 columns.
            sb.Append(string.Join('\t', cells.Select((c, k) =>
                    Anchor + ((lefts[k] + rights[k]) / 2).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + Anchor + c.ToString().Trim())))
                .Append('\n');
        }
    }

    /// <summary>How many CJK letters (words a space apart included) follow from <paramref name="i"/> before a cell-sized gap.</summary>
    private static int CjkRun(List<Letter> ordered, int i)
    {
        var n = 0;
        for (var k = i; k < ordered.Count && IsCjk(ordered[k].Value[0]); k++)
        {
            if (k > i && ordered[k].BoundingBox.Left - ordered[k - 1].BoundingBox.Right > Math.Max(ordered[k].PointSize, 4))
            {
                break;
            }

            n++;
        }

        return n;
    }

    private static bool IsNumeric(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '%';

    /// <summary>CJK ideographs, CJK punctuation (、。（）) and full-width forms.</summary>
    private static bool IsCjk(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3000' and <= '\u303f') or (>= '\uff00' and <= '\uffef');
}
