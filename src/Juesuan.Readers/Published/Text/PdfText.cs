using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Juesuan.Readers.Published.Text;

/// <summary>
/// A PDF's text layer as lines of tab-separated cells, pages split by form feeds: letters are grouped
/// into lines by baseline and into cells where the horizontal gap is wider than about a character.
/// </summary>
public static partial class PdfText
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

    /// <summary>A ruled row band holds at most this many lines of text: a label wrapped over three lines, a figure set apart.</summary>
    private const int MostLinesInABand = 4;

    private static void AppendPage(StringBuilder sb, Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var rulings = HorizontalRulings(page);

        // Tables drawn with ruled rows: a row's cells are what lies between two rulings, whatever their baselines —
        // a figure set half a row off its label, a label wrapped over two lines, a code above its name.
        var loose = new List<Letter>();
        var bands = new Dictionary<(double Top, double Bottom), List<Letter>>();
        foreach (var letter in letters)
        {
            if (BandOf(letter, rulings) is { } band)
            {
                if (!bands.TryGetValue(band, out var inBand))
                {
                    bands[band] = inBand = [];
                }

                inBand.Add(letter);
            }
            else
            {
                loose.Add(letter);
            }
        }

        var rows = new List<(double Y, List<PdfPiece> Cells)>();
        var ruled = new HashSet<Letter>(bands.Values.SelectMany(b => b));
        var baselines = new List<(double Y, double Size, int Row)>();
        foreach (var inBand in bands.Values)
        {
            var lines = Lines(inBand);
            if (lines.Count < 2 || lines.Count > MostLinesInABand || MergeByColumn(lines) is not { } merged)
            {
                loose.AddRange(inBand);
                continue;
            }

            // The row stands where its figures do; a label centred over several rows joins the line it stands on.
            var main = lines.OrderByDescending(l => Pieces(l).Count(p => IsFigure(p.Text))).First();
            rows.Add((main[0].StartBaseLine.Y, merged.Select(c => c with { InRuledRow = true }).ToList()));
            baselines.AddRange(lines.Select(l => (l[0].StartBaseLine.Y, Math.Max(l[0].PointSize, 4), rows.Count - 1)));
        }

        foreach (var line in Lines(loose))
        {
            var y = line[0].StartBaseLine.Y;
            var at = baselines.FindIndex(b => Math.Abs(b.Y - y) <= b.Size / 3);
            if (at >= 0)
            {
                var k = baselines[at].Row;
                rows[k] = (rows[k].Y, rows[k].Cells.Concat(Pieces(line)).OrderBy(c => c.Left).ToList());
            }
            else if (line.All(ruled.Contains) && Pieces(line) is [var item] && NumberedItem().IsMatch(item.Text))
            {
                // A numbered item alone in a ruled row ("四、公共安全支出", nothing spent) is a table row, placed like one.
                rows.Add((y, [item with { InRuledRow = true }]));
            }
            else
            {
                rows.Add((y, Pieces(line)));
            }
        }

        foreach (var (_, cells) in rows.OrderByDescending(r => r.Y))
        {
            var single = cells.Count == 0 ? string.Empty : cells[0].Text;
            if (cells.Count <= 1 && !IsFigure(single) && !(cells.Count == 1 && cells[0].InRuledRow))
            {
                sb.Append(single).Append('\n');
                continue;
            }

            // Multi-cell lines carry each cell's centre x, so tables can be aligned to their 栏次 columns.
            sb.Append(string.Join('\t', cells.Select(c =>
                    Anchor + c.Centre.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + Anchor + c.Text)))
                .Append('\n');
        }
    }

    /// <summary>Letters grouped into lines by baseline (within a third of their size), top to bottom, each left to right.</summary>
    private static List<List<Letter>> Lines(IEnumerable<Letter> letters)
    {
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

        return lines
            .OrderByDescending(l => l[0].StartBaseLine.Y)
            .Select(l => l.OrderBy(x => x.BoundingBox.Left).ToList())
            .ToList();
    }

    /// <summary>
    /// The lines of one ruled row band as one row: pieces standing over each other are one cell, read top to
    /// bottom ("机关事业单位基本养老保险缴" + "费"). Nothing when two figures stand over each other — then the
    /// band holds more than one row (rulings missing between rows) and its lines are read one by one — or when
    /// the band has no figure and its cells are not numbered items: headings stacked in levels are left as lines for
    /// the table parser, while a blank row of numbered items ("二、政府性基金预算财政拨" + "款" | "二、外交支出") is a row.
    /// </summary>
    private static List<PdfPiece>? MergeByColumn(List<List<Letter>> lines)
    {
        var blank = !lines.Any(l => Pieces(l).Any(p => IsFigure(p.Text)));
        var merged = Merge(lines);
        return merged is null || (blank && !merged.All(c => NumberedItem().IsMatch(c.Text))) ? null : merged;
    }

    /// <summary>"二、…", "十四、…", "（1）…": an item's label as summary tables number them.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^([一二三四五六七八九十](\s*[一二三四五六七八九十])*\s*、|[（(]\d+[)）])")]
    private static partial System.Text.RegularExpressions.Regex NumberedItem();

    private static List<PdfPiece>? Merge(List<List<Letter>> lines)
    {

        var cells = new List<PdfPiece>();
        for (var n = 0; n < lines.Count; n++)
        {
            foreach (var piece in Pieces(lines[n], trailingFigureApart: true))
            {
                var k = cells.FindIndex(c => piece.Left < c.Right + 1 && piece.Right > c.Left - 1);
                if (k < 0 && n > 0 && !IsFigure(piece.Text) && !NumberedItem().IsMatch(piece.Text) && !Pieces(lines[n]).Any(p => IsFigure(p.Text)))
                {
                    // A wrapped label's last letters alone on their line, set off-centre ("公务员医疗补助缴" over "费"):
                    // they go to the nearest label with nothing between.
                    k = NearestLabel(cells, piece);
                }

                if (k < 0)
                {
                    cells.Add(piece);
                    continue;
                }

                if (IsFigure(cells[k].Text) || IsFigure(piece.Text))
                {
                    return null;
                }

                cells[k] = new PdfPiece(cells[k].Text + piece.Text, Math.Min(cells[k].Left, piece.Left), Math.Max(cells[k].Right, piece.Right));
            }
        }

        return cells.OrderBy(c => c.Left).ToList();
    }

    private static int NearestLabel(List<PdfPiece> cells, PdfPiece piece)
    {
        var best = -1;
        for (var k = 0; k < cells.Count; k++)
        {
            var (from, to) = cells[k].Centre < piece.Centre ? (cells[k].Right, piece.Left) : (piece.Right, cells[k].Left);
            if (IsFigure(cells[k].Text) || cells.Any(c => c.Centre > from && c.Centre < to))
            {
                continue;
            }

            if (best < 0 || Math.Abs(cells[k].Centre - piece.Centre) < Math.Abs(cells[best].Centre - piece.Centre))
            {
                best = k;
            }
        }

        return best;
    }

    private static bool IsFigure(string text) => text.Length > 0 && text.All(ch => IsNumeric(ch) || ch is '-' or ' ');

    /// <summary>One line's cells: split where the gap is wider than about a character, or where a figure meets a label or another figure.</summary>
    /// <param name="trailingFigureApart">In a ruled row, a figure a space after a label is a cell of its own
    /// ("全部或基本达 100%": the grade wraps on, 100% is the next column); in running text it is not.</param>
    private static List<PdfPiece> Pieces(List<Letter> ordered, bool trailingFigureApart = false)
    {
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
                var textMeetsFigure = trailingFigureApart && gap > size * 0.25 && IsCjk(before) && char.IsAsciiDigit(next) && FigureEndsCell(ordered, i);
                if (gap > size * 1.2 || numberMeetsText || numberMeetsNumber || textMeetsFigure)
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

        return cells.Select((c, k) => new PdfPiece(c.ToString().Trim(), lefts[k], rights[k])).Where(p => p.Text.Length > 0).ToList();
    }

    /// <summary>Horizontal rules drawn on the page: stroked lines or hairline-thin filled rectangles, as (y, left, right).</summary>
    private static List<(double Y, double Left, double Right)> HorizontalRulings(Page page)
    {
        var rulings = new List<(double, double, double)>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } r || r.Width < 5)
                {
                    continue;
                }

                if (r.Height < 1.5)
                {
                    rulings.Add(((r.Bottom + r.Top) / 2, r.Left, r.Right));
                }
                else if (path.IsStroked && sub.IsDrawnAsRectangle)
                {
                    rulings.Add((r.Top, r.Left, r.Right));
                    rulings.Add((r.Bottom, r.Left, r.Right));
                }
            }
        }

        return rulings;
    }

    /// <summary>The rulings just above and below a letter, where both span it and they are at most a few lines apart.</summary>
    private static (double Top, double Bottom)? BandOf(Letter letter, List<(double Y, double Left, double Right)> rulings)
    {
        var x = (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;
        var y = (letter.BoundingBox.Bottom + letter.BoundingBox.Top) / 2;
        double? top = null, bottom = null;
        foreach (var (ry, left, right) in rulings)
        {
            if (x < left - 1 || x > right + 1)
            {
                continue;
            }

            if (ry > y && (top is null || ry < top))
            {
                top = ry;
            }
            else if (ry < y && (bottom is null || ry > bottom))
            {
                bottom = ry;
            }
        }

        var size = Math.Max(letter.PointSize, 4);
        return top is { } t && bottom is { } b && t - b <= size * (MostLinesInABand + 2)
            ? (Math.Round(t, 1), Math.Round(b, 1))
            : null;
    }

    /// <summary>Whether the letters from <paramref name="i"/> to the next cell-sized gap (or the line's end) are all a figure's.</summary>
    private static bool FigureEndsCell(List<Letter> ordered, int i)
    {
        for (var k = i; k < ordered.Count; k++)
        {
            if (k > i && ordered[k].BoundingBox.Left - ordered[k - 1].BoundingBox.Right > Math.Max(ordered[k].PointSize, 4) * 1.2)
            {
                return true;
            }

            if (!ordered[k].Value.All(ch => IsNumeric(ch) || ch == '-'))
            {
                return false;
            }
        }

        return true;
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
