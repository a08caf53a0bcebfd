using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Reporting.Document;
using static Juesuan.Reporting.Narrative.Phrases;

namespace Juesuan.Reporting.Narrative;

/// <summary>
/// 第二部分 情况说明 in the words and order of the Liaoning 2024 template (the reference report).
/// Every figure is computed from facts; only descriptions and reasons come from the 说明 sheet.
/// </summary>
public static class LiaoningNarrative
{
    public static IEnumerable<ReportBlock> IncomeAndExpenditure(NarrativeContext c)
    {
        var a = c.Accounts;
        yield return new Heading(2, "一、收入支出决算总体情况说明");

        // (一) 收入总计
        var income = c.IncomeGrandTotal;
        yield return NarrativeContext.Para($"（一）收入总计{Wan(income)}，包括：", "收入总计");
        var appropriation = a.IncomeOf(IncomeType.GeneralBudgetAppropriation) + a.IncomeOf(IncomeType.GovernmentFundAppropriation)
            + a.IncomeOf(IncomeType.StateCapitalAppropriation);
        yield return NarrativeContext.Para(
            $"1. 财政拨款收入{Wan(appropriation)}，占收入总计的{Share(appropriation, income)}。其中：一般公共预算财政拨款收入{Wan(a.IncomeOf(IncomeType.GeneralBudgetAppropriation))}，"
            + $"政府性基金预算财政拨款收入{Wan(a.IncomeOf(IncomeType.GovernmentFundAppropriation))}，国有资本经营预算财政拨款收入{Wan(a.IncomeOf(IncomeType.StateCapitalAppropriation))}。",
            "财政拨款收入");
        var others = new (string Name, Yuan Amount)[]
        {
            ("上级补助收入", a.IncomeOf(IncomeType.SuperiorSubsidy)),
            ("事业收入", a.IncomeOf(IncomeType.OperationalIncome)),
            ("经营收入", a.IncomeOf(IncomeType.BusinessIncome)),
            ("附属单位上缴收入", a.IncomeOf(IncomeType.AffiliatedRemittance)),
            ("其他收入", a.IncomeOf(IncomeType.Other)),
            ("使用非财政拨款结余", a.BalanceOf(BalanceItem.UseOfNonAppropriationSurplus)),
            ("上年结转和结余", a.BalanceOf(BalanceItem.Opening)),
        };
        for (var i = 0; i < others.Length; i++)
        {
            yield return NarrativeContext.Para($"{i + 2}. {others[i].Name}{Wan(others[i].Amount)}，占收入总计的{Share(others[i].Amount, income)}。", others[i].Name);
        }

        if (YearOnYear(c, "今年收入总计", income, PriorYearKeys.IncomeTotal, "收入总计") is { } incomeChange)
        {
            yield return incomeChange;
        }

        // (二) 支出总计
        var spending = c.ExpenditureGrandTotal;
        yield return NarrativeContext.Para($"（二）支出总计{Wan(spending)}，包括：", "支出总计");
        var basic = a.ExpenditureOf(ExpenditureType.Basic);
        var basicText = $"1. 基本支出{Wan(basic)}，占支出总计的{Share(basic, spending)}。主要是{c.Text("基本支出", NarrativeKinds.Description, "为保障机构正常运转、完成日常工作任务而发生的各项支出")}";
        var byEconomicClass = a.Expenditure.Where(e => e.Type == ExpenditureType.Basic)
            .GroupBy(e => e.Economic.Lei).OrderBy(g => g.Key)
            .Select(g => (Name: c.Catalogs.Economics.NameOf(g.Key), Amount: Yuan.Sum(g.Select(e => e.Amount))))
            .Where(x => !x.Amount.IsZero).ToList();
        basicText += byEconomicClass.Count == 0 ? "。"
            : "，其中：" + string.Join("；", byEconomicClass.Select(x => $"{x.Name}{Wan(x.Amount)}")) + "。";
        yield return NarrativeContext.Para(basicText, "基本支出");

        var project = a.ExpenditureOf(ExpenditureType.Project);
        var projectText = $"2. 项目支出{Wan(project)}，占支出总计的{Share(project, spending)}。";
        if (c.Text("项目支出", NarrativeKinds.Description) is { } projectDescription)
        {
            projectText += $"主要包括{projectDescription}等业务支出。";
        }

        yield return NarrativeContext.Para(projectText, "项目支出");
        var otherTypes = new (string Name, ExpenditureType Type)[]
        {
            ("上缴上级支出", ExpenditureType.RemittanceToSuperior),
            ("经营支出", ExpenditureType.Business),
            ("对附属单位补助支出", ExpenditureType.SubsidyToAffiliates),
        };
        for (var i = 0; i < otherTypes.Length; i++)
        {
            var amount = a.ExpenditureOf(otherTypes[i].Type);
            yield return NarrativeContext.Para($"{i + 3}. {otherTypes[i].Name}{Wan(amount)}，占支出总计的{Share(amount, spending)}。", otherTypes[i].Name);
        }

        if (YearOnYear(c, "今年支出", spending, PriorYearKeys.ExpenditureTotal, "支出总计") is { } spendingChange)
        {
            yield return spendingChange;
        }

        // (三) 年末结转和结余
        var closing = a.BalanceOf(BalanceItem.Closing);
        yield return NarrativeContext.Para($"（三）年末结转和结余{Wan(closing)}。", "年末结转和结余");
        if (YearOnYear(c, "今年结转结余", closing, PriorYearKeys.ClosingBalance, "年末结转和结余") is { } closingChange)
        {
            yield return closingChange;
        }
    }

