using Juesuan.Audit.Messages;
using Juesuan.Core.Model;

namespace Juesuan.Audit.Package;

/// <summary>
/// F-BALANCE, the audit of a package's facts in exact yuan (package mode: before anything is printed, so rounding
/// cannot hide a difference and a blank total cannot skip the check): the 收支平衡 identity of 公开01表 —
/// 本年收入 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出 + 结余分配 + 年末结转和结余 — for the whole department,
/// and for each of the three fiscal appropriations as 公开05/07/08表 print it (拨款收入 + 年初结转和结余 = 支出 +
/// 年末结转和结余). A package with no income at all fails it whenever it spends.
/// </summary>
public static class PackageBalance
{
    public const string RuleId = "F-BALANCE";

    private static readonly (FundSource Fund, IncomeType Income, string Name, string Table)[] Appropriations =
    [
        (FundSource.GeneralBudget, IncomeType.GeneralBudgetAppropriation, "一般公共预算财政拨款", "公开05表"),
        (FundSource.GovernmentFund, IncomeType.GovernmentFundAppropriation, "政府性基金预算财政拨款", "公开07表"),
        (FundSource.StateCapital, IncomeType.StateCapitalAppropriation, "国有资本经营预算财政拨款", "公开08表"),
    ];

    public static IReadOnlyList<AuditFinding> Check(FinalAccounts a)
    {
        var findings = new List<AuditFinding>();
        decimal Balance(BalanceItem item, FundSource? fund = null) =>
            a.Balances.Where(b => b.Item == item && (fund is null || b.Fund == fund)).Sum(b => b.Amount.Value);

        var income = a.Income.Sum(i => i.Amount.Value);
        var spent = a.Expenditure.Sum(e => e.Amount.Value);
        var sources = income + Balance(BalanceItem.UseOfNonAppropriationSurplus) + Balance(BalanceItem.Opening);
        var uses = spent + Balance(BalanceItem.SurplusDistribution) + Balance(BalanceItem.Closing);
        Add(findings, "公开01表 收入支出决算总表 总计", sources, uses, PackageMessages.DepartmentUnbalanced(income, spent, sources, uses));

        foreach (var (fund, type, name, table) in Appropriations)
        {
            var appropriated = a.Income.Where(i => i.Type == type).Sum(i => i.Amount.Value);
            var fundSpent = a.Expenditure.Where(e => e.Fund == fund).Sum(e => e.Amount.Value);
            var fundSources = appropriated + Balance(BalanceItem.Opening, fund);
            var fundUses = fundSpent + Balance(BalanceItem.Closing, fund);
            Add(findings, $"{table} {name} 总计", fundSources, fundUses, PackageMessages.AppropriationUnbalanced(name, appropriated, fundSpent, fundSources, fundUses));
        }

        return findings;
    }

    private static void Add(List<AuditFinding> findings, string place, decimal sources, decimal uses, AuditMessage message)
    {
        if (sources == uses)
        {
            return;
        }

        findings.Add(new AuditFinding(RuleId, Severity.Error, place, message)
        {
            Printed = sources,
            Computed = uses,
            Tolerance = 0m,
        });
    }
}
