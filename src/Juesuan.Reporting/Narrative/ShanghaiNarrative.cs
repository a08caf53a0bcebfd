using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Reporting.Document;
using static Juesuan.Reporting.Narrative.Phrases;

namespace Juesuan.Reporting.Narrative;

/// <summary>
/// 情况说明 in the eleven sections and the wording of the Shanghai 2024 template
/// (shared/reports/shanghai-template-2024.pdf): categories that do not occur are left out ("不涉及的不列"),
/// an empty fund says so, and changes fall (下降) rather than decrease (降低).
/// </summary>
public static class ShanghaiNarrative
{
    private const string Fall = "下降";

    public static IEnumerable<ReportBlock> Write(NarrativeContext c, IReadOnlyList<ReportBlock> performance)
    {
        var a = c.Accounts;
        var y = c.Year;
        var py = Year(a.Year.PreviousYear());

        yield return new Heading(2, "一、收入支出决算总体情况说明");
        var grand = c.IncomeGrandTotal;
        yield return NarrativeContext.Para($"{c.Department}{y}年度收入支出总计{Wan(grand)}。" + Versus(c, py, "收入支出总计", grand, PriorYearKeys.IncomeTotal, "收入总计"), "收入总计");

        yield return new Heading(2, "二、收入决算情况说明");
        var income = a.IncomeTotal();
        var appropriation = a.IncomeOf(IncomeType.GeneralBudgetAppropriation) + a.IncomeOf(IncomeType.GovernmentFundAppropriation)
            + a.IncomeOf(IncomeType.StateCapitalAppropriation);
        var incomeParts = new (string Name, Yuan Amount)[]
        {
            ("财政拨款收入", appropriation), ("上级补助收入", a.IncomeOf(IncomeType.SuperiorSubsidy)),
            ("事业收入", a.IncomeOf(IncomeType.OperationalIncome)), ("经营收入", a.IncomeOf(IncomeType.BusinessIncome)),
            ("附属单位上缴收入", a.IncomeOf(IncomeType.AffiliatedRemittance)), ("其他收入", a.IncomeOf(IncomeType.Other)),
        };
        yield return NarrativeContext.Para($"本年收入合计{Wan(income)}，其中：" + Parts(incomeParts, income) + "。", "本年收入合计");

        yield return new Heading(2, "三、支出决算情况说明");
        var spending = a.ExpenditureTotal();
        var spendingParts = Terms.ExpenditureTypes.Select(t => (t.Name, a.ExpenditureOf(t.Value))).ToArray();
        yield return NarrativeContext.Para($"本年支出合计{Wan(spending)}，其中：" + Parts(spendingParts, spending) + "。", "本年支出合计");

        yield return new Heading(2, "四、财政拨款收入支出决算总体情况说明");
        var appropriationTotal = appropriation + a.AppropriationBalance(BalanceItem.Opening);
        yield return NarrativeContext.Para($"{c.Department}{y}年度财政拨款收入支出总计{Wan(appropriationTotal)}。"
            + Versus(c, py, "财政拨款收入支出总计", appropriationTotal, PriorYearKeys.AppropriationExpenditure, "财政拨款支出"), "财政拨款支出");

        yield return new Heading(2, "五、一般公共预算财政拨款支出决算情况说明");
        var general = a.ExpenditureOf(FundSource.GeneralBudget);
        yield return new Heading(3, "（一）一般公共预算财政拨款支出决算总体情况");
        yield return NarrativeContext.Para($"一般公共预算财政拨款支出{Wan(general)}，占本年支出合计的{Share(general, spending)}。"
            + Versus(c, py, "一般公共预算财政拨款支出", general, PriorYearKeys.GeneralBudgetExpenditure, "一般公共预算财政拨款支出"),
            "一般公共预算财政拨款支出");
        yield return new Heading(3, "（二）一般公共预算财政拨款支出决算结构情况");
        var classes = a.Expenditure.Where(e => e.Fund == FundSource.GeneralBudget).GroupBy(e => e.Function.Lei).OrderBy(g => g.Key)
            .Select(g => ($"{c.Catalogs.Functions.NameOf(g.Key)}（类）", Yuan.Sum(g.Select(e => e.Amount)))).ToArray();
        yield return NarrativeContext.Para($"一般公共预算财政拨款支出{Wan(general)}，主要用于以下方面：" + Parts(classes, general) + "。", "一般公共预算财政拨款支出结构");
        yield return new Heading(3, "（三）一般公共预算财政拨款支出决算具体情况");
        foreach (var b in Items(c, FundSource.GeneralBudget, withOverall: true))
        {
            yield return b;
        }

        yield return new Heading(2, "六、一般公共预算财政拨款基本支出决算情况说明");
        var personnel = a.GeneralBasicOf(CostNature.Personnel, c.Catalogs.Economics);
        var publicCost = a.GeneralBasicOf(CostNature.Public, c.Catalogs.Economics);
        yield return NarrativeContext.Para(
            $"一般公共预算财政拨款基本支出{Wan(a.ExpenditureOf(FundSource.GeneralBudget, ExpenditureType.Basic))}。其中：人员经费{Wan(personnel)}，主要包括：{Used(c, CostNature.Personnel)}；"
            + $"公用经费{Wan(publicCost)}，主要包括：{Used(c, CostNature.Public)}。", "一般公共预算财政拨款基本支出");

        yield return new Heading(2, "七、财政拨款“三公”经费支出决算情况说明");
        foreach (var b in ThreePublic(c, py))
        {
            yield return b;
        }

        yield return new Heading(2, "八、政府性基金预算财政拨款收入支出决算情况说明");
        foreach (var b in FundSection(c, FundSource.GovernmentFund, IncomeType.GovernmentFundAppropriation, "政府性基金预算财政拨款"))
        {
            yield return b;
        }

        yield return new Heading(2, "九、国有资本经营预算财政拨款收入支出决算情况说明");
        foreach (var b in FundSection(c, FundSource.StateCapital, IncomeType.StateCapitalAppropriation, "国有资本经营预算财政拨款"))
        {
            yield return b;
        }

        yield return new Heading(2, "十、预算绩效管理情况");
        var performanceParagraphs = performance.Where(b => b is not Heading).ToList();
        if (performanceParagraphs.Count == 0)
        {
            yield return NarrativeContext.Para($"{c.Department}{y}年度未开展绩效自评。", "绩效");
        }

        foreach (var b in performanceParagraphs)
        {
            yield return b;
        }

        yield return new Heading(2, "十一、其他重要事项的情况说明");
        yield return new Heading(3, "（一）机关运行经费支出情况");
        var office = a.OfficeOperatingCost(c.Catalogs.Economics);
        yield return office.IsZero && a.PriorYear(PriorYearKeys.OfficeOperatingCost) is null
            ? NarrativeContext.Para($"{c.Department}{y}年度无机关运行经费支出。", "机关运行经费")
            : NarrativeContext.Para($"机关运行经费支出{Wan(office)}" + Versus(c, py, string.Empty, office, PriorYearKeys.OfficeOperatingCost, "机关运行经费", comma: true), "机关运行经费");

        yield return new Heading(3, "（二）政府采购支出情况");
        Yuan Sum(ProcurementCategory? cat, Func<ProcurementFact, Yuan> f) => Yuan.Sum(a.Procurement.Where(p => cat is null || p.Category == cat).Select(f));
        yield return NarrativeContext.Para(
            $"{c.Department}{y}年度政府采购金额（以合同签订为准）为{Wan(Sum(null, p => p.Total))}，其中：货物采购金额{Wan(Sum(ProcurementCategory.Goods, p => p.Total))}、"
            + $"工程采购金额{Wan(Sum(ProcurementCategory.Works, p => p.Total))}、服务采购金额{Wan(Sum(ProcurementCategory.Services, p => p.Total))}。"
            + $"由中小企业供应商中标或成交的采购金额{Wan(Sum(null, p => p.ToSme))}，其中由小微企业供应商中标或成交的采购金额{Wan(Sum(null, p => p.ToSmallAndMicro))}。",
            "政府采购支出总额");

        yield return new Heading(3, "（三）国有资产占有使用情况说明");
        var vehicles = Terms.VehicleCategories.Select(v => (Name: v.Name == "副省级以上领导干部用车" ? "部级领导干部用车" : v.Name,
            Count: a.Vehicles.Where(h => h.Category == v.Value).Sum(h => h.Count))).ToList();
        yield return NarrativeContext.Para(
            $"截至{y}年12月31日，{c.Department}共有车辆{Count(vehicles.Sum(v => v.Count))}辆，其中："
            + string.Join("、", vehicles.Select(v => $"{v.Name}{Count(v.Count)}辆"))
            + $"。单价100万元（含）以上设备（不含车辆）{Count(a.Equipment.Sum(e => e.Count))}台（套）。", "车辆");
    }

