using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Performance;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>How findings name an evaluation table and print its figures.</summary>
internal static class EvaluationText
{
    public static string Where(PublishedEvaluation e, string? indicator = null) =>
        $"附件 {e.Title ?? (e.IsUnit ? "部门（单位）整体绩效自评表" : "预算项目（政策）绩效自评表")}「{e.Name}」{(indicator is null ? string.Empty : $"指标「{indicator}」")}";

    /// <summary>A row of the form's funds below 年度资金总额 (其中：财政拨款, 其他资金; 基本支出).</summary>
    public static string WhereFunds(PublishedEvaluation e, string part) => $"{Where(e)}资金「{part}」";

    /// <summary>The national form (项目支出绩效自评表): 总分 = Σ指标得分 + 资金得分, its weights 100.</summary>
    public static bool National(PublishedEvaluation e) => e.Title is not null;

    /// <summary>Every indicator's 分值 was read, none left blank: sums over the weights mean something.</summary>
    public static bool WeightsRead(PublishedEvaluation e) => !e.IndicatorsIncomplete && e.Indicators.Count > 0 && e.Indicators.All(i => i.Weight is not null);
}

/// <summary>P-SCORES: 得分 ≤ 分值; 小计 = Σ得分; 总得分 = 小计 + 执行率得分 − 减分项 (unit: Σ任务得分 + Σ指标得分).</summary>
public sealed class EvaluationScores : IAuditRule
{
    public string Id => "P-SCORES";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "绩效自评表：得分 ≤ 分值；指标自评得分小计 = 各指标得分之和；总得分 = 小计 + 预算执行率得分 − 减分项（单位表：任务得分 + 指标得分；全国表式：各指标得分 + 资金得分）";

    public string Why => "自评分由分项得出；算错的总分会被当作评价结论引用。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var e in report.Evaluations)
        {
            foreach (var i in e.Indicators.Where(i => i.Weight is not null && i.Score is not null && i.Score.Value > i.Weight.Value))
            {
                yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e, i.Name), PerformanceMessages.ScoreAboveWeight(i.Score!.Value, i.Weight!.Value))
                { Printed = i.Score.Value, Computed = i.Weight.Value, At = i.Place };
            }

            // The funds' 得分 against their 分值 ("年度资金总额 … 分值 10 … 得分 99").
            if (e.FundsWeight is { } fw && e.ExecutionScore is { } fs && fs.Value > fw.Value)
            {
                yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e, "年度资金总额"), PerformanceMessages.ScoreAboveWeight(fs.Value, fw.Value))
                { Printed = fs.Value, Computed = fw.Value, At = fs.Place };
            }

            var scores = e.Indicators.Select(i => i.Score).ToList();
            if (e.Subtotal is not null && Tolerance.Sum(Id, EvaluationText.Where(e), "指标自评得分小计", e.Subtotal, scores, "各指标得分之和") is { } s)
            {
                yield return s;
            }

            if (e.Total is null)
            {
                continue;
            }

            decimal computed;
            // A unit table's weights add up to 100: when they do not, lines were not read and the total cannot be checked.
            if (e.IsUnit && (e.Tasks.Count == 0 || e.Tasks.Sum(t => t.Weight?.Value ?? 0m) + e.Indicators.Sum(i => i.Weight?.Value ?? 0m) != 100m))
            {
                continue;
            }

            // The national form: a blank score, a row not read or weights that do not make 总分's say nothing of the total.
            if (EvaluationText.National(e) && (e.IndicatorsIncomplete || e.Indicators.Count == 0 || e.Indicators.Any(i => i.Score is null)
                || (e.FundsWeight is not null && e.ExecutionScore is null)
                || (e.TotalWeight is { } w && EvaluationText.WeightsRead(e) && e.Indicators.Sum(i => i.Weight!.Value) + (e.FundsWeight?.Value ?? 0m) != w.Value)))
            {
                continue;
            }

            if (e.IsUnit)
            {
                computed = e.Tasks.Sum(t => t.Score?.Value ?? 0m) + scores.Sum(x => x?.Value ?? 0m);
            }
            else
            {
                computed = (e.Subtotal?.Value ?? scores.Sum(x => x?.Value ?? 0m)) + (e.ExecutionScore?.Value ?? 0m) - (e.Deduction?.Value ?? 0m);
            }

            var tolerance = Math.Max(e.Total.Precision, 0.01m) / 2m;
            var diff = e.Total.Value - computed;
            if (Math.Abs(diff) > tolerance)
            {
                yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e), PerformanceMessages.TotalScoreDiffers(e.Total.Value, Basis(e), computed))
                { Printed = e.Total.Value, Computed = computed, Tolerance = tolerance, At = e.Total.Place };
            }
            else if (diff != 0m)
            {
                yield return new AuditFinding(Id, Severity.Note, EvaluationText.Where(e), PerformanceMessages.TotalScoreRounded(e.Total.Value, Basis(e), computed))
                { Printed = e.Total.Value, Computed = computed, Tolerance = tolerance, At = e.Total.Place };
            }
        }
    }

    private static PerformanceMessages.TotalBasis Basis(PublishedEvaluation e) =>
        e.IsUnit ? PerformanceMessages.TotalBasis.Unit : EvaluationText.National(e) ? PerformanceMessages.TotalBasis.National : PerformanceMessages.TotalBasis.Project;
}

/// <summary>P-EXECUTION: 执行率 = 执行数 ÷ 预算数 and 预算执行率得分 = 执行率 × 10 (≤ 10), within the print precision of the amounts.</summary>
public sealed partial class ExecutionRate : IAuditRule
{
    public string Id => "P-EXECUTION";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "绩效自评表：执行率 = 全年执行数 ÷ 预算数（全国表式：全年预算数）；预算执行率得分 = 执行率 × 资金分值（10），不超过分值（按金额的印刷精度给出区间）";

