using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Publishing;
using Juesuan.Synthetic.Accounts;
using Juesuan.Synthetic.Planting;
using Juesuan.Synthetic.Region;

namespace Juesuan.Synthetic.Tests;

/// <summary>The generated facts: real catalog codes, the same from the same seed, and varied as a region is.</summary>
public sealed class GeneratorTests
{
    private static readonly CatalogSet Catalogs = CatalogSet.Default;

    [Fact]
    public void Every_field_uses_item_codes_of_the_2024_catalog()
    {
        var codes = DepartmentFields.All.SelectMany(f => f.Units.Select(u => u.Item).Append(f.AdminItem).Concat(f.ProjectItems))
            .Concat(["2080505", "2080506", "2101101", "2101102", "2210201", "2120803"]);
        var missing = codes.Where(c => Catalogs.Functions.Find(FunctionCode.Of(c)) is not { Code.Level: CodeLevel.Xiang }).Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_and_another_seed_another()
    {
        var d = RegionPlan.Plan(3, seed: 11)[2];
        string Text(int seed) => BuiltReport.Build(AccountsGenerator.Generate(d, seed, 2024, Catalogs), Catalogs, "r.txt", d.Profile).ReportText;
        Assert.Equal(Text(11), Text(11));
        Assert.NotEqual(Text(11), Text(12));
    }

    [Fact]
    public void A_region_varies_in_units_sizes_templates_and_three_public_spending()
    {
        var plan = RegionPlan.Plan(60, seed: 3);
        var accounts = plan.Select(d => AccountsGenerator.Generate(d, 3, 2024, Catalogs)).ToList();
        var units = accounts.Select(a => a.Units.Count).ToList();
        Assert.InRange(units.Min(), 1, 2);
        Assert.True(units.Max() >= 6, $"most units in a department: {units.Max()}");
        Assert.All(units, u => Assert.InRange(u, 1, 12));
        var totals = accounts.Select(a => a.ExpenditureTotal().Value).ToList();
        Assert.True(totals.Max() / totals.Min() > 100m, $"sizes from {totals.Min()} to {totals.Max()} 元: not orders of magnitude apart");
        Assert.Contains(accounts, a => a.ThreePublic.All(t => t.Actual.IsZero));
        Assert.Contains(accounts, a => a.ThreePublic.Any(t => !t.Actual.IsZero));
        Assert.Equal(2, plan.Select(d => d.Profile).Distinct().Count());
        Assert.Equal(plan.Count, plan.Select(d => d.Code).Distinct().Count());
        Assert.Equal(plan.Count, plan.Select(d => d.Name).Distinct().Count());
        Assert.Contains(accounts, a => a.Expenditure.Any(e => e.Fund == FundSource.NonAppropriation));
        Assert.All(accounts, a => Assert.Equal(a.IncomeTotal(), a.ExpenditureTotal()));
    }

    [Fact]
    public void A_planted_sentence_differs_from_the_written_one_only_where_it_says()
    {
        var d = RegionPlan.Plan(1, seed: 5)[0];
        var a = AccountsGenerator.Generate(d, 5, 2024, Catalogs);
        var text = BuiltReport.Build(a, Catalogs, "r.txt", d.Profile).ReportText;
        var edits = ReportPlanter.Choose(text, a.Department, Catalogs, new Random(1), 4);
        Assert.NotEmpty(edits);
        var planted = ReportPlanter.Apply(text, edits).Split('\n');
        var lines = text.Split('\n');
        Assert.Equal(lines.Length, planted.Length);
        var changed = Enumerable.Range(0, lines.Length).Where(i => lines[i] != planted[i]).ToList();
        Assert.Equal(edits.Select(e => e.Line).Order(), changed);
        foreach (var e in edits)
        {
            Assert.Contains(e.Planted, planted[e.Line], StringComparison.Ordinal);
            Assert.Contains(e.Original, lines[e.Line], StringComparison.Ordinal);
        }
    }
}