    /// <summary>与2023年度相比，{subject}增加…，增长…%。主要原因：…。 (持平 when equal); nothing without a prior figure.</summary>
    private static string Versus(NarrativeContext c, string priorYear, string subject, Yuan current, string key, string item, bool comma = false)
    {
        if (c.Accounts.PriorYear(key) is not { } prior)
        {
            return comma ? "。" : string.Empty;
        }

        var change = Change(current, prior, Fall);
        var why = c.Text(item, NarrativeKinds.YearOnYearReason);
        var lead = comma ? $"，比{priorYear}年度" : $"与{priorYear}年度相比，{subject}";
        var body = change == "持平" ? (comma ? "，与上年度持平" : $"与{priorYear}年度相比，{subject}持平") : lead + change;
        return body + "。" + (why is null ? string.Empty : $"主要原因：{why}。");
    }

    /// <summary>财政拨款收入X万元，占Y%；… — categories that do not occur are left out.</summary>
    private static string Parts(IEnumerable<(string Name, Yuan Amount)> parts, Yuan whole)
    {
        var present = parts.Where(p => !p.Amount.IsZero).Select(p => $"{p.Name}{Wan(p.Amount)}，占{Share(p.Amount, whole)}").ToList();
        return present.Count == 0 ? "无" : string.Join("；", present);
    }

