using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;

namespace Juesuan.Core.Computation;

/// <summary>
/// Figures derived from the facts that the tables and narrative share. Pure functions; every
/// figure is a sum of facts in yuan.
/// </summary>
public static class Derived
{
    public static Yuan IncomeOf(this FinalAccounts a, IncomeType type) =>
        Yuan.Sum(a.Income.Where(i => i.Type == type).Select(i => i.Amount));

    /// <summary>本年收入合计</summary>
    public static Yuan IncomeTotal(this FinalAccounts a) => Yuan.Sum(a.Income.Select(i => i.Amount));

    /// <summary>本年支出合计</summary>
    public static Yuan ExpenditureTotal(this FinalAccounts a) => Yuan.Sum(a.Expenditure.Select(e => e.Amount));

    /// <summary>收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.</summary>
    public static Yuan IncomeGrandTotal(this FinalAccounts a) =>
        a.IncomeTotal() + a.BalanceOf(BalanceItem.UseOfNonAppropriationSurplus) + a.BalanceOf(BalanceItem.Opening);

    /// <summary>支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.</summary>
    public static Yuan ExpenditureGrandTotal(this FinalAccounts a) =>
        a.ExpenditureTotal() + a.BalanceOf(BalanceItem.SurplusDistribution) + a.BalanceOf(BalanceItem.Closing);

    public static Yuan ExpenditureOf(this FinalAccounts a, ExpenditureType type) =>
        Yuan.Sum(a.Expenditure.Where(e => e.Type == type).Select(e => e.Amount));

    public static Yuan ExpenditureOf(this FinalAccounts a, FundSource fund) =>
        Yuan.Sum(a.Expenditure.Where(e => e.Fund == fund).Select(e => e.Amount));

    public static Yuan ExpenditureOf(this FinalAccounts a, FundSource fund, ExpenditureType type) =>
        Yuan.Sum(a.Expenditure.Where(e => e.Fund == fund && e.Type == type).Select(e => e.Amount));

    /// <summary>财政拨款支出: the three appropriations together.</summary>
    public static Yuan AppropriationExpenditure(this FinalAccounts a, ExpenditureType? type = null) =>
        Yuan.Sum(a.Expenditure.Where(e => e.Fund.IsAppropriation() && (type is null || e.Type == type)).Select(e => e.Amount));

    /// <summary>A balance line (年初/年末结转和结余, …), optionally for one fund source.</summary>
    public static Yuan BalanceOf(this FinalAccounts a, BalanceItem item, FundSource? fund = null) =>
        Yuan.Sum(a.Balances.Where(b => b.Item == item && (fund is null || b.Fund == fund)).Select(b => b.Amount));

    /// <summary>年初结转和结余 of the three appropriations (公开04表 行28).</summary>
    public static Yuan AppropriationBalance(this FinalAccounts a, BalanceItem item) =>
        Yuan.Sum(a.Balances.Where(b => b.Item == item && b.Fund.IsAppropriation()).Select(b => b.Amount));

    /// <summary>一般公共预算财政拨款基本支出 by economic 款.</summary>
    public static IReadOnlyDictionary<EconomicCode, Yuan> GeneralBasicByEconomic(this FinalAccounts a) =>
        a.Expenditure.Where(e => e.Fund == FundSource.GeneralBudget && e.Type == ExpenditureType.Basic)
            .GroupBy(e => e.Economic)
            .ToDictionary(g => g.Key, g => Yuan.Sum(g.Select(e => e.Amount)));

    /// <summary>一般公共预算财政拨款基本支出 of one cost nature (人员经费 or 公用经费).</summary>
    public static Yuan GeneralBasicOf(this FinalAccounts a, CostNature nature, EconomicCatalog economics) =>
        Yuan.Sum(a.Expenditure
            .Where(e => e.Fund == FundSource.GeneralBudget && e.Type == ExpenditureType.Basic && economics.NatureOf(e.Economic) == nature)
            .Select(e => e.Amount));

    /// <summary>
    /// 机关运行经费: the 公用经费 of the fiscal (一般公共预算) basic expenditure of 行政单位 and
    /// 参照公务员法管理事业单位, as the reference defines it (第二部分 五（一）).
    /// </summary>
    public static Yuan OfficeOperatingCost(this FinalAccounts a, EconomicCatalog economics)
    {
        var units = a.Units.Where(u => u.Type is UnitType.Administrative or UnitType.CivilServiceManaged)
            .Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return Yuan.Sum(a.Expenditure
            .Where(e => units.Contains(e.UnitCode) && e.Fund == FundSource.GeneralBudget && e.Type == ExpenditureType.Basic
                && economics.NatureOf(e.Economic) == CostNature.Public)
            .Select(e => e.Amount));
    }

    public static Yuan? PriorYear(this FinalAccounts a, string key)
    {
        var f = a.PriorYear.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal));
        return f?.Amount;
    }

    public static Yuan ThreePublicBudget(this FinalAccounts a, ThreePublicCategory c) =>
        Yuan.Sum(a.ThreePublic.Where(t => t.Category == c).Select(t => t.Budget));

    public static Yuan ThreePublicActual(this FinalAccounts a, ThreePublicCategory c) =>
        Yuan.Sum(a.ThreePublic.Where(t => t.Category == c).Select(t => t.Actual));

    /// <summary>The categories that add up to the "三公" total (外事接待 is inside 公务接待).</summary>
    public static readonly IReadOnlyList<ThreePublicCategory> ThreePublicAdditive =
    [
        ThreePublicCategory.TravelAbroad, ThreePublicCategory.Reception,
        ThreePublicCategory.VehiclePurchase, ThreePublicCategory.VehicleOperation,
    ];

    public static Yuan ThreePublicBudgetTotal(this FinalAccounts a) => Yuan.Sum(ThreePublicAdditive.Select(a.ThreePublicBudget));

    public static Yuan ThreePublicActualTotal(this FinalAccounts a) => Yuan.Sum(ThreePublicAdditive.Select(a.ThreePublicActual));
}
