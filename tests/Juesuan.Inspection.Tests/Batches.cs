using Juesuan.Audit;

namespace Juesuan.Inspection.Tests;

/// <summary>Small hand-made batches: files with the few figures a test needs, written as they would be printed.</summary>
internal static class Batches
{
    /// <summary>A figure printed in 万元 to <paramref name="precision"/> (1 for a table, 0.01 for the narrative).</summary>
    public static ReportFigure Figure(string key, decimal value, decimal precision = 1m, string? place = null) =>
        new(key, value, precision, place ?? key);

    public static InspectedFile File(string path, DocumentKind kind, string? name, int? year, IReadOnlyList<ReportFigure>? figures = null,
        IReadOnlyList<string>? units = null, string? sha = null, IReadOnlyList<AuditFinding>? findings = null, string? unreadable = null) =>
        new(path, sha ?? ("sha-" + path), 1000, kind, name, year, units ?? [], findings ?? [], new ReportCounts(9, 10, 8, 0), figures ?? [], unreadable);

    public static InspectedFile Department(string path, string name, int year, IReadOnlyList<ReportFigure> figures, IReadOnlyList<string>? units = null, string? sha = null) =>
        File(path, DocumentKind.DepartmentFinalAccounts, name, year, figures, units, sha);

    public static InspectedFile Unit(string path, string name, int year, IReadOnlyList<ReportFigure> figures) =>
        File(path, DocumentKind.UnitFinalAccounts, name, year, figures);

    public static RegisterEntry Entry(string code, string name, string? parent = null, params string[] aliases) =>
        new(code, name, aliases, parent is null ? OrganizationLevel.Department : OrganizationLevel.Unit, parent);

    public static RegisterMatch Match(string path, RegisterEntry? entry, decimal confidence = 0.95m, string reason = "标题中的名称") =>
        new(path, entry, confidence, reason);
}
