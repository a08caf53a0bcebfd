using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;

namespace Juesuan.Readers.Published.Statements;

/// <summary>主语的依据 (科目目录与表中名称): what a subject pattern may consult: the catalogs and the names the report's own tables print by code.</summary>
internal sealed class SubjectContext(CatalogSet catalogs, IReadOnlyDictionary<string, string> tableNames)
{
    public CatalogSet Catalogs { get; } = catalogs;

    /// <summary>
    /// The document is a 部门预算 statement: its comparisons with "上年预算数" / "2017年预算数" are its year-on-year changes
    /// (budget against budget), not a 决算's difference from its budget.
    /// </summary>
    public bool BudgetStatement { get; init; }

    /// <summary>Names printed in the report's tables, by code ("2080705" → "公益性岗位补贴").</summary>
    public IReadOnlyDictionary<string, string> TableNames { get; } = tableNames;

    /// <summary>
    /// Codes the narrative names by a wrong or old name (“文化体育与传媒支出”, “…统计信息事务（项）”), each with the name
    /// as printed: their figures are still compared, and the name rule says which code the words were taken for.
    /// </summary>
    public Dictionary<string, string> PrintedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The 功能分类 code of a 类/款/项 name path, from the catalog, else from the tables; else, level by level, the one
    /// item whose name is close to the printed one (recorded in <see cref="PrintedNames"/>); null when unknown.
    /// </summary>
    public string? FunctionCode(string lei, string? kuan, string? xiang)
    {
        // "一般公共服务（类）" for 一般公共服务支出: the 类 name without its 支出 is still the 类.
        var code = Resolve(lei, kuan, xiang)
            ?? (Clean(lei).EndsWith("支出", StringComparison.Ordinal) ? null : Resolve(Clean(lei) + "支出", kuan, xiang));
        if (code is null && Approximate(lei, kuan, xiang) is { } near)
        {
            PrintedNames[near] = Clean(lei) + "（类）" + (kuan is null ? string.Empty : Clean(kuan) + "（款）") + (xiang is null ? string.Empty : Clean(xiang) + "（项）");
            code = near;
        }

        return code;
    }

    /// <summary>Level by level, the item a wrong or old name most likely means: under the parent already found, the
    /// one close name (longest common subsequence), the tables' rows first; a 项 the tables print alone under its 款.</summary>
    private string? Approximate(string lei, string? kuan, string? xiang)
    {
        var code = Closest(Clean(lei), CodeLevel.Lei, parent: null);
        if (code is null || kuan is null)
        {
            return code;
        }

        var kuanCode = Closest(Clean(kuan), CodeLevel.Kuan, code);
        if (xiang is null)
        {
            return kuanCode;
        }

        // An old 款 name ("行政事业单位离退休" for 行政事业单位养老支出): the 项 is looked for under the whole 类.
        return Closest(Clean(xiang), CodeLevel.Xiang, kuanCode ?? code);
    }

    private string? Closest(string name, CodeLevel level, string? parent)
    {
        var length = level switch { CodeLevel.Lei => 3, CodeLevel.Kuan => 5, _ => 7 };
        var inTables = TableNames.Where(t => t.Key.Length == length && (parent is null || t.Key.StartsWith(parent, StringComparison.Ordinal)))
            .Select(t => (Code: t.Key, Name: Clean(t.Value))).ToList();
        var inCatalog = Catalogs.Functions.Entries.Where(e => e.Code.Level == level && (parent is null || e.Code.Value.StartsWith(parent, StringComparison.Ordinal)))
            .Select(e => (Code: e.Code.Value, e.Name)).ToList();
        if (inTables.Concat(inCatalog).Where(c => c.Name == name).Select(c => c.Code).Distinct().ToList() is { Count: 1 } exact)
        {
            return exact[0];
        }

        if (Best(name, inTables, 0.75m) is { } fromTables)
        {
            return fromTables;
        }

        // The narrative explains the 项 its tables print: one 项 printed under the 款 is the one meant.
        if (level == CodeLevel.Xiang && parent is { Length: 5 } && inTables.Select(t => t.Code).Distinct().ToList() is { Count: 1 } only)
        {
            return only[0];
        }

        return Best(name, inCatalog, 0.8m);
    }

