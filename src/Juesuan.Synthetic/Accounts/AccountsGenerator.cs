using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Synthetic.Region;

namespace Juesuan.Synthetic.Accounts;

/// <summary>
/// A department's year as facts, drawn from a seed: pure and deterministic (the same department and seed give the
/// same facts on any machine — <see cref="Random"/> with a seed is a fixed algorithm). Sizes span orders of magnitude
/// (a unit of 3 staff to one of 400; projects from a few 万元 to several 亿元); personnel costs go under the social
/// security, medical and housing 项 as real reports book them; "三公" figures agree with the economic 款 that carry them.
/// </summary>
public static class AccountsGenerator
{
    private static readonly string[] ProjectEconomics = ["30201", "30226", "30227", "30218", "30213", "31002", "31003", "30399", "30299", "30216"];

    private static readonly string[] PublicEconomics = ["30201", "30202", "30205", "30206", "30207", "30211", "30213", "30216", "30228", "30229", "30299"];

    /// <summary>The facts of <paramref name="department"/> for <paramref name="year"/>.</summary>
    public static FinalAccounts Generate(PlannedDepartment department, int seed, int year, CatalogSet catalogs)
    {
        var r = new Random(Seeds.Of(seed, department.Index));
        var field = department.Field;
        var fy = new FiscalYear(year);
        var size = Math.Exp(Uniform(r, Math.Log(0.3), Math.Log(12))); // department scale: staff multiplier

        var units = new List<BudgetUnit> { new(department.Code + "001", department.Name + "（本级）", UnitType.Administrative) };
        var unitItems = new Dictionary<string, string> { [units[0].Code] = field.AdminItem };
        var extra = Math.Min(field.Units.Count, (int)Math.Floor(Math.Pow(r.NextDouble(), 1.6) * 12));
        foreach (var fu in field.Units.OrderBy(_ => r.Next()).Take(extra))
        {
            var code = $"{department.Code}{units.Count + 1:D3}";
            units.Add(new BudgetUnit(code, department.Place + fu.Name, fu.Type));
            unitItems[code] = fu.Item;
        }

        var spending = new List<ExpenditureFact>();
        var budget = new List<InitialBudgetFact>();
        var threePublic = new List<ThreePublicFact>();
        var vehicles = new List<VehicleHolding>();
        decimal Money(double wan) => Math.Round((decimal)(wan * 10000), 2);

        void Spend(string unit, string item, string economic, FundSource fund, ExpenditureType type, string? project, decimal amount)
        {
            if (amount > 0)
            {
                spending.Add(new ExpenditureFact(unit, FunctionCode.Of(item), EconomicCode.Of(economic), fund, type, project, new Yuan(amount)));
            }
        }

        foreach (var unit in units)
        {
            var admin = unit.Type != UnitType.PublicInstitution;
            var staff = Math.Max(2, (int)Math.Round(Math.Exp(Uniform(r, Math.Log(4), Math.Log(60))) * size));
            var item = unitItems[unit.Code];
            var wage = staff * Uniform(r, 9, 14); // 万元 a year
            var nonFiscal = !admin && r.NextDouble() < 0.3 ? Uniform(r, 0.1, 0.6) : 0; // part an institution earns itself
            foreach (var (fund, part) in new[] { (FundSource.GeneralBudget, 1 - nonFiscal), (FundSource.NonAppropriation, nonFiscal) })
            {
                if (part <= 0)
                {
                    continue;
                }

                var w = wage * part;
                Spend(unit.Code, item, "30101", fund, ExpenditureType.Basic, null, Money(w * 0.32));
                Spend(unit.Code, item, "30102", fund, ExpenditureType.Basic, null, Money(w * Uniform(r, 0.25, 0.35)));
                Spend(unit.Code, item, admin ? "30103" : "30107", fund, ExpenditureType.Basic, null, Money(w * Uniform(r, 0.1, 0.25)));
                Spend(unit.Code, "2080505", "30108", fund, ExpenditureType.Basic, null, Money(w * 0.16));
                Spend(unit.Code, "2080506", "30109", fund, ExpenditureType.Basic, null, Money(w * 0.08));
                Spend(unit.Code, admin ? "2101101" : "2101102", "30110", fund, ExpenditureType.Basic, null, Money(w * 0.08));
                Spend(unit.Code, "2210201", "30113", fund, ExpenditureType.Basic, null, Money(w * 0.12));
                if (r.NextDouble() < 0.5)
                {
                    Spend(unit.Code, item, "30199", fund, ExpenditureType.Basic, null, Money(w * Uniform(r, 0.01, 0.05)));
                }

                if (r.NextDouble() < 0.4)
                {
                    Spend(unit.Code, item, "30305", fund, ExpenditureType.Basic, null, Money(staff * Uniform(r, 0.05, 0.3) * part));
                }

                foreach (var e in PublicEconomics.Where(_ => r.NextDouble() < 0.6))
                {
                    Spend(unit.Code, item, e, fund, ExpenditureType.Basic, null, Money(staff * part * Uniform(r, 0.05, 0.6)));
                }
            }

            if (unit == units[0])
            {
                AddThreePublic(r, unit.Code, item, staff, threePublic, vehicles, Spend, Money);
            }

            foreach (var fi in spending.Where(s => s.UnitCode == unit.Code && s.Fund == FundSource.GeneralBudget && s.Type == ExpenditureType.Basic)
                         .GroupBy(s => s.Function).ToList())
            {
                var actual = fi.Sum(s => s.Amount.Value);
                budget.Add(new InitialBudgetFact(unit.Code, fi.Key, FundSource.GeneralBudget, ExpenditureType.Basic, null,
                    new Yuan(Math.Round(actual * (decimal)Uniform(r, 0.88, 1.1), 2))));
            }

        }

        // Projects: a few a department, from a few 万元 to hundreds of millions, on the field's 项.
        var projects = (int)Math.Round(Uniform(r, 0, 5));
        for (var p = 0; p < projects; p++)
        {
            var unit = units[r.Next(units.Count)];
            var item = field.ProjectItems[r.Next(field.ProjectItems.Count)];
            var name = field.ProjectNames[p % field.ProjectNames.Count] + (p >= field.ProjectNames.Count ? "（二期）" : string.Empty);
            var total = Math.Exp(Uniform(r, Math.Log(3), Math.Log(3000))) * Math.Sqrt(size);
            var fund = r.NextDouble() < 0.1 && units[0] != unit ? FundSource.NonAppropriation : FundSource.GeneralBudget;
            var parts = 1 + r.Next(3);
            foreach (var e in ProjectEconomics.OrderBy(_ => r.Next()).Take(parts))
            {
                Spend(unit.Code, item, e, fund, ExpenditureType.Project, name, Money(total / parts * Uniform(r, 0.6, 1.4)));
            }

            if (fund == FundSource.GeneralBudget && r.NextDouble() < 0.85)
            {
                var actual = spending.Where(s => s.Project == name && s.UnitCode == unit.Code && s.Function.Value == item).Sum(s => s.Amount.Value);
                budget.Add(new InitialBudgetFact(unit.Code, FunctionCode.Of(item), fund, ExpenditureType.Project, name,
                    new Yuan(Math.Round(actual * (decimal)Uniform(r, 0.7, 1.3), 2))));
            }
        }

        if (field.Field is "住房城乡建设" or "城市管理" or "自然资源" && r.NextDouble() < 0.5)
        {
            var amount = Money(Math.Exp(Uniform(r, Math.Log(50), Math.Log(20000))));
            Spend(units[0].Code, "2120803", "31005", FundSource.GovernmentFund, ExpenditureType.Project, "城市基础设施配套", amount);
        }

        var income = spending
            .GroupBy(s => (s.UnitCode, s.Function, s.Fund))
            .Select(g => new IncomeFact(g.Key.UnitCode, IncomeTypeOf(g.Key.Fund, g.Key.UnitCode, units), g.Key.Function, new Yuan(g.Sum(s => s.Amount.Value))))
            .ToList();

        var accounts = new FinalAccounts
        {
            Department = new Department(department.Code, department.Name, department.Region, fy, catalogs.Edition),
            Units = units,
            Income = income,
            Expenditure = spending,
            InitialBudget = budget,
            ThreePublic = threePublic,
            Vehicles = vehicles,
            Procurement = Procurement(r, units[0].Code, spending),
            Equipment = field.Field == "卫生健康" && units.Count > 1 ? [new EquipmentHolding(units[1].Code, "医用CT设备", 1 + r.Next(2))] : [],
        };
        accounts = accounts with { PriorYear = PriorYear(r, accounts, catalogs) };
        return accounts with { Narrative = NarrativeTexts.Of(department, accounts, catalogs) };
    }

