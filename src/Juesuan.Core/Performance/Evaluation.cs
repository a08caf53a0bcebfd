using System.Globalization;
using Juesuan.Core.Model;

namespace Juesuan.Core.Performance;

/// <summary>The kind of a 绩效自评: a project's (预算项目（政策）绩效自评表) or a unit's (部门（单位）整体绩效自评表).</summary>
public enum EvaluationKind
{
    /// <summary>项目</summary>
    Project,

    /// <summary>单位</summary>
    Unit,
}

/// <summary>
/// One indicator row of a self-evaluation: 一级/二级/三级指标, operator (&gt;=, =, &lt;=; empty for a
/// qualitative target), target and unit, actual value, the weight (分值) and the score the evaluator gave (得分).
/// </summary>
public sealed record Indicator(
    int Order,
    string Level1,
    string Level2,
    string Name,
    string Operator,
    string Target,
    string Unit,
    string Actual,
    string Completion,
    decimal Weight,
    decimal Score)
{
    public SourceRef Source { get; init; } = SourceRef.None;

    public bool IsQualitative => Operator.Length == 0;
}

/// <summary>A 年度主要任务 line of a unit evaluation: 下达金额, 执行金额, 分值, 得分.</summary>
public sealed record EvaluationTask(int Order, string Name, Yuan Assigned, Yuan Executed, decimal Weight, decimal Score)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>
/// A 绩效自评 as entered: identity, money (project: 预算数/执行数; unit: 年初预算支出), the evaluator's
/// indicator scores and 减分项, and the texts. Subtotal, execution score and total are computed (<see cref="Scoring"/>).
/// </summary>
public sealed record Evaluation(
    string Id,
    EvaluationKind Kind,
    string UnitCode,
    string Name,
    FundSource Fund,
    Yuan Budget,
    Yuan Executed,
    decimal Deduction)
{
    public string Goal { get; init; } = string.Empty;

    public string Achieved { get; init; } = string.Empty;

    /// <summary>绩效目标完成情况 for the narrative's summary paragraph.</summary>
    public string Summary { get; init; } = string.Empty;

    public string Problems { get; init; } = string.Empty;

    public string Improvements { get; init; } = string.Empty;

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public IReadOnlyList<EvaluationTask> Tasks { get; init; } = [];

    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>The scores of an evaluation, computed from what was entered.</summary>
public sealed record EvaluationScore(decimal Subtotal, decimal? ExecutionRate, decimal ExecutionScore, decimal Deduction, decimal Total);

/// <summary>
/// Scoring of 绩效自评表, as the 2024 forms define it:
/// 指标自评得分小计 = Σ 得分; 执行率 = 执行数 ÷ 预算数 (two decimals of a percent); 预算执行率得分 =
/// 执行率 × 10, capped at 10, two decimals (half away from zero); 总得分 = 小计 + 执行率得分 − 减分项.
/// A unit evaluation's 总评价得分 = Σ task scores + Σ indicator scores.
/// </summary>
public static class Scoring
{
    public const decimal ExecutionWeight = 10m;

    public static decimal? ExecutionRate(Yuan budget, Yuan executed) =>
        budget.IsZero ? null : Math.Round(executed.Value / budget.Value * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>执行率 × 10 capped at 10; computed from the exact ratio, then rounded to two decimals.</summary>
    public static decimal ExecutionScore(Yuan budget, Yuan executed)
    {
        if (budget.IsZero)
        {
            return executed.IsZero ? ExecutionWeight : 0m;
        }

        var raw = executed.Value / budget.Value * ExecutionWeight;
        return Math.Round(Math.Min(raw, ExecutionWeight), 2, MidpointRounding.AwayFromZero);
    }

    public static EvaluationScore Score(Evaluation e)
    {
        var subtotal = e.Indicators.Sum(i => i.Score);
        if (e.Kind == EvaluationKind.Unit)
        {
            var tasks = e.Tasks.Sum(t => t.Score);
            return new EvaluationScore(subtotal, null, tasks, e.Deduction, tasks + subtotal - e.Deduction);
        }

        var execution = ExecutionScore(e.Budget, e.Executed);
        return new EvaluationScore(subtotal, ExecutionRate(e.Budget, e.Executed), execution, e.Deduction, subtotal + execution - e.Deduction);
    }

    /// <summary>
    /// The score an indicator earns by the usual rule, for checking the evaluator's: a met target earns its
    /// weight; an unmet quantitative one earns weight × actual ÷ target (&gt;=) or target ÷ actual (&lt;=) or
    /// the smaller over the larger (=); a qualitative target graded 全部或基本达成 earns its weight.
    /// Null when the target or actual is not a number.
    /// </summary>
    public static decimal? RuleScore(Indicator i)
    {
        if (i.IsQualitative)
        {
            return i.Actual.StartsWith("全部或基本达成", StringComparison.Ordinal) ? i.Weight : null;
        }

        if (!decimal.TryParse(i.Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
            || !decimal.TryParse(i.Actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var actual))
        {
            return null;
        }

        decimal ratio = i.Operator switch
        {
            ">=" => actual >= target ? 1m : target == 0m ? 0m : actual / target,
            "<=" => actual <= target ? 1m : actual == 0m ? 0m : target / actual,
            "=" => actual == target ? 1m : Math.Max(actual, target) == 0m ? 0m : Math.Min(actual, target) / Math.Max(actual, target),
            _ => 1m,
        };
        return Math.Round(i.Weight * Math.Clamp(ratio, 0m, 1m), 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>预算绩效情况 as the narrative states it, computed from the evaluations.</summary>
public sealed record PerformanceSummary(
    int Projects,
    IReadOnlyDictionary<FundSource, int> ProjectsByFund,
    Yuan ProjectFunds,
    IReadOnlyDictionary<FundSource, Yuan> FundsByFund,
    decimal Coverage,
    decimal AverageProjectScore,
    int Units,
    Yuan UnitFunds,
    decimal AverageUnitScore)
{
    /// <summary>
    /// 涉及资金 is the projects' execution (执行数) — it is what reproduces the reference's figure; a unit
    /// evaluation's 涉及资金 is its 年初预算支出. Averages are <see cref="AverageScore"/> of the 总得分 as the annex prints them.
    /// </summary>
    public static PerformanceSummary Of(IReadOnlyList<Evaluation> evaluations)
    {
        var projects = evaluations.Where(e => e.Kind == EvaluationKind.Project).ToList();
        var units = evaluations.Where(e => e.Kind == EvaluationKind.Unit).ToList();
        var funds = new[] { FundSource.GeneralBudget, FundSource.GovernmentFund, FundSource.StateCapital };
        decimal Average(List<Evaluation> list) => AverageScore(list.Select(e => PrintedScore(Scoring.Score(e).Total)));
        return new PerformanceSummary(
            projects.Count,
            funds.ToDictionary(f => f, f => projects.Count(p => p.Fund == f)),
            Yuan.Sum(projects.Select(p => p.Executed)),
            funds.ToDictionary(f => f, f => Yuan.Sum(projects.Where(p => p.Fund == f).Select(p => p.Executed))),
            projects.Count == 0 ? 0m : 100m,
            Average(projects),
            units.Count,
            Yuan.Sum(units.Select(u => u.Budget)),
            Average(units));
    }

    /// <summary>A 总得分 as the annex prints it: two decimals, half away from zero (95.285 → 95.29).</summary>
    public static decimal PrintedScore(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// 自评平均分: the average of the scores as printed, rounded half away from zero to two decimals (90.00 and 90.01
    /// → 90.005 → 90.01, where banker's rounding would give 90.00); 0 when there is none. The one computation the
    /// narrative writes and the audit (P-NARRATIVE) checks.
    /// </summary>
    public static decimal AverageScore(IEnumerable<decimal> printedScores)
    {
        var scores = printedScores.ToList();
        return scores.Count == 0 ? 0m : Math.Round(scores.Sum() / scores.Count, 2, MidpointRounding.AwayFromZero);
    }
}
