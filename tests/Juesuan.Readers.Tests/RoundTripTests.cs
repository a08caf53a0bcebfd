using CsCheck;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

/// <summary>A package written and read back gives the same facts (STYLE 11).</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void The_sample_survives_a_round_trip()
    {
        var original = PackageReader.Read(Repo.Sample);
        Assert.True(original.Success, string.Join("\n", original.Errors));
        var folder = Path.Combine(Path.GetTempPath(), "juesuan-rt-" + Guid.NewGuid().ToString("N"));
        try
        {
            PackageCsvWriter.Write(original.Accounts!, folder);
            var back = PackageReader.Read(folder);
            Assert.True(back.Success, string.Join("\n", back.Errors));
            AssertSameFacts(original.Accounts!, back.Accounts!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly string[] Xiang = ["2013201", "2013250", "2080106", "2080505", "2101102", "2210201", "2230105"];
    private static readonly string[] Kuan = ["30101", "30201", "30231", "30305", "31204", "39999"];

    [Fact]
    public void Random_expenditure_survives_a_round_trip()
    {
        var fact = Gen.Select(
            Gen.Int[0, Xiang.Length - 1], Gen.Int[0, Kuan.Length - 1], Gen.Int[0, 3], Gen.Int[0, 4],
            Gen.Long[-10_000_000_00L, 10_000_000_00L], Gen.String[Gen.Char["测试项目,\"x\n"], 0, 6])
            .Select(t => new ExpenditureFact("001", FunctionCode.Of(Xiang[t.Item1]), EconomicCode.Of(Kuan[t.Item2]),
                (FundSource)t.Item3, (ExpenditureType)t.Item4, t.Item6.Trim().Length == 0 ? null : t.Item6.Trim(), new Yuan(t.Item5 / 100m)));
        fact.List[1, 30].Sample(facts =>
        {
            var unique = facts.GroupBy(f => (f.Function, f.Economic, f.Fund, f.Type, f.Project)).Select(g => g.First()).ToList();
            var a = new FinalAccounts
            {
                Department = new Department("9", "测试局", "某市", new FiscalYear(2024), "2024"),
                Units = [new BudgetUnit("001", "测试局", UnitType.Administrative)],
                Expenditure = unique,
            };
            var folder = Path.Combine(Path.GetTempPath(), "juesuan-rt-" + Guid.NewGuid().ToString("N"));
            try
            {
                PackageCsvWriter.Write(a, folder);
                var back = PackageReader.Read(folder);
                Assert.True(back.Success, string.Join("\n", back.Errors));
                Assert.Equal(unique.Select(Key), back.Accounts!.Expenditure.Select(Key));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, iter: 40);
    }

    private static string Key(ExpenditureFact e) => $"{e.UnitCode}|{e.Function}|{e.Economic}|{e.Fund}|{e.Type}|{e.Project}|{e.Amount}";

    private static void AssertSameFacts(FinalAccounts x, FinalAccounts y)
    {
        Assert.Equal(x.Department, y.Department);
        Assert.Equal(x.Units, y.Units);
        Assert.Equal(x.Income.Select(i => i with { Source = SourceRef.None }), y.Income.Select(i => i with { Source = SourceRef.None }));
        Assert.Equal(x.Expenditure.Select(Key), y.Expenditure.Select(Key));
        Assert.Equal(x.InitialBudget.Select(b => b with { Source = SourceRef.None }), y.InitialBudget.Select(b => b with { Source = SourceRef.None }));
        Assert.Equal(x.PriorYear.Select(p => p with { Source = SourceRef.None }), y.PriorYear.Select(p => p with { Source = SourceRef.None }));
        Assert.Equal(x.ThreePublic.Select(t => t with { Source = SourceRef.None }), y.ThreePublic.Select(t => t with { Source = SourceRef.None }));
        Assert.Equal(x.Vehicles.Select(v => v with { Source = SourceRef.None }), y.Vehicles.Select(v => v with { Source = SourceRef.None }));
        Assert.Equal(x.Narrative.Select(n => n with { Source = SourceRef.None }), y.Narrative.Select(n => n with { Source = SourceRef.None }));
    }
}
