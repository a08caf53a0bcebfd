using System.Globalization;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Messages;

/// <summary>
/// 说明陈述审核说明: the narrative's claims weighed against each other and its words against its numbers (N-RATE, N-RELATION,
/// N-DIRECTION, N-REASON, N-PARTS, N-NAME, N-CONTENT, N-BALANCE, N-HEADCOUNT).
/// </summary>
public static class ClaimMessages
{
    /// <summary>万元, the unit of the narrative's amounts.</summary>
    public const string Wan = "万元";

    private const string Truncated = "（末位差一，像是截断而非四舍五入）";

    private static string F(decimal d) => Tolerance.Format(d);

    private static string P(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The budget a completion rate names: 年初预算, 调整预算 or 预算.</summary>
    private static string Named(BudgetBasis? basis) => basis == BudgetBasis.Initial ? "年初预算" : basis == BudgetBasis.Adjusted ? "调整预算" : "预算";

    /// <summary>Another budget of the sentence: 年初预算, else 全年预算.</summary>
    private static string Other(BudgetBasis? basis) => basis == BudgetBasis.Initial ? "年初预算" : "全年预算";

    /// <summary>N-RATE: a completion of a budget the sentence states as zero; with the rate against another budget stated there.</summary>
    public static AuditMessage RateOfZeroBudget(string item, BudgetBasis? basis, string rate, string budget, decimal actual, decimal? otherBudget, BudgetBasis? otherBasis)
    {
        var hint = otherBudget is not { } other ? string.Empty : $"；{F(actual)} ÷ {F(other)}（{Other(otherBasis)}）= {P(actual / other * 100m)}%";
        return new(AuditMessageId.RateOfZeroBudget, $"{item} 完成{Named(basis)}的 {rate}，但句中{Named(basis)}为 {budget}：完成率无从计算{hint}");
    }

    /// <summary>
    /// N-RATE: a completion rate outside 决算 ÷ 预算; the budget may be 公开07表's (<paramref name="fromTable"/>, then the range it allows is
    /// given), the rate may fit another budget of the sentence, or be one unit off in the last digit (<paramref name="slip"/>).
    /// </summary>
    public static AuditMessage RateDiffers(string item, BudgetBasis? basis, string rate, decimal actual, decimal budget, decimal computed, bool fromTable,
        decimal low, decimal high, decimal? otherBudget, BudgetBasis? otherBasis, bool slip)
    {
        var source = fromTable ? "（公开07表的预算数）" : string.Empty;
        var between = fromTable ? $"（按表中整数万元的预算数，应在 {P(low)}%–{P(high)}% 之间）" : string.Empty;
        var hint = otherBudget is not { } other ? string.Empty : $"；这是对{Other(otherBasis)} {F(other)} 的完成率";
        return new(AuditMessageId.RateDiffers,
            $"{item} 完成{Named(basis)}的 {rate}，但 {F(actual)} ÷ {F(budget)}{source} = {P(computed)}%{between}{hint}{(slip ? Truncated : string.Empty)}");
    }

    /// <summary>N-RATE: a completion rate that is the total less the budget (a difference printed with a percent sign).</summary>
    public static AuditMessage RateIsDifference(string item, BudgetBasis? basis, string rate, string total, decimal totalAmount, decimal budget, decimal ratio) =>
        new(AuditMessageId.RateIsDifference,
            $"{item} 完成{Named(basis)}的 {rate}，恰是{total} {F(totalAmount)} − 预算 {F(budget)} 的差额（万元），不是比率；以{total}计算，完成率约为 {P(ratio)}%（本年支出未另列，总计是其上限）");

    /// <summary>N-RATE: the categories' completion rates imply budgets (决算 ÷ rate) that add up to more than the whole budget.</summary>
    public static AuditMessage RatesImplyBudgetsAboveWhole(IReadOnlyList<(string Item, string Rate, decimal Actual, decimal Budget, decimal OfWhole)> parts, decimal whole) =>
        new(AuditMessageId.RatesImplyBudgetsAboveWhole,
            $"各项完成率推出的预算数之和 {F(parts.Sum(p => Math.Round(p.Budget, 2)))} 万元 超过“三公”经费预算 {F(whole)} 万元（"
            + string.Join("，", parts.Select(p => $"{p.Item} {F(p.Actual)} ÷ {p.Rate} = {F(Math.Round(p.Budget, 2))}"))
            + $"）：完成率像是按“三公”经费总预算计算的（{string.Join("，", parts.Select(p => $"{F(p.Actual)} ÷ {F(whole)} = {P(p.OfWhole)}%"))}），应按各项自己的预算计算");

    /// <summary>N-PARTS: the 三公 categories' budgets (printed, or 决算 less the stated difference) do not make up the 三公 budget.</summary>
    public static AuditMessage CategoryBudgetsDiffer(IReadOnlyList<(string Item, string How)> parts, decimal sum, decimal whole, bool complete) =>
        new(AuditMessageId.CategoryBudgetsDiffer,
            $"各项的预算数之和 {F(Math.Round(sum, 2))} 万元 {(complete ? "≠" : "超过")} “三公”经费预算 {F(whole)} 万元（"
            + string.Join("；", parts.Select(p => $"{p.Item} {p.How}"))
            + (complete ? "）：三项预算合起来就是“三公”经费预算，总预算或某项与预算的差额写错了" : "）：部分项目的预算已超过总预算，总预算或某项与预算的差额写错了"));

    /// <summary>N-BALANCE: the two totals' changes differ, though the totals are equal every year.</summary>
    public static AuditMessage TotalsChangeDiffer(decimal income, PrintedPlace incomePlace, decimal spending) =>
        new(AuditMessageId.TotalsChangeDiffer,
            $"收入总计较上年的增减 {F(income)} 万元（{incomePlace}）≠ 支出总计的增减 {F(spending)} 万元：收支总计每年相等，增减也应相同");

    private static string Relation(int sign) => sign switch { 1 => "大于", -1 => "小于", _ => "等于" };

    private static string Hidden(int sign) => sign == 0 ? "（印出的数字相同，元位上可能确有差异）" : string.Empty;

    /// <summary>N-RELATION: 决算数大于/小于/等于预算数 against the two amounts (sign: of 决算 − 预算).</summary>
    public static AuditMessage RelationAgainstAmounts(string item, string word, decimal actual, decimal budget, int sign) =>
        new(AuditMessageId.RelationWordContradicted,
            $"{item}：文字说“{word}”，但决算数 {F(actual)} 万元，预算数 {F(budget)} 万元，决算数{Relation(sign)}预算数{Hidden(sign)}");

    /// <summary>N-PARTS: a 三公 total that counts 会议费 or 培训费 among its parts.</summary>
    public static AuditMessage ThreePublicCountsOthers(decimal total, IReadOnlyList<(string Name, decimal Amount)> others, decimal threePublic) =>
        new(AuditMessageId.ThreePublicCountsOthers,
            $"“三公”经费 {F(total)} 万元 把{string.Join("、", others.Select(o => $"{o.Name} {F(o.Amount)} 万元"))}算在内；“三公”经费只含因公出国（境）费、公务接待费、公务用车购置及运行费，按所列各项应为 {F(threePublic)} 万元");

    /// <summary>N-RELATION: 决算数大于/小于/等于预算数 (or "与预算相比无增减") against the 公开07表 row of the category.</summary>
    public static AuditMessage RelationAgainstTable(string item, string word, string table, decimal actual, decimal budget, int sign) =>
        new(AuditMessageId.RelationWordAgainstTable,
            $"{item}：文字说“{word}”，但{table}决算数 {F(actual)} 万元，预算数 {F(budget)} 万元，决算数{Relation(sign)}预算数{Hidden(sign)}");

    /// <summary>N-RELATION: 决算数大于/小于/等于预算数 against the completion rate.</summary>
    public static AuditMessage RelationAgainstRate(string item, string word, string rate, int sign) =>
        new(AuditMessageId.RelationWordContradicted, $"{item}：文字说“{word}”，但完成率 {rate}，决算数{Relation(sign)}预算数{Hidden(sign)}");

    /// <summary>N-DIRECTION: 持平 with a change in the same sentence.</summary>
    public static AuditMessage FlatWithChange(string item, string word, decimal change, string changePrinted) =>
        new(AuditMessageId.FlatWithChange, $"{item}：文字说“{word}”，同一句却写{(change > 0 ? "增加" : "减少")} {changePrinted}");

    /// <summary>N-DIRECTION: 持平 and 增加/减少 for one subject in one sentence.</summary>
    public static AuditMessage FlatAndMoved(string item, string moved, string flat) =>
        new(AuditMessageId.FlatAndMoved, $"{item}：同一句既说“{moved}”又说“{flat}”，自相矛盾");

    /// <summary>N-RATE: a completion rate right only with the amounts in one unit: one of them printed in 万元 for 元, or the reverse.</summary>
    public static AuditMessage RateUnitSlip(string item, string rate, string budget, decimal actual, decimal budgetValue, bool budgetTooLarge)
    {
        var asPrinted = actual / budgetValue * 100m;
        var oneUnit = asPrinted * (budgetTooLarge ? 10000m : 0.0001m);
        return new(AuditMessageId.RateUnitSlip,
            $"{item} 完成预算的 {rate}，按所印金额为 {F(actual)} ÷ {F(budgetValue)} 万元 = {asPrinted.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}%；两数按同一单位计为 {oneUnit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}%，与所印相符：{(budgetTooLarge ? "预算数" : "决算数")}的单位印错了（“{budget}”）");
    }

    /// <summary>N-DIRECTION: a direction word with a minus sign after it ("减少-2.56%").</summary>
    public static AuditMessage SignAfterDirection(string word, string signed, string excerpt) =>
        new(AuditMessageId.SignAfterDirection, $"“{word}”之后又写负号“{signed}”：方向说了两次，连起来读是相反的变化，应只写“{word}{signed.TrimStart('-', '－', '−')}”：{excerpt}");

    /// <summary>N-DIRECTION: a change and the rate after it disagree in sign.</summary>
    public static AuditMessage ChangeAndRateOpposite(string item, decimal change, string changePrinted, decimal rate, string ratePrinted) =>
        new(AuditMessageId.ChangeAndRateOpposite,
            $"{item}：同一句的增减额与增减率方向相反（{(change > 0 ? "增" : "减")}{changePrinted}、{(rate > 0 ? "增" : "减")}{ratePrinted}）");

    /// <summary>N-DIRECTION: "增加 0.00 万元": no change is 持平.</summary>
    public static AuditMessage NoChangeNotFlat(string item, string word, string zeroPrinted, bool explained = false) =>
        new(AuditMessageId.NoChangeNotFlat, $"{item}：“{word}{zeroPrinted.Replace(" ", string.Empty, StringComparison.Ordinal)}”——没有变化应写“持平”"
            + (explained ? $"，说明却解释了{word}的原因" : string.Empty));

    /// <summary>N-REASON: the reason argues the other direction (<paramref name="arguesUp"/>: it argues an increase).</summary>
    public static AuditMessage ReasonArguesOtherWay(string item, string word, string reason, bool arguesUp) =>
        new(AuditMessageId.ReasonArguesOtherWay,
            $"{item}“{word}”，所述原因“{(reason.Length <= 40 ? reason : reason[..40] + "…")}”说的却是{(arguesUp ? "增加" : "减少")}");

    /// <summary>N-REASON: a change's reason names an item moving one way; the narrative states that item's change the other way.</summary>
    public static AuditMessage ReasonPartMovedOtherWay(string item, string reason, string part, decimal change, string printed, PrintedPlace place) =>
        new(AuditMessageId.ReasonPartMovedOtherWay,
            $"{item}增减的原因说“{reason}”，但情况说明 {place} 写{part}较上年{(change < 0m ? "减少" : "增加")} {printed}：原因与该项自己的数字方向相反");

    /// <summary>
    /// N-PARTS: the changes of the parts (against 上年, or against the budget) do not add up to the total's; when a part is not
    /// listed (<paramref name="complete"/> false) its own base may make up the difference.
    /// </summary>
    public static AuditMessage ChangesOfPartsDiffer(string total, bool yearOnYear, decimal totalChange, IReadOnlyList<(string Name, decimal Change)> parts, bool complete)
    {
        var against = yearOnYear ? "较上年的增减" : "与预算的差额";
        var sum = parts.Sum(p => p.Change);
        return new(AuditMessageId.ChangesOfPartsDiffer,
            $"{total}{against} {F(totalChange)} 万元 ≠ 其中各项{against}之和 {F(sum)} 万元"
            + $"（{string.Join("，", parts.Select(p => $"{p.Name} {(p.Change > 0 ? "+" : string.Empty)}{F(p.Change)}"))}，差 {F(totalChange - sum)}）"
            + (complete ? string.Empty
                : totalChange > sum ? $"；各项金额之和等于总数，未列的项目本年为零，只能比{(yearOnYear ? "上年" : "预算")}减少，补不上这一差额"
                : $"；各项金额之和等于总数，未列的项目本年为零，除非其{(yearOnYear ? "上年数" : "预算数")}恰好补足差额"));
    }

    /// <summary>N-PARTS: parts that together exceed their whole (stated elsewhere, at <paramref name="wholePlace"/>).</summary>
    public static AuditMessage PartsAboveWhole(IReadOnlyList<(string Name, string Printed)> parts, decimal sum, string whole, string wholePrinted, PrintedPlace wholePlace)
    {
        var which = parts.Count == 1 ? $"{parts[0].Name} {parts[0].Printed}" : $"{string.Join(" + ", parts.Select(p => $"{p.Name} {p.Printed}"))} = {F(sum)} 万元";
        return new(AuditMessageId.PartsAboveWhole, $"{which}，超过{whole} {wholePrinted}（{wholePlace}）：部分不能大于总数");
    }

    /// <summary>N-PARTS: last year's amounts that the year-on-year rates imply (amount ÷ (1 + rate)) do not add up.</summary>
    public static AuditMessage PriorsFromRatesDiffer(string total, string amount, string rate, decimal prior, IReadOnlyList<(string Name, string Printed)> parts, decimal sum) =>
        new(AuditMessageId.PriorsFromRatesDiffer,
            $"由增减率推得的上年数不相加：{total} {amount}（{rate}）→ 上年 {F(prior)} 万元，各项 {string.Join("、", parts.Select(p => $"{p.Name} {p.Printed}"))}，合计 {F(sum)} 万元（差 {F(prior - sum)}）：总数或某项的增减率有误");

    /// <summary>N-PARTS: a part's change and rate give it a larger last year than its whole's change and rate give the whole.</summary>
    public static AuditMessage PartPriorAboveWhole(string part, string change, string rate, decimal prior, string whole, string wholeChange, string wholeRate, decimal wholePrior) =>
        new(AuditMessageId.PartPriorAboveWhole,
            $"{part}变动 {change}、{rate}%，推得上年约 {F(prior)} 万元，超过{whole}上年的 {F(wholePrior)} 万元（{wholeChange}、{wholeRate}%）：部分不能大于整体，增减率有误");

    /// <summary>N-PARTS: a total and its parts stated with it (<paramref name="unit"/>: 万元, or the unit of a count).</summary>
    public static AuditMessage PartsDifferFromTotal(string total, decimal value, string unit, IReadOnlyList<(string Name, string Printed)> parts, decimal sum) =>
        new(AuditMessageId.PartsDifferFromTotal,
            $"{total} {F(value)} {unit} ≠ 其中各项之和 {F(sum)} {unit}（{string.Join(" + ", parts.Select(p => $"{p.Name} {p.Printed}"))}，差 {F(value - sum)}）");

    /// <summary>
    /// N-PARTS: a total and its parts apart by no more than the rounding of the printed figures (<paramref name="tolerance"/>): 尾差;
    /// when not every part is listed (<paramref name="complete"/> false), perhaps one that is not.
    /// </summary>
    public static AuditMessage PartsWithinRounding(string total, decimal value, string unit, IReadOnlyList<(string Name, string Printed)> parts, decimal sum, decimal tolerance, bool complete) =>
        new(AuditMessageId.PartsWithinRounding,
            $"{total} {F(value)} {unit} 与其中各项之和 {F(sum)} {unit} 相差 {F(value - sum)}（{string.Join(" + ", parts.Select(p => $"{p.Name} {p.Printed}"))}），"
            + $"在各数印刷的舍入之内（容差 {F(tolerance)}），尾差{(complete ? string.Empty : "，或是未列出的项目")}");

    /// <summary>N-PARTS: the changes of the parts and the total's apart by no more than the rounding of the printed figures: 尾差 (or a part not listed).</summary>
    public static AuditMessage ChangesOfPartsWithinRounding(string total, bool yearOnYear, decimal totalChange, IReadOnlyList<(string Name, decimal Change)> parts, decimal tolerance, bool complete)
    {
        var against = yearOnYear ? "较上年的增减" : "与预算的差额";
        var sum = parts.Sum(p => p.Change);
        return new(AuditMessageId.ChangesOfPartsWithinRounding,
            $"{total}{against} {F(totalChange)} 万元 与其中各项{against}之和 {F(sum)} 万元 相差 {F(totalChange - sum)}"
            + $"（{string.Join("，", parts.Select(p => $"{p.Name} {(p.Change > 0 ? "+" : string.Empty)}{F(p.Change)}"))}），在各数印刷的舍入之内（容差 {F(tolerance)}），尾差"
            + (complete ? string.Empty : "，或是未列出的项目"));
    }

    /// <summary>N-LISTSUM: "其中 A x，B y，合计 T" where x + y ≠ T, whatever A and B are called.</summary>
    public static AuditMessage ListedPartsDifferFromSum(string word, string total, IReadOnlyList<string> parts, decimal sum, string unit, string listed = "其中所列") =>
        new(AuditMessageId.ListedPartsDifferFromSum,
            $"“{word}{total}”≠ {listed}各项之和 {F(sum)} {unit}（{string.Join(" + ", parts)}）");

    /// <summary>N-LISTSUM: named parts after a total, the whole breakdown by its look, a little short of the total.</summary>
    public static AuditMessage ListedPartsShortOfTotal(decimal total, IReadOnlyList<string> parts, decimal sum) =>
        new(AuditMessageId.ListedPartsShortOfTotal,
            $"总数 {F(total)} 万元，其中所列各项之和 {F(sum)} 万元（{string.Join(" + ", parts)}），少 {F(total - sum)} 万元：若已列全，某一项或总数有误");

    /// <summary>N-LISTSUM: one part of a list in 元 among parts in 万元 that add up to the total only when it is 万元 too.</summary>
    public static AuditMessage ListedPartInYuan(string part, string total, decimal sum) =>
        new(AuditMessageId.ListedPartInYuan, $"“{part}”的单位应为万元：按万元与其余各项相加为 {F(sum)} 万元，正是所说的“{total}”");

    /// <summary>N-PARTS: shares of one whole in one sentence above 100%.</summary>
    public static AuditMessage SharesAboveHundred(string whole, decimal sum, IReadOnlyList<string> shares) =>
        new(AuditMessageId.SharesAboveHundred, $"占{whole}的比例之和 {P(sum)}% 超过 100%（{string.Join(" + ", shares)}）");

    /// <summary>N-NAME: a name neither the catalog nor the tables know; with the 项 whose amount it states, when 05表 has exactly one.</summary>
    public static AuditMessage ItemNameUnknown(string name, string? amount, string? code, string? label) =>
        new(AuditMessageId.ItemNameUnknown,
            $"“{name}”在功能分类目录和本报告的表中都找不到{(code is null ? string.Empty : $"；按金额 {amount} 应是 {code} {label}")}");

    /// <summary>N-NAME: a wrong or old name read as the closest item.</summary>
    public static AuditMessage ItemNameCorrected(string printed, string item) =>
        new(AuditMessageId.ItemNameCorrected, $"“{printed}”不是功能分类科目的名称，按上下文应是 {item}（名称写错或用了旧名称；其数字按 {item} 核对）");

    /// <summary>N-NAME: a 类 printed by the name it had before the report's year.</summary>
    public static AuditMessage ItemNameOfEarlierYears(string printed, string current, int year, int until, int more) =>
        new(AuditMessageId.ItemNameOfEarlierYears,
            $"“{printed}”是 {until} 年及以前的科目名称，{year} 年的功能分类科目中该类为“{current}”{(more > 0 ? $"（另有 {more} 处同样用了旧名称）" : string.Empty)}");

    /// <summary>N-CONTENT: items 人员经费/公用经费 "主要包括" that are blank or zero in 公开06表.</summary>
    public static AuditMessage ListedCostsIdle(string which, string table, IReadOnlyList<string> idle) =>
        new(AuditMessageId.ListedCostsIdle, $"{which}“主要包括”列出的 {idle.Count} 项在{table}中为零或空白：{string.Join("、", idle)}");

    /// <summary>N-BALANCE: 财政拨款收入总计 and 支出总计 stated as two figures in one sentence.</summary>
    public static AuditMessage AppropriationTotalsDiffer(string income, decimal incomeValue, string spending, decimal spendingValue) =>
        new(AuditMessageId.AppropriationTotalsDiffer,
            $"财政拨款收入总计 {income} ≠ 财政拨款支出总计 {spending}，差 {F(incomeValue - spendingValue)} 万元：收支总计按定义相等");

    /// <summary>N-BALANCE: 上年结转和结余 + 本年收入 − 本年支出 against the 年末结转和结余 stated beside them.</summary>
    public static AuditMessage CarryOverDiffers(string opening, string income, string spending, string closing, decimal computed) =>
        new(AuditMessageId.CarryOverDiffers, $"年末结转和结余 {closing} ≠ 上年结转和结余 {opening} + 本年收入 {income} − 本年支出 {spending} = {F(computed)} 万元");

    /// <summary>N-BALANCE: the year's spending above all the money there was (收入总计 includes what was carried in).</summary>
    public static AuditMessage SpendingAboveTotal(string spent, string total, PrintedPlace totalPlace, decimal excess) =>
        new(AuditMessageId.SpendingAboveTotal, $"本年支出 {spent} 超过收入总计 {total}（{totalPlace}）{F(excess)} 万元：收入总计含年初结转和结余，本年支出不可能多于它");

    /// <summary>N-BALANCE: 收入总计 (stated at <paramref name="incomePlace"/>) and 支出总计.</summary>
    public static AuditMessage TotalsDiffer(string income, PrintedPlace incomePlace, string spending, decimal difference) =>
        new(AuditMessageId.TotalsDiffer, $"收入总计 {income}（{incomePlace}）≠ 支出总计 {spending}，差 {F(difference)} 万元：收支总计按定义相等");

    /// <summary>N-HEADCOUNT: more staff in post than the establishment allows, and nothing said of staff outside it.</summary>
    public static AuditMessage StaffAboveEstablishment(int places, int inPost, string excerpt) =>
        new(AuditMessageId.StaffAboveEstablishment, $"在职 {inPost} 人多于核定编制 {places} 人，句中未说明编外（聘用）人员：超编或人数有误：{excerpt}");

    /// <summary>N-HEADCOUNT: people in parts that exclude each other against the count they break down (<paramref name="whole"/>: the part broken down).</summary>
    public static AuditMessage HeadcountPartsDiffer(string? whole, int total, IReadOnlyList<(string Label, int Count)> parts, string excerpt, string unit = "人") =>
        new(AuditMessageId.HeadcountPartsDiffer,
            $"{(whole is null ? "" : whole + " ")}{total} {unit} ≠ 各部分之和 {string.Join(" + ", parts.Select(p => $"{p.Label} {p.Count}"))} = {parts.Sum(p => p.Count)} {unit}（{excerpt}）");

    /// <summary>N-DIVISIONS: "设立 1 个内设机构，分别是：办公室、A科、B科" — the count stated and the names (or the "一室两科" summary) listed.</summary>
    public static AuditMessage DivisionCountDiffers(int stated, int listed, string how, string excerpt) =>
        new(AuditMessageId.DivisionCountDiffers, $"称设立 {stated} 个内设机构，却{how} {listed} 个（{excerpt}）");
}

/// <summary>“三公”经费审核说明 of the narrative: N-VEHICLE, N-PERVEHICLE.</summary>
public static class ThreePublicMessages
{
    /// <summary>N-VEHICLE: vehicles bought (counted at <paramref name="countPlace"/>) with no purchase cost.</summary>
    public static AuditMessage VehiclesWithoutCost(decimal bought, PrintedPlace countPlace, string cost) =>
        new(AuditMessageId.VehiclesWithoutCost, $"购置公务用车 {Tolerance.Format(bought)} 辆（{countPlace}），公务用车购置费却为 {cost}");