    public string Why => "执行率及其得分由金额算出，超出舍入区间即为算错或抄错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var e in report.Evaluations.Where(e => (!e.IsUnit || EvaluationText.National(e)) && e.Budget is not null && e.Executed is not null))
        {
            if (Tolerance.RatioRange(e.Executed!, e.Budget!) is not { } range)
            {
                continue;
            }

            if (e.ExecutionRate is { } rate)
            {
                var half = rate.Precision / 2m;
                var exact = Math.Round(e.Executed!.Value / e.Budget!.Value * 100m, 2);
                if (rate.Value < range.Low - half || rate.Value > range.High + half)
                {
                    yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e), PerformanceMessages.ExecutionRateDiffers(rate.Value, e.Executed.Value, e.Budget.Value, exact))
                    { Printed = rate.Value, Computed = exact, At = rate.Place };
                }
                else if (Math.Abs(rate.Value - exact) > half)
                {
                    yield return new AuditFinding(Id, Severity.Note, EvaluationText.Where(e), PerformanceMessages.ExecutionRateWithinRounding(rate.Value, e.Executed.Value, e.Budget.Value, exact, range.Low, range.High))
                    { Printed = rate.Value, Computed = exact, At = rate.Place };
                }
            }

            // The national form: spending beyond the year's budget needs an adjustment or an explanation (预算法 第十三条). (A form
            // that prints only the 年初预算数 shows what was added during the year: no warning.)
            if (EvaluationText.National(e) && !e.BudgetIsInitial && e.Executed!.Value - e.Budget!.Value > (e.Executed.Precision + e.Budget.Precision) / 2m)
            {
                yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e), PerformanceMessages.ExecutedAboveBudget(e.Executed.Value, e.Budget.Value))
                { Printed = e.Executed.Value, Computed = e.Budget.Value, At = e.Executed.Place };
            }

            // 田家庵 2024: "执行准确性 | …不存在执行数偏离预算数较多的问题" beside 692.98 of 808.1 spent (85.75%): the form's words
            // against its own figures. Below 90% is the deviation the national scoring guide calls large (a point lost per 10%).
            if (range.High < LargeDeviation && NoDeviationSaid(report, e) is { } said)
            {
                var exact = Math.Round(e.Executed!.Value / e.Budget!.Value * 100m, 2);
                yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e), PerformanceMessages.NoDeviationClaimed(said.Text, e.Executed.Value, e.Budget.Value, exact))
                { Computed = exact, At = said.Place };
            }

            if (e.ExecutionScore is { } score)
            {
                // The score is 执行率 × the funds' 分值 (10 on both forms), never above it.
                var weight = e.FundsWeight?.Value ?? 10m;
                var (low, high, expected) = ScoreRange(range, e.Executed!.Value, e.Budget!.Value, weight);
                if (score.Value < low || score.Value > high)
                {
                    // "分值 10 执行率 86% 得分 9": 8.62 printed whole — rounding, not a slip (a note; 9.29 printed 10 is wrong).
                    var whole = score.Precision >= 1m && score.Value >= low - (score.Precision / 2m) && score.Value <= high + (score.Precision / 2m);
                    yield return new AuditFinding(Id, whole ? Severity.Note : Severity.Error, EvaluationText.Where(e), PerformanceMessages.ExecutionScoreDiffers(score.Value, weight, expected, whole))
                    { Printed = score.Value, Computed = expected, At = score.Place };
                }
            }
        }

        // 绥阳 2021: "基本支出 | 985.19 | 914.97 | 10 | 10" — 92.87% of its budget spent, 9.29 of 10, not 10.
        foreach (var e in report.Evaluations)
        {
            // 甘其毛都 2024: "其他资金 | 0 | 1.8 | 1.8 | —— | 0 | ——" — all of it spent, 执行率 printed 0.
            foreach (var part in e.FundsParts.Where(p => p is { Rate: not null, Executed: not null } && (p.Budget ?? p.InitialBudget) is not null))
            {
                var budget = (part.Budget ?? part.InitialBudget)!;
                if (Tolerance.RatioRange(part.Executed!, budget) is not { } range)
                {
                    continue;
                }

                var rate = part.Rate!;
                var exact = Math.Round(part.Executed!.Value / budget.Value * 100m, 2);
                if (rate.Value < range.Low - (rate.Precision / 2m) || rate.Value > range.High + (rate.Precision / 2m))
                {
                    yield return new AuditFinding(Id, Severity.Error, EvaluationText.WhereFunds(e, part.Label), PerformanceMessages.ExecutionRateDiffers(rate.Value, part.Executed.Value, budget.Value, exact))
                    { Printed = rate.Value, Computed = exact, At = rate.Place };
                }
            }

            foreach (var part in e.FundsParts.Where(p => p is { Weight: not null, Score: not null, Executed: not null } && (p.Budget ?? p.InitialBudget) is not null))
            {
                var budget = (part.Budget ?? part.InitialBudget)!;
                if (Tolerance.RatioRange(part.Executed!, budget) is not { } range)
                {
                    continue;
                }

                var weight = part.Weight!.Value;
                var (low, high, expected) = ScoreRange(range, part.Executed!.Value, budget.Value, weight);
                if (part.Score!.Value < low || part.Score.Value > high)
                {
                    var whole = part.Score.Precision >= 1m && part.Score.Value >= low - (part.Score.Precision / 2m) && part.Score.Value <= high + (part.Score.Precision / 2m);
                    yield return new AuditFinding(Id, whole ? Severity.Note : Severity.Error, EvaluationText.WhereFunds(e, part.Label), PerformanceMessages.ExecutionScoreDiffers(part.Score.Value, weight, expected, whole))
                    { Printed = part.Score.Value, Computed = expected, At = part.Score.Place };
                }
            }
        }

        foreach (var e in report.Evaluations.Where(e => e.IsUnit))
        {
            foreach (var (task, assigned, executed, rate, _, _) in e.Tasks)
            {
                if (assigned is null || executed is null || rate is null || Tolerance.RatioRange(executed, assigned) is not { } r)
                {
                    continue;
                }

                var exact = Math.Round(executed.Value / assigned.Value * 100m, 2);
                if (rate.Value < r.Low - 0.005m || rate.Value > r.High + 0.005m)
                {
                    yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e, task), PerformanceMessages.TaskRateDiffers(rate.Value, executed.Value, assigned.Value, exact))
                    { Printed = rate.Value, Computed = exact, At = rate.Place };
                }
                else if (Math.Abs(rate.Value - exact) > 0.005m)
                {
                    yield return new AuditFinding(Id, Severity.Note, EvaluationText.Where(e, task), PerformanceMessages.TaskRateWithinRounding(rate.Value, executed.Value, assigned.Value, exact))
                    { Printed = rate.Value, Computed = exact, At = rate.Place };
                }
            }
        }
    }

    /// <summary>An execution rate below this (per cent) is a large deviation from the budget.</summary>
    private const decimal LargeDeviation = 90m;

    /// <summary>The form's own words that its money went as budgeted: "不存在执行数偏离预算数较多", "资金已全部支出完毕".</summary>
    private static (string Text, PrintedPlace Place)? NoDeviationSaid(PublishedReport report, PublishedEvaluation e)
    {
        if (e.Place.Line is not { } first || e.LastLine is not { } last)
        {
            return null;
        }

        foreach (var line in report.Lines.Where(l => l.Place.Line is { } n && n >= first && n <= last))
        {
            // A bare "无偏离" is an indicator's 偏差原因, not the funds'.
            if (NoDeviation().Match(line.Text) is { Success: true } m && m.Value.AsSpan().IndexOfAny("执支预资") >= 0)
            {
                return (m.Value, line.Place);
            }
        }

        return null;
    }

    // Not "偏离度较小" (a degree, no claim about the figures) nor "未全部支出" (negated before the claim).
    [GeneratedRegex(@"(?:不存在|未出现|未发生|没有|无)(?:执行数?|支出数?|实际支出)?(?:与预算数?)?(?:明显|较大|严重)?偏离(?:预算数?)?(?:较多|较大|过大|的?(?:问题|情况|现象))?|(?<![未没不])(?:资金|预算)?(?:已)?全部(?:执行|支出|支付|使用)完毕")]
    private static partial Regex NoDeviation();

    /// <summary>The funds' score is 执行率 × 分值, never above it: its range over the amounts' rounding, and its value.</summary>
    private static (decimal Low, decimal High, decimal Expected) ScoreRange((decimal Low, decimal High) rate, decimal executed, decimal budget, decimal weight) =>
        (Math.Min(rate.Low / 100m * weight, weight) - 0.005m, Math.Min(rate.High / 100m * weight, weight) + 0.005m, Math.Round(Math.Min(executed / budget * weight, weight), 2));
}

