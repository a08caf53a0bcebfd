using Juesuan.Audit;

namespace Juesuan.Inspection;

/// <summary>
/// One file of a batch as inspected: what it is, whom it names, what the audit found, and the few figures the
/// checks across reports need. Compact on purpose — the batch keeps these, never the <c>PublishedReport</c>s,
/// so that thousands of reports are inspected in flat memory.
/// </summary>
/// <param name="RelativePath">The file's path inside the folder or zip inspected ("/" separated; a file inside a
/// zip is "archive.zip/inner/path.pdf").</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes: the cache key, and how two copies of one file are known.</param>
/// <param name="Unreadable">Why the file could not be read (a Chinese message); null when it was read.</param>
public sealed record InspectedFile(
    string RelativePath,
    string Sha256,
    long Bytes,
    DocumentKind Kind,
    string? DepartmentName,
    int? Year,
    IReadOnlyList<string> Units,
    IReadOnlyList<AuditFinding> Findings,
    ReportCounts Counts,
    IReadOnlyList<ReportFigure> Figures,
    string? Unreadable)
{
    /// <summary>How long reading and auditing took (not part of the cached result's identity).</summary>
    public TimeSpan Elapsed { get; init; }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}

/// <summary>How much of the report was read: tables, narrative figures printed and understood, 绩效自评表.</summary>
public sealed record ReportCounts(int Tables, int NarrativePrinted, int NarrativeUnderstood, int Evaluations);

/// <summary>
/// One figure kept for the checks across reports, in 万元 as printed (with the precision it was printed to, so that
/// sums of units are compared to a department within the rounding model).
/// </summary>
/// <param name="Key">What the figure is, stable across reports and spelt by <see cref="ReportFigureKeys"/>:
/// "IncomeExpenditureSummary/收入总计/1", "Expenditure/2080101/1", "上年/支出总计" for a prior-year figure the
/// narrative states.</param>
/// <param name="Place">Where it is printed (table and row, or page and line), for messages.</param>
public sealed record ReportFigure(string Key, decimal Value, decimal Precision, string Place);