    /// <summary>N-VEHICLE: the purchase cost over the vehicles bought is no price a 公务用车 is bought at.</summary>
    public static AuditMessage PurchasePerVehicleImplausible(string cost, decimal bought, PrintedPlace countPlace, decimal average) =>
        new(AuditMessageId.PurchasePerVehicleImplausible,
            $"公务用车购置费 {cost} ÷ 购置 {Tolerance.Format(bought)} 辆（{countPlace}）= 每辆 {Tolerance.Format(Math.Round(average, 2))} 万元，不像公务用车的价格：车辆数或购置费可能写错");

    /// <summary>N-VEHICLE: a purchase cost (stated at <paramref name="costPlace"/>) with no vehicle bought.</summary>
    public static AuditMessage CostWithoutVehicles(string cost, PrintedPlace costPlace) =>
        new(AuditMessageId.CostWithoutVehicles, $"公务用车购置费 {cost}（{costPlace}），购置车辆数却为 0");

    /// <summary>
    /// N-PERVEHICLE: the running cost per vehicle printed is not the running cost over the vehicles kept; <paramref name="computed"/>
    /// is in the unit the average was printed in; <paramref name="fitsIn"/> names the unit in which the printed digits fit.
    /// </summary>
    public static AuditMessage RunningCostPerVehicleDiffers(string average, string costName, string cost, PrintedPlace costPlace, decimal kept, decimal computed, string unit, string? fitsIn) =>
        new(AuditMessageId.RunningCostPerVehicleDiffers,
            $"车均运行维护费 {average} ≠ {costName} {cost}（{costPlace}）÷ 保有车辆 {Tolerance.Format(kept)} 辆 = {computed.ToString("0.00", CultureInfo.InvariantCulture)} {unit}"
            + (fitsIn is null ? string.Empty : $"：按“{fitsIn}”计则相符，单位写错"));
}
