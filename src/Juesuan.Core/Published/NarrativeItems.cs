using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;

namespace Juesuan.Core.Published;

/// <summary>
/// The item keys that tie a narrative figure to what it is about, shared by the reader (which
/// produces <see cref="Claim"/>s) and the audit (which compares them with the tables).
/// Plain keys name totals; prefixed keys carry a code or name after the colon.
/// </summary>
public static class NarrativeItems
{
    // 一、收入支出决算总体情况
    public const string IncomeTotal = "收入总计";
    public const string ExpenditureTotal = "支出总计";
    public const string ClosingBalance = "年末结转和结余";

    /// <summary>收入支出总计: the Shanghai wording's one figure for both totals (the reader states it for each).</summary>
    public const string IncomeAndExpenditureTotal = "收入支出总计";

    /// <summary>财政拨款收入支出总计 (the total of 公开04表).</summary>
    public const string AppropriationTotal = "财政拨款收入支出总计";

    /// <summary>Income types use their Terms names: 财政拨款收入, 一般公共预算财政拨款收入, 上级补助收入, … 上年结转和结余.</summary>
    public const string AppropriationIncome = "财政拨款收入";

    /// <summary>Expenditure types use their Terms names: 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出.</summary>
    public const string BasicExpenditure = "基本支出";
    public const string ProjectExpenditure = "项目支出";

    /// <summary>Economic 类 within basic expenditure, by name: "经济:工资福利支出".</summary>
    public const string EconomicPrefix = "经济:";

    // 二、财政拨款支出
    public const string AppropriationExpenditure = "财政拨款支出";
    public const string AppropriationBasic = "财政拨款基本支出";
    public const string AppropriationProject = "财政拨款项目支出";
    public const string GeneralBudgetExpenditure = "一般公共预算财政拨款支出";
    public const string GovernmentFundExpenditure = "政府性基金预算财政拨款支出";
    public const string StateCapitalExpenditure = "国有资本经营预算财政拨款支出";

    /// <summary>A function 类 within a fund's paragraph: "类:201" (一般公共预算) or "类:国资:223".</summary>
    public const string ClassPrefix = "类:";

    /// <summary>
    /// A 功能分类 item named by a 类/款/项 path that neither the catalog nor the report's tables know:
    /// "未识别:一般公共服务支出（类）…（项）". Its figures are not compared; a rule names the path.
    /// </summary>
    public const string UnknownItemPrefix = "未识别:";

    /// <summary>
    /// An income or spending item that no pattern knows, by the name the report gives it: "其他项目:财政补助收入",
    /// "其他项目:医疗业务支出". Its figures are checked against one another (amount, change, rate, share of a named whole),
    /// never against a table or as a part of a family.
    /// </summary>
    public const string NamedItemPrefix = "其他项目:";

    /// <summary>A function 款: "款:20805".</summary>
    public const string KuanPrefix = "款:";

    /// <summary>The key of a 功能分类 code by its level: "类:208", "款:20805", "项:2080505".</summary>
    public static string OfFunctionCode(string code) =>
        (code.Length == 3 ? ClassPrefix : code.Length == 5 ? KuanPrefix : ItemPrefix) + code;

    /// <summary>A function 项 paragraph: "项:2013201" (amount and completion of the initial budget).</summary>
    public const string ItemPrefix = "项:";

    // 三、三公经费
    public const string ThreePublicTotal = "三公经费";

    /// <summary>"三公:因公出国（境）费", "三公:公务接待费", "三公:公务用车购置及运行费", "三公:公务用车购置费", "三公:公务用车运行维护费", "三公:外事接待费".</summary>
    public const string ThreePublicPrefix = "三公:";

    /// <summary>Counts: "三公数量:出国团组", "三公数量:出国人次", "三公数量:接待批次", "三公数量:接待人次", "三公数量:购置车辆", "三公数量:保有车辆".</summary>
    public const string ThreePublicCountPrefix = "三公数量:";

    // 四、基本支出
    public const string GeneralBudgetBasic = "一般公共预算财政拨款基本支出";
    public const string PersonnelCost = "人员经费";
    public const string PublicCost = "日常公用经费";

    // 五、其他重要事项
    public const string OfficeOperatingCost = "机关运行经费";
    public const string ProcurementTotal = "政府采购支出总额";

    /// <summary>"采购:货物", "采购:工程", "采购:服务", "采购:中小企业", "采购:小微企业"; shares as Share figures.</summary>
    public const string ProcurementPrefix = "采购:";

    public const string VehiclesTotal = "车辆";

    /// <summary>"车辆:执法执勤用车" …</summary>
    public const string VehiclePrefix = "车辆:";

    public const string LargeEquipment = "单价100万元以上设备";

