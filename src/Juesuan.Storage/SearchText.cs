using System.Text;

namespace Juesuan.Storage;

/// <summary>
/// 检索文本: what word search compares. Chinese sets no spaces between words and reports quote their terms
/// (“三公”经费), so the report's text and each word asked for are folded alike — full-width forms to half-width
/// (NFKC), lower case, punctuation, symbols and spaces dropped — and a word is found where it is a substring of
/// the folded text. Both stores index the folded text by trigrams (SQLite FTS5, PostgreSQL pg_trgm) and answer the
/// same substring question, so they find the same reports.
/// </summary>
public static class SearchText
{
    /// <summary>At most this many words in one search; more are ignored.</summary>
    public const int MaxWords = 8;

    /// <summary>The folded text: letters and digits only, lower case, half-width.</summary>
    public static string Normalize(string text) => Fold(text).Text;

    /// <summary>
    /// The words of a query, each folded: separated by spaces or by the commas of a list (，、；), while quotes and
    /// other punctuation inside a word are ignored; words that fold to nothing are left out.
    /// </summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var words = new List<string>();
        foreach (var raw in query.Split((char[])[' ', '\u3000', '\t', '\r', '\n', ',', '，', '、', ';', '；', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Normalize(raw);
            if (w.Length > 0 && !words.Contains(w, StringComparer.Ordinal))
            {
                words.Add(w);
            }

            if (words.Count == MaxWords)
            {
                break;
            }
        }

        return words;
    }

    /// <summary>Whether a query has something to search for but nothing that folds to a word (only "%", "“”"…): it finds nothing.</summary>
    public static bool IsOnlyPunctuation(string? query) =>
        !string.IsNullOrWhiteSpace(query) && Words(query).Count == 0;

    /// <summary>The folded text and, for each of its characters, the index in <paramref name="text"/> of the character it came from.</summary>
    public static (string Text, int[] Origin) Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var span = text.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            Rune.DecodeFromUtf16(span[i..], out var rune, out var consumed);
            if (consumed <= 0)
            {
                consumed = 1;
            }

            if (rune.Value is >= 0x4E00 and <= 0x9FFF or >= '0' and <= '9' or >= 'a' and <= 'z')
            {
                // The common case (CJK ideographs, digits, lower-case letters) folds to itself.
                sb.Append((char)rune.Value);
                origin.Add(i);
            }
            else if (!Rune.IsWhiteSpace(rune))
            {
                foreach (var r in rune.ToString().Normalize(NormalizationForm.FormKC).EnumerateRunes())
                {
                    if (Rune.IsLetterOrDigit(r))
                    {
                        var lower = Rune.ToLowerInvariant(r);
                        sb.Append(lower.ToString());
                        for (var k = 0; k < lower.Utf16SequenceLength; k++)
                        {
                            origin.Add(i);
                        }
                    }
                }
            }

            i += consumed;
        }

        return (sb.ToString(), origin.ToArray());
    }

    /// <summary>
    /// The passage of <paramref name="text"/> to show for a search: the stretch of about <paramref name="length"/>
    /// characters that holds the most of the words, cut into plain parts and hits; empty when no word occurs.
    /// </summary>
    public static IReadOnlyList<PassagePart> Passage(string text, IReadOnlyList<string> words, int length = 120)
    {
        if (words.Count == 0 || text.Length == 0)
        {
            return [];
        }

        var (folded, origin) = Fold(text);
        var hits = new List<(int Start, int End, int Word)>();
        for (var w = 0; w < words.Count; w++)
        {
            var found = 0;
            for (var at = folded.IndexOf(words[w], StringComparison.Ordinal); at >= 0 && found < 200; at = folded.IndexOf(words[w], at + 1, StringComparison.Ordinal))
            {
                var last = origin[at + words[w].Length - 1];
                hits.Add(Quoted(text, origin[at], last + (char.IsHighSurrogate(text[last]) ? 2 : 1), w));
                found++;
            }
        }

        if (hits.Count == 0)
        {
            return [];
        }

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var lead = length / 4;

        // The window that shows the most different words; the earliest of equals.
        var best = hits[0];
        var bestCount = 0;
        foreach (var h in hits)
        {
            var from = Math.Max(0, h.Start - lead);
            var count = hits.Where(o => o.Start >= from && o.End <= from + length).Select(o => o.Word).Distinct().Count();
            if (count > bestCount)
            {
                (best, bestCount) = (h, count);
            }
        }

        var start = Math.Max(0, best.Start - lead);
        var end = Math.Min(text.Length, Math.Max(start + length, best.End));
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var parts = new List<PassagePart>();
        if (start > 0)
        {
            parts.Add(new PassagePart("…", false));
        }

        var pos = start;
        foreach (var h in hits.Where(h => h.Start >= start && h.End <= end))
        {
            if (h.Start < pos)
            {
                continue; // overlaps a hit already shown
            }

            if (h.Start > pos)
            {
                parts.Add(new PassagePart(Squeeze(text[pos..h.Start]), false));
            }

            parts.Add(new PassagePart(text[h.Start..h.End], true));
            pos = h.End;
        }

        if (pos < end)
        {
            parts.Add(new PassagePart(Squeeze(text[pos..end]), false));
        }

        if (end < text.Length)
        {
            parts.Add(new PassagePart("…", false));
        }

        return parts;
    }

    /// <summary>A hit that holds a closing quote (三公”经费) starts at its opening quote (“三公”经费).</summary>
    private static (int Start, int End, int Word) Quoted(string text, int start, int end, int word)
    {
        var closes = text.AsSpan(start, end - start).ContainsAny("”’」』）)》");
        return closes && start > 0 && "“‘「『（(《".Contains(text[start - 1], StringComparison.Ordinal) ? (start - 1, end, word) : (start, end, word);
    }

    /// <summary>Runs of spaces and line breaks (a text table's columns) as one space.</summary>
    private static string Squeeze(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
