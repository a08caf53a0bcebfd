using System.Globalization;
using Juesuan.Audit;
using Juesuan.Inspection.Registers;

namespace Juesuan.Inspection.Scoring;

/// <summary>
/// 公开检查评分: each report and each department scored by dimension — a dimension starts at 100 and each finding of a
/// rule that belongs to it lowers it (an error by <see cref="ScoreWeights.ErrorCost"/>, a warning by
/// <see cref="ScoreWeights.WarningCost"/>, one rule at most <see cref="ScoreWeights.RuleCap"/>); the total is the
/// weighted mean of the dimensions assessed. Every lowering is a reason next to the score (docs/compliance-score.md).
/// </summary>
public static class ComplianceScorer
{
    /// <summary>Which dimension a rule lowers; a rule not listed lowers 真实性/准确性 (the audit's checks of figures).</summary>
    public static ComplianceDimension DimensionOf(string ruleId) => ruleId switch
    {
        "C-TABLES" or "C-SECTIONS" or "C-EMPTY" or "N-CONTENT" or "I-UNPUBLISHED" => ComplianceDimension.Completeness,
        "T-LEVELS" or "T06-CLASSES" or "N-NOBUDGET" or "N-REASON" or "N-COMPLETION" or "C-CODES" => ComplianceDimension.Detail,
        "C-TOC" or "W-TERMS" or "N-NAME" or "N-PRECISION" or "N-COUNT" or "N-BLANK" or "P-NAMES" or "P-UNIT"
            or "I-UNMATCHED" or "I-UNCERTAIN" or "I-UNREADABLE" or "INTERNAL" => ComplianceDimension.Conformity,
        // R-: residue; W-: wording (W-TERMS, W-REPEAT, W-COMPARE, W-HEADING) — how the report is written, not its figures.
        _ when ruleId.StartsWith("R-", StringComparison.Ordinal) || ruleId.StartsWith("W-", StringComparison.Ordinal) => ComplianceDimension.Conformity,
        _ => ComplianceDimension.Accuracy,
    };

    /// <summary>Scores every report of final accounts and every department, ranked (reports among reports, departments among departments).</summary>
    public static IReadOnlyList<ComplianceScore> Score(
        IReadOnlyList<InspectedFile> files, IReadOnlyList<RegisterEntry> register, IReadOnlyList<RegisterMatch> matches,
        IReadOnlyList<InspectionFinding> findings, ScoreWeights weights)
    {
        var matchOf = matches.ToDictionary(m => m.RelativePath, StringComparer.Ordinal);
        var scored = files.Where(f => f.Unreadable is not null || RegisterMatcher.IsFinalAccounts(f.Kind)).ToList();
        var reports = new List<ComplianceScore>();
        foreach (var file in scored)
        {
            var across = findings.Where(f => f.Files.Contains(file.RelativePath) && f.RuleId != "I-UNPUBLISHED");
            var lowering = file.Findings.Select(f => (f.RuleId, f.Severity, f.Message)).Concat(across.Select(f => (f.RuleId, f.Severity, f.Message))).ToList();
            var dimensions = file.Unreadable is { } why
                ? Enum.GetValues<ComplianceDimension>().Select(d => new DimensionScore(d, weights.Of(d), 0m, [$"文件无法读取：{why}"])).ToList()
                : Dimensions(lowering, weights);
            var name = matchOf.TryGetValue(file.RelativePath, out var m) && m.Entry is not null ? m.Entry.Name : file.DepartmentName ?? file.RelativePath;
            reports.Add(new ComplianceScore(file.RelativePath, name, Total(dimensions), dimensions)
            {
                Level = ScoreLevel.Report,
                Year = file.Year,
                Files = [file.RelativePath],
            });
        }

        var departments = Departments(scored, register, matchOf, findings, reports, weights);
        return [.. Ranked(departments), .. Ranked(reports)];
    }

