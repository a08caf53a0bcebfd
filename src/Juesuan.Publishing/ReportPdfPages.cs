using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Readers.Published.Text;

namespace Juesuan.Publishing;

/// <summary>
/// Which pages of report.pdf print each line of report.txt, found in the rendered PDF itself: the PDF's text is read
/// page by page (<see cref="PdfText"/>, the reader any published PDF goes through) and the text report's lines are
/// aligned with it in order. Both are compared without white space and in compatibility form (NFKC), so that line
/// breaks, the PDF's spacing and full-width forms do not matter.
/// <list type="number">
/// <item>Anchors: every line found whole in the PDF's text; of these, the heaviest chain that keeps both the lines'
/// order and the text's (a line found in the 目录 and again in the body is anchored where its neighbours are).</item>
/// <item>The other lines (a paragraph cut by a page break and its footer, a table's stacked headings, a grid row whose
/// cells wrap): matched piece by piece between the anchors before and after them, on the pages of the pieces found;
/// a line none of whose pieces is found there lies between those anchors, on their pages.</item>
/// </list>
/// Each page's printed number is the footer 第 N 页 Juesuan's DOCX prints (none on the cover and the 目录).
/// </summary>
public sealed partial class ReportPdfPages
{
    /// <summary>A line found more often than this is too common to anchor (a lone "0" or "合计").</summary>
    private const int MaxOccurrences = 64;

    /// <summary>The pieces a line that is not found whole is matched by.</summary>
    private const int Piece = 4;

    private readonly (int First, int Last)[] _lines;
    private readonly int?[] _numbers;

    private ReportPdfPages((int First, int Last)[] lines, int?[] numbers)
    {
        _lines = lines;
        _numbers = numbers;
    }

    /// <summary>The number of pages of the PDF.</summary>
    public int PageCount => _numbers.Length;

    /// <summary>Reads <paramref name="pdf"/> (the report.pdf rendered from the report whose text is <paramref name="reportText"/>).</summary>
    public static ReportPdfPages Read(string reportText, string pdf) => Align(reportText, PdfText.Extract(pdf).Split('\f'));

    /// <summary>Aligns the lines of <paramref name="reportText"/> with the text of each page of a PDF.</summary>
    public static ReportPdfPages Align(string reportText, IReadOnlyList<string> pages)
    {
        var pdf = new StringBuilder();
        var pageOf = new List<int>();
        var numbers = new int?[pages.Count];
        for (var p = 0; p < pages.Count; p++)
        {
            var text = Anchors().Replace(pages[p], string.Empty);
            Compact(text, pdf, pageOf, p + 1);
            numbers[p] = Footer(text);
        }

        var lines = reportText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => Compact(l, new StringBuilder(), null, 0).ToString())
            .ToArray();
        var found = new (int First, int Last)[lines.Length + 1];
        var whole = pdf.ToString();
        var anchors = Anchor(lines, whole);
        foreach (var (line, at) in anchors)
        {
            found[line + 1] = (pageOf[at], pageOf[at + lines[line].Length - 1]);
        }