    /// <summary>与上年相比，{subject}减少X万元，降低Y%，主要原因：{reason}。 — or nothing without a prior-year figure.</summary>
    private static Paragraph? YearOnYear(NarrativeContext c, string subject, Yuan current, string priorKey, string item)
    {
        if (c.Accounts.PriorYear(priorKey) is not { } prior)
        {
            return null;
        }

        var change = Change(current, prior);
        var reason = c.Text(item, NarrativeKinds.YearOnYearReason);
        return NarrativeContext.Para($"与上年相比，{subject}{change}{(reason is null ? "。" : $"，主要原因：{reason}。")}", item);
    }

    public static IEnumerable<ReportBlock> Appropriation(NarrativeContext c)
    {
        var a = c.Accounts;
        var y = c.Year;
        var style = c.Options.NoBudget;
        yield return new Heading(2, "二、财政拨款支出决算情况说明");

        yield return new Heading(3, "（一）总体情况。");
        var total = a.AppropriationExpenditure();
        var basic = a.AppropriationExpenditure(ExpenditureType.Basic);
        var project = a.AppropriationExpenditure(ExpenditureType.Project);
        var text = $"{y}年度财政拨款支出{Wan(total)}，其中：基本支出{Wan(basic)}，项目支出{Wan(project)}。";
        if (a.PriorYear(PriorYearKeys.AppropriationExpenditure) is { } prior)
        {
            var reason = c.Text("财政拨款支出", NarrativeKinds.YearOnYearReason);
            text += $"与上年相比，财政拨款支出{Change(total, prior)}{(reason is null ? "。" : $"，主要原因：{reason}。")}";
        }

        if (a.InitialBudget.Count > 0)
        {
            var budget = c.Budget(b => b.Fund.IsAppropriation());
            var basicBudget = c.Budget(b => b.Fund.IsAppropriation() && b.Type == ExpenditureType.Basic);
            var projectBudget = c.Budget(b => b.Fund.IsAppropriation() && b.Type == ExpenditureType.Project);
            text += $"与年初预算相比，{y}年度财政拨款支出{Completion(total, budget, style)}，其中：基本支出{Completion(basic, basicBudget, style)}，"
                + $"项目支出{Completion(project, projectBudget, style)}。";
        }

        yield return NarrativeContext.Para(text, "财政拨款支出");

        yield return new Heading(3, "（二）一般公共预算财政拨款支出情况。");
        foreach (var b in FundItems(c, FundSource.GeneralBudget, "一般公共预算财政拨款支出"))
        {
            yield return b;
        }

        yield return new Heading(3, "（三）政府性基金预算财政拨款支出情况。");
        foreach (var b in FundItems(c, FundSource.GovernmentFund, "政府性基金预算财政拨款支出"))
        {
            yield return b;
        }

        yield return new Heading(3, "（四）国有资本经营预算财政拨款支出情况。");
        foreach (var b in FundItems(c, FundSource.StateCapital, "国有资本经营预算财政拨款支出"))
        {
            yield return b;
        }
    }