    private static string Used(NarrativeContext c, CostNature nature)
    {
        var names = c.Accounts.GeneralBasicByEconomic()
            .Where(kv => !kv.Value.IsZero && c.Catalogs.Economics.NatureOf(kv.Key) == nature)
            .OrderBy(kv => kv.Key).Select(kv => c.Catalogs.Economics.NameOf(kv.Key)).ToList();
        return names.Count == 0 ? "无" : string.Join("、", names);
    }

    /// <summary>The 项 paragraphs: 主要用于…。年初预算为…，支出决算为…。决算数大于（小于）预算数的主要原因：…。</summary>
    private static IEnumerable<ReportBlock> Items(NarrativeContext c, FundSource fund, bool withOverall)
    {
        var facts = c.Accounts.Expenditure.Where(e => e.Fund == fund).ToList();
        var total = Yuan.Sum(facts.Select(e => e.Amount));
        if (withOverall)
        {
            var budget = c.Budget(b => b.Fund == fund);
            yield return NarrativeContext.Para(
                $"一般公共预算财政拨款支出年初预算为{Wan(budget)}，支出决算为{Wan(total)}，{Completion(total, budget, c.Options.NoBudget)}。其中：",
                "一般公共预算财政拨款支出完成");
        }

        var n = 0;
        foreach (var item in facts.GroupBy(e => e.Function).OrderBy(g => g.Key))
        {
            n++;
            var amount = Yuan.Sum(item.Select(e => e.Amount));
            var budget = c.Budget(b => b.Fund == fund && b.Function == item.Key);
            var text = $"{n}、{c.FunctionPath(item.Key)}。";
            if (c.Text(item.Key.Value, NarrativeKinds.Description) is { } use)
            {
                text += $"主要用于：{use}。";
            }

            text += $"年初预算为{Wan(budget)}，支出决算为{Wan(amount)}。";
            if (budget == amount)
            {
                text += "决算数与预算数持平。";
            }
            else if (c.Text(item.Key.Value, NarrativeKinds.BudgetReason) is { } why)
            {
                text += $"{VersusBudget(amount, budget)}的主要原因：{why}。";
            }

            yield return NarrativeContext.Para(text, "项:" + item.Key.Value);
        }
    }

    private static IEnumerable<ReportBlock> FundSection(NarrativeContext c, FundSource fund, IncomeType incomeType, string name)
    {
        var income = c.Accounts.IncomeOf(incomeType);
        var spending = c.Accounts.ExpenditureOf(fund);
        if (income.IsZero && spending.IsZero)
        {
            yield return NarrativeContext.Para($"{c.Department}{c.Year}年度无{name}收入和支出。", name + "支出");
            yield break;
        }

        yield return NarrativeContext.Para($"{name}收入{Wan(income)}，支出{Wan(spending)}，支出具体情况如下：", name + "支出");
        foreach (var b in Items(c, fund, withOverall: false))
        {
            yield return b;
        }
    }