    private static void AddThreePublic(
        Random r,
        string unit,
        string item,
        int staff,
        List<ThreePublicFact> threePublic,
        List<VehicleHolding> vehicles,
        Action<string, string, string, FundSource, ExpenditureType, string?, decimal> spend,
        Func<double, decimal> money)
    {
        var none = r.NextDouble() < 0.15; // a department with no "三公" spending at all
        var cars = none || r.NextDouble() < 0.3 ? 0 : 1 + r.Next(Math.Min(8, 1 + (staff / 10)));
        var abroad = !none && r.NextDouble() < 0.08 ? money(Uniform(r, 1, 12)) : 0m;
        var reception = !none && r.NextDouble() < 0.6 ? money(Uniform(r, 0.05, 4)) : 0m;
        var operation = cars > 0 ? money(cars * Uniform(r, 0.8, 2.5)) : 0m;
        var purchase = cars > 0 && r.NextDouble() < 0.08 ? money(Uniform(r, 12, 25)) : 0m;
        decimal Budget(decimal actual) => actual == 0 && r.NextDouble() < 0.7 ? 0 : Math.Round(Math.Max(actual, 1000m) * (decimal)Uniform(r, 0.9, 1.4) / 100m) * 100m;

        threePublic.Add(new ThreePublicFact(unit, ThreePublicCategory.TravelAbroad, new Yuan(Budget(abroad)), new Yuan(abroad), abroad > 0 ? 1 : 0, abroad > 0 ? 2 + r.Next(4) : 0));
        var batches = reception > 0 ? 1 + r.Next(40) : 0;
        threePublic.Add(new ThreePublicFact(unit, ThreePublicCategory.Reception, new Yuan(Budget(reception)), new Yuan(reception), batches, batches * (2 + r.Next(8))));
        threePublic.Add(new ThreePublicFact(unit, ThreePublicCategory.ForeignReception, Yuan.Zero, Yuan.Zero, 0, 0));
        threePublic.Add(new ThreePublicFact(unit, ThreePublicCategory.VehiclePurchase, new Yuan(Budget(purchase)), new Yuan(purchase), purchase > 0 ? 1 : 0, 0));
        threePublic.Add(new ThreePublicFact(unit, ThreePublicCategory.VehicleOperation, new Yuan(Budget(operation)), new Yuan(operation), cars, 0));

        // The economic 款 that carry them, so that 公开06表 and 公开07表 tell the same story.
        spend(unit, item, "30212", FundSource.GeneralBudget, ExpenditureType.Basic, null, abroad);
        spend(unit, item, "30217", FundSource.GeneralBudget, ExpenditureType.Basic, null, reception);
        spend(unit, item, "30231", FundSource.GeneralBudget, ExpenditureType.Basic, null, operation);
        spend(unit, item, "31013", FundSource.GeneralBudget, ExpenditureType.Project, "公务用车更新", purchase);
        if (cars > 0)
        {
            var enforcement = r.Next(cars + 1);
            if (enforcement > 0)
            {
                vehicles.Add(new VehicleHolding(unit, VehicleCategory.LawEnforcement, enforcement, "执法执勤"));
            }

            if (cars - enforcement > 0)
            {
                vehicles.Add(new VehicleHolding(unit, VehicleCategory.Other, cars - enforcement, "日常办公使用"));
            }
        }
    }

