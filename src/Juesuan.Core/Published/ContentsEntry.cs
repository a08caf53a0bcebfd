namespace Juesuan.Core.Published;

/// <summary>目录条目: an entry of a report's table of contents as printed.</summary>
public static class ContentsEntry
{
    /// <summary>
    /// The entry without its dot leader and the page number after it ("…… 3", ". . . 12", "3" at the end after spaces), or
    /// without dots it ends in — looked at from the end by hand: a regular expression anchored only at the end tried every
    /// start of a line of a million dots (a minute).
    /// </summary>
    public static string WithoutLeader(string entry)
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