    /// <summary>One fund's expenditure by 类, then one numbered paragraph per 项 with its completion of the initial budget.</summary>
    private static IEnumerable<ReportBlock> FundItems(NarrativeContext c, FundSource fund, string fundName)
    {
        var facts = c.Accounts.Expenditure.Where(e => e.Fund == fund).ToList();
        var total = Yuan.Sum(facts.Select(e => e.Amount));
        if (facts.Count == 0)
        {
            yield return NarrativeContext.Para($"本部门{c.Year}年度无{fundName}。", fundName);
            yield break;
        }

        yield return NarrativeContext.Para($"{c.Year}年度{fundName}{Wan(total)}。按支出功能分类科目分，包括：", fundName);
        var classes = facts.GroupBy(e => e.Function.Lei).OrderBy(g => g.Key).ToList();
        for (var i = 0; i < classes.Count; i++)
        {
            var lei = classes[i].Key;
            var leiTotal = Yuan.Sum(classes[i].Select(e => e.Amount));
            yield return NarrativeContext.Para($"{i + 1}. {c.Catalogs.Functions.NameOf(lei)}{Wan(leiTotal)}，具体包括：", "类:" + lei.Value);
            var items = classes[i].GroupBy(e => e.Function).OrderBy(g => g.Key).ToList();
            for (var k = 0; k < items.Count; k++)
            {
                var code = items[k].Key;
                var amount = Yuan.Sum(items[k].Select(e => e.Amount));
                var budget = c.Budget(b => b.Fund == fund && b.Function == code);
                var sentence = $"（{k + 1}）{c.FunctionPath(code)}{Wan(amount)}";
                if (c.Text(code.Value, NarrativeKinds.Description) is { } description)
                {
                    sentence += $"，主要是{description}";
                }

                sentence += "，" + Completion(amount, budget, c.Options.NoBudget);
                if (c.Text(code.Value, NarrativeKinds.BudgetReason) is { } reason)
                {
                    sentence += $"，决算数与年初预算数存在差异的主要原因是{reason}";
                }

                yield return NarrativeContext.Para(sentence + "。", "项:" + code.Value);
            }
        }
    }

    public static IEnumerable<ReportBlock> ThreePublic(NarrativeContext c)
    {
        var a = c.Accounts;
        var y = c.Year;
        var style = c.Options.NoBudget;
        yield return new Heading(2, "三、财政拨款“三公”经费支出决算情况说明");
        var total = a.ThreePublicActualTotal();
        var budget = a.ThreePublicBudgetTotal();
        var abroad = a.ThreePublicActual(ThreePublicCategory.TravelAbroad);
        var reception = a.ThreePublicActual(ThreePublicCategory.Reception);
        var vehicles = a.ThreePublicActual(ThreePublicCategory.VehiclePurchase) + a.ThreePublicActual(ThreePublicCategory.VehicleOperation);
        var reason = c.Text("三公经费", NarrativeKinds.BudgetReason);
        yield return NarrativeContext.Para(
            $"{y}年度财政拨款安排的“三公”经费支出{Wan(total)}，{BudgetCompletion(total, budget, style)}"
            + (reason is null ? string.Empty : $"，{VersusBudget(total, budget)}的主要原因是{reason}")
            + $"。其中：因公出国（境）费{Wan(abroad)}，公务接待费{Wan(reception)}，公务用车购置及运行维护费{Wan(vehicles)}。",
            "三公经费");

        // 1. 因公出国（境）费
        var abroadBudget = a.ThreePublicBudget(ThreePublicCategory.TravelAbroad);
        var abroadFact = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.TravelAbroad).ToList();
        var text = $"1. 因公出国（境）费{Wan(abroad)}，占“三公”经费支出的{Share(abroad, total)}。{BudgetCompletion(abroad, abroadBudget, style)}"
            + Reason(c, "因公出国（境）费", VersusBudget(abroad, abroadBudget))
            + $"{y}年参加出国（境）团组{Count(abroadFact.Sum(t => t.Batches))}个，累计{Count(abroadFact.Sum(t => t.Persons))}人次。"
            + PriorSentence(c, $"{y}年因公出国（境）费", abroad, PriorYearKeys.ThreePublicTravelAbroad, "因公出国（境）费", "主要原因是", "等");
        yield return NarrativeContext.Para(text, "三公:因公出国（境）费");

