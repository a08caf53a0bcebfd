using System.Globalization;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;

namespace Juesuan.Web.Services;

/// <summary>
/// Demo departments made from the sample: the same bureau in neighbouring counties of 朝阳市, and a prior year for
/// each. Each is varied item by item — every (unit, 功能分类 项) its own size, every expenditure line its own share,
/// units present or not, its own 三公 and vehicles, its own procurement — so that comparisons differ item by item.
/// What the narrative's words claim stays true: a 项's budget moves with its spending (预算原因 keeps its direction),
/// prior-year figures move with their current ones (同比原因 keeps its direction). Generated facts, not real reports —
/// the portal says so on the demo banner.
/// </summary>
public static class DemoData
{
    /// <summary>
    /// A generated department: its region, the place name its bodies carry (喀喇沁左翼蒙古族自治县人力资源和社会保障局,
    /// never the short 喀左县), its size against the sample, the seed of its variation, and the sample's units it lacks.
    /// </summary>
    public sealed record Spec(string RegionCode, string Region, string Place, decimal Scale, int Seed, IReadOnlyList<string> WithoutUnits);

    public static readonly IReadOnlyList<Spec> Neighbours =
    [
        new("211322", "辽宁省朝阳市建平县", "建平县", 1.31m, 11, []),
        new("211324", "辽宁省朝阳市喀喇沁左翼蒙古族自治县", "喀喇沁左翼蒙古族自治县", 0.74m, 23, ["190005"]),
        new("211381", "辽宁省朝阳市北票市", "北票市", 1.08m, 41, []),
    ];

    public const string SampleRegionCode = "211382";
    public const string SamplePlace = "凌源市";

    /// <summary>The sample's own programme, 才聚凌源计划: another county's report names a programme of its own kind, not this one.</summary>
    private const string SampleProgramme = "《“才聚凌源计划”政策措施(试行)》";

    /// <summary>The sample moved to another place (names and texts follow) and varied item by item.</summary>
    public static FinalAccounts Relocate(FinalAccounts a, Spec spec)
    {
        string Text(string s) => s.Replace(SampleProgramme, "人才引进政策", StringComparison.Ordinal)
            .Replace(SamplePlace, spec.Place, StringComparison.Ordinal)
            .Replace("凌源", spec.Place, StringComparison.Ordinal);
        var without = spec.WithoutUnits.ToHashSet(StringComparer.Ordinal);
        var kept = a with
        {
            Units = a.Units.Where(u => !without.Contains(u.Code)).ToList(),
            Income = a.Income.Where(i => !without.Contains(i.UnitCode)).ToList(),
            Expenditure = a.Expenditure.Where(e => !without.Contains(e.UnitCode)).ToList(),
            Balances = a.Balances.Where(b => !without.Contains(b.UnitCode)).ToList(),
            InitialBudget = a.InitialBudget.Where(b => !without.Contains(b.UnitCode)).ToList(),
            ThreePublic = a.ThreePublic.Where(t => !without.Contains(t.UnitCode)).ToList(),
            Procurement = a.Procurement.Where(p => !without.Contains(p.UnitCode)).ToList(),
            Vehicles = a.Vehicles.Where(v => !without.Contains(v.UnitCode)).ToList(),
            Equipment = a.Equipment.Where(e => !without.Contains(e.UnitCode)).ToList(),
            Evaluations = a.Evaluations.Where(e => !without.Contains(e.UnitCode)).ToList(),
        };
        return Vary(kept, spec.Region, a.Year, new Random(spec.Seed), spec.Scale, 0.6, 1.5, null, Text, asNeighbour: true);
    }

