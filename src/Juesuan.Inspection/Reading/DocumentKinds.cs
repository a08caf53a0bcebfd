using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Inspection.Reading;

/// <summary>
/// 文件类别: what a file presents itself as — 部门决算, 单位决算, 部门预算, 单位预算, a stand-alone 三公 statement, or a
/// fragment. The title decides (its first lines), then what the document holds (tables, sections), then the file
/// name. Pure: reads the text already extracted.
/// </summary>
public static class DocumentKinds
{
    /// <summary>How many leading lines are the title page (the title and the 目录's head).</summary>
    public const int TitleLines = 12;

    /// <summary>The kind of a report as read, from its first lines, its tables and sections, then its file name.</summary>
    public static DocumentKind Recognise(PublishedReport report, string fileName)
    {
        // What the reader found the text to be comes first: a government's 财政决算 report is no department's document,
        // whatever its file is called.
        if (report.Nature == DocumentNature.GovernmentFiscalReport)
        {
            return DocumentKind.Unrecognised;
        }

        var title = Title(report.Lines.Select(l => l.Text));
        var nine = report.Tables.Where(t => t.Kind != PublicTable.Other).Select(t => t.Kind).Distinct().Count();
        var budgetTables = report.Lines.Take(4000).Count(l => IsBudgetTableTitle(l.Text));
        var finalTables = nine;
        var fromTitle = FromWords(title);
        var kind = fromTitle ?? FromWords(Path.GetFileNameWithoutExtension(fileName));
        if (kind is null)
        {
            // Neither the title nor the name says: the tables do (budget tables are titled 预算表, final ones 决算表).
            if (finalTables == 0 && budgetTables == 0)
            {
                return DocumentKind.Unrecognised;
            }

            kind = budgetTables > finalTables ? DocumentKind.DepartmentBudget : DocumentKind.DepartmentFinalAccounts;
        }

        if (kind is DocumentKind.DepartmentFinalAccounts or DocumentKind.UnitFinalAccounts)
        {
            // A title that says 决算 over a document that holds only budget tables is a budget mislabelled: trust the tables.
            // So is a text the reader found to speak only of budgets (预算数为…, never 决算).
            if ((finalTables == 0 && budgetTables >= 3) || (report.Nature == DocumentNature.Budget && finalTables == 0 && !IsThreePublicOnly(report, title)))
            {
                return kind == DocumentKind.UnitFinalAccounts ? DocumentKind.UnitBudget : DocumentKind.DepartmentBudget;
            }

            if (IsThreePublicOnly(report, title))
            {
                return DocumentKind.ThreePublicStatement;
            }

            // A whole report holds most of the nine tables or the narrative; less than that is a part of one.
            var narrative = report.Sections.Count(s => s is not ReportSection.Tables and not ReportSection.Annex);
            if (finalTables < 3 && narrative < 3)
            {
                return DocumentKind.Fragment;
            }
        }

        return kind.Value;
    }

    /// <summary>The kind the words of a title or a file name state, or null when they state none.</summary>
    public static DocumentKind? FromWords(string text)
    {
        var t = Compact(text);
        if (t.Length == 0)
        {
            return null;
        }

        var finalAt = FirstOf(t, "决算");
        var budgetAt = FirstOf(t, "预算");
        var threePublic = t.Contains("三公", StringComparison.Ordinal);
        // "三公经费决算" alone (no 部门/单位决算) is a stand-alone 三公 statement.
        if (threePublic && !t.Contains("部门决算", StringComparison.Ordinal) && !t.Contains("单位决算", StringComparison.Ordinal)
            && !t.Contains("部门预算", StringComparison.Ordinal) && !t.Contains("单位预算", StringComparison.Ordinal))
        {
            return DocumentKind.ThreePublicStatement;
        }

        // 预算 appears inside final accounts' words (一般公共预算, 预算执行): only 部门预算/单位预算/预算公开 or a title
        // without 决算 at all make a budget.
        var isBudget = t.Contains("部门预算", StringComparison.Ordinal) || t.Contains("单位预算", StringComparison.Ordinal)
            || t.Contains("预算公开", StringComparison.Ordinal) || t.Contains("年度预算", StringComparison.Ordinal) || t.Contains("年预算", StringComparison.Ordinal);
        if (finalAt >= 0 && (!isBudget || finalAt < FirstBudgetTitleWord(t)))
        {
            return t.Contains("单位决算", StringComparison.Ordinal) && !t.Contains("部门决算", StringComparison.Ordinal)
                ? DocumentKind.UnitFinalAccounts
                : DocumentKind.DepartmentFinalAccounts;
        }

        if (isBudget || (budgetAt >= 0 && finalAt < 0 && t.Contains("预算", StringComparison.Ordinal) && !t.Contains("一般公共预算", StringComparison.Ordinal)))
        {
            return t.Contains("单位预算", StringComparison.Ordinal) && !t.Contains("部门预算", StringComparison.Ordinal)
                ? DocumentKind.UnitBudget
                : DocumentKind.DepartmentBudget;
        }

        return null;
    }

    /// <summary>The title page's words: the first lines, up to the 目录 or the first part.</summary>
    public static string Title(IEnumerable<string> lines)
    {
        var taken = new List<string>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0).Take(TitleLines))
        {
            var compact = Compact(line);
            if (compact.StartsWith("目录", StringComparison.Ordinal) || compact.StartsWith("第一部分", StringComparison.Ordinal))
            {
                break;
            }

            taken.Add(line);
        }

        return string.Join(" ", taken);
    }

    /// <summary>
    /// The organisation a document names, when the reader found none (a title set over several lines): the
    /// 「第一部分 …概况」 heading, else the title's words before its year.
    /// </summary>
    public static string? OrganisationFromTitle(IEnumerable<string> lines)
    {
        var head = lines.Take(60).Select(Compact).ToList();
        foreach (var line in head)
        {
            var m = System.Text.RegularExpressions.Regex.Match(line, "^第一部分(.{2,60}?)(?:基本)?概况$");
            if (m.Success)
            {
                return m.Groups[1].Value;
            }
        }

        var title = Compact(Title(head));
        var year = System.Text.RegularExpressions.Regex.Match(title, "^(.{2,60}?)(?:20\\d{2}|二〇..)年");
        return year.Success ? year.Groups[1].Value : null;
    }

    /// <summary>The year a title states (2024年度, 2025年), when the reader found none.</summary>
    public static int? YearFromTitle(IEnumerable<string> lines)
    {
        var m = System.Text.RegularExpressions.Regex.Match(Compact(Title(lines)), "(20\\d{2})年");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool IsThreePublicOnly(PublishedReport report, string title)
    {
        var kinds = report.Tables.Where(t => t.Kind != PublicTable.Other).Select(t => t.Kind).Distinct().ToList();
        return kinds.Count == 1 && kinds[0] == PublicTable.ThreePublic && Compact(title).Contains("三公", StringComparison.Ordinal);
    }

    private static bool IsBudgetTableTitle(string line)
    {
        var t = Compact(line);
        return t.Length <= 40 && t.EndsWith("预算表", StringComparison.Ordinal) && !t.Contains("决算", StringComparison.Ordinal);
    }

    private static int FirstBudgetTitleWord(string t)
    {
        var at = new[] { "部门预算", "单位预算", "预算公开", "年度预算", "年预算" }.Select(w => t.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0);
        return at.DefaultIfEmpty(int.MaxValue).Min();
    }

    private static int FirstOf(string t, string word) => t.IndexOf(word, StringComparison.Ordinal);

    /// <summary>Without spaces of any width (titles are often set letter-spaced: "部 门 决 算").</summary>
    internal static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
}