/// <summary>P-MET: a met quantitative target scored below its weight.</summary>
public sealed partial class MetTargetScore : IAuditRule
{
    public string Id => "P-MET";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "定量指标已完成（完成值达到指标值）却未得满分";

    public string Why => "已完成的指标扣分，要么完成值填错，要么扣分缺少理由。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in WeightAppliedTwice(report))
        {
            yield return f;
        }

        foreach (var e in report.Evaluations)
        {
            foreach (var i in e.Indicators)
            {
                if (i.Weight is null || i.Score is null || i.Score.Value >= i.Weight.Value)
                {
                    continue;
                }

                // A qualitative target met in its own words ("可持续" / "可持续", "有效" / "有效") is met.
                if (i.Operator is null && i.Target is { Length: >= 2 } words && !words.Any(char.IsAsciiDigit) && i.Actual == words)
                {
                    yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e, i.Name),
                        PerformanceMessages.MetTargetNotFull(null, i.Target, null, i.Actual, i.Score.Value, i.Weight.Value))
                    { Printed = i.Score.Value, Computed = i.Weight.Value, At = i.Place };
                    continue;
                }

                if (i.Operator is null
                    || !decimal.TryParse(i.Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
                    || !decimal.TryParse(i.Actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var actual))
                {
                    continue;
                }

                var met = i.Operator switch
                {
                    ">=" or "≥" => actual >= target,
                    "<=" or "≤" => actual <= target,
                    _ => actual == target,
                };
                if (met)
                {
                    yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e, i.Name),
                        PerformanceMessages.MetTargetNotFull(i.Operator, i.Target, i.Unit, i.Actual, i.Score.Value, i.Weight.Value))
                    { Printed = i.Score.Value, Computed = i.Weight.Value, At = i.Place };
                }
            }
        }
    }

    /// <summary>
    /// Hebei's form (成安 2020): "… >= 98 %(百分比) 100% 完成 25.00 25.00 6.25" under "单项指标得分 权重占比(%) 单项指标折算得分" —
    /// a met indicator's 单项指标得分 printed as its weight (25), so that 折算 multiplies the weight in twice: 25 × 25% = 6.25, not 25.
    /// </summary>
    private IEnumerable<AuditFinding> WeightAppliedTwice(PublishedReport report)
    {
        if (!report.Lines.Any(l => l.Text.Contains("折算得分", StringComparison.Ordinal)) || !report.Lines.Any(l => l.Text.Contains("权重占比", StringComparison.Ordinal)))
        {
            yield break;
        }

        foreach (var line in report.Lines)
        {
            if (ConvertedRow().Match(line.Text) is not { Success: true } m)
            {
                continue;
            }

            var single = decimal.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture);
            var weight = decimal.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
            var converted = decimal.Parse(m.Groups["c"].Value, CultureInfo.InvariantCulture);
            if (single == weight && weight is > 0m and < 100m && Math.Abs(converted - Math.Round(single * weight / 100m, 2)) <= 0.01m)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"附件 {line.Place}", PerformanceMessages.WeightAppliedTwice(single, weight, converted))
                { Printed = converted, Computed = weight, At = line.Place };
            }
        }
    }

    // "… 100% 完成 25.00 25.00 6.25": the grade, then 单项指标得分, 权重占比 and 折算得分 closing the row.
    [GeneratedRegex(@"(?<![^\s])完成\s+(?<s>\d{1,3}(?:\.\d{1,2})?)\s+(?<w>\d{1,3}(?:\.\d{1,2})?)\s+(?<c>\d{1,3}(?:\.\d{1,2})?)\s*$")]
    private static partial Regex ConvertedRow();
}

