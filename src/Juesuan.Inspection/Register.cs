namespace Juesuan.Inspection;

/// <summary>The level of an organisation in the register: 部门 (a department) or 单位 (one of its budget units).</summary>
public enum OrganizationLevel
{
    Department,
    Unit,
}

/// <summary>
/// One entry of the organisation register (应公开单位名录): an organisation of the region that must publish.
/// </summary>
/// <param name="Code">Its code in the register (unique).</param>
/// <param name="Aliases">Other names it is published under (short names, former names).</param>
/// <param name="ParentCode">The department a unit belongs to; null for a department.</param>
public sealed record RegisterEntry(string Code, string Name, IReadOnlyList<string> Aliases, OrganizationLevel Level, string? ParentCode);

/// <summary>A file matched to its register entry, with the confidence (0–1) and why.</summary>
public sealed record RegisterMatch(string RelativePath, RegisterEntry? Entry, decimal Confidence, string Reason);
