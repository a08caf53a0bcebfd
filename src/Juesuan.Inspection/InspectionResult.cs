namespace Juesuan.Inspection;

/// <summary>
/// The result of inspecting a batch: every file (in a stable order: relative path), the register matches, the
/// findings across reports, and the scores with their ranking. Every output (workbook, CSV, JSON, 检查通报) is
/// written from this one model.
/// </summary>
/// <param name="Source">The folder or zip inspected, as the user named it.</param>
/// <param name="Register">The register used; empty when none was given (then files are grouped by the department
/// they name).</param>
public sealed record InspectionResult(
    string Source,
    DateTimeOffset InspectedAt,
    IReadOnlyList<InspectedFile> Files,
    IReadOnlyList<RegisterEntry> Register,
    IReadOnlyList<RegisterMatch> Matches,
    IReadOnlyList<InspectionFinding> Findings,
    IReadOnlyList<ComplianceScore> Scores)
{
    /// <summary>How many files this run read (not found in the cache).</summary>
    public int ReadCount { get; init; }

    /// <summary>How many files this run took from the cache (their content unchanged since a run before).</summary>
    public int FromCacheCount { get; init; }
}
