using Juesuan.Audit.Package;
using Juesuan.Core.Model;
using Juesuan.Publishing;
using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>F-BALANCE: the facts of a package balance in exact yuan, for the department and each fiscal appropriation.</summary>
public sealed class PackageBalanceTests
{
    private static readonly PackageReadResult Sample = PackageReader.Read(Repo.Sample);

    [Fact]
    public void The_sample_balances()
    {
        Assert.Empty(PackageBalance.Check(Sample.Accounts!));
    }

    [Fact]
    public void A_package_with_no_income_is_an_error_in_yuan_and_cannot_build_a_clean_report()
    {
        var a = Sample.Accounts! with { Income = [] };
        var spent = a.Expenditure.Sum(e => e.Amount.Value);
        Assert.Equal(7_973m, Math.Round(spent / 10_000m, MidpointRounding.AwayFromZero)); // 支出总计 7,973 万元 as 公开01表 prints it

        var findings = PackageBalance.Check(a);
        var total = Assert.Single(findings, f => f.Place.StartsWith("公开01表", StringComparison.Ordinal));
        Assert.Equal((Severity.Error, 0m, spent), (total.Severity, total.Printed!.Value, total.Computed!.Value));
        Assert.Contains(findings, f => f.Place.StartsWith("公开05表", StringComparison.Ordinal));

        var built = BuiltReport.Build(a, Sample.Catalogs!, "no-income");
        Assert.Contains(built.Findings, f => f.RuleId == PackageBalance.RuleId);
        Assert.True(built.ErrorCount > 0);
    }

    [Fact]
    public void One_fen_off_in_one_appropriation_is_an_error_there()
    {
        var a = Sample.Accounts!;
        var first = a.Income.First(i => i.Type == IncomeType.GeneralBudgetAppropriation);
        var moved = a with { Income = [first with { Amount = first.Amount + new Yuan(0.01m) }, .. a.Income.Skip(a.Income.ToList().IndexOf(first) + 1), .. a.Income.Take(a.Income.ToList().IndexOf(first))] };
        var findings = PackageBalance.Check(moved);
        Assert.Equal(2, findings.Count); // the department's total and 公开05表
        Assert.All(findings, f => Assert.Equal(0.01m, f.Difference));
    }
}
