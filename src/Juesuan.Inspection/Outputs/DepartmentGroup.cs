namespace Juesuan.Inspection.Outputs;

/// <summary>
/// A department with its files (its own and its units') and every finding filed under it; the workbook gives it a
/// sheet named <see cref="SheetName"/>.
/// </summary>
/// <param name="Key">The register code of the department, or "name:…" for one that is not in the register.</param>
public sealed record DepartmentGroup(string Key, string Name, string SheetName, IReadOnlyList<FileRow> Files, IReadOnlyList<FindingRow> Findings);