/// <summary>P-NARRATIVE: the narrative's performance figures agree with the annex (counts, funds, average, each project's money and score).</summary>
public sealed class PerformanceNarrative : IAuditRule
{
    public string Id => "P-NARRATIVE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "情况说明的预算绩效段落与附件一致：项目数、单位数、涉及资金、平均分，各项目的预算数、执行数和自评得分";

    public string Why => "绩效段落是附件的摘要，二者不一致时读者无法判断哪一个是真的。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var projects = report.Evaluations.Where(e => !e.IsUnit).ToList();
        var units = report.Evaluations.Where(e => e.IsUnit).ToList();
        if (projects.Count == 0)
        {
            yield break;
        }

        Claim? Outside(Claim? c) => c is not null && InsideForm(report, c) ? null : c;

        AuditFinding? Compare(Claim? f, decimal computed, decimal tolerance, string what)
        {
            if (f is null)
            {
                return null;
            }

            var diff = f.Number.Value - computed;
            if (diff == 0m)
            {
                return null;
            }

            var inside = Math.Abs(diff) <= tolerance;
            return new AuditFinding(Id, inside ? Severity.Note : Severity.Error, NarrativeClaims.Where(f),
                inside ? PerformanceMessages.NarrativeWithinRounding(what, f.Number.Value, computed, tolerance) : PerformanceMessages.NarrativeDiffersFromAnnex(what, f.Number.Value, computed, tolerance))
            { Printed = f.Number.Value, Computed = computed, Tolerance = tolerance, At = f.Number.Place };
        }

        var findings = new List<AuditFinding?>
        {
            Compare(Outside(NarrativeClaims.Get(report, "绩效:项目数", Measure.Count)), projects.Count, 0m, "项目数"),
            Compare(Outside(NarrativeClaims.Get(report, "绩效:单位数", Measure.Count)), units.Count, 0m, "单位数"),
        };
        var executed = projects.Where(p => p.Executed is not null).Select(p => p.Executed!).ToList();
        if (executed.Count == projects.Count)
        {
            var precision = executed.Max(x => x.Precision);
            findings.Add(Compare(Outside(NarrativeClaims.Get(report, "绩效:涉及资金", Measure.Amount)), executed.Sum(x => x.Value), Tolerance.OfSum(executed.Count, precision), "涉及资金（各项目执行数之和）"));
        }

        var totals = projects.Where(p => p.Total is not null).Select(p => p.Total!.Value).ToList();
        if (totals.Count == projects.Count)
        {
            findings.Add(Compare(Outside(NarrativeClaims.Get(report, "绩效:平均分", Measure.Score)), PerformanceSummary.AverageScore(totals), 0.005m, "自评平均分"));
        }

        foreach (var f in report.Claims.Where(f => f.Subject.StartsWith(NarrativeItems.PerformanceProjectPrefix, StringComparison.Ordinal) && !InsideForm(report, f)))
        {
            var rest = f.Subject[NarrativeItems.PerformanceProjectPrefix.Length..];
            var field = rest.EndsWith(":预算", StringComparison.Ordinal) ? "预算" : rest.EndsWith(":执行", StringComparison.Ordinal) ? "执行" : null;
            var name = field is null ? rest : rest[..^3];
            var matches = projects.Where(p => Similar(p.Name, name)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            // Several annex tables may share a name (办公经费): a figure agrees when it matches any of them.
            var candidates = matches.Select(p => field switch
            {
                "预算" => p.Budget,
                "执行" => p.Executed,
                _ when f.Measure == Measure.Score => p.Total,
                _ => null,
            }).Where(x => x is not null).Select(x => x!).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = candidates.OrderBy(c => Math.Abs(c.Value - f.Number.Value)).First();
            var tolerance = (best.Precision / 2m) + (f.Number.Precision / 2m);
            findings.Add(Compare(f, best.Value, tolerance, field is null ? $"「{name}」自评得分" : $"「{name}」{field}数"));
        }

        foreach (var x in findings.Where(x => x is not null))
        {
            yield return x!;
        }
    }

    /// <summary>A figure printed inside a form (its 年度总体目标 cell: "本项目共申请预算资金90万元。其中：30万元用于…") is no summary of the annex.</summary>
    private static bool InsideForm(PublishedReport report, Claim c) =>
        report.Evaluations.Any(e => e.LastLine is { } last && c.Number.Place.Line >= e.Place.Line && c.Number.Place.Line <= last);

    /// <summary>Project names as the narrative shortens them: 社保办公经费 ~ 办公经费, 工伤 5 至 6 级伤残津贴 ~ 工伤5-6级人员伤残津贴.</summary>
    internal static bool Similar(string annex, string narrative)
    {
        static string Key(string s) => new(s.Where(c => c is not ('“' or '”' or '-' or '至' or '人' or '员')).ToArray());
        var a = Key(annex);
        var n = Key(narrative);
        return a == n || n.EndsWith(a, StringComparison.Ordinal) || a.EndsWith(n, StringComparison.Ordinal) || (n.Length >= 4 && a.Contains(n[..4], StringComparison.Ordinal) && a[^2..] == n[^2..]);
    }
}

/// <summary>P-NAMES: the narrative calls each project by its annex title.</summary>
public sealed class ProjectNames : IAuditRule
{
    public string Id => "P-NAMES";

    public RuleTier Tier => RuleTier.Optional;

    public string Title => "情况说明中的项目名称与附件自评表标题一致";