    /// <summary>The candidate whose name shares the longest subsequence with <paramref name="name"/>, if it alone is close enough.</summary>
    private static string? Best(string name, List<(string Code, string Name)> candidates, decimal threshold)
    {
        // Close: most characters in common, in order — or the whole of the shorter name kept in the longer
        // (“行政单位离退休” in “归口管理的行政单位离退休”, an old name). "机关事业单位退休人员活动费支出" is not
        // "机关事业单位职业年金缴费支出": 9 of 15 characters in common.
        var scored = candidates.DistinctBy(c => c.Code)
            .Select(c => (c.Code, Common: CommonSubsequence(name, c.Name), Longer: Math.Max(name.Length, c.Name.Length), Shorter: Math.Min(name.Length, c.Name.Length)))
            .Select(c => (c.Code, Score: c.Common == c.Shorter && c.Shorter >= 4 ? 1m - (0.01m * (c.Longer - c.Shorter)) : (decimal)c.Common / c.Longer,
                Close: (decimal)c.Common / c.Longer >= threshold || (c.Common == c.Shorter && c.Shorter >= 4)))
            .Where(c => c.Close).OrderByDescending(c => c.Score).ToList();
        return scored.Count == 1 || (scored.Count > 1 && scored[0].Score > scored[1].Score) ? scored[0].Code : null;
    }

    /// <summary>The length of the longest common subsequence (names are short: at most a few dozen characters).</summary>
    private static int CommonSubsequence(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || a.Length > 100 || b.Length > 100)
        {
            return 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private string? Resolve(string lei, string? kuan, string? xiang)
    {
        var f = Catalogs.Functions;
        lei = Clean(lei);
        kuan = kuan is null ? null : Clean(kuan);
        xiang = xiang is null ? null : Clean(xiang);
        var level = xiang is not null ? CodeLevel.Xiang : kuan is not null ? CodeLevel.Kuan : CodeLevel.Lei;
        var name = xiang ?? kuan ?? lei;
        var candidates = f.Entries.Where(e => e.Code.Level == level && e.Name == name
            && (level == CodeLevel.Lei || f.NameOf(e.Code.Lei) == lei)
            && (level != CodeLevel.Xiang || f.NameOf(e.Code.Kuan) == kuan)).ToList();
        if (candidates.Count == 1)
        {
            return candidates[0].Code.Value;
        }

        var length = level switch { CodeLevel.Lei => 3, CodeLevel.Kuan => 5, _ => 7 };
        var printed = TableNames.Where(t => t.Key.Length == length && Clean(t.Value) == name).Select(t => t.Key).Distinct().ToList();
        if (printed.Count == 1)
        {
            return printed[0];
        }

        // The tables name the 类 too: a 款/项 name under the 类 printed with that name.
        return printed.FirstOrDefault(code => TableNames.TryGetValue(code[..3], out var l) && Clean(l) == lei);
    }

    /// <summary>The code of a plain 类 name ("社会保障和就业支出"), or of a 款/项 name the report's tables print once.</summary>
    public string? PlainFunctionCode(string name)
    {
        // "一般公共服务" for 一般公共服务支出, as FunctionCode reads a 类 name without its 支出.
        name = Clean(name);
        var code = PlainCode(name) ?? (name.EndsWith("支出", StringComparison.Ordinal) ? null : PlainCode(name + "支出"));
        if (code is null && name.EndsWith("支出", StringComparison.Ordinal) && Closest(name, CodeLevel.Lei, parent: null) is { } near)
        {
            PrintedNames[near] = name; // an old 类 name: “文化体育与传媒支出” for 207 文化旅游体育与传媒支出
            code = near;
        }

        return code;
    }

    private string? PlainCode(string name)
    {
        var lei = Catalogs.Functions.Entries.FirstOrDefault(e => e.Code.Level == CodeLevel.Lei && e.Name == name);
        if (lei is not null)
        {
            return lei.Code.Value;
        }

        var printed = TableNames.Where(t => t.Key.Length is 5 or 7 && Clean(t.Value) == name).Select(t => t.Key).Distinct().ToList();
        return printed.Count == 1 ? printed[0] : null;
    }

    private static string Clean(string s) => s.Trim().TrimStart('“').TrimEnd('”').Replace('(', '（').Replace(')', '）');
}