    private static List<ComplianceScore> Departments(
        List<InspectedFile> scored, IReadOnlyList<RegisterEntry> register, Dictionary<string, RegisterMatch> matchOf,
        IReadOnlyList<InspectionFinding> findings, List<ComplianceScore> reports, ScoreWeights weights)
    {
        var reportOf = reports.ToDictionary(r => r.Subject, StringComparer.Ordinal);
        var parentOf = register.ToDictionary(e => e.Code, e => e.ParentCode ?? e.Code, StringComparer.Ordinal);

        // The department a file counts for: its entry's department, or (no register) the department it names.
        string? KeyOf(InspectedFile f) =>
            register.Count > 0
                ? matchOf.TryGetValue(f.RelativePath, out var m) && m.Entry is not null ? parentOf[m.Entry.Code] : null
                : f.DepartmentName;

        var groups = scored.Where(f => KeyOf(f) is not null).GroupBy(f => KeyOf(f)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var keys = register.Count > 0
            ? register.Where(e => e.Level == OrganizationLevel.Department).Select(e => e.Code).ToList()
            : groups.Keys.Order(StringComparer.Ordinal).ToList();
        var years = scored.Where(f => f.Unreadable is null).Select(f => f.Year).Where(y => y is not null).Select(y => y!.Value).Distinct().Order().ToList();
        var result = new List<ComplianceScore>();
        foreach (var key in keys)
        {
            var files = groups.TryGetValue(key, out var g) ? g : [];
            var name = register.FirstOrDefault(e => e.Code == key)?.Name ?? key;
            var perYear = new List<(int? Year, ComplianceScore Score)>();
            // The years of this department's files, and (with a register) every year of the batch: a year it has no file of is 未公开.
            var ownYears = files.Select(f => f.Year).Distinct();
            var yearsHere = (register.Count > 0 ? ownYears.Concat(years.Cast<int?>()) : ownYears).Distinct().OrderBy(y => y ?? 0).ToList();
            foreach (var year in yearsHere.Count == 0 ? [null] : yearsHere)
            {
                var ofYear = files.Where(f => f.Year == year).ToList();
                var entryFindings = findings.Where(f => f.RuleId == "I-UNPUBLISHED" && f.EntryCode is { } c && parentOf.TryGetValue(c, out var p) && p == key
                    && (year is null || f.Message.Contains($"{year} 年度", StringComparison.Ordinal))).ToList();
                var own = ofYear.FirstOrDefault(f => f.Kind == DocumentKind.DepartmentFinalAccounts && f.Unreadable is null)
                    ?? ofYear.FirstOrDefault(f => f.Unreadable is null) ?? ofYear.FirstOrDefault();
                List<DimensionScore> dimensions;
                if (own is null || (register.Count > 0 && entryFindings.Any(f => f.EntryCode == key)))
                {
                    if (own is null && register.Count == 0)
                    {
                        continue;
                    }

                    dimensions = [.. Enum.GetValues<ComplianceDimension>().Select(d => new DimensionScore(d, weights.Of(d), 0m,
                        [$"未公开{(year is null ? string.Empty : $" {year} 年度")}部门决算"]))];
                }
                else
                {
                    var report = reportOf[own.RelativePath];
                    var units = Dimensions(entryFindings.Select(f => (f.RuleId, f.Severity, f.Message)).ToList(), weights);
                    dimensions = [.. report.Dimensions.Select(d =>
                    {
                        var extra = units.First(u => u.Dimension == d.Dimension);
                        return d with { Score = Math.Max(0m, d.Score - (100m - extra.Score)), Reasons = [.. d.Reasons, .. extra.Reasons] };
                    })];
                }

                perYear.Add((year, new ComplianceScore(key, name, Total(dimensions), dimensions)
                {
                    Level = ScoreLevel.Department,
                    Year = year,
                    Files = [.. ofYear.Select(f => f.RelativePath)],
                }));
            }

            if (perYear.Count == 0)
            {
                continue;
            }

            var trend = perYear.Where(p => p.Year is not null).Select(p => new YearScore(p.Year!.Value, p.Score.Total)).ToList();
            result.Add(perYear[^1].Score with { Trend = trend, Files = [.. files.Select(f => f.RelativePath)] });
        }

        return result;
    }

    /// <summary>The dimensions lowered by findings (rule, severity, message): the reasons name the rule, its count and the cost.</summary>
    public static List<DimensionScore> Dimensions(IReadOnlyList<(string RuleId, Severity Severity, string Message)> findings, ScoreWeights weights)
    {
        var result = new List<DimensionScore>();
        foreach (var dimension in Enum.GetValues<ComplianceDimension>())
        {
            if (weights.Of(dimension) == 0m)
            {
                result.Add(new DimensionScore(dimension, 0m, 0m, ["未评估：文件本身不含批复日期与公开日期（权重为 0）"]));
                continue;
            }

            var score = 100m;
            var reasons = new List<string>();
            foreach (var rule in findings.Where(f => f.Severity != Severity.Note && DimensionOf(f.RuleId) == dimension)
                         .GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var errors = rule.Count(f => f.Severity == Severity.Error);
                var warnings = rule.Count(f => f.Severity == Severity.Warning);
                var cost = Math.Min(weights.RuleCap, (errors * weights.ErrorCost) + (warnings * weights.WarningCost));
                score -= cost;
                var first = rule.First().Message;
                reasons.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{rule.Key} 错误 {errors} 个、警告 {warnings} 个，扣 {cost:0.##} 分（如：{(first.Length > 80 ? first[..80] + "…" : first)}）"));
            }

            result.Add(new DimensionScore(dimension, weights.Of(dimension), Math.Max(0m, score), reasons));
        }

        return result;
    }

    /// <summary>The weighted mean of the assessed dimensions, to two decimals.</summary>
    public static decimal Total(IReadOnlyList<DimensionScore> dimensions)
    {
        var weight = dimensions.Sum(d => d.Weight);
        return weight == 0m ? 0m : Math.Round(dimensions.Sum(d => d.Weight * d.Score) / weight, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Best first; equal totals share a place (1, 2, 2, 4).</summary>
    public static IReadOnlyList<ComplianceScore> Ranked(IReadOnlyList<ComplianceScore> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Total).ThenBy(s => s.Subject, StringComparer.Ordinal).ToList();
        var ranked = new List<ComplianceScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Total == ordered[i - 1].Total ? ranked[i - 1].Rank : i + 1;
            ranked.Add(ordered[i] with { Rank = rank });
        }

        return ranked;
    }
}