    private static IEnumerable<ReportBlock> ThreePublic(NarrativeContext c, string py)
    {
        var a = c.Accounts;
        var style = c.Options.NoBudget;
        var total = a.ThreePublicActualTotal();
        if (total.IsZero && a.ThreePublicBudgetTotal().IsZero)
        {
            yield return NarrativeContext.Para($"{c.Department}{c.Year}年度无“三公”经费财政拨款支出。", "三公经费");
            yield break;
        }

        Yuan Actual(params ThreePublicCategory[] cats) => Yuan.Sum(cats.Select(a.ThreePublicActual));
        Yuan Budget(params ThreePublicCategory[] cats) => Yuan.Sum(cats.Select(a.ThreePublicBudget));
        var abroad = Actual(ThreePublicCategory.TravelAbroad);
        var vehicles = Actual(ThreePublicCategory.VehiclePurchase, ThreePublicCategory.VehicleOperation);
        var reception = Actual(ThreePublicCategory.Reception);
        yield return new Heading(3, "（一）“三公”经费财政拨款支出决算总体情况说明");
        var reason = c.Text("三公经费", NarrativeKinds.BudgetReason);
        yield return NarrativeContext.Para(
            $"“三公”经费财政拨款支出年初预算为{Wan(a.ThreePublicBudgetTotal())}，支出决算为{Wan(total)}，{BudgetCompletion(total, a.ThreePublicBudgetTotal(), style)}，"
            + $"其中：因公出国（境）费决算为{Wan(abroad)}，{BudgetCompletion(abroad, Budget(ThreePublicCategory.TravelAbroad), style)}；"
            + $"公务用车购置及运行维护费支出决算为{Wan(vehicles)}，{BudgetCompletion(vehicles, Budget(ThreePublicCategory.VehiclePurchase, ThreePublicCategory.VehicleOperation), style)}；"
            + $"公务接待费支出决算为{Wan(reception)}，{BudgetCompletion(reception, Budget(ThreePublicCategory.Reception), style)}。"
            + (reason is null ? string.Empty : $"{c.Year}年度“三公”经费支出{VersusBudget(total, a.ThreePublicBudgetTotal())}的主要原因：{reason}。"),
            "三公经费");

        yield return new Heading(3, "（二）“三公”经费财政拨款支出决算具体情况说明");
        yield return NarrativeContext.Para(
            $"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{Wan(abroad)}，占{Share(abroad, total)}；公务用车购置及运行维护费支出决算{Wan(vehicles)}，占{Share(vehicles, total)}；"
            + $"公务接待费支出决算{Wan(reception)}，占{Share(reception, total)}。具体情况如下：", "三公经费结构");
        var trips = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.TravelAbroad).ToList();
        yield return NarrativeContext.Para($"1、因公出国（境）费支出{Wan(abroad)}。全年安排因公出国（境）团组{Count(trips.Sum(t => t.Batches))}个、累计{Count(trips.Sum(t => t.Persons))}人次。",
            "三公:因公出国（境）费");
        var bought = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.VehiclePurchase).Sum(t => t.Batches);
        var held = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.VehicleOperation).Sum(t => t.Batches);
        var use = c.Text("公务用车运行维护费", NarrativeKinds.Description);
        yield return NarrativeContext.Para(
            $"2、公务用车购置及运行维护费支出{Wan(vehicles)}。其中：公务用车购置支出为{Wan(Actual(ThreePublicCategory.VehiclePurchase))}，购置公务用车{Count(bought)}辆。"
            + $"公务用车运行维护支出{Wan(Actual(ThreePublicCategory.VehicleOperation))}。{(use is null ? string.Empty : $"主要用于{use}。")}"
            + $"{c.Year}年，{c.Department}所属各预算单位开支财政拨款的公务用车保有量为{Count(held)}辆。", "三公:公务用车购置及运行费");
        var receptions = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.Reception).ToList();
        var foreign = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.ForeignReception).ToList();
        yield return NarrativeContext.Para(
            $"3、公务接待费支出{Wan(reception)}。其中：国内公务接待支出{Wan(reception)}（含外宾接待支出{Wan(Yuan.Sum(foreign.Select(f => f.Actual)))}），"
            + $"共接待{Count(receptions.Sum(t => t.Batches))}批次、{Count(receptions.Sum(t => t.Persons))}人次，其中接待外宾{Count(foreign.Sum(t => t.Batches))}批次、{Count(foreign.Sum(t => t.Persons))}人次。",
            "三公:公务接待费");
    }
}
