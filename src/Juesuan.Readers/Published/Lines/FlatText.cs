using System.Text.RegularExpressions;

namespace Juesuan.Readers.Published.Lines;

/// <summary>去空白的文字 (flat text): a cell or line without white space, brackets, commas and colons in their full-width forms, as the reader compares text.</summary>
internal static partial class FlatText
{
    internal static string Normalize(string s) =>
        WhiteSpace().Replace(s, string.Empty).Replace('(', '（').Replace(')', '）').Replace(',', '，').Replace(':', '：');

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
