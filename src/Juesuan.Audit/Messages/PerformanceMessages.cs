using System.Globalization;

namespace Juesuan.Audit.Messages;

/// <summary>绩效审核说明: the 绩效自评表 of the annex and the narrative's performance paragraph (P-*).</summary>
public static class PerformanceMessages
{
    private static string F(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>How a total is made: a unit table's tasks and indicators, the Liaoning project table's 小计, or the national form's funds and indicators.</summary>
    public enum TotalBasis
    {
        Unit,
        Project,
        National,
    }

    private static string How(TotalBasis basis) => basis switch
    {
        TotalBasis.Unit => "任务得分 + 指标得分",
        TotalBasis.National => "各指标得分 + 资金得分",
        _ => "小计 + 预算执行率得分 − 减分项",
    };

    /// <summary>P-SCORES: 得分 above 分值.</summary>
    public static AuditMessage ScoreAboveWeight(decimal score, decimal weight) => new(AuditMessageId.ScoreAboveWeight, $"得分 {F(score)} 超过分值 {F(weight)}");

    /// <summary>P-SCORES: 总得分 against its parts (a unit table: tasks + indicators; a project table: 小计 + 执行率得分 − 减分项).</summary>
    public static AuditMessage TotalScoreDiffers(decimal total, TotalBasis basis, decimal computed) =>
        new(AuditMessageId.TotalScoreDiffers, $"总得分 {F(total)} ≠ {How(basis)} = {F(computed)}（差 {F(total - computed)}）");

    public static AuditMessage TotalScoreRounded(decimal total, TotalBasis basis, decimal computed) =>
        new(AuditMessageId.TotalScoreRounded, $"总得分 {F(total)} 是 {How(basis)} = {F(computed)} 的舍入");

    /// <summary>P-EXECUTION: 执行率 ≠ 执行数 ÷ 预算数.</summary>
    public static AuditMessage ExecutionRateDiffers(decimal rate, decimal executed, decimal budget, decimal exact) =>
        new(AuditMessageId.ExecutionRateDiffers, $"执行率 {F(rate)}% ≠ {F(executed)} ÷ {F(budget)} = {F(exact)}%");

    public static AuditMessage ExecutionRateWithinRounding(decimal rate, decimal executed, decimal budget, decimal exact, decimal low, decimal high) =>
        new(AuditMessageId.ExecutionRateWithinRounding,
            $"执行率 {F(rate)}% 与 {F(executed)} ÷ {F(budget)} = {F(exact)}% 不同，但在金额的舍入范围内（{F(Math.Round(low, 2))}%–{F(Math.Round(high, 2))}%）");

    public static AuditMessage ExecutionScoreDiffers(decimal score, decimal weight, decimal expected, bool whole = false) =>
        new(AuditMessageId.ExecutionScoreDiffers, $"预算执行率得分 {F(score)} ≠ 执行率 × {F(weight)} = {F(expected)}{(whole ? "（得分取整印出，在舍入之内）" : string.Empty)}");

    /// <summary>P-EXECUTION: the national form's 全年执行数 above its 全年预算数.</summary>
    public static AuditMessage ExecutedAboveBudget(decimal executed, decimal budget) =>
        new(AuditMessageId.ExecutedAboveBudget, $"全年执行数 {F(executed)} 超过全年预算数 {F(budget)}（超 {F(executed - budget)}）：超预算支出应先调整预算或说明原因");

    /// <summary>P-EXECUTION: the form says its money went as budgeted ("不存在执行数偏离预算数较多") while its figures show a large part unspent.</summary>
    public static AuditMessage NoDeviationClaimed(string said, decimal executed, decimal budget, decimal rate) =>
        new(AuditMessageId.NoDeviationClaimed,
            $"表中说“{said}”，但全年执行数 {F(executed)} ÷ 预算数 {F(budget)} = {F(rate)}%，{F(budget - executed)} 未执行：偏离预算较多，应如实说明并写明原因");

    /// <summary>P-WEIGHTS: the national form's weights (indicators and funds) against 总分's 分值.</summary>
    public static AuditMessage WeightsDoNotAdd(decimal indicators, decimal funds, decimal total) =>
        new(AuditMessageId.WeightsDoNotAdd, $"各指标分值之和 {F(indicators)} + 资金分值 {F(funds)} = {F(indicators + funds)} ≠ 总分分值 {F(total)}");

    /// <summary>P-WEIGHTS: the 一级指标 weights their labels print, against the block over them or with the funds' against 总分.</summary>
    public static AuditMessage LevelWeightsDoNotAdd(IReadOnlyList<(string Level, decimal Weight)> levels, string whole, decimal expected) =>
        new(AuditMessageId.LevelWeightsDoNotAdd,
            $"一级指标分值 {string.Join(" + ", levels.Select(l => $"{l.Level} {F(l.Weight)}"))} = {F(levels.Sum(l => l.Weight))} ≠ {whole} {F(expected)}");

    /// <summary>P-WEIGHTS: the 一级指标 weights their labels print and the funds', against 总分.</summary>
    public static AuditMessage LevelWeightsBesideFunds(IReadOnlyList<(string Level, decimal Weight)> levels, decimal funds, decimal total) =>
        new(AuditMessageId.LevelWeightsBesideFunds,
            $"一级指标分值 {string.Join(" + ", levels.Select(l => $"{l.Level} {F(l.Weight)}"))}，加资金分值 {F(funds)} = {F(levels.Sum(l => l.Weight) + funds)} ≠ 总分分值 {F(total)}");

    /// <summary>P-BALANCE: 结余 ≠ 实际到位资金 − 实际支出.</summary>
    public static AuditMessage BalanceDiffers(decimal left, decimal arrived, decimal spent) =>
        new(AuditMessageId.BalanceDiffers,
            $"结余 {F(left)} ≠ 实际到位资金 {F(arrived)} − 实际支出 {F(spent)} = {F(arrived - spent)}" + (spent > arrived ? $"：支出超过到位资金 {F(spent - arrived)}，应说明资金来源" : string.Empty));

    /// <summary>P-FUNDS: 年度资金总额 against its sources, column by column.</summary>
    public static AuditMessage FundsPartsDiffer(IReadOnlyList<(string Column, decimal Total, decimal Sum)> columns, IReadOnlyList<string> parts) =>
        new(AuditMessageId.FundsPartsDiffer,
            $"年度资金总额与其中各项（{string.Join("、", parts)}）之和不符：{string.Join("；", columns.Select(c => $"{c.Column} {F(c.Total)} ≠ {F(c.Sum)}"))}");

    /// <summary>P-FUNDS: a 部门整体 form's two breakdowns of its funds.</summary>
    public static AuditMessage BreakdownsDiffer(decimal income, decimal spending) =>
        new(AuditMessageId.BreakdownsDiffer, $"按收入性质分 {F(income)} ≠ 按支出性质分 {F(spending)}（差 {F(income - spending)}）：同一笔资金的两种分法，合计应相等");

    /// <summary>P-BLANK: cells of the form left blank where a figure belongs.</summary>
    public static AuditMessage CellsLeftBlank(IReadOnlyList<string> cells) =>
        new(AuditMessageId.CellsLeftBlank, cells.Count <= 6
            ? $"{cells.Count} 处未填写：{string.Join("、", cells)}"
            : $"{cells.Count} 处未填写：{string.Join("、", cells.Take(6))} 等");

    /// <summary>P-BLANK: a form printed with no figure and no indicator filled in.</summary>
    public static AuditMessage FormLeftEmpty() =>
        new(AuditMessageId.FormLeftEmpty, "自评表只印了表头：资金、指标和得分都没有填写");

    /// <summary>P-EXECUTION on a unit table: a task's 项目执行率.</summary>
    public static AuditMessage TaskRateDiffers(decimal rate, decimal executed, decimal assigned, decimal exact) =>
        new(AuditMessageId.TaskRateDiffers, $"项目执行率 {F(rate)}% ≠ {F(executed)} ÷ {F(assigned)} = {F(exact)}%");

    public static AuditMessage TaskRateWithinRounding(decimal rate, decimal executed, decimal assigned, decimal exact) =>
        new(AuditMessageId.TaskRateWithinRounding, $"项目执行率 {F(rate)}% 与 {F(executed)} ÷ {F(assigned)} = {F(exact)}% 不同，但在金额的舍入范围内");

    /// <summary>P-MET: a met target scored below its weight.</summary>
    public static AuditMessage MetTargetNotFull(string? op, string? target, string? unit, string? actual, decimal score, decimal weight) =>
        new(AuditMessageId.MetTargetNotFull, $"指标值 {op} {target}{unit}，完成值 {actual} 已达到，得分却为 {F(score)}（分值 {F(weight)}）");

    /// <summary>P-MET: a met indicator's 单项指标得分 printed as its weight, so 折算 takes the weight twice (河北).</summary>
    public static AuditMessage WeightAppliedTwice(decimal single, decimal weight, decimal converted) =>
        new(AuditMessageId.WeightAppliedTwice, $"指标已完成，单项指标得分却印成权重 {F(single)}，折算得分 {F(converted)} = {F(single)} × {F(weight)}%：权重乘了两次，应为 {F(weight)}");

    /// <summary>P-NARRATIVE: a figure of the performance paragraph (<paramref name="what"/>) against the annex, beyond rounding.</summary>
    public static AuditMessage NarrativeDiffersFromAnnex(string what, decimal stated, decimal annex, decimal tolerance) =>
        new(AuditMessageId.NarrativeDiffersFromAnnex, $"{what} {F(stated)} ≠ 附件 {F(annex)}（差 {F(stated - annex)}，容差 {F(tolerance)}）");

    public static AuditMessage NarrativeWithinRounding(string what, decimal stated, decimal annex, decimal tolerance) =>
        new(AuditMessageId.NarrativeWithinRounding, $"{what} {F(stated)} 与 附件 {F(annex)}（差 {F(stated - annex)}，容差 {F(tolerance)}，尾差）");

    /// <summary>P-NAMES: the narrative's name for a project against the annex titles.</summary>
    public static AuditMessage ProjectNameDiffers(string name, IReadOnlyList<string> titles) =>
        new(AuditMessageId.ProjectNameDiffers, $"说明称「{name}」，附件自评表标题为「{string.Join("」或「", titles)}」");

    /// <summary>P-UNIT: an implementing unit 概况 does not list (with the closest, when close).</summary>
    public static AuditMessage UnitNotListed(string unit, string? closest) =>
        new(AuditMessageId.UnitNotListed, $"实施单位「{unit}」不在概况所列单位中{(closest is null ? string.Empty : $"（最接近的是「{closest}」）")}");

    /// <summary>P-ACTUAL: an "=" target scored full with another actual value (100 against a target not in %: a percentage, likely).</summary>
    public static AuditMessage ActualNotTarget(string? target, string? unit, string? actual, decimal score, bool percentLikely) =>
        new(AuditMessageId.ActualNotTarget, $"指标值 = {target}{unit}，完成值 {actual}，得分却为满分 {F(score)}{(percentLikely ? "（完成值 100 疑为百分比）" : string.Empty)}");

    /// <summary>P-ACTUAL: a rate where more is better below its target at the full 得分系数 (重庆's run-together form).</summary>
    public static AuditMessage UnmetRateFullCoefficient(string target, string actual) =>
        new(AuditMessageId.UnmetRateFullCoefficient, $"指标值 {target}%，完成值 {actual}%，未达到指标值，得分系数却为 100%（得满分）");

    /// <summary>P-ACTUAL: a rate where more is better, printed with no "≥", below its target with full marks.</summary>
    public static AuditMessage UnmetRateFull(string? target, decimal actual, decimal score) =>
        new(AuditMessageId.UnmetRateFull, $"指标值 {target}%（未印“≥”，这类比率越高越好，指标值即下限），完成值 {F(actual)}%，未达到指标值，得分却为满分 {F(score)}");

    /// <summary>P-ACTUAL: a "≥" target not reached, or a "≤" one exceeded, scored full marks.</summary>
    public static AuditMessage UnmetTargetFull(string op, string? target, string? unit, string? actual, decimal score) =>
        new(AuditMessageId.UnmetTargetFull, $"指标值 {op}{target}{unit}，完成值 {actual}{unit}，{(op is "<=" or "≤" ? "超出" : "未达到")}指标值，得分却为满分 {F(score)}");

    /// <summary>P-CONSISTENT: one unit's actual value against the others' for one indicator.</summary>
    public static AuditMessage ActualOutlying(string? actual, int others, string? op, string? target, string? unit, string? usual) =>
        new(AuditMessageId.ActualOutlying, $"完成值 {actual}，而其他 {others} 个单位同一指标（{op} {target}{unit}）均为 {usual}");

    /// <summary>P-WEIGHTS: the levels' weights in the form against those its own note prescribes.</summary>
    public static AuditMessage LevelWeightsAgainstNote(IReadOnlyList<(string Level, int Used, int Prescribed)> levels) =>
        new(AuditMessageId.LevelWeightsAgainstNote,
            $"表中{string.Join("、", levels.Select(l => $"“{l.Level}指标（{l.Used}分）”"))}，表注规定{string.Join("、", levels.Select(l => $"{l.Level}指标{l.Prescribed}分"))}：分值未按规定设置");

    /// <summary>P-TARGET: a prose indicator missed, without a reason; <paramref name="claim"/> the report's words that all was met.</summary>
    public static AuditMessage TargetMissedInProse(string what, string target, string actual, string? claim) =>
        new(AuditMessageId.TargetMissedInProse,
            $"“{what}”指标值{target}，实际完成{actual}，未完成而未说明原因" + (claim is null ? string.Empty : $"；报告却称“{claim}”"));
}
