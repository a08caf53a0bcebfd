using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;

namespace Juesuan.Core.Tests;

/// <summary>Rollups and derived figures, on small facts written inline.</summary>
public sealed class ComputationTests
{
    private static ExpenditureFact Spend(string unit, string function, string economic, decimal yuan,
        FundSource fund = FundSource.GeneralBudget, ExpenditureType type = ExpenditureType.Basic) =>
        new(unit, FunctionCode.Of(function), EconomicCode.Of(economic), fund, type, null, new Yuan(yuan));

    private static FinalAccounts Accounts(params ExpenditureFact[] facts) => new()
    {
        Department = new Department("1", "测试局", "某市", new FiscalYear(2024), "2024"),
        Units =
        [
            new BudgetUnit("A", "本级", UnitType.Administrative),
            new BudgetUnit("C", "参公中心", UnitType.CivilServiceManaged),
            new BudgetUnit("P", "事业中心", UnitType.PublicInstitution),
        ],
        Expenditure = facts,
    };

    [Fact]
    public void Rollup_sums_xiang_into_kuan_and_lei_in_code_order()
    {
        var facts = new[]
        {
            Spend("A", "2080505", "30108", 100.10m),
            Spend("A", "2013201", "30101", 50m),
            Spend("P", "2080106", "30101", 20.20m, type: ExpenditureType.Project),
            Spend("P", "2080505", "30108", 0.01m),
        };
        var rows = FunctionRollup.Build(facts, f => f.Function, 2, f => f.Type == ExpenditureType.Basic ? 0 : 1, f => f.Amount);
        Assert.Equal(["201", "20132", "2013201", "208", "20801", "2080106", "20805", "2080505"], rows.Select(r => r.Code.Value));
        var lei208 = rows.Single(r => r.Code.Value == "208");
        Assert.Equal(100.11m, lei208.Columns[0].Value);
        Assert.Equal(20.20m, lei208.Columns[1].Value);
        Assert.Equal([150.11m, 20.20m], FunctionRollup.Totals(rows, 2).Select(y => y.Value));
    }

    [Fact]
    public void Office_operating_cost_is_the_fiscal_basic_public_cost_of_administrative_and_civil_service_units()
    {
        var a = Accounts(
            Spend("A", "2013201", "30201", 1000m),                                    // counts
            Spend("C", "2080109", "30231", 300m),                                     // 参公: counts
            Spend("A", "2013201", "30101", 5000m),                                    // 人员经费: no
            Spend("P", "2013250", "30201", 700m),                                     // 事业单位: no
            Spend("A", "2013201", "30201", 90m, type: ExpenditureType.Project),       // 项目支出: no
            Spend("A", "2230105", "30201", 40m, fund: FundSource.StateCapital));      // not 一般公共预算: no
        Assert.Equal(1300m, a.OfficeOperatingCost(CatalogSet.Default.Economics).Value);
    }

    [Fact]
    public void Personnel_and_public_cost_follow_the_economic_class()
    {
        var a = Accounts(
            Spend("A", "2013201", "30101", 10m),
            Spend("A", "2013201", "30304", 5m),
            Spend("A", "2013201", "30201", 3m),
            Spend("A", "2013201", "31002", 2m));
        var e = CatalogSet.Default.Economics;
        Assert.Equal(15m, a.GeneralBasicOf(CostNature.Personnel, e).Value);
        Assert.Equal(5m, a.GeneralBasicOf(CostNature.Public, e).Value);
    }

    [Fact]
    public void Three_public_total_does_not_count_foreign_reception_twice()
    {
        var a = Accounts() with
        {
            ThreePublic =
            [
                new ThreePublicFact("A", ThreePublicCategory.Reception, new Yuan(100m), new Yuan(80m), 3, 20),
                new ThreePublicFact("A", ThreePublicCategory.ForeignReception, Yuan.Zero, new Yuan(30m), 1, 5),
                new ThreePublicFact("A", ThreePublicCategory.VehicleOperation, new Yuan(120000m), new Yuan(94700m), 5, 0),
            ],
        };
        Assert.Equal(94780m, a.ThreePublicActualTotal().Value);
        Assert.Equal(120100m, a.ThreePublicBudgetTotal().Value);
    }
}
