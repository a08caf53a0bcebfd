using System.Text.RegularExpressions;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>Where a sentence names a subject, and which (a <see cref="NarrativeItems"/> key).</summary>
internal sealed record SubjectMention(int Start, int End, string Key, string Pattern);

/// <summary>What a subject pattern may consult: the catalogs and the names the report's own tables print by code.</summary>
internal sealed class SubjectContext(CatalogSet catalogs, IReadOnlyDictionary<string, string> tableNames)
{
    public CatalogSet Catalogs { get; } = catalogs;

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

/// <summary>
/// One named way reports name a subject, with an example as printed. The catalogue is in
/// <see cref="SubjectPatterns.All"/>; the longest mention wins where two overlap.
/// </summary>
internal sealed record SubjectPattern(string Name, Regex Regex, Func<Match, SubjectContext, string?> Key, string Example);

/// <summary>The catalogue of subject patterns: totals, income and spending types, 功能分类 items, 三公, and the other matters.</summary>
internal static class SubjectPatterns
{
    private static SubjectPattern Fixed(string name, string pattern, string key, string example) =>
        new(name, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), (_, _) => key, example);

    /// <summary>The economic 类 and 款 names the basic-expenditure sentences list.</summary>
    private static readonly string EconomicNames = string.Join('|', CatalogSet.Default.Economics.Entries
        .Select(e => Regex.Escape(e.Name)).Where(n => n.Length >= 4).Distinct().OrderByDescending(n => n.Length));

    /// <summary>The 功能分类 类 names (其他支出 left out: it is also an 经济分类 name).</summary>
    private static readonly string FunctionClassNames = string.Join('|', CatalogSet.Default.Functions.Entries
        .Where(e => e.Code.Level == CodeLevel.Lei && e.Name != "其他支出").Select(e => Regex.Escape(e.Name)).OrderByDescending(n => n.Length));

    private static readonly Regex Path = new(@"^([\u4e00-\u9fff]{2,30}?)（类）(?:([\u4e00-\u9fff、（）]{2,30}?)（款）)?(?:([\u4e00-\u9fff、（）]{2,40}?)（项）)?$");

    /// <summary>
    /// A 功能分类 item in quotes (“社会保障和就业支出（类）…（项）”, “文化体育与传媒支出”): its code when the catalog or the
    /// tables know the name; an unknown item when the name is a spending item no one knows (a wrong or old name).
    /// </summary>
    private static string? QuotedItem(Match m, SubjectContext c)
    {
        var inner = m.Groups[1].Value;
        if (Path.Match(inner) is { Success: true } path)
        {
            var code = c.FunctionCode(path.Groups[1].Value, path.Groups[2].Success ? path.Groups[2].Value : null, path.Groups[3].Success ? path.Groups[3].Value : null);
            return code is null ? NarrativeItems.UnknownItemPrefix + inner
                : NarrativeItems.OfFunctionCode(code);
        }

        if (c.PlainFunctionCode(inner) is { } plain)
        {
            return NarrativeItems.OfFunctionCode(plain);
        }

        return inner.EndsWith("支出", StringComparison.Ordinal) ? NarrativeItems.UnknownItemPrefix + inner : null;
    }

