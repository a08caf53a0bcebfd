using Juesuan.Core.Published;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Sections;

/// <summary>目录 (table of contents): its entries as printed, without dot leaders and page numbers.</summary>
internal static partial class TableOfContents
{
    /// <summary>
    /// 目录: the lines after a line reading 目录 up to where the body begins (the first entry printed again),
    /// without dot leaders and page numbers. Empty when the document has no recognisable table of contents.
    /// </summary>
    internal static IReadOnlyList<PrintedLine> Read(List<TextLine> lines)
    {
        var start = lines.FindIndex(l => l.Flat == "目录");
        if (start < 0 || start > 60)
        {
            return [];
        }

        var entries = new List<PrintedLine>();
        for (var i = start + 1; i < lines.Count && i < start + 120; i++)
        {
            var entry = WithoutLeader(string.Join(' ', lines[i].Cells.Where(c => c.Length > 0))).Trim();
            if (entry.Length == 0 || PageFooter.Pattern().IsMatch(FlatText.Normalize(entry)))
            {
                continue;
            }

            if (entries.Count > 0 && FlatText.Normalize(entry) == FlatText.Normalize(entries[0].Text))
            {
                return entries;
            }

            entries.Add(new PrintedLine(entry, new PrintedPlace(lines[i].Page, lines[i].Number)));
        }

        return []; // the body never began: not a table of contents
    }

    /// <summary>
    /// The entry without its dot leader and the page number after it ("…… 3", ". . . 12", "3" at the end after spaces), or
    /// without dots it ends in — looked at from the end by hand: a regular expression anchored only at the end tried every
    /// start of a line of a million dots (a minute).
    /// </summary>
    internal static string WithoutLeader(string entry)
    {
        static bool IsLeader(char c) => c is '.' or '·' or '…' or '．' or '-' or '_';

        var end = entry.Length;
        while (end > 0 && char.IsWhiteSpace(entry[end - 1]))
        {
            end--;
        }

        var digits = 0;
        while (end > 0 && digits < 3 && char.IsAsciiDigit(entry[end - 1]))
        {
            end--;
            digits++;
        }

        if (digits > 0)
        {
            // A page number after a leader of two or more, or after a space.
            var beforeSpace = end;
            while (end > 0 && char.IsWhiteSpace(entry[end - 1]))
            {
                end--;
            }

            var run = end;
            while (run > 0 && IsLeader(entry[run - 1]))
            {
                run--;
            }

            return end - run >= 2 ? entry[..run].TrimEnd() : end < beforeSpace ? entry[..end] : entry;
        }

        // No page number: three or more dots at the end.
        var dots = end;
        while (dots > 0 && entry[dots - 1] is '.' or '·' or '…' or '．')
        {
            dots--;
        }

        return end - dots >= 3 ? entry[..dots].TrimEnd() : entry;
    }
}