    public string Why => "同一项目两个名字，读者要靠猜才能把说明和附件对上。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var projects = report.Evaluations.Where(e => !e.IsUnit).ToList();
        static string Key(string s) => Wording.Key(s).Trim('“', '”', '"').Replace("项目", string.Empty, StringComparison.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in report.Claims.Where(f => f.Subject.StartsWith(NarrativeItems.PerformanceProjectPrefix, StringComparison.Ordinal)))
        {
            var rest = f.Subject[NarrativeItems.PerformanceProjectPrefix.Length..];
            var name = rest.EndsWith(":预算", StringComparison.Ordinal) || rest.EndsWith(":执行", StringComparison.Ordinal) ? rest[..^3] : rest;
            if (!seen.Add(name))
            {
                continue;
            }

            var matches = projects.Where(p => PerformanceNarrative.Similar(p.Name, name)).ToList();
            if (matches.Count > 0 && matches.All(p => Key(p.Name) != Key(name)))
            {
                yield return new AuditFinding(Id, Severity.Note, NarrativeClaims.Where(f),
                    PerformanceMessages.ProjectNameDiffers(name, [.. matches.Select(p => p.Name).Distinct()]))
                { At = f.Number.Place };
            }
        }
    }
}

/// <summary>P-UNIT: a project's 实施单位 is one of the department's units as 第一部分 names them.</summary>
public sealed class ImplementingUnitNamed : IAuditRule
{
    public string Id => "P-UNIT";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "项目自评表的实施单位是概况所列的预算单位之一，名称一致";

    public string Why => "实施单位名称写错，自评结果就挂不到正确的单位上。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        if (report.Units.Count == 0)
        {
            yield break;
        }

        var units = report.Units.Select(u => (Name: u, Key: Wording.Key(u))).ToList();
        foreach (var e in report.Evaluations.Where(e => e.ImplementingUnit is { Length: > 0 }))
        {
            var key = Wording.Key(e.ImplementingUnit!);
            // 概况 may print units with the region in front (辽宁省朝阳市凌源市…), the tables without it.
            if (units.Any(u => u.Key == key || u.Key.EndsWith(key, StringComparison.Ordinal) || key.EndsWith(u.Key, StringComparison.Ordinal)
                || Wording.Key(report.DepartmentName ?? "").EndsWith(key, StringComparison.Ordinal)))
            {
                continue;
            }

            var closest = units.OrderByDescending(u => Wording.Covered(key, u.Key)).First();
            yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e, null),
                PerformanceMessages.UnitNotListed(e.ImplementingUnit!, Wording.Covered(key, closest.Key) >= 0.8 ? closest.Name : null))
            { At = e.Place };
        }
    }
}

/// <summary>P-ACTUAL: an "=" target's actual value is that target when the indicator scores full marks.</summary>
public sealed partial class ActualMatchesTarget : IAuditRule
{
    public string Id => "P-ACTUAL";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "“=”指标得满分时，完成值等于指标值（完成值与指标同一计量单位）；“≥”指标未达到、“≤”指标超出却得满分；未印“≥”的合格率、执行率、满意度等（越高越好）未达到却得满分";

    public string Why => "完成值与指标值不符却得满分，多是完成值填成了百分比或别的单位，自评分失去依据。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in CoefficientRows(report))
        {
            yield return f;
        }

        foreach (var e in report.Evaluations)
        {
            foreach (var i in e.Indicators)
            {
                // 濉溪 2019: "特困人员救助供养人数 ≥4754人 | 4604人 | 5 | 5", "扶贫临时救助标准 ≤5300元/户 | 5830元/户 | 10 | 10".
                if (i.Operator is ">=" or "≥" or "<=" or "≤" && i.Weight is not null && i.Score is not null && i.Score.Value >= i.Weight.Value
                    && decimal.TryParse(i.Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var bound)
                    && decimal.TryParse(i.Actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var reached)
                    && (i.Operator is ">=" or "≥" ? reached < bound : reached > bound)
                    && !(i.Unit == "%" && reached <= 1m && bound > 1m)) // "≥90%" | "0.95": a fraction, not 0.95%
                {
                    yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e, i.Name),
                        PerformanceMessages.UnmetTargetFull(i.Operator, i.Target, i.Unit, i.Actual, i.Score.Value))
                    { Printed = i.Score.Value, Computed = i.Weight.Value, At = i.Place };
                    continue;
                }

                // "项目(工程)验收合格率 | 100% | 95% | 20 | 20": a rate whose name says more is better, printed with no operator.
                if (i.Operator is null && i.Unit is "%" && i.Weight is not null && i.Score is not null && i.Score.Value >= i.Weight.Value
                    && IndicatorDirection.HigherIsBetter(i.Name)
                    && decimal.TryParse(i.Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var floor) && floor is > 0m and <= 100m
                    && decimal.TryParse(i.Actual?.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var got) && got > 1m && got < floor)
                {
                    yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e, i.Name),
                        PerformanceMessages.UnmetRateFull(i.Target, got, i.Score.Value))
                    { Printed = i.Score.Value, Computed = i.Weight.Value, At = i.Place };
                    continue;
                }

                if (i.Operator is not "=" || i.Weight is null || i.Score is null || i.Score.Value < i.Weight.Value
                    || !decimal.TryParse(i.Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
                    || !decimal.TryParse(i.Actual?.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var actual)
                    || actual == target)
                {
                    continue;
                }

                yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e, i.Name),
                    PerformanceMessages.ActualNotTarget(i.Target, i.Unit, i.Actual, i.Score.Value, percentLikely: actual == 100m && i.Unit is not "%"))
                { At = i.Place };
            }
        }
    }

    /// <summary>
    /// 重庆's 部门整体绩效自评表 run together into one line (a page's text without its cells): "指标名称 计量单位 指标性质 年初指标值 调整指标值
    /// 全年完成值 得分系数(%) 指标权重(分) 指标得分(分) 是否核心指标", a row "政府采购执行率%100%72.74%100%22是" — 72.74% of a 100% target
    /// at the full 得分系数 100%. Only rows whose target and actual are both printed (an 调整指标值 makes the cells ambiguous) and
    /// whose name says more is better.
    /// </summary>
    private IEnumerable<AuditFinding> CoefficientRows(PublishedReport report)
    {
        if (!report.Lines.Any(l => l.Text.Contains("得分系数", StringComparison.Ordinal)))
        {
            yield break;
        }

        foreach (var line in report.Lines)
        {
            foreach (Match m in CoefficientRow().Matches(line.Text.Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                var name = m.Groups["name"].Value.TrimStart('是', '否', '“', '”'); // (the row before ends in its 是否核心指标)
                var target = decimal.Parse(m.Groups["t"].Value, CultureInfo.InvariantCulture);
                var actual = decimal.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                if (IndicatorDirection.HigherIsBetter(name) && target is > 0m and <= 100m && actual < target && m.Groups["a"].Value != "0")
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"附件 {line.Place}「{name}」", PerformanceMessages.UnmetRateFullCoefficient(m.Groups["t"].Value, m.Groups["a"].Value))
                    { Printed = 100m, Computed = Math.Round(actual / target * 100m, 2), At = line.Place };
                }
            }
        }
    }

    // name, "%", 定量指标?, target%, actual%, 得分系数 100%, weight and score run together, 是/否.
    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}“”]{2,20}?率)%(?:定量指标)?(?<t>\d{1,3}(?:\.\d{1,2})?)%(?<a>(?:[1-9]\d{0,2}|0)(?:\.\d{1,2})?)%100%\d{2,6}(?:\.\d{1,2})?[是否]")]
    private static partial Regex CoefficientRow();
}