    private static IncomeType IncomeTypeOf(FundSource fund, string unit, List<BudgetUnit> units) => fund switch
    {
        FundSource.GeneralBudget => IncomeType.GeneralBudgetAppropriation,
        FundSource.GovernmentFund => IncomeType.GovernmentFundAppropriation,
        FundSource.StateCapital => IncomeType.StateCapitalAppropriation,
        _ => units.First(u => u.Code == unit).Type == UnitType.PublicInstitution ? IncomeType.OperationalIncome : IncomeType.Other,
    };

    private static IReadOnlyList<ProcurementFact> Procurement(Random r, string unit, List<ExpenditureFact> spending)
    {
        if (r.NextDouble() < 0.35)
        {
            return [];
        }

        var capacity = spending.Sum(s => s.Amount.Value) * 0.3m;
        var result = new List<ProcurementFact>();
        foreach (var category in new[] { ProcurementCategory.Goods, ProcurementCategory.Works, ProcurementCategory.Services })
        {
            if (r.NextDouble() < 0.5)
            {
                continue;
            }

            var total = Math.Round(capacity * (decimal)Uniform(r, 0.02, 0.3), 2);
            var sme = Math.Round(total * (decimal)Uniform(r, 0.5, 1), 2);
            var small = Math.Round(sme * (decimal)Uniform(r, 0.4, 0.95), 2);
            result.Add(new ProcurementFact(unit, category, new Yuan(total), new Yuan(sme), new Yuan(small)));
        }

        return result;
    }

