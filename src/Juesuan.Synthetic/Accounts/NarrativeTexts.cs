using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Synthetic.Region;

namespace Juesuan.Synthetic.Accounts;

/// <summary>
/// The 说明文字 a finance officer would write for a synthetic department: its duties, what each 项 was spent on,
/// and reasons that argue the direction the figures really went (so that an unplanted report gives N-REASON nothing).
/// </summary>
public static class NarrativeTexts
{
    public static IReadOnlyList<NarrativeText> Of(PlannedDepartment department, FinalAccounts a, CatalogSet catalogs)
    {
        var texts = new List<NarrativeText>();
        string[] numbers = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"];
        var duties = department.Field.Duties.Append("完成" + department.Place.TrimEnd('区', '县', '市') + "委、政府交办的其他任务。").ToList();
        for (var i = 0; i < duties.Count; i++)
        {
            texts.Add(new NarrativeText("职责", NarrativeKinds.Paragraph, numbers[Math.Min(i, numbers.Length - 1)] + duties[i]));
        }

        var budgets = a.InitialBudget.Where(b => b.Fund != FundSource.NonAppropriation)
            .GroupBy(b => b.Function.Value).ToDictionary(g => g.Key, g => g.Sum(b => b.Amount.Value));
        foreach (var item in a.Expenditure.Where(e => e.Fund != FundSource.NonAppropriation).GroupBy(e => e.Function.Value))
        {
            var name = catalogs.Functions.NameOf(FunctionCode.Of(item.Key));
            texts.Add(new NarrativeText(item.Key, NarrativeKinds.Description, $"{name.TrimEnd('支', '出')}等方面的支出"));
            var actual = item.Sum(e => e.Amount.Value);
            var budget = budgets.GetValueOrDefault(item.Key);
            var reason = budget == 0 ? "年初无预算，年中追加安排资金"
                : actual > budget ? "年中追加安排资金，支出相应增加"
                : actual < budget ? "厉行节约，压减一般性支出"
                : null;
            if (reason is not null)
            {
                texts.Add(new NarrativeText(item.Key, NarrativeKinds.BudgetReason, reason));
            }
        }

        void YearOnYear(string item, Yuan now, string key)
        {
            var prior = a.PriorYear(key);
            if (prior is { } p && p != now)
            {
                texts.Add(new NarrativeText(item, NarrativeKinds.YearOnYearReason, now > p ? "业务工作量增加，项目支出相应增加" : "压减一般性支出，项目支出相应减少"));
            }
        }

        YearOnYear("收入总计", a.IncomeTotal(), PriorYearKeys.IncomeTotal);
        YearOnYear("支出总计", a.ExpenditureTotal(), PriorYearKeys.ExpenditureTotal);
        YearOnYear("财政拨款支出", a.AppropriationExpenditure(), PriorYearKeys.AppropriationExpenditure);
        YearOnYear("机关运行经费", a.OfficeOperatingCost(catalogs.Economics), PriorYearKeys.OfficeOperatingCost);
        texts.Add(new NarrativeText("基本支出", NarrativeKinds.Description, "为保障机构正常运转、完成日常工作任务而发生的各项支出"));
        var projects = a.Expenditure.Where(e => e.Project is not null).Select(e => e.Project!).Distinct().Take(4).ToList();
        if (projects.Count > 0)
        {
            texts.Add(new NarrativeText("项目支出", NarrativeKinds.Description, string.Join("、", projects) + "等项目支出"));
        }

        var threeBudget = Yuan.Sum(a.ThreePublic.Where(t => t.Category != ThreePublicCategory.ForeignReception).Select(t => t.Budget));
        var threeActual = Yuan.Sum(a.ThreePublic.Where(t => t.Category != ThreePublicCategory.ForeignReception).Select(t => t.Actual));
        if (threeActual < threeBudget)
        {
            texts.Add(new NarrativeText("三公经费", NarrativeKinds.BudgetReason, "厉行节约，严格控制“三公”经费支出"));
        }

        texts.Add(new NarrativeText("公务用车运行维护费", NarrativeKinds.Description, "公务用车燃料、维修、保险等"));
        return texts;
    }
}