/// <summary>Rates where more is better (合格率, 执行率, 满意度 …): a target printed without "≥" is still a floor.</summary>
internal static partial class IndicatorDirection
{
    public static bool HigherIsBetter(string name)
    {
        var n = name.Trim().TrimEnd('%', '（', '）', '(', ')');
        return (HigherRate().IsMatch(n) || n.EndsWith("满意度", StringComparison.Ordinal)) && !LowerRate().IsMatch(n);
    }

    [GeneratedRegex(@"(?:合格|执行|完成|达标|覆盖|发放|到位|知晓|办结|及时|验收|通过|使用|利用|支付|兑付|落实|参与|入学|就业|达成)率$")]
    private static partial Regex HigherRate();

    // (控制率, 变动率 and the like bound from above or either way; 增长率 can be either.)
    [GeneratedRegex(@"控制|变动|调整|结余|结转|差错|发生|投诉|事故|超支|偏差|损失|空置|流失|返工|失误|下降|降低|增长|误差|不合格|闲置")]
    private static partial Regex LowerRate();
}

/// <summary>P-CONSISTENT: one indicator with one target, reported by several units, has an outlying actual value.</summary>
public sealed class IndicatorConsistency : IAuditRule
{
    public string Id => "P-CONSISTENT";

    public RuleTier Tier => RuleTier.Optional;

    public string Title => "各单位同一指标（同名、同指标值）的完成值口径一致";

    public string Why => "各单位整体自评的共性指标按同一口径填报；个别单位的完成值与其他单位都不同，值得核对是否填错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var rows = report.Evaluations.Where(e => e.IsUnit)
            .SelectMany(e => e.Indicators.Select(i => (Evaluation: e, Indicator: i)))
            .GroupBy(x => (Wording.Key(x.Indicator.Name), x.Indicator.Operator, x.Indicator.Target, x.Indicator.Unit));
        foreach (var g in rows)
        {
            var byActual = g.GroupBy(x => Wording.Key(x.Indicator.Actual ?? string.Empty)).OrderByDescending(a => a.Count()).ToList();
            if (g.Count() < 3 || byActual.Count < 2 || byActual[0].Count() < g.Count() - 1)
            {
                continue;
            }

            foreach (var (e, i) in byActual.Skip(1).SelectMany(a => a))
            {
                yield return new AuditFinding(Id, Severity.Note, EvaluationText.Where(e, i.Name),
                    PerformanceMessages.ActualOutlying(i.Actual, byActual[0].Count(), i.Operator, i.Target, i.Unit, byActual[0].First().Indicator.Actual))
                { At = i.Place };
            }
        }
    }
}

/// <summary>P-WEIGHTS: the national form's weights — each indicator's 分值 and the funds' — make up 总分's 分值 (100).</summary>
public sealed partial class EvaluationWeights : IAuditRule
{
    public string Id => "P-WEIGHTS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "项目支出绩效自评表：各指标分值之和 + 资金分值 = 总分分值（100）；一级指标标签上印的分值（“产出指标（50分）”）之和 = 其上的“年度绩效目标（80分）”，加资金分值 = 总分分值";

