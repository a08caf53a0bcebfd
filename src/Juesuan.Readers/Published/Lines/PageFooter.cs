using System.Text.RegularExpressions;

namespace Juesuan.Readers.Published.Lines;

/// <summary>页码 (page footer): a page number printed on a line of its own, which is not part of the text around it.</summary>
internal static partial class PageFooter
{
    /// <summary>A page number printed as a footer: 第 2 页, - 3 -, 4.</summary>
    [GeneratedRegex(@"^(第\d+页(共\d+页)?|[-－—]?\d{1,3}[-－—]?)$")]
    internal static partial Regex Pattern();
}
