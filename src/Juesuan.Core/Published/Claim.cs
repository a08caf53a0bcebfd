namespace Juesuan.Core.Published;

/// <summary>What a stated figure measures (the measure of a <see cref="Claim"/>).</summary>
public enum Measure
{
    /// <summary>an amount spent or received this year (决算数), in 万元 whatever the unit printed</summary>
    Amount,

    /// <summary>a share of a whole, % (the whole is <see cref="Claim.Whole"/>)</summary>
    Share,

    /// <summary>a year-on-year change amount (signed: 减少 is negative)</summary>
    ChangeAmount,

    /// <summary>a year-on-year change rate, % (signed)</summary>
    ChangeRate,

    /// <summary>决算 ÷ a budget, % (完成年初预算的…%, 预算执行率); the budget is <see cref="Claim.Basis"/></summary>
    Completion,

    /// <summary>a budget amount (年初预算 / 全年预算 / 调整预算: <see cref="Claim.Basis"/>)</summary>
    Budget,

    /// <summary>last year's amount (上年决算数, 2024 年度…)</summary>
    PriorAmount,

    /// <summary>a count (辆, 个, 人次, 批次, 台（套）)</summary>
    Count,

    /// <summary>a score (分)</summary>
    Score,

    /// <summary>any other rate, % (覆盖率, 执行率 of a plan)</summary>
    Rate,

    /// <summary>决算 − a budget (较年初预算减少…, 决算数大于预算数…), signed, in 万元; the budget is <see cref="Claim.Basis"/></summary>
    BudgetDifference,

    /// <summary>(决算 − a budget) ÷ the budget, % (较年初预算…下降 54.65%), signed</summary>
    BudgetDifferenceRate,

    /// <summary>a change against a year other than the last (比 2019 年（疫情前）减少…), signed; the year is <see cref="Claim.Year"/></summary>
    BaseYearChange,

    /// <summary>the rate of a change against a year other than the last, %, signed</summary>
    BaseYearChangeRate,

    /// <summary>
    /// 车均：an amount per vehicle kept ("车均运行维护费 5.97 万元"), in 万元 whatever the unit printed; the subject is the
    /// 三公 category it divides
    /// </summary>
    PerVehicle,
}

/// <summary>The budget a completion rate or a budget amount is taken against.</summary>
public enum BudgetBasis
{
    /// <summary>年初预算</summary>
    Initial,

    /// <summary>全年预算 / 预算 (the budget after adjustments, as the 三公 table prints it)</summary>
    FullYear,

    /// <summary>调整预算 / 调整后预算</summary>
    Adjusted,
}

/// <summary>
/// 陈述：one thing a narrative sentence states with a figure — its subject (a total, a 功能分类 item, an 经济分类
/// item, a 三公 category, …, as a key of <see cref="NarrativeItems"/>), the measure, the figure as printed, and for
/// shares the whole, for budgets and completions the basis. E.g. ("收入总计", Amount, 7972.87),
/// ("财政拨款收入", Share, 100.00, whole "收入总计"), ("项:2013201", Completion, 93.14, Initial),
/// ("三公:公务用车购置及运行费", ChangeRate, -36.10).
/// </summary>
public sealed record Claim(string Subject, Measure Measure, PrintedNumber Number)
{
    /// <summary>The sentence the figure was read from, for messages.</summary>
    public string Sentence { get; init; } = string.Empty;

    /// <summary>The named sentence pattern that read it (see the pattern catalogue in docs/audit-rules.md).</summary>
    public string Pattern { get; init; } = string.Empty;

    /// <summary>For a share: the subject key of the whole it is a share of.</summary>
    public string? Whole { get; init; }

    /// <summary>For a budget or a completion rate: which budget.</summary>
    public BudgetBasis? Basis { get; init; }

    /// <summary>The unit as printed (万元, 元, %, 辆, 个, …); amounts are held in 万元 whatever was printed.</summary>
    public string Unit { get; init; } = "万元";

    /// <summary>The year the figure speaks of, when the sentence names one (2024 年度…).</summary>
    public int? Year { get; init; }

    /// <summary>The subject as the report's reader says it ("2080705 公益性岗位补贴", not the key).</summary>
    public string SubjectName => NarrativeItems.Display(Subject);

    /// <summary>The name the sentence printed for a 功能分类 item when it is not the item's name (a wrong or old name
    /// taken for the closest item); null when the printed name is the item's own.</summary>
    public string? PrintedName { get; init; }
}

/// <summary>A word that states a relation or a direction without a figure of its own.</summary>
public enum WordKind
{
    /// <summary>决算数大于预算数 / 超支 / 超出预算</summary>
    MoreThanBudget,

    /// <summary>决算数小于预算数 / 节约 / 未完成预算</summary>
    LessThanBudget,

    /// <summary>决算数等于预算数 / 与预算持平</summary>
    EqualToBudget,

    /// <summary>与上年持平 / 无增减变化</summary>
    Flat,

    /// <summary>增加 / 增长 / 上升 (direction words with or without a figure)</summary>
    Up,

    /// <summary>减少 / 下降 / 降低</summary>
    Down,
}

/// <summary>
/// A relation or direction stated in words ("决算数大于预算数", "与上年持平"), with the reason the sentence gives for
/// it when it gives one ("主要原因是……"). Rules weigh these words against the figures.
/// </summary>
public sealed record WordClaim(string Subject, WordKind Kind, string Word, PrintedPlace Place)
{
    public string Sentence { get; init; } = string.Empty;

    /// <summary>The stated reason (the text after 主要原因是/原因：), if any.</summary>
    public string? Reason { get; init; }

    public string Pattern { get; init; } = string.Empty;

    public string SubjectName => NarrativeItems.Display(Subject);
}

/// <summary>
/// A sentence of the narrative that prints figures: what was understood of it (claims and word claims) and the
/// figures that were not (<see cref="Unread"/>), so that a reader of the audit sees what it did not check.
/// </summary>
public sealed record NarrativeStatement(string Text, PrintedPlace Place)
{
    /// <summary>The narrative section (一、…情况说明) the sentence stands in, as printed.</summary>
    public string Section { get; init; } = string.Empty;

    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public IReadOnlyList<WordClaim> Words { get; init; } = [];

    /// <summary>Figures printed in the sentence that no pattern understood (as printed, with their unit).</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>How many figures the sentence prints (understood or not).</summary>
    public int FigureCount { get; init; }
}