    public string Why => "分值之和不是 100，得分就不是百分制，各项目的自评分无从比较；多是漏填或多填了一行指标。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var said = new HashSet<PublishedEvaluation>(ReferenceEqualityComparer.Instance);
        // (A form whose 总分 row was never reached — a page cut short — may have lost indicators after the last one read.)
        foreach (var e in report.Evaluations.Where(e => EvaluationText.National(e) && EvaluationText.WeightsRead(e) && e.FundsWeight is not null
                     && (e.Total is not null || e.TotalWeight is not null)))
        {
            var indicators = e.Indicators.Sum(i => i.Weight!.Value);
            var total = e.TotalWeight?.Value ?? 100m;
            if (indicators + e.FundsWeight!.Value != total)
            {
                yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e), PerformanceMessages.WeightsDoNotAdd(indicators, e.FundsWeight.Value, total))
                { Printed = total, Computed = indicators + e.FundsWeight.Value, At = e.TotalWeight?.Place ?? e.Place };
                said.Add(e);
            }
        }

        // The levels' own weights, where the indicators' did not already say the sum is wrong.
        foreach (var e in report.Evaluations.Where(e => !e.IsUnit && !said.Contains(e)))
        {
            if (LevelsDoNotAdd(e) is { } finding)
            {
                yield return finding;
            }
        }

        if (WeightsAgainstTheNote(report) is { } note)
        {
            yield return note;
        }
    }

    /// <summary>
    /// "产出指标(70分)…效益指标(20分)" in the form, "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分…" under it (中江 2022):
    /// the form's own note prescribes the levels' weights, and the form used others. Read from the printed lines, so that a form
    /// run together into one line (no cells to read) is checked too.
    /// </summary>
    private AuditFinding? WeightsAgainstTheNote(PublishedReport report)
    {
        // Each note is read against the form it closes: the labels since the last form title (on the note's own line, those before it).
        var used = new Dictionary<string, (int Weight, PrintedPlace Place)>(StringComparer.Ordinal);
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            var from = 0;
            foreach (Match title in FormTitle().Matches(flat))
            {
                used.Clear();
                from = title.Index + title.Length;
            }

            var note = Note().Match(flat, from);
            foreach (Match m in LabelledWeight().Matches(flat[from..(note.Success ? note.Index : flat.Length)]))
            {
                used.TryAdd(m.Groups["level"].Value, (int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), line.Place));
            }

            // "原则上…如有特殊情况，一级指标分值可做适当调整": a rule that allows others.
            if (!note.Success || Adjustable().IsMatch(note.Value))
            {
                continue;
            }

            var prescribed = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match m in PrescribedWeight().Matches(note.Value))
            {
                prescribed.TryAdd(m.Groups["level"].Value, int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture));
            }

            var differing = used.Where(u => prescribed.TryGetValue(u.Key, out var p) && p != u.Value.Weight).ToList();
            if (differing.Count > 0)
            {
                var first = differing[0];
                return new AuditFinding(Id, Severity.Error, $"附件 {first.Value.Place}",
                    PerformanceMessages.LevelWeightsAgainstNote([.. differing.Select(d => (d.Key, d.Value.Weight, prescribed[d.Key]))]))
                { Printed = first.Value.Weight, Computed = prescribed[first.Key], At = first.Value.Place };
            }
        }

        return null;
    }

    [GeneratedRegex(@"绩效(?:目标)?自评表")]
    private static partial Regex FormTitle();

    // "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分…" — the form's own note, not a paragraph of prose.
    [GeneratedRegex(@"注[：:]?\s*(?:\d[.、．]?)?[^。]{0,12}?一级指标(?:的)?分值(?:统一)?(?:设置|设定|确定)为[：:]?[^。；]{0,120}")]
    private static partial Regex Note();

    [GeneratedRegex(@"原则上|可(?:做|作)?(?:适当)?调整|特殊情况")]
    private static partial Regex Adjustable();

    [GeneratedRegex(@"(?<level>产出|效益|满意度|成本)指标（(?<w>\d{1,3})分）")]
    private static partial Regex LabelledWeight();

    [GeneratedRegex(@"(?<level>产出|效益|满意度|成本)指标(?<w>\d{1,3})分")]
    private static partial Regex PrescribedWeight();

    /// <summary>
    /// "年度绩效目标(80分)" over "产出指标(60分)" and "效益指标(40分)" (a 商务局's 120 points), "产出指标(70分)" + "效益指标(20分)" +
    /// "满意度指标(10分)" beside the funds' 10 (中江's 110): the levels' printed weights. 成本指标 is a level of its own in some
    /// provinces' forms and a part of 产出指标 in the national one: the sum is wrong only if it is wrong both ways.
    /// </summary>
    private AuditFinding? LevelsDoNotAdd(PublishedEvaluation e)
    {
        var levels = e.LevelWeights.Where(l => l.Level is "产出指标" or "效益指标" or "满意度指标").ToList();
        if (levels.Count < 2 || !levels.Any(l => l.Level == "产出指标") || !levels.Any(l => l.Level == "效益指标"))
        {
            return null;
        }

        var cost = e.LevelWeights.FirstOrDefault(l => l.Level == "成本指标");
        var block = e.LevelWeights.FirstOrDefault(l => l.Level is "年度绩效目标" or "绩效指标");
        var sum = levels.Sum(l => l.Weight.Value);
        // A text cut inside the form may stop before 满意度指标: a short sum is wrong only when all three levels were printed.
        // (A form may print 满意度指标 without its weight: then only a sum already too large is wrong.)
        var complete = levels.Count == 3;
        bool Fits(decimal expected) => complete ? sum == expected || (cost is not null && sum + cost.Weight.Value == expected) : sum <= expected;
        var printed = levels.Concat(cost is null ? [] : [cost]).OrderBy(l => l.Weight.Place.Line).Select(l => (l.Level, l.Weight.Value)).ToList();
        var total = e.TotalWeight?.Value ?? 100m;
        if (block is not null && !Fits(block.Weight.Value))
        {
            return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e), PerformanceMessages.LevelWeightsDoNotAdd(printed, $"{block.Level}分值", block.Weight.Value))
            { Printed = block.Weight.Value, Computed = sum, At = block.Weight.Place };
        }

        if (block is null && e.FundsWeight is { } funds && !Fits(total - funds.Value))
        {
            return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e), PerformanceMessages.LevelWeightsBesideFunds(printed, funds.Value, total))
            { Printed = total - funds.Value, Computed = sum, At = levels[0].Weight.Place };
        }

        return null;
    }
}

/// <summary>P-BLANK: a self-evaluation form with cells left blank where a figure or a value belongs.</summary>
public sealed class EvaluationBlanks : IAuditRule
{
    public string Id => "P-BLANK";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "绩效自评表没有空着的数字：全年预算数、执行数、分值、执行率、得分，每个指标的指标值、完成值、分值和得分";

    public string Why => "空着的完成值或得分使自评结论无据可查；整张表只印表头等于没有公开自评结果。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var e in report.Evaluations.Where(e => e.BlankCells.Count > 0))
        {
            // A form with figures the reader could not place is no form left unfilled: only the cells seen blank are said.
            var empty = e.Indicators.Count == 0 && e.Budget is null && e.Executed is null && e.Total is null && !e.HasFigures;
            yield return new AuditFinding(Id, Severity.Warning, EvaluationText.Where(e), empty ? PerformanceMessages.FormLeftEmpty() : PerformanceMessages.CellsLeftBlank(e.BlankCells))
            { At = e.Place };
        }
    }
}

/// <summary>
/// P-BALANCE: a project's funds as a self-evaluation report prints them, a label and its figure a line apiece (湖南's
/// 财政支出项目绩效评价自评报告: "实际到位资金 (万元) 170" / "实际支出 (万元) 179.6" / "结余(万元) 0") — what is left is what
/// arrived less what was spent.
/// </summary>
public sealed partial class FundsBalance : IAuditRule
{
    public string Id => "P-BALANCE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "项目资金：结余 = 实际到位资金 − 实际支出（按金额的印刷精度）";