    /// <summary>The year before: each item a little different, the whole summing to the 收入总计 the year states for its prior year.</summary>
    public static FinalAccounts PriorYear(FinalAccounts a)
    {
        var total = a.IncomeGrandTotal().Value;
        var prior = a.PriorYear.FirstOrDefault(p => p.Key == PriorYearKeys.IncomeTotal)?.Amount.Value;
        var target = prior is { } p && total != 0 ? p : (decimal?)null;
        var y = a.Year.Value;
        string Years(string s) => s
            .Replace((y - 1).ToString(CultureInfo.InvariantCulture) + "年", (y - 2).ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal)
            .Replace(y.ToString(CultureInfo.InvariantCulture) + "年", (y - 1).ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal);
        var seed = StableHash(a.Department.Region + a.Department.Name) + y;
        return Vary(a, a.Department.Region, new FiscalYear(y - 1), new Random(seed), target is null ? 0.9m : 1m, 0.85, 1.15, target, Years, asNeighbour: false);
    }

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked((h * 31) + c);
        }

        return h & 0x7FFFFFFF;
    }

    private static decimal Between(Random r, double low, double high) => (decimal)(low + (r.NextDouble() * (high - low)));

    private static decimal Fen(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Every (unit, 项) gets its own factor (scale × a draw in [low, high]); its income lines follow it exactly, its
    /// expenditure lines each a share of their own, then adjusted on the largest line so that spending still equals
    /// income for that (unit, 项, fund). With a target, the factors are set so that the income total is exactly it.
    /// </summary>
    private static FinalAccounts Vary(FinalAccounts a, string region, FiscalYear year, Random r, decimal scale, double low, double high,
        decimal? target, Func<string, string> text, bool asNeighbour)
    {
        static string Key(string unit, FunctionCode f) => unit + "/" + f;
        var keys = a.Income.Select(i => Key(i.UnitCode, i.Function)).Concat(a.Expenditure.Select(e => Key(e.UnitCode, e.Function)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var factor = keys.ToDictionary(k => k, _ => scale * Between(r, low, high), StringComparer.Ordinal);
        if (target is { } t)
        {
            var raw = a.Income.Sum(i => i.Amount.Value * factor[Key(i.UnitCode, i.Function)]);
            var correction = raw == 0 ? 1m : t / raw;
            foreach (var k in keys)
            {
                factor[k] *= correction;
            }
        }

        decimal F(string unit, FunctionCode f) => factor.TryGetValue(Key(unit, f), out var x) ? x : scale;

        var income = a.Income.Select(i => i with { Amount = new Yuan(Fen(i.Amount.Value * F(i.UnitCode, i.Function))) }).ToList();
        if (target is { } total && income.Count > 0)
        {
            // The fen lost to rounding go to the largest line, so the total is exactly the stated one.
            var largest = income.IndexOf(income.MaxBy(i => i.Amount.Value)!);
            income[largest] = income[largest] with { Amount = new Yuan(income[largest].Amount.Value + total - income.Sum(i => i.Amount.Value)) };
        }

        var expenditure = VaryLines(a.Expenditure, income, r, F);
        var originalOffice = OfficeCost(a);
        var variedOffice = OfficeCost(a with { Expenditure = expenditure });
        var incomeRatio = a.IncomeGrandTotal().Value == 0 ? scale : income.Sum(i => i.Amount.Value) / a.IncomeGrandTotal().Value;

        // 三公 that match an expenditure line (公务用车运行维护费 = 30231) follow it; vehicles change by one here and there.
        var vehicles = a.Vehicles.Select(v => v with { Count = Math.Max(v.Count == 0 ? 0 : 1, v.Count + r.Next(-1, 2)) }).ToList();
        var threePublic = a.ThreePublic.Select(t =>
        {
            var ratio = ThreePublicRatio(a.Expenditure, expenditure, t, scale * Between(r, 0.7, 1.3));
            var batches = t.Category == ThreePublicCategory.VehicleOperation && t.Batches == a.Vehicles.Sum(v => v.Count) ? vehicles.Sum(v => v.Count) : t.Batches;
            return t with { Budget = new Yuan(Fen(t.Budget.Value * ratio)), Actual = new Yuan(Fen(t.Actual.Value * ratio)), Batches = batches };
        }).ToList();

        var priorYear = a.PriorYear.Select(p =>
        {
            var ratio = p.Key switch
            {
                PriorYearKeys.OfficeOperatingCost => originalOffice == 0 ? incomeRatio : variedOffice / originalOffice,
                PriorYearKeys.ThreePublicTravelAbroad => CategoryRatio(a.ThreePublic, threePublic, ThreePublicCategory.TravelAbroad, incomeRatio),
                PriorYearKeys.ThreePublicReception => CategoryRatio(a.ThreePublic, threePublic, ThreePublicCategory.Reception, incomeRatio),
                PriorYearKeys.ThreePublicVehiclePurchase => CategoryRatio(a.ThreePublic, threePublic, ThreePublicCategory.VehiclePurchase, incomeRatio),
                PriorYearKeys.ThreePublicVehicleOperation => CategoryRatio(a.ThreePublic, threePublic, ThreePublicCategory.VehicleOperation, incomeRatio),
                _ => incomeRatio,
            };
            return p with { Amount = new Yuan(Fen(p.Amount.Value * ratio)) };
        }).ToList();

        var procurement = a.Procurement.Select(p =>
        {
            if (!asNeighbour || p.Category != ProcurementCategory.Goods || !p.Total.IsZero)
            {
                return p with { Total = new Yuan(Fen(p.Total.Value * scale)), ToSme = new Yuan(Fen(p.ToSme.Value * scale)), ToSmallAndMicro = new Yuan(Fen(p.ToSmallAndMicro.Value * scale)) };
            }

            // Office goods bought through 政府采购, most of it from small firms.
            var total = Math.Round(Between(r, 30_000, 260_000) / 100m) * 100m;
            var sme = Fen(total * Between(r, 0.7, 1.0));
            return p with { Total = new Yuan(total), ToSme = new Yuan(sme), ToSmallAndMicro = new Yuan(Fen(sme * Between(r, 0.5, 1.0))) };
        }).ToList();

        return a with
        {
            Department = a.Department with { Name = text(a.Department.Name), Region = region, Year = year },
            Units = a.Units.Select(u => u with { Name = text(u.Name) }).ToList(),
            Income = income,
            Expenditure = expenditure.Select(e => e with { Project = e.Project is null ? null : text(e.Project) }).ToList(),
            Balances = a.Balances.Select(b => b with { Amount = new Yuan(Fen(b.Amount.Value * (b.Function is { } f ? F(b.UnitCode, f) : scale))) }).ToList(),
            InitialBudget = a.InitialBudget.Select(b => b with { Amount = new Yuan(Fen(b.Amount.Value * F(b.UnitCode, b.Function))), Project = b.Project is null ? null : text(b.Project) }).ToList(),
            PriorYear = priorYear,
            ThreePublic = threePublic,
            Procurement = procurement,
            Vehicles = vehicles,
            Evaluations = a.Evaluations.Select(e =>
            {
                // A factor of whole hundredths keeps every 执行率 exact (the amounts are whole yuan), so the scores stay as evaluated.
                // The year before keeps its year's evaluations as they are (scaled twice they would no longer be whole yuan).
                var k = asNeighbour ? Math.Round(scale * Between(r, 0.75, 1.3), 2) : 1m;
                Yuan S(Yuan y) => new(Fen(y.Value * k));
                return e with
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
                };
            }).ToList(),
            Narrative = a.Narrative.Select(n => n with { Text = text(n.Text) }).ToList(),
        };
    }

    /// <summary>Expenditure lines, each its own share, summing per (unit, 项) to that (unit, 项)'s varied income.</summary>
    private static List<ExpenditureFact> VaryLines(IReadOnlyList<ExpenditureFact> lines, IReadOnlyList<IncomeFact> income, Random r, Func<string, FunctionCode, decimal> factor)
    {
        var varied = lines.Select(e => e with { Amount = new Yuan(Fen(e.Amount.Value * factor(e.UnitCode, e.Function) * Between(r, 0.8, 1.25))) }).ToList();
        foreach (var group in varied.Select((e, i) => (e, i)).GroupBy(x => (x.e.UnitCode, x.e.Function)))
        {
            var target = income.Where(i => i.UnitCode == group.Key.UnitCode && i.Function == group.Key.Function).Sum(i => i.Amount.Value);
            var largest = group.MaxBy(x => x.e.Amount.Value).i;
            var rest = group.Where(x => x.i != largest).Sum(x => x.e.Amount.Value);
            varied[largest] = varied[largest] with { Amount = new Yuan(target - rest) };
        }

        return varied;
    }

    private static decimal ThreePublicRatio(IReadOnlyList<ExpenditureFact> before, IReadOnlyList<ExpenditureFact> after, ThreePublicFact t, decimal otherwise)
    {
        var economic = t.Category switch
        {
            ThreePublicCategory.VehicleOperation => "30231",
            ThreePublicCategory.Reception => "30217",
            _ => null,
        };
        if (economic is null)
        {
            return otherwise;
        }

        var was = before.Where(e => e.UnitCode == t.UnitCode && e.Economic.Value == economic).Sum(e => e.Amount.Value);
        var now = after.Where(e => e.UnitCode == t.UnitCode && e.Economic.Value == economic).Sum(e => e.Amount.Value);
        return was == 0 ? otherwise : now / was;
    }

    private static decimal CategoryRatio(IReadOnlyList<ThreePublicFact> before, IReadOnlyList<ThreePublicFact> after, ThreePublicCategory c, decimal otherwise)
    {
        var was = before.Where(t => t.Category == c).Sum(t => t.Actual.Value);
        return was == 0 ? otherwise : after.Where(t => t.Category == c).Sum(t => t.Actual.Value) / was;
    }

    /// <summary>机关运行经费 as the catalog marks it (公用经费 类 302, 307, 310, 312, 399 of 行政 and 参公 units' 一般公共预算 基本支出), for its ratio only.</summary>
    private static decimal OfficeCost(FinalAccounts a)
    {
        var units = a.Units.Where(u => u.Type is UnitType.Administrative or UnitType.CivilServiceManaged).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        string[] publicClasses = ["302", "307", "310", "312", "399"];
        return a.Expenditure.Where(e => units.Contains(e.UnitCode) && e.Fund == FundSource.GeneralBudget && e.Type == ExpenditureType.Basic
            && publicClasses.Contains(e.Economic.Lei.Value)).Sum(e => e.Amount.Value);
    }
}
