using System.Globalization;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Messages;

/// <summary>情况说明审核说明: the narrative's amounts, shares, changes and completion rates (N-AMOUNT, N-SHARE, N-YOY, N-NOBUDGET, N-COMPLETION, N-BLANK, N-RESTATED).</summary>
public static class NarrativeMessages
{
    private static string F(decimal d) => Tolerance.Format(d);

    private static string P(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>N-AMOUNT: an amount stated against the table figure it names; one printing unit apart is 尾差.</summary>
    public static AuditMessage AmountDiffersFromTable(string item, decimal stated, string? table, decimal printed, bool oneUnit) =>
        new(AuditMessageId.AmountDiffersFromTable,
            $"情况说明 {item} {F(stated)} 万元 ≠ {table} 的 {F(printed)}（差 {F(stated - printed)}{(oneUnit ? "，同一数字相差一个印刷单位，尾差" : string.Empty)}）");

    public static AuditMessage ShareOfZeroWhole(string item, string whole, decimal share) =>
        new(AuditMessageId.ShareOfZeroWhole, $"{item} 占{whole}的 {P(share)}%，但{whole}为 0：占比无从计算");

    /// <summary>N-SHARE: a share outside amount ÷ total; off by one in the last digit looks trimmed to make 100%.</summary>
    public static AuditMessage ShareDiffers(string item, string whole, decimal share, decimal amount, decimal total, decimal computed, bool trimmed, decimal? impliedAmount = null) =>
        new(AuditMessageId.ShareDiffers,
            $"{item} 占{whole}的 {P(share)}% ≠ {F(amount)} ÷ {F(total)} = {P(computed)}%{(trimmed ? "（只差末位一两个单位，像是为凑足 100% 调整了尾数）" : string.Empty)}"
            + (impliedAmount is { } implied ? $"；{whole}减去其余各项为 {F(implied)} 万元，与所印占比相符：错的可能是金额 {F(amount)} 万元" : string.Empty));

    public static AuditMessage SharesNotHundred(string total, decimal sum, decimal tolerance) =>
        new(AuditMessageId.SharesNotHundred, $"各项占{total}的比例之和为 {P(sum)}%，不是 100%（容差 {P(tolerance)}）");

    /// <summary>N-YOY: the change stated beside this year's and last year's amounts is not their difference.</summary>
    public static AuditMessage ChangeDiffersFromAmounts(string item, string current, string prior, decimal expected, decimal change, string changePrinted) =>
        new(AuditMessageId.ChangeDiffersFromAmounts,
            $"{item} 本年 {current} − 上年 {prior} = {F(expected)} 万元，情况说明写{(change < 0 ? "减少" : "增加")} {changePrinted}");

    /// <summary>N-YOY: a rate of growth from nothing (the base was zero).</summary>
    public static AuditMessage ChangeRateOfNothing(string item, ChangeAgainst against, int? year, decimal change, decimal rate) =>
        new(AuditMessageId.ChangeRateOfNothing,
            $"{item} {Base(against, year, "预算数")}为 0（增加额 {F(change)} 即本年数），“增长 {P(rate)}%”无从计算，宜写“上年无可比数”");

    /// <summary>N-YOY: the rate stated is not change ÷ base; one unit below in the last digit looks truncated.</summary>
    public static AuditMessage ChangeRateDiffers(string item, ChangeAgainst against, int? year, decimal change, decimal prior, decimal rate, bool truncated, decimal? reversedPrior = null, string? printed = null) =>
        new(AuditMessageId.ChangeRateDiffers,
            $"{item} {(against == ChangeAgainst.LastYear ? string.Empty : "较" + Base(against, year, "预算"))}增减 {F(change)} 万元，{Base(against, year, "预算数")}应为 {F(prior)} 万元，增减率应为 {P(change / prior * 100m)}%，情况说明写 {(printed is { Length: > 0 } ? (rate < 0 ? "-" : string.Empty) + printed.TrimStart('-') : P(rate))}%{(truncated ? "（末位差一，像是截断而非四舍五入）" : string.Empty)}"
            + (reversedPrior is { } r ? $"；或者增减方向写反了：若为{(change < 0 ? "增加" : "减少")} {F(Math.Abs(change))} 万元，上年为 {F(r)} 万元，{P(Math.Abs(rate))}% 正相符（也可能是把本年数与增减额相加当作上年数）" : string.Empty));

    /// <summary>N-AMOUNT: this year's table figure printed as last year's, beside a change since last year.</summary>
    public static AuditMessage ThisYearsFigureUnderLastYear(string item, int writtenYear, decimal amount, int year, string? table, decimal change) =>
        new(AuditMessageId.ThisYearsFigureUnderLastYear,
            $"情况说明把 {F(amount)} 万元写作{writtenYear}年的{item}，但它正是本年度（{year}）{table ?? "表"}的数字，同处又说较上年{(change > 0 ? "增加" : "减少")} {F(Math.Abs(change))} 万元：“{writtenYear}年”疑为上年报告的残留，应为“{year}年”");

    /// <summary>N-YOY: a difference from the budget (or its rate) that the 决算 and the budget printed beside it do not give.</summary>
    public static AuditMessage BudgetDifferenceDiffers(string item, string amount, string budget, decimal expected, decimal budgetValue, string printed, decimal stated, bool rate) =>
        new(AuditMessageId.BudgetDifferenceDiffers,
            $"{item} 决算 {amount} − 预算 {budget} = {F(expected)} 万元（{(expected >= 0 ? "增长" : "下降")} {P(Math.Abs(expected / budgetValue * 100m))}%），情况说明写{(stated < 0 ? (rate ? "下降" : "减少") : (rate ? "增长" : "增加"))} {printed}");

    /// <summary>N-YOY: a 三公 category's change against its budget, where 公开07表 prints the budget.</summary>
    public static AuditMessage BudgetDifferenceAgainstTable(string item, decimal change, string changePrinted, string table, decimal budget, decimal actual, decimal expected, string? wrongRate = null) =>
        new(AuditMessageId.BudgetDifferenceAgainstTable,
            $"{item} 较预算{(change < 0 ? "减少" : "增加")} {changePrinted}；{table}预算数 {F(budget)} 万元、决算数 {F(actual)} 万元，{(expected == 0m ? "应为无增减" : $"应{(expected > 0 ? "增加" : "减少")} {F(Math.Abs(expected))} 万元")}{(budget == 0m ? string.Empty : $"（{(expected >= 0 ? "增长" : "下降")} {P(Math.Abs(expected / budget * 100m))}%）")}{(wrongRate is null ? string.Empty : $"，所写增减率 {wrongRate} 也不对")}");

    /// <summary>What the change is measured against, as a message names it: 上年, the budget, or the year the sentence names.</summary>
    private static string Base(ChangeAgainst against, int? year, string budget) =>
        against switch { ChangeAgainst.LastYear => "上年", ChangeAgainst.Budget => budget, _ => year + "年" };

    /// <summary>N-NOBUDGET: "完成年初预算的0%" for an item that spent money.</summary>
    public static AuditMessage CompletionOfNoBudget(string item, decimal amount) =>
        new(AuditMessageId.CompletionOfNoBudget, $"{item} 决算数 {F(amount)} 万元却“完成年初预算的0%”：年初预算为零时完成率无从计算，宜写“年初无预算”");

    /// <summary>N-NOBUDGET: a 三公 category with nothing budgeted and nothing spent, "完成预算的0.00%".</summary>
    public static AuditMessage CompletionOfNothing(string item) =>
        new(AuditMessageId.CompletionOfNothing, $"{item} 预算数与决算数均为 0，“完成预算的0.00%”没有意义");

    /// <summary>N-NOBUDGET: nothing spent, yet a completion rate above 0% ("支出决算为0万元，完成年初预算的100%").</summary>
    public static AuditMessage CompletionOfZeroSpending(string item, string rate, decimal? budget) =>
        new(AuditMessageId.CompletionOfZeroSpending,
            $"{item} 决算数为 0，“完成预算的{rate}%”不可能：{(budget is { } b ? $"预算 {F(b)} 万元，完成率应为 0%" : "有预算则完成率为 0%，无预算则完成率无从计算")}");

    /// <summary>N-OVERSPEND: spending above its 调整预算 with no reason given.</summary>
    public static AuditMessage SpentAboveAdjustedBudget(string rate, string excerpt) =>
        new(AuditMessageId.SpentAboveAdjustedBudget, $"支出为调整预算的 {rate}%，超过了人大批准的调整预算，本句和下一句都没有说明原因：{excerpt}");

    /// <summary>N-COMPLETION: the overall completion implies another budget than the items' completions.</summary>
    public static AuditMessage CompletionsDisagree(decimal overall, decimal total, int items, decimal low, decimal high, decimal computed) =>
        new(AuditMessageId.CompletionsDisagree,
            $"财政拨款支出完成年初预算的 {P(overall)}% 意味着年初预算约 {F(Math.Round(total / (overall / 100m), 2))} 万元；而 {items} 个项级科目的完成率合计意味着 {F(Math.Round(low, 2))}–{F(Math.Round(high, 2))} 万元，即完成 {P(computed)}%");

    /// <summary>N-BLANK: "……资金 万元".</summary>
    public static AuditMessage FigureBlank(string item, bool share, bool rate = false, string? countUnit = null) =>
        new(AuditMessageId.FigureBlank, $"{item} 没有填写{(share ? "占比" : rate ? "增减率" : countUnit == "分" ? "分数" : countUnit is not null ? "数量（" + countUnit + "）" : "金额")}");

    /// <summary>N-BLANK: percentages printed as "%" alone between marks ("状态。%、%、%，未按规定…").</summary>
    public static AuditMessage PercentagesBlank(int count, string excerpt) => new(AuditMessageId.PercentagesBlank, $"{count} 个百分比只印了“%”，没有数字：{excerpt}");

    /// <summary>N-TASK: a task's completion rate against its counts.</summary>
    public static AuditMessage TaskCompletionDiffers(bool over, string printed, string formula, decimal exact, string excerpt) =>
        new(AuditMessageId.TaskCompletionDiffers, $"{(over ? "超任务" : "完成率")} {printed}% ≠ {formula} = {exact.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}%：{excerpt}");

    /// <summary>N-EXECUTION: "执行数100.6万元 … 拨付率100%" against a budget of 140 万元.</summary>
    public static AuditMessage NarrativeExecutionRateDiffers(string kind, string printed, string spent, string budget, decimal exact, string excerpt) =>
        new(AuditMessageId.NarrativeExecutionRateDiffers, $"{kind} {printed}% ≠ {spent} ÷ {budget} = {exact.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}%（句中任何两个金额都得不出所写的比率）：{excerpt}");

    /// <summary>N-ARITH: a rate of change against the change amount and this year's amount of the same sentence; with the unit that would fit.</summary>
    public static AuditMessage SentenceRateAgainstChange(string amount, bool falls, string change, string rate, string prior, decimal exact, string? unitSlip, bool lastDigit, string excerpt) =>
        new(AuditMessageId.SentenceRateAgainstChange,
            $"{rate}% ≠ {change} ÷ 上年 {prior}（{amount} {(falls ? "+" : "−")} {change}）= {P(exact)}%"
            + (unitSlip is { } u ? $"；若{(falls ? "减少" : "增加")} {u}，{rate}% 正相符：单位写错了"
                : lastDigit ? "；只差末位一个单位，像是进位有误" : "；句中的增减额与增减率对不上，必有一处写错")
            + $"：{excerpt}");

    /// <summary>N-ARITH: a rate of change against last year's amount printed in the same sentence.</summary>
    public static AuditMessage SentenceRateAgainstPrior(string amount, string prior, string rate, decimal exact, bool lastDigit, string excerpt) =>
        new(AuditMessageId.SentenceRateAgainstPrior, $"{rate}% ≠（{amount} − 上年 {prior}）÷ {prior} = {P(exact)}%{(lastDigit ? "（只差末位一个单位，像是进位有误）" : string.Empty)}：{excerpt}");

    /// <summary>N-ARITH: one item said to rise and to fall, the rate fitting the first "change" read as this year's amount.</summary>
    public static AuditMessage SentenceOppositeChanges(string first, string second, string rate, string amount, string excerpt) =>
        new(AuditMessageId.SentenceOppositeChanges,
            $"同一项既“{first}”又“{second}”，且句中没有本年数；以 {amount} 为本年数，{rate} 正相符：“{first}”应是本年数，增减字样有误：{excerpt}");

    /// <summary>N-ARITH: "占 B 的 p%" against the amount before it; with another amount of the sentence that gives p.</summary>
    public static AuditMessage SentenceShareOfPrintedWhole(string part, string whole, string share, decimal exact, string? fits, string excerpt) =>
        new(AuditMessageId.SentenceShareOfPrintedWhole,
            $"{part} 占 {whole} 的 {share} ≠ {P(exact)}%"
            + (fits is { } f ? $"；{share} 是 {f} ÷ {whole}：比率挂错了金额" : string.Empty)
            + $"：{excerpt}");

    /// <summary>N-SAMETOTAL: a total stated with another total's amount.</summary>
    public static AuditMessage AmountOfAnotherTotal(string item, string first, PrintedPlace firstPlace, string second, string other, PrintedPlace otherPlace) =>
        new(AuditMessageId.AmountOfAnotherTotal, $"{item}在{firstPlace}写 {first} 万元，此处写 {second} 万元，而 {second} 是{other}（{otherPlace}）的金额：多半是抄错了行");

    /// <summary>N-CARRYOVER: this year's opening balance against last year's closing one.</summary>
    public static AuditMessage OpeningIsNotLastClosing(string opening, PrintedPlace openingPlace, bool derived, string closing, string change, bool fell, decimal lastClosing) =>
        new(AuditMessageId.OpeningIsNotLastClosing,
            $"年初结转和结余 {opening} 万元（{openingPlace}{(derived ? "，收入总计 − 本年收入合计" : string.Empty)}）≠ 上年年末结转和结余 {lastClosing.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture)} 万元（年末结转和结余 {closing} 万元，较上年{(fell ? "减少" : "增加")} {change} 万元）：上年结余应结转为本年年初数，差额需要说明");

    /// <summary>N-ACTUAL: a budget line's 决算数 none of its section's stated amounts.</summary>
    public static AuditMessage BudgetLineActualUnstated(string actual, string nearest, string nearestPrinted, PrintedPlace nearestPlace, string excerpt) =>
        new(AuditMessageId.BudgetLineActualUnstated, $"决算数 {actual} 万元不是本部分前文写出的任何收支金额（最接近的是{nearest} {nearestPrinted} 万元，{nearestPlace}）：{excerpt}");

    /// <summary>N-RESTATED: a total's change on one year stated twice, once up and once down.</summary>
    public static AuditMessage ChangeRestatedOpposite(string item, int year, decimal first, PrintedPlace firstPlace, decimal second) =>
        new(AuditMessageId.ChangeRestatedOpposite,
            $"{item}较{year}年的增减在情况说明中前后相反：{firstPlace}写{(first < 0 ? "减少" : "增加")} {Tolerance.Format(Math.Abs(first))} 万元，此处写{(second < 0 ? "减少" : "增加")} {Tolerance.Format(Math.Abs(second))} 万元；至少有一处是错的");
}
