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
            var entry = ContentsEntry.WithoutLeader(string.Join(' ', lines[i].Cells.Where(c => c.Length > 0))).Trim();
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
}
