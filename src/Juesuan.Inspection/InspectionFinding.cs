using Juesuan.Audit;

namespace Juesuan.Inspection;

/// <summary>
/// A finding of the inspection beyond one report's own audit: a department with no report (未公开), a file that
/// matches no one, a department's figures against its units', this year's 上年 against last year's report, two files
/// of one department and year that disagree. Carries the figures it compares, like <see cref="AuditFinding"/>.
/// </summary>
/// <param name="RuleId">"I-…" (inspection) rule id, documented in docs/compliance-score.md.</param>
/// <param name="EntryCode">The register entry concerned, if any.</param>
/// <param name="Files">The files concerned (relative paths), possibly none (未公开).</param>
public sealed record InspectionFinding(string RuleId, Severity Severity, string? EntryCode, IReadOnlyList<string> Files, string Place, string Message)
{
    public decimal? Printed { get; init; }

    public decimal? Computed { get; init; }
}