    // 预算绩效
    /// <summary>"绩效:项目数", "绩效:一般公共预算项目数", "绩效:政府性基金预算项目数", "绩效:国有资本经营预算项目数",
    /// "绩效:涉及资金", "绩效:一般公共预算资金", …, "绩效:覆盖率", "绩效:平均分", "绩效:单位数", "绩效:单位涉及资金", "绩效:单位平均分".</summary>
    public const string PerformancePrefix = "绩效:";

    /// <summary>One project's summary paragraph: "绩效项目:就业补助资金" with Amount (budget, executed), Completion and Score figures.</summary>
    public const string PerformanceProjectPrefix = "绩效项目:";

    /// <summary>The fund a heading names: 政府性基金 ("基金") or 国有资本经营 ("国资"); null for the general budget or none.</summary>
    public static string? FundOf(string heading) =>
        heading.Contains("政府性基金", StringComparison.Ordinal) ? "基金" : heading.Contains("国有资本经营", StringComparison.Ordinal) ? "国资" : null;

    /// <summary>A function item's key within a fund's paragraph ("类:212" → "类:基金:212"); other keys unchanged.</summary>
    public static string InFund(string item, string fund)
    {
        foreach (var prefix in (string[])[ClassPrefix, KuanPrefix, ItemPrefix])
        {
            if (item.StartsWith(prefix, StringComparison.Ordinal) && item.Length > prefix.Length && char.IsAsciiDigit(item[prefix.Length]))
            {
                return prefix + fund + ":" + item[prefix.Length..];
            }
        }

        return item;
    }

    /// <summary>The fund and code of a fund-keyed function item ("类:基金:212" → (基金, 212)); null for any other key.</summary>
    public static (string Fund, string Code)? FundCode(string item)
    {
        foreach (var prefix in (string[])[ClassPrefix, KuanPrefix, ItemPrefix])
        {
            foreach (var fund in (string[])["基金", "国资"])
            {
                if (item.StartsWith(prefix + fund + ":", StringComparison.Ordinal))
                {
                    return (fund, item[(prefix.Length + fund.Length + 1)..]);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The item as a reader of the report says it: "项:2080705" is "2080705 公益性岗位补贴", "类:国资:223" is "223 国有资本
    /// 经营预算支出", "三公:公务接待费" is "公务接待费", "绩效项目:X:预算" is "X 项目预算数". Keys stay for matching.
    /// </summary>
    public static string Display(string item, FunctionCatalog? functions = null)
    {
        functions ??= CatalogSet.Default.Functions;
        string Code(string code) => FunctionCode.Parse(code) is { Success: true } c && functions.Find(c.Value) is { } e ? $"{code} {e.Name}" : code;
        if (item.StartsWith(PerformanceProjectPrefix, StringComparison.Ordinal))
        {
            var name = item[PerformanceProjectPrefix.Length..];
            return name.EndsWith(":预算", StringComparison.Ordinal) ? $"{name[..^3]} 项目预算数"
                : name.EndsWith(":执行", StringComparison.Ordinal) ? $"{name[..^3]} 项目执行数"
                : $"{name} 项目";
        }

        return item switch
        {
            _ when FundCode(item) is { } fund => Code(fund.Code),
            _ when item.StartsWith(ItemPrefix, StringComparison.Ordinal) => Code(item[ItemPrefix.Length..]),
            _ when item.StartsWith(ClassPrefix, StringComparison.Ordinal) => Code(item[ClassPrefix.Length..]),
            _ when item.StartsWith(KuanPrefix, StringComparison.Ordinal) => Code(item[KuanPrefix.Length..]),
            _ when item.StartsWith(UnknownItemPrefix, StringComparison.Ordinal) => item[UnknownItemPrefix.Length..],
            _ when item.StartsWith(NamedItemPrefix, StringComparison.Ordinal) => item[NamedItemPrefix.Length..],
            _ when item.StartsWith(PerformancePrefix, StringComparison.Ordinal) => "预算绩效 " + item[PerformancePrefix.Length..],
            _ when item.StartsWith(ProcurementPrefix, StringComparison.Ordinal) && item.EndsWith("中标", StringComparison.Ordinal) => "政府采购 " + item[ProcurementPrefix.Length..] + "金额",
            _ when item.StartsWith(ProcurementPrefix, StringComparison.Ordinal) => "政府采购 " + item[ProcurementPrefix.Length..],
            _ when item.StartsWith(ThreePublicCountPrefix, StringComparison.Ordinal) => item[ThreePublicCountPrefix.Length..],
            _ when item.StartsWith(ThreePublicPrefix, StringComparison.Ordinal) => item[ThreePublicPrefix.Length..],
            _ when item.StartsWith(EconomicPrefix, StringComparison.Ordinal) => item[EconomicPrefix.Length..],
            _ when item.StartsWith(VehiclePrefix, StringComparison.Ordinal) => item[VehiclePrefix.Length..],
            _ => item,
        };
    }
}
