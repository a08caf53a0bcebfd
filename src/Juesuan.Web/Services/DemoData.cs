using System.Globalization;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;

namespace Juesuan.Web.Services;

/// <summary>
/// Demo departments made from the sample: the same bureau in neighbouring counties of 朝阳市, its figures scaled,
/// and a prior year for each. Generated facts, not real reports — the portal says so on the demo banner.
/// </summary>
public static class DemoData
{
    /// <summary>A generated department: where it is, its short place name, and how its spending compares with the sample's.</summary>
    public sealed record Spec(string RegionCode, string Region, string Place, decimal Scale);

    public static readonly IReadOnlyList<Spec> Neighbours =
    [
        new("211322", "辽宁省朝阳市建平县", "建平县", 1.37m),
        new("211324", "辽宁省朝阳市喀喇沁左翼蒙古族自治县", "喀左县", 0.82m),
        new("211381", "辽宁省朝阳市北票市", "北票市", 1.12m),
    ];

    public const string SampleRegionCode = "211382";
    public const string SamplePlace = "凌源市";

    /// <summary>The sample moved to another place (names and texts follow) and scaled.</summary>
    public static FinalAccounts Relocate(FinalAccounts a, Spec spec) =>
        Transform(a, spec.Region, a.Year, spec.Scale, s => s.Replace(SamplePlace, spec.Place, StringComparison.Ordinal));

    /// <summary>The year before, scaled so its 收入总计 is the prior-year figure the sample states.</summary>
    public static FinalAccounts PriorYear(FinalAccounts a)
    {
        var total = a.IncomeGrandTotal().Value;
        var prior = a.PriorYear.FirstOrDefault(p => p.Key == PriorYearKeys.IncomeTotal)?.Amount.Value;
        var scale = prior is { } p && total != 0 ? p / total : 0.9m;
        var y = a.Year.Value;
        string Years(string s) => s
            .Replace((y - 1).ToString(CultureInfo.InvariantCulture) + "年", (y - 2).ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal)
            .Replace(y.ToString(CultureInfo.InvariantCulture) + "年", (y - 1).ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal);
        return Transform(a, a.Department.Region, new FiscalYear(y - 1), scale, Years);
    }

    private static FinalAccounts Transform(FinalAccounts a, string region, FiscalYear year, decimal scale, Func<string, string> text) =>
        Balanced(Scale(a, region, year, scale, text));

    /// <summary>
    /// Each figure is scaled and rounded to the fen on its own, so the sums drift by a few fen: the drift of each fund's
    /// 收支 is put on that fund's largest expenditure line, so the generated year balances in yuan (F-BALANCE) as the sample does.
    /// </summary>
    private static FinalAccounts Balanced(FinalAccounts a)
    {
        var expenditure = a.Expenditure.ToList();
        foreach (var fund in Enum.GetValues<FundSource>())
        {
            var income = a.Income.Where(i => Fund(i.Type) == fund).Sum(i => i.Amount.Value);
            decimal Balance(BalanceItem item) => a.Balances.Where(b => b.Fund == fund && b.Item == item).Sum(b => b.Amount.Value);
            var sources = income + Balance(BalanceItem.Opening) + Balance(BalanceItem.UseOfNonAppropriationSurplus);
            var uses = expenditure.Where(e => e.Fund == fund).Sum(e => e.Amount.Value) + Balance(BalanceItem.Closing) + Balance(BalanceItem.SurplusDistribution);
            var largest = expenditure.Where(e => e.Fund == fund).OrderByDescending(e => e.Amount.Value).FirstOrDefault();
            if (sources != uses && largest is not null && Math.Abs(sources - uses) < 1m)
            {
                expenditure[expenditure.IndexOf(largest)] = largest with { Amount = largest.Amount + new Yuan(sources - uses) };
            }
        }

        return a with { Expenditure = expenditure };
    }

    private static FundSource Fund(IncomeType t) => t switch
    {
        IncomeType.GeneralBudgetAppropriation => FundSource.GeneralBudget,
        IncomeType.GovernmentFundAppropriation => FundSource.GovernmentFund,
        IncomeType.StateCapitalAppropriation => FundSource.StateCapital,
        _ => FundSource.NonAppropriation,
    };

    private static FinalAccounts Scale(FinalAccounts a, string region, FiscalYear year, decimal scale, Func<string, string> text)
    {
        Yuan S(Yuan y) => new(Math.Round(y.Value * scale, 2, MidpointRounding.AwayFromZero));
        int N(int n) => (int)Math.Round(n * scale, MidpointRounding.AwayFromZero);
        return a with
        {
            Department = a.Department with { Name = text(a.Department.Name), Region = region, Year = year },
            Units = a.Units.Select(u => u with { Name = text(u.Name) }).ToList(),
            Income = a.Income.Select(i => i with { Amount = S(i.Amount) }).ToList(),
            Expenditure = a.Expenditure.Select(e => e with { Amount = S(e.Amount) }).ToList(),
            Balances = a.Balances.Select(b => b with { Amount = S(b.Amount) }).ToList(),
            InitialBudget = a.InitialBudget.Select(b => b with { Amount = S(b.Amount) }).ToList(),
            PriorYear = a.PriorYear.Select(p => p with { Amount = S(p.Amount) }).ToList(),
            ThreePublic = a.ThreePublic.Select(t => t with { Budget = S(t.Budget), Actual = S(t.Actual), Batches = N(t.Batches), Persons = N(t.Persons) }).ToList(),
            Procurement = a.Procurement.Select(p => p with { Total = S(p.Total), ToSme = S(p.ToSme), ToSmallAndMicro = S(p.ToSmallAndMicro) }).ToList(),
            Evaluations = a.Evaluations.Select(e => e with
            {
                Name = text(e.Name),
                Budget = S(e.Budget),
                Executed = S(e.Executed),
                Goal = text(e.Goal),
                Achieved = text(e.Achieved),
                Summary = text(e.Summary),
                Problems = text(e.Problems),
                Improvements = text(e.Improvements),
                Tasks = e.Tasks.Select(t => t with { Name = text(t.Name), Assigned = S(t.Assigned), Executed = S(t.Executed) }).ToList(),
            }).ToList(),
            Narrative = a.Narrative.Select(n => n with { Text = text(n.Text) }).ToList(),
        };
    }
}