        // 2. 公务接待费
        var receptionBudget = a.ThreePublicBudget(ThreePublicCategory.Reception);
        var receptionFacts = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.Reception).ToList();
        var foreignFacts = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.ForeignReception).ToList();
        var foreign = Yuan.Sum(foreignFacts.Select(t => t.Actual));
        text = $"2. 公务接待费{Wan(reception)}，占“三公”经费支出的{Share(reception, total)}。{BudgetCompletion(reception, receptionBudget, style)}"
            + Reason(c, "公务接待费", VersusBudget(reception, receptionBudget))
            + $"{y}年国内公务接待累计{Count(receptionFacts.Sum(t => t.Batches))}批次、{Count(receptionFacts.Sum(t => t.Persons))}人、{Wan(reception)}。"
            + $"其中外事接待累计{Count(foreignFacts.Sum(t => t.Batches))}批次、{Count(foreignFacts.Sum(t => t.Persons))}人、{Wan(foreign)}。"
            + PriorSentence(c, $"{y}年公务接待费", reception, PriorYearKeys.ThreePublicReception, "公务接待费", "主要是", "等原因");
        yield return NarrativeContext.Para(text, "三公:公务接待费");

        // 3. 公务用车购置及运行费
        var vehicleBudget = a.ThreePublicBudget(ThreePublicCategory.VehiclePurchase) + a.ThreePublicBudget(ThreePublicCategory.VehicleOperation);
        text = $"3. 公务用车购置及运行费{Wan(vehicles)}，占“三公”经费支出的{Share(vehicles, total)}。{BudgetCompletion(vehicles, vehicleBudget, style)}"
            + Reason(c, "公务用车购置及运行费", VersusBudget(vehicles, vehicleBudget));
        var priorVehicles = a.PriorYear(PriorYearKeys.ThreePublicVehiclePurchase) is { } pp && a.PriorYear(PriorYearKeys.ThreePublicVehicleOperation) is { } po
            ? pp + po : (Yuan?)null;
        if (priorVehicles is { } pv)
        {
            var why = c.Text("公务用车购置及运行费", NarrativeKinds.YearOnYearReason);
            var change = Change(vehicles, pv);
            text += change == "持平" ? "与上年持平" : $"比上年{change}";
            text += why is null ? "。" : $"，主要是{why}等原因。";
        }

        yield return NarrativeContext.Para(text, "三公:公务用车购置及运行费");

        var purchase = a.ThreePublicActual(ThreePublicCategory.VehiclePurchase);
        var operation = a.ThreePublicActual(ThreePublicCategory.VehicleOperation);
        var bought = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.VehiclePurchase).Sum(t => t.Batches);
        var held = a.ThreePublic.Where(t => t.Category == ThreePublicCategory.VehicleOperation).Sum(t => t.Batches);
        var use = c.Text("公务用车运行维护费", NarrativeKinds.Description);
        yield return NarrativeContext.Para(
            $"其中：公务用车购置费{Wan(purchase)}，当年购置公务用车{Count(bought)}辆。公务用车运行维护费{Wan(operation)}，"
            + (use is null ? string.Empty : $"主要用于{use}等，")
            + $"截至年末使用财政拨款开支运行维护费的公务用车保有量{Count(held)}辆。",
            "三公:公务用车运行维护费");
    }

    /// <summary>，决算数小于预算数的主要原因是…。 — or just 。 without a stated reason.</summary>
    private static string Reason(NarrativeContext c, string item, string versus) =>
        c.Text(item, NarrativeKinds.BudgetReason) is { } r ? $"，{versus}的主要原因是{r}。" : "。";

    /// <summary>{subject}与上年持平，主要原因是…等。 / {subject}比上年增加…，主要原因是…等。</summary>
    private static string PriorSentence(NarrativeContext c, string subject, Yuan current, string key, string item, string lead, string tail)
    {
        if (c.Accounts.PriorYear(key) is not { } prior)
        {
            return string.Empty;
        }

        var change = Change(current, prior);
        var why = c.Text(item, NarrativeKinds.YearOnYearReason);
        return subject + (change == "持平" ? "与上年持平" : $"比上年{change}") + (why is null ? "。" : $"，{lead}{why}{tail}。");
    }

    public static IEnumerable<ReportBlock> BasicExpenditure(NarrativeContext c)
    {
        var a = c.Accounts;
        yield return new Heading(2, "四、一般公共预算财政拨款基本支出决算情况说明");
        var basic = a.ExpenditureOf(FundSource.GeneralBudget, ExpenditureType.Basic);
        var personnel = a.GeneralBasicOf(CostNature.Personnel, c.Catalogs.Economics);
        var publicCost = a.GeneralBasicOf(CostNature.Public, c.Catalogs.Economics);
        yield return NarrativeContext.Para(
            $"{c.Year}年度一般公共预算财政拨款基本支出{Wan(basic)}，其中：人员经费{Wan(personnel)}，主要包括{ItemList(c, CostNature.Personnel, "人员经费")}；"
            + $"日常公用经费{Wan(publicCost)}，主要包括{ItemList(c, CostNature.Public, "日常公用经费")}。",
            "一般公共预算财政拨款基本支出");
    }

    /// <summary>The 说明 list of items, or the economic 款 that have amounts, ending in 等.</summary>
    private static string ItemList(NarrativeContext c, CostNature nature, string item)
    {
        if (c.Text(item, NarrativeKinds.Description) is { } given)
        {
            return given;
        }

        var names = c.Accounts.GeneralBasicByEconomic()
            .Where(kv => !kv.Value.IsZero && c.Catalogs.Economics.NatureOf(kv.Key) == nature)
            .OrderBy(kv => kv.Key).Select(kv => c.Catalogs.Economics.NameOf(kv.Key)).ToList();
        return names.Count == 0 ? "无" : string.Join("、", names) + "等";
    }

    public static IEnumerable<ReportBlock> OtherMatters(NarrativeContext c, IEnumerable<ReportBlock> performance)
    {
        var a = c.Accounts;
        var y = c.Year;
        yield return new Heading(2, "五、其他重要事项的情况说明");

        yield return new Heading(3, "（一）机关运行经费支出情况。");
        var office = a.OfficeOperatingCost(c.Catalogs.Economics);
        var text = $"{y}年机关运行经费支出{Wan(office)}（与部门决算中行政单位和参照公务员法管理事业单位财政拨款基本支出中公用经费之和一致）";
        if (a.PriorYear(PriorYearKeys.OfficeOperatingCost) is { } prior)
        {
            var change = Change(office, prior);
            var why = c.Text("机关运行经费", NarrativeKinds.YearOnYearReason);
            text += (change == "持平" ? "，与上年持平" : $"，比上年{change}") + (why is null ? "。" : $"，主要原因是{why}。");
        }
        else
        {
            text += "。";
        }

        yield return NarrativeContext.Para(text, "机关运行经费");

        yield return new Heading(3, "（二）政府采购支出情况。");
        Yuan Sum(Func<ProcurementFact, bool> where, Func<ProcurementFact, Yuan> f) => Yuan.Sum(a.Procurement.Where(where).Select(f));
        var all = Sum(_ => true, p => p.Total);
        var goods = Sum(p => p.Category == ProcurementCategory.Goods, p => p.Total);
        var works = Sum(p => p.Category == ProcurementCategory.Works, p => p.Total);
        var services = Sum(p => p.Category == ProcurementCategory.Services, p => p.Total);
        var sme = Sum(_ => true, p => p.ToSme);
        var small = Sum(_ => true, p => p.ToSmallAndMicro);
        string CategoryShare(ProcurementCategory cat, string name)
        {
            var part = Sum(p => p.Category == cat, p => p.ToSme);
            var whole = Sum(p => p.Category == cat, p => p.Total);
            var share = PrintFormat.Percent(part, whole) is { } s ? PrintFormat.PercentText(s) : "0%";
            return $"{name}采购授予中小企业合同金额占{name}支出金额的{share}";
        }

        yield return NarrativeContext.Para(
            $"{y}年政府采购支出总额{Wan(all)}，其中：政府采购货物支出{Wan(goods)}，政府采购工程支出{Wan(works)}，政府采购服务支出{Wan(services)}。"
            + $"授予中小企业合同金额{Wan(sme)}，占政府采购支出总额的{Share(sme, all)}，其中：授予小微企业合同金额{Wan(small)}，占中小企业采购支出总额的{Share(small, sme)}；"
            + $"{CategoryShare(ProcurementCategory.Goods, "货物")}；{CategoryShare(ProcurementCategory.Works, "工程")}；{CategoryShare(ProcurementCategory.Services, "服务")}。",
            "政府采购支出总额");

        yield return new Heading(3, "（三）国有资产占用情况。");
        var byCategory = Terms.VehicleCategories
            .Select(v => (v.Name, Count: a.Vehicles.Where(h => h.Category == v.Value).Sum(h => h.Count))).ToList();
        var otherUse = c.Text("其他用车", NarrativeKinds.Description)
            ?? a.Vehicles.FirstOrDefault(v => v.Category == VehicleCategory.Other && v.Note is not null)?.Note;
        yield return NarrativeContext.Para(
            $"截至{y}年12月31日，共有车辆{Count(byCategory.Sum(v => v.Count))}辆，其中："
            + string.Join("，", byCategory.Select(v => $"{v.Name}{Count(v.Count)}辆"))
            + (otherUse is null ? string.Empty : $"，其他用车主要是{Phrases.Clause(otherUse)}")
            + $"；单价100万元（含）以上设备（不含车辆）{Count(a.Equipment.Sum(e => e.Count))}台（套）。",
            "车辆");

        foreach (var b in performance)
        {
            yield return b;
        }
    }
}
