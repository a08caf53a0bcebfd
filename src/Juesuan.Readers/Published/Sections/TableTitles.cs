using System.Text.RegularExpressions;
using Juesuan.Core.Tables;

namespace Juesuan.Readers.Published.Sections;

/// <summary>表名 (table titles): which of the nine public tables, or a table a template adds, a title line names.</summary>
internal static partial class TableTitles
{
    /// <summary>Every title of the nine as printed anywhere (TableSpecs), the longest first so the most specific matches.</summary>
    private static readonly (PublicTable Kind, string Title)[] KnownTitles =
        [.. TableSpecs.All.SelectMany(s => s.Titles.Select(t => (s.Table, t))).OrderByDescending(k => k.t.Length)];

    /// <summary>The kind of a table title line, or null. A title stands alone on its line.</summary>
    internal static PublicTable? TableKind(string flat)
    {
        // A stand-alone statement numbers its table as a section: "一、2021年度一般公共预算财政拨款“三公”经费支出决算表".
        flat = SectionOrdinal().Replace(flat, string.Empty);
        foreach (var (kind, title) in KnownTitles)
        {
            if (flat.EndsWith(title, StringComparison.Ordinal) && flat.Length <= title.Length + 8 && !flat.Contains('、', StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A title line's kind: one of the nine, or <see cref="PublicTable.Other"/> for a table a template adds.</summary>
    internal static PublicTable? TitleKind(string flat) =>
        TableKind(flat) ?? (AdditionalTable().IsMatch(flat) ? PublicTable.Other : null);

    /// <summary>
    /// A table some templates add to the nine (财政拨款支出决算明细表, 政府采购情况表, 项目支出决算表): a short title
    /// ending in 表, alone on its line, naming 决算 or a 明细/情况/项目 table; never a 绩效 or 目录 line or a sentence.
    /// </summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)(?=\d{4}年)")]
    private static partial Regex SectionOrdinal();

    [GeneratedRegex(@"^(?!.*(绩效|自评|目录|附表|详见|见附件|部门决算表$))[^，。、；：:《》（）()\d]{2,26}(决算[^，。、；：:《》]{0,8}|明细|情况|项目支出决算|购买服务)表$")]
    private static partial Regex AdditionalTable();
}