        Between(lines, whole, pageOf, anchors, found);
        return new ReportPdfPages(found, numbers);
    }

    /// <summary>The first and last page of the PDF that print <paramref name="line"/> (1-based) of the text; null when it prints nothing or is not found.</summary>
    public (int First, int Last)? PagesOf(int line) =>
        line >= 1 && line < _lines.Length && _lines[line].First > 0 ? _lines[line] : null;

    /// <summary>The number printed in the footer of <paramref name="page"/> (1-based); null on an unnumbered page.</summary>
    public int? PrintedNumber(int page) => page >= 1 && page <= _numbers.Length ? _numbers[page - 1] : null;

    /// <summary>The lines found whole, as (line index, position in the PDF's text): the heaviest chain increasing in both, without overlap.</summary>
    private static SortedDictionary<int, int> Anchor(string[] lines, string pdf)
    {
        // Best chain ending at each end position, kept in a Fenwick tree of prefix maxima over positions.
        var tree = new (int Score, int Node)[pdf.Length + 2];
        var nodes = new List<(int Line, int At, int Previous)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var s = lines[i];
            if (s.Length == 0)
            {
                continue;
            }

            var occurrences = new List<int>();
            for (var j = pdf.IndexOf(s, StringComparison.Ordinal); j >= 0 && occurrences.Count <= MaxOccurrences; j = pdf.IndexOf(s, j + 1, StringComparison.Ordinal))
            {
                occurrences.Add(j);
            }

            if (occurrences.Count is 0 or > MaxOccurrences)
            {
                continue;
            }

            // Score them all before adding any: two occurrences of one line never chain.
            var scored = occurrences.Select(j => (At: j, Best: Best(tree, j))).ToList();
            foreach (var (at, best) in scored)
            {
                nodes.Add((i, at, best.Node));
                Raise(tree, at + s.Length, (best.Score + s.Length, nodes.Count));
            }
        }

        var chain = new SortedDictionary<int, int>();
        for (var node = Best(tree, pdf.Length).Node; node > 0; node = nodes[node - 1].Previous)
        {
            chain[nodes[node - 1].Line] = nodes[node - 1].At;
        }

        return chain;
    }

    /// <summary>The best chain whose last line ends at or before <paramref name="position"/> (node 0: none).</summary>
    private static (int Score, int Node) Best((int Score, int Node)[] tree, int position)
    {
        var best = (Score: 0, Node: 0);
        for (var k = Math.Min(position + 1, tree.Length - 1); k > 0; k -= k & -k)
        {
            if (tree[k].Score > best.Score)
            {
                best = tree[k];
            }
        }

        return best;
    }

    private static void Raise((int Score, int Node)[] tree, int end, (int Score, int Node) value)
    {
        for (var k = end + 1; k < tree.Length; k += k & -k)
        {
            if (value.Score > tree[k].Score)
            {
                tree[k] = value;
            }
        }
    }

    /// <summary>The lines between two anchors: matched piece by piece in the text between them, else placed between them.</summary>
    private static void Between(string[] lines, string pdf, List<int> pageOf, SortedDictionary<int, int> anchors, (int First, int Last)[] found)
    {
        var keys = anchors.Keys.ToList();
        var next = 0;
        var from = 0;
        var pageBefore = pageOf.Count > 0 ? pageOf[0] : 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (next < keys.Count && keys[next] == i)
            {
                from = anchors[i] + lines[i].Length;
                pageBefore = pageOf[from - 1];
                next++;
                continue;
            }

            var s = lines[i];
            if (s.Length == 0 || pageOf.Count == 0)
            {
                continue;
            }

            var to = next < keys.Count ? anchors[keys[next]] : pdf.Length;
            var pageAfter = next < keys.Count ? pageOf[to] : pageOf[^1];
            var (matched, first, last, end) = Pieces(s, pdf, pageOf, from, to);
            if (matched * 2 >= s.Length)
            {
                // Most of the line, in order: the text after it is where the next line is looked for.
                found[i + 1] = (first, last);
                from = end;
                pageBefore = last;
            }
            else
            {
                // Some pieces (a header whose headings are stacked in another order) or none: on their pages, or between the anchors.
                found[i + 1] = matched > 0 ? (first, last) : (pageBefore, pageAfter);
            }
        }
    }

    /// <summary>Matches <paramref name="s"/> piece by piece, in order, within [<paramref name="from"/>, <paramref name="to"/>) of the PDF's text.</summary>
    private static (int Matched, int First, int Last, int End) Pieces(string s, string pdf, List<int> pageOf, int from, int to)
    {
        var (pos, matched, first, last, cursor) = (0, 0, 0, 0, from);
        while (pos < s.Length)
        {
            var k = Math.Min(s.Length - pos, Piece);
            var j = to - cursor >= k ? pdf.IndexOf(s.Substring(pos, k), cursor, to - cursor, StringComparison.Ordinal) : -1;
            if (j < 0)
            {
                pos++;
                continue;
            }

            var m = k;
            while (pos + m < s.Length && j + m < to && s[pos + m] == pdf[j + m])
            {
                m++;
            }

            first = first == 0 ? pageOf[j] : first;
            last = pageOf[j + m - 1];
            matched += m;
            pos += m;
            cursor = j + m;
        }

        return (matched, first, last, cursor);
    }

    /// <summary>The text without white space, control characters or PDF cell marks, in NFKC form; each character's page in <paramref name="pageOf"/>.</summary>
    private static StringBuilder Compact(string text, StringBuilder into, List<int>? pageOf, int page)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                continue;
            }

            var normal = char.IsAscii(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKC);
            foreach (var n in normal.Where(n => !char.IsWhiteSpace(n)))
            {
                into.Append(n);
                pageOf?.Add(page);
            }
        }

        return into;
    }

    /// <summary>The page number of a footer line 第 N 页, the last such line of the page.</summary>
    private static int? Footer(string page)
    {
        foreach (var line in page.Split('\n').Reverse())
        {
            var flat = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
            if (FooterNumber().Match(flat) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The cell marks \u001F{x}\u001F of <see cref="PdfText"/>.</summary>
    [GeneratedRegex("\u001F[0-9.\\-]+\u001F")]
    private static partial Regex Anchors();

    [GeneratedRegex("^第(\\d+)页$")]
    private static partial Regex FooterNumber();
}
