using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;

namespace Juesuan.Reporting.Charts;

/// <summary>One slice or bar: a name and an amount in 万元 (rounded from yuan at two places, as the narrative prints).</summary>
public sealed record ChartPoint(string Name, decimal Wan);

/// <summary>A 功能分类 node (类 → 款 → 项) for a treemap or sunburst.</summary>
public sealed record FunctionNode(string Code, string Name, decimal Wan, IReadOnlyList<FunctionNode> Children);

/// <summary>年初预算 and 决算 of one 项 (fiscal appropriations), as the narrative's completion paragraph compares them.</summary>
public sealed record BudgetVsActual(string Code, string Name, decimal BudgetWan, decimal ActualWan);

/// <summary>This year and the prior year of one headline figure.</summary>
public sealed record YearPair(string Name, decimal? PriorWan, decimal CurrentWan);

/// <summary>
/// 图表数据: the figures the portal charts, computed from the facts in yuan (never from printed figures);
/// a renderer only draws them.
/// </summary>
public sealed record ReportCharts(
    IReadOnlyList<ChartPoint> IncomeComposition,
    IReadOnlyList<ChartPoint> ExpenditureComposition,
    IReadOnlyList<FunctionNode> ExpenditureByFunction,
    IReadOnlyList<YearPair> YearOnYear,
    IReadOnlyList<ChartPoint> ThreePublic,
    IReadOnlyList<BudgetVsActual> BudgetVsActual)
{
    private static decimal Wan(Yuan y) => PrintFormat.WanTwoDecimals(y);

    public static ReportCharts Build(FinalAccounts a, CatalogSet catalogs)
    {
        var income = Terms.IncomeTypes
            .Select(t => new ChartPoint(t.Name, Wan(a.IncomeOf(t.Value))))
            .Where(p => p.Wan != 0)
            .ToList();
        var expenditure = Terms.ExpenditureTypes
            .Select(t => new ChartPoint(t.Name, Wan(a.ExpenditureOf(t.Value))))
            .Where(p => p.Wan != 0)
            .ToList();

        var rows = FunctionRollup.Build(a.Expenditure, e => e.Function, 1, _ => 0, e => e.Amount);
        var byCode = rows.ToDictionary(r => r.Code.Value, StringComparer.Ordinal);
        IReadOnlyList<FunctionNode> Children(string? parent, CodeLevel level) => rows
            .Where(r => r.Code.Level == level && (parent is null || string.Equals(r.Code.Parent?.Value, parent, StringComparison.Ordinal)))
            .Where(r => !r.Total.IsZero)
            .Select(r => new FunctionNode(r.Code.Value, catalogs.Functions.NameOf(r.Code), Wan(r.Total),
                level == CodeLevel.Xiang ? [] : Children(r.Code.Value, level + 1)))
            .ToList();
        var functions = Children(null, CodeLevel.Lei);

        var yoy = new List<YearPair>
        {
            Pair(a, "收入总计", PriorYearKeys.IncomeTotal, a.IncomeGrandTotal()),
            Pair(a, "支出总计", PriorYearKeys.ExpenditureTotal, a.ExpenditureGrandTotal()),
            Pair(a, "财政拨款支出", PriorYearKeys.AppropriationExpenditure, a.AppropriationExpenditure()),
            Pair(a, "机关运行经费", PriorYearKeys.OfficeOperatingCost, a.OfficeOperatingCost(catalogs.Economics)),
        };

        var threePublic = Derived.ThreePublicAdditive
            .Select(c => new ChartPoint(c.Name(), Wan(a.ThreePublicActual(c))))
            .ToList();

        var budget = a.InitialBudget.Where(b => b.Fund.IsAppropriation())
            .GroupBy(b => b.Function.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Yuan.Sum(g.Select(b => b.Amount)), StringComparer.Ordinal);
        var actual = a.Expenditure.Where(e => e.Fund.IsAppropriation())
            .GroupBy(e => e.Function.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Yuan.Sum(g.Select(e => e.Amount)), StringComparer.Ordinal);
        var items = budget.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Select(code => new BudgetVsActual(code, catalogs.Functions.NameOf(FunctionCode.Of(code)),
                Wan(budget.GetValueOrDefault(code)), Wan(actual.GetValueOrDefault(code))))
            .ToList();

        return new ReportCharts(income, expenditure, functions, yoy, threePublic, items);
    }

    private static YearPair Pair(FinalAccounts a, string name, string key, Yuan current) =>
        new(name, a.PriorYear(key) is { } p ? Wan(p) : null, Wan(current));
}