    private static IReadOnlyList<PriorYearFigure> PriorYear(Random r, FinalAccounts a, CatalogSet catalogs)
    {
        decimal Prior(Yuan now) => now.IsZero
            ? (r.NextDouble() < 0.2 ? Math.Round((decimal)Uniform(r, 5000, 50000), 2) : 0)
            : Math.Round(now.Value * (decimal)Uniform(r, 0.7, 1.3), 2);
        var total = Prior(a.IncomeTotal());
        Yuan ThreePublic(ThreePublicCategory c) => Yuan.Sum(a.ThreePublic.Where(t => t.Category == c).Select(t => t.Actual));
        return
        [
            new(PriorYearKeys.IncomeTotal, new Yuan(total)),
            new(PriorYearKeys.ExpenditureTotal, new Yuan(total)),
            new(PriorYearKeys.ClosingBalance, Yuan.Zero),
            new(PriorYearKeys.AppropriationExpenditure, new Yuan(Prior(a.AppropriationExpenditure()))),
            new(PriorYearKeys.GeneralBudgetExpenditure, new Yuan(Prior(a.ExpenditureOf(FundSource.GeneralBudget)))),
            new(PriorYearKeys.OfficeOperatingCost, new Yuan(Prior(a.OfficeOperatingCost(catalogs.Economics)))),
            new(PriorYearKeys.ThreePublicTravelAbroad, new Yuan(Prior(ThreePublic(ThreePublicCategory.TravelAbroad)))),
            new(PriorYearKeys.ThreePublicReception, new Yuan(Prior(ThreePublic(ThreePublicCategory.Reception)))),
            new(PriorYearKeys.ThreePublicVehiclePurchase, new Yuan(Prior(ThreePublic(ThreePublicCategory.VehiclePurchase)))),
            new(PriorYearKeys.ThreePublicVehicleOperation, new Yuan(Prior(ThreePublic(ThreePublicCategory.VehicleOperation)))),
        ];
    }

    internal static double Uniform(Random r, double low, double high) => low + (r.NextDouble() * (high - low));
}