    public static IReadOnlyList<SubjectPattern> All { get; } =
    [
        // 功能分类 items written as a name path.
        new("功能分类-类款项", new Regex(@"([\u4e00-\u9fff“”]{2,30}?)（类）([\u4e00-\u9fff、“”（）]{2,30}?)（款）([\u4e00-\u9fff、“”（）]{2,40}?)（项）", RegexOptions.Compiled),
            (m, c) => c.FunctionCode(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) is { } code ? NarrativeItems.ItemPrefix + code
                : NarrativeItems.UnknownItemPrefix + m.Value,
            "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项），主要用于支付机关及参公单位工作人员基本医疗保险费。"),
        new("功能分类-类款", new Regex(@"([\u4e00-\u9fff、“”]{2,30}?)（类）([\u4e00-\u9fff、“”]{2,30}?)（款）(?![\u4e00-\u9fff（）、“”]{0,40}（项）)", RegexOptions.Compiled),
            (m, c) => c.FunctionCode(m.Groups[1].Value, m.Groups[2].Value, null) is { } code ? NarrativeItems.KuanPrefix + code : null,
            "一般公共服务支出（类）财政事务（款）支出 120.00 万元"),
        new("功能分类-类", new Regex(@"([\u4e00-\u9fff、“”]{2,30}?)（类）(?![\u4e00-\u9fff、“”]{0,30}（款）)", RegexOptions.Compiled),
            (m, c) => c.FunctionCode(m.Groups[1].Value, null, null) is { } code ? NarrativeItems.ClassPrefix + code : null,
            "社会保障和就业支出（类）支出 326.72 万元"),
        new("功能分类-编码", new Regex(@"(?<!\d)(\d{3}|\d{5}|\d{7})(?!\d)[“”]?([\u4e00-\u9fff]{2,30}?)(?=[”，。；：（\d]|$|支出决算|决算|年初)", RegexOptions.Compiled),
            (m, c) => c.TableNames.ContainsKey(m.Groups[1].Value) || c.Catalogs.Functions.Find(Core.Model.FunctionCode.Parse(m.Groups[1].Value).Value) is not null
                ? NarrativeItems.OfFunctionCode(m.Groups[1].Value)
                : null,
            "2080505 机关事业单位基本养老保险缴费支出 128.08 万元"),

        new("引号中的科目", new Regex(@"“([\u4e00-\u9fff（）]{2,60})”", RegexOptions.Compiled), QuotedItem, "5.“文化体育与传媒支出”82.51 万元，占 0.43%；"),
        new("功能分类-类名", new Regex("(?<![（\\u4e00-\\u9fff])(" + FunctionClassNames + ")(?![（\\u4e00-\\u9fff])", RegexOptions.Compiled),
            (m, c) => c.PlainFunctionCode(m.Groups[1].Value) is { Length: 3 } code ? NarrativeItems.ClassPrefix + code : null,
            "2. 社会保障和就业支出 7336.49 万元，具体包括："),

        // Totals of the 收入支出决算总表.
        Fixed("收入支出总计", @"(?:本年度|本年|今年|年度)?收入支出(?:决算)?总计", NarrativeItems.IncomeAndExpenditureTotal, "2024 年度收入支出总计 3,845.24 万元"),
        Fixed("收入总计", @"(?:今年|本年度?)?收入总计|(?<![本上])年?收入总额", NarrativeItems.IncomeTotal, "收入总计 7972.87 万元"),
        Fixed("支出总计", @"(?:今年|本年度?)?支出总计|今年支出(?!决算)|支出总额(?<!政府采购支出总额)", NarrativeItems.ExpenditureTotal, "与上年相比，今年支出减少 693.38 万元"),
        Fixed("本年收入合计", @"本年(?:度)?收入合计|本年收入(?!合计)(?=[\d为共])", "本年收入合计", "本年收入合计 3,845.24 万元"),
        Fixed("本年支出合计", @"本年(?:度)?支出合计|本年支出(?=[\d为共])", "本年支出合计", "本年支出合计 3,845.24 万元"),
        Fixed("年末结转和结余", @"年末结转(?:和|及)?结余", NarrativeItems.ClosingBalance, "年末结转和结余 0.00 万元"),
        Fixed("上年结转和结余", @"(?:上年|年初)结转(?:和|及)?结余", "上年结转和结余", "上年结转和结余 0.00 万元"),
        Fixed("财政拨款收入支出总计", @"财政拨款收入支出(?:决算)?总计", NarrativeItems.AppropriationTotal, "财政拨款收入支出总计 3,845.24 万元"),

        // Income and expenditure types.
        Fixed("一般公共预算财政拨款收入", @"一般公共预算(?:财政)?拨款收入", "一般公共预算财政拨款收入", "一般公共预算财政拨款收入 7943.10 万元"),
        Fixed("政府性基金预算财政拨款收入", @"政府性基金预算(?:财政)?拨款收入", "政府性基金预算财政拨款收入", "政府性基金预算财政拨款收入 0.00 万元"),
        Fixed("国有资本经营预算财政拨款收入", @"国有资本经营预算(?:财政)?拨款收入", "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款收入 29.77 万元"),
        Fixed("财政拨款收入", @"财政拨款收入(?!支出)", NarrativeItems.AppropriationIncome, "财政拨款收入 7972.87 万元，占收入总计的 100.00%"),
        Fixed("上级补助收入", @"上级补助收入", "上级补助收入", "上级补助收入 0.00 万元"),
        Fixed("事业收入", @"(?<!非)事业收入", "事业收入", "事业收入 0.00 万元"),
        Fixed("经营收入", @"(?<!国有资本)经营收入", "经营收入", "经营收入 0.00 万元"),
        Fixed("附属单位上缴收入", @"附属单位上缴收入", "附属单位上缴收入", "附属单位上缴收入 0.00 万元"),
        Fixed("其他收入", @"其他收入", "其他收入", "其他收入 0.00 万元"),
        Fixed("使用非财政拨款结余", @"使用非财政拨款结余(?:和专用结余)?", "使用非财政拨款结余", "使用非财政拨款结余 0.00 万元"),
        Fixed("一般公共预算财政拨款基本支出", @"一般公共预算财政拨款基本支出", NarrativeItems.GeneralBudgetBasic, "一般公共预算财政拨款基本支出 1423.31 万元"),
        Fixed("一般公共预算财政拨款支出", @"一般公共预算财政拨款(?:支出|经费支出)", NarrativeItems.GeneralBudgetExpenditure, "2024 年度一般公共预算财政拨款支出 7943.10 万元"),
        Fixed("政府性基金预算财政拨款支出", @"政府性基金预算财政拨款支出", NarrativeItems.GovernmentFundExpenditure, "政府性基金预算财政拨款支出 0.00 万元"),
        Fixed("国有资本经营预算财政拨款支出", @"国有资本经营预算财政拨款支出", NarrativeItems.StateCapitalExpenditure, "2024 年度国有资本经营预算财政拨款支出 29.77 万元"),
        Fixed("财政拨款支出", @"财政拨款支出(?!决算(?:情况|表))", NarrativeItems.AppropriationExpenditure, "2024 年度财政拨款支出 7972.87 万元"),
        Fixed("基本支出", @"(?<!财政拨款)基本支出", NarrativeItems.BasicExpenditure, "基本支出 1423.31 万元，占支出总计的 17.85%"),
        Fixed("项目支出", @"(?<!预算|财政拨款)项目支出(?!预算)", NarrativeItems.ProjectExpenditure, "项目支出 6549.56 万元，占支出总计的 82.15%"),
        Fixed("上缴上级支出", @"上缴上级支出", "上缴上级支出", "上缴上级支出 0.00 万元"),
        Fixed("经营支出", @"(?<!国有资本)经营支出", "经营支出", "经营支出 0.00 万元"),
        Fixed("对附属单位补助支出", @"对附属单位补助支出", "对附属单位补助支出", "对附属单位补助支出 0.00 万元"),
        Fixed("人员经费", @"人员经费(?:支出)?", NarrativeItems.PersonnelCost, "其中：人员经费 1276.83 万元"),
        Fixed("公用经费", @"(?:日常)?公用经费(?:支出)?(?!之和)", NarrativeItems.PublicCost, "日常公用经费 146.48 万元"),

        // 三公经费.
        Fixed("三公经费", @"[“""]?三公[”""]?经费(?:财政拨款)?(?:支出)?(?:决算数?)?", NarrativeItems.ThreePublicTotal, "“三公”经费财政拨款支出年初预算为 21.00 万元"),
        Fixed("因公出国（境）费", @"因公出国（境）(?:费用?|经费)(?:支出)?", NarrativeItems.ThreePublicPrefix + "因公出国（境）费", "因公出国（境）费支出 0.00 万元"),
        Fixed("公务用车购置及运行费", @"公务用车购置及运行(?:维护)?费(?:支出)?", NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费", "公务用车购置及运行维护费支出决算为 16.95 万元"),
        Fixed("公务用车购置费", @"公务用车购置(?:费|支出)", NarrativeItems.ThreePublicPrefix + "公务用车购置费", "公务用车购置支出为 0 万元"),
        Fixed("公务用车运行维护费", @"公务用车运行(?:维护)?(?:费|支出)(?!的公务用车)", NarrativeItems.ThreePublicPrefix + "公务用车运行维护费", "公务用车运行维护支出 16.95 万元"),
        Fixed("公务接待费", @"(?<!国内)公务接待(?:费|支出)(?:用)?", NarrativeItems.ThreePublicPrefix + "公务接待费", "公务接待费支出 0 万元"),
        Fixed("国内公务接待", @"国内公务接待(?:费|支出)?", NarrativeItems.ThreePublicPrefix + "国内公务接待费", "国内公务接待支出 0.00 万（含外宾接待支出 0.00 万元）"),
        Fixed("外事接待", @"(?:外事|外宾)接待(?:费|支出)?", NarrativeItems.ThreePublicPrefix + "外事接待费", "其中外事接待累计 0 批次、0 人、0.00 万元"),
        Fixed("出国团组", @"(?:因公出国（境）|出国（境）)?团组", NarrativeItems.ThreePublicCountPrefix + "出国团组", "全年安排因公出国（境）团组 0 个、累计 0 人次"),
        Fixed("购置车辆", @"购置(?:公务用)?车(?:辆)?(?!购置)", NarrativeItems.ThreePublicCountPrefix + "购置车辆", "当年购置公务用车 0 辆"),
        Fixed("保有车辆", @"公务用车保有量", NarrativeItems.ThreePublicCountPrefix + "保有车辆", "开支财政拨款的公务用车保有量为 9 辆"),

        // 其他重要事项.
        Fixed("机关运行经费", @"机关运行经费(?:支出)?", NarrativeItems.OfficeOperatingCost, "机关运行经费支出 185.41 万元"),
        Fixed("政府采购总额", @"政府采购(?:支出)?(?:总额|金额|合同金额|支出|合同)(?:（以合同签订为准）)?", NarrativeItems.ProcurementTotal, "政府采购金额（以合同签订为准）为 372.34 万元"),
        // 货物/工程/服务 only where the words say procurement: "服务" alone is 就业服务, 商品和服务支出….
        new("采购货物工程服务", new Regex(@"政府采购(?<part>货物|工程|服务)(?:支出)?|(?<part>货物|工程|服务)(?:类)?采购(?:金额|合同金额|支出)?|(?<part>货物|工程|服务)支出金额", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ProcurementPrefix + m.Groups["part"].Value, "其中：货物采购金额 8.57 万元、工程采购金额 0.00 万元、服务采购金额 363.77 万元"),
        // Shanghai's awards: SMEs won in the projects reserved for them, and in the others; together no more than all procurement.
        new("预留项目中标", new Regex(@"在面向(?<who>中小|小微)企业预留(?:的)?政府采购项目中，?由(?:中小|小微)企业供应商中标或成交的，?(?:采购金额)?", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ProcurementPrefix + m.Groups["who"].Value + "企业预留项目中标", "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额 21.07 万元"),
        Fixed("其他项目中标", @"在其他政府采购项目中，?由中小企业供应商中标或成交的，?(?:采购金额)?", NarrativeItems.ProcurementPrefix + "其他项目中小企业中标",
            "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 21.07 万元"),
        // The SME part of one kind ("货物采购授予中小企业合同金额占货物支出金额的84.11%"): its own subject, not 中小企业 as a whole.
        new("采购种类中小企业", new Regex(@"(?<part>货物|工程|服务)(?:类)?采购(?:中)?(?:授予|面向)中小企业(?:的)?(?:合同金额|采购金额)?", RegexOptions.Compiled),
            (m, _) => NarrativeItems.ProcurementPrefix + m.Groups["part"].Value + "中小企业", "货物采购授予中小企业合同金额占货物支出金额的 84.11%"),
        Fixed("中小企业", @"(?:授予|面向)?中小企业(?:的)?(?:合同金额|采购金额|预留政府采购项目预算金额)?", NarrativeItems.ProcurementPrefix + "中小企业", "授予中小企业合同金额 0.00 万元"),
        Fixed("小微企业", @"(?:授予|面向)?小微企业(?:的)?(?:合同金额|采购金额|预留政府采购项目预算金额)?", NarrativeItems.ProcurementPrefix + "小微企业", "其中：授予小微企业合同金额 0.00 万元"),
        Fixed("车辆总数", @"共有车辆|车辆共|实有车辆", NarrativeItems.VehiclesTotal, "截至 2025 年 12 月 31 日，…共有车辆 9 辆"),
        new("车辆类型", new Regex(@"([\u4e00-\u9fff]{2,10}?)用车(?!保有)", RegexOptions.Compiled),
            (m, _) => m.Groups[1].Value.EndsWith("公务", StringComparison.Ordinal) ? null : NarrativeItems.VehiclePrefix + m.Groups[1].Value.TrimStart('其', '中') + "用车",
            "其中：部级领导干部用车 0 辆、主要领导干部用车 0 辆"),
        Fixed("大型设备", @"单价\d+万元(?:（含）)?以上(?:的)?(?:通用|专用)?设备(?:（不含车辆）)?", NarrativeItems.LargeEquipment, "单价 100 万元（含）以上设备（不含车辆）6 台（套）"),

        // Economic 类/款 names in the basic-expenditure sentences.
        new("经济分类", new Regex("(" + EconomicNames + ")", RegexOptions.Compiled), (m, _) => NarrativeItems.EconomicPrefix + m.Groups[1].Value, "其中：工资福利支出 1248.35 万元"),
    ];
}
