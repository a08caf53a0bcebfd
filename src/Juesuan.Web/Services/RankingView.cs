using System.Globalization;
using Juesuan.Inspection;
using Juesuan.Inspection.Outputs;

namespace Juesuan.Web.Services;

/// <summary>What the ranking tables of the bureau's page and the public page print from a finished inspection.</summary>
public static class RankingView
{
    /// <summary>The scores of one level, in ranking order (departments among departments, reports among reports).</summary>
    public static IReadOnlyList<ComplianceScore> Scores(InspectionSummary summary, ScoreLevel level) =>
        [.. summary.Result.Scores.Where(s => s.Level == level).OrderBy(s => s.Rank).ThenBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The dimensions in their order (及时性 last, 未评估 by default).</summary>
    public static IReadOnlyList<ComplianceDimension> Dimensions { get; } = Enum.GetValues<ComplianceDimension>();

    public static string Dimension(ComplianceDimension d) => ChineseNames.Of(d);

    /// <summary>A dimension's score, or — where it is not assessed (weight 0).</summary>
    public static string Cell(ComplianceScore s, ComplianceDimension d) =>
        s.Dimensions.FirstOrDefault(x => x.Dimension == d) is { Weight: > 0m } x ? Number(x.Score) : "—";

    /// <summary>The reasons that lowered an assessed dimension, each with its dimension's name.</summary>
    public static IEnumerable<string> Reasons(ComplianceScore s) =>
        s.Dimensions.Where(d => d.Weight > 0m).SelectMany(d => d.Reasons.Select(r => $"{ChineseNames.Of(d.Dimension)}：{r}"));

    public static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