    public string Why => "结余由到位和支出两数算出；对不上，三个数里至少有一个填错，支出超过到位资金还要说明钱从哪里来。";

    /// <summary>How far apart the three labels may stand: one block of the form, a few lines of labels, units and blanks.</summary>
    private const int BlockLines = 16;

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var lines = report.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Arrived().IsMatch(Key(lines[i].Text)) || FigureAfter(lines, i) is not { } arrived)
            {
                continue;
            }

            PrintedNumber? spent = null, left = null;
            var leftAt = -1;
            for (var k = i + 1; k < lines.Count && k <= i + BlockLines && (spent is null || left is null); k++)
            {
                var key = Key(lines[k].Text);
                if (spent is null && Spent().IsMatch(key))
                {
                    spent = FigureAfter(lines, k);
                }
                else if (left is null && Left().IsMatch(key))
                {
                    left = FigureAfter(lines, k);
                    leftAt = k;
                }
            }

            if (spent is null || left is null)
            {
                continue;
            }

            var expected = arrived.Value - spent.Value;
            var tolerance = (arrived.Precision + spent.Precision + left.Precision) / 2m;
            if (Math.Abs(left.Value - expected) > tolerance)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{lines[leftAt].Place}", PerformanceMessages.BalanceDiffers(left.Value, arrived.Value, spent.Value))
                { Printed = left.Value, Computed = expected, Tolerance = tolerance, At = left.Place };
            }

            i = leftAt;
        }
    }

    private static string Key(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal)
        .Replace("(万元)", string.Empty, StringComparison.Ordinal).Replace("（万元）", string.Empty, StringComparison.Ordinal).TrimEnd(':', '：', '|');

    /// <summary>The label's figure: on its own line, or the first non-empty line after it that is not the unit "(万元)".</summary>
    private static PrintedNumber? FigureAfter(IReadOnlyList<PrintedLine> lines, int label)
    {
        for (var k = label + 1; k < lines.Count && k <= label + 4; k++)
        {
            var text = lines[k].Text.Trim().TrimEnd('|').Trim();
            if (text.Length == 0 || text is "(万元)" or "（万元）")
            {
                continue;
            }

            return Figure().IsMatch(text) ? PrintedNumber.TryParse(text, lines[k].Place) : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:实际)?到位资金$")]
    private static partial Regex Arrived();

    [GeneratedRegex(@"^实际支出(?:资金)?$")]
    private static partial Regex Spent();

    [GeneratedRegex(@"^(?:资金)?结余(?:资金)?$")]
    private static partial Regex Left();

    [GeneratedRegex(@"^-?\d{1,12}(?:\.\d{1,4})?$")]
    private static partial Regex Figure();
}

/// <summary>P-FUNDS: the national form's 年度资金总额 is the sum of its sources (当年财政拨款, 上年结转资金, 其他资金), column by column.</summary>
public sealed class EvaluationFunds : IAuditRule
{
    public string Id => "P-FUNDS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "项目支出绩效自评表：年度资金总额的年初预算数、全年预算数、全年执行数 = 其中各项（当年财政拨款、上年结转资金、其他资金）之和；部门整体表：按收入性质分 = 按支出性质分";

    public string Why => "总额一行是执行率和资金得分的依据；与其中各项不符（常见的是总额一行印成 0），执行率和得分都随之出错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var e in report.Evaluations.Where(e => e.ByIncomeKind is not null && e.BySpendingKind is not null))
        {
            var (income, spending) = (e.ByIncomeKind!, e.BySpendingKind!);
            if (Math.Abs(income.Value - spending.Value) > (income.Precision + spending.Precision) / 2m)
            {
                yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e), PerformanceMessages.BreakdownsDiffer(income.Value, spending.Value))
                { Printed = spending.Value, Computed = income.Value, At = spending.Place };
            }
        }

        // The sources (当年财政拨款, 上年结转, 其他资金) and a 部门整体 form's kinds (基本支出, 项目支出) each make the total.
        foreach (var (e, breakdown) in report.Evaluations.SelectMany(e => e.FundsParts.GroupBy(p => p.Label is "基本支出" or "项目支出").Select(g => (e, g.ToList()))))
        {
            // (基本支出 without 项目支出 — a row the reader could not place — is not the whole.)
            if (breakdown[0].Label is "基本支出" or "项目支出" && breakdown.Count < 2)
            {
                continue;
            }

            var differences = new List<(string Column, decimal Total, decimal Sum)>();
            decimal? first = null;
            foreach (var (column, total, parts) in new[]
                     {
                         ("年初预算数", e.InitialBudget, breakdown.Select(p => p.InitialBudget)),
                         ("全年预算数", breakdown.Any(p => p.Budget is not null) ? e.Budget : null, breakdown.Select(p => p.Budget)),
                         ("全年执行数", e.Executed, breakdown.Select(p => p.Executed)),
                     })
            {
                var printed = parts.OfType<PrintedNumber>().ToList();
                if (total is null || printed.Count == 0)
                {
                    continue;
                }

                var sum = printed.Sum(p => p.Value);
                var tolerance = (total.Precision / 2m) + printed.Sum(p => p.Precision / 2m);
                if (Math.Abs(total.Value - sum) > tolerance)
                {
                    differences.Add((column, total.Value, sum));
                    first ??= total.Value;
                }
            }

            if (differences.Count > 0)
            {
                yield return new AuditFinding(Id, Severity.Error, EvaluationText.Where(e),
                    PerformanceMessages.FundsPartsDiffer(differences, [.. breakdown.Where(p => p.InitialBudget is not null || p.Budget is not null || p.Executed is not null).Select(p => p.Label)]))
                { Printed = differences[0].Total, Computed = differences[0].Sum, At = e.Executed?.Place ?? e.Place };
            }
        }
    }
}
