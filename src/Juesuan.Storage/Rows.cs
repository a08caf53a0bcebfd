using Juesuan.Audit;

namespace Juesuan.Storage;

/// <summary>地区: a region whose finance bureau publishes its departments' reports.</summary>
public sealed record RegionRow
{
    public long Id { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";
}

/// <summary>部门: a budget department within a region.</summary>
public sealed record DepartmentRow
{
    public long Id { get; init; }

    public long RegionId { get; init; }

    public string RegionName { get; init; } = "";

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";
}

/// <summary>预算单位: a unit of a department, the scope of a unit officer.</summary>
public sealed record UnitRow
{
    public long Id { get; init; }

    public long DepartmentId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";
}

/// <summary>The roles of the workflow; the public is anonymous and has none.</summary>
public enum Role
{
    /// <summary>单位填报</summary>
    UnitOfficer,

    /// <summary>部门审核</summary>
    DepartmentReviewer,

    /// <summary>财政审核与发布</summary>
    FinanceBureau,

    /// <summary>系统管理员</summary>
    Administrator,
}

public static class Roles
{
    public static string Chinese(Role r) => r switch
    {
        Role.UnitOfficer => "单位填报",
        Role.DepartmentReviewer => "部门审核",
        Role.FinanceBureau => "财政审核与发布",
        Role.Administrator => "系统管理员",
        _ => r.ToString(),
    };
}

public sealed record UserAccount
{
    public long Id { get; init; }

    public string UserName { get; init; } = "";

    public string DisplayName { get; init; } = "";

    /// <summary>The role; stored as its name (UnitOfficer, …) in a text column.</summary>
    public Role Role { get; init; }

    public long? RegionId { get; init; }

    public long? DepartmentId { get; init; }

    public long? UnitId { get; init; }

    public string PasswordHash { get; init; } = "";

    public int FailedLogins { get; init; }

    public long? LockedUntil { get; init; }

    /// <summary>The random value every sign-in cookie of this user carries; a new one ends every session issued before.</summary>
    public string SecurityStamp { get; init; } = "";

    /// <summary>When an administrator disabled the account (停用); null while it is enabled.</summary>
    public long? DisabledAt { get; init; }

    public bool Disabled => DisabledAt is not null;
}

/// <summary>The states a draft passes through on its way to publication.</summary>
public enum DraftState
{
    /// <summary>草稿</summary>
    Draft,

    /// <summary>已提交待审核</summary>
    Submitted,

    /// <summary>已退回修改</summary>
    Returned,

    /// <summary>部门已审核待发布</summary>
    Approved,

    /// <summary>已发布</summary>
    Published,
}

/// <summary>A draft state's stored text (draft, submitted, …) and its Chinese name.</summary>
public static class DraftStates
{
    /// <summary>The text the state column holds: the name in lower case (read back by name, ignoring case).</summary>
    public static string Text(DraftState s) => s.ToString().ToLowerInvariant();

    public static string Chinese(DraftState s) => s switch
    {
        DraftState.Draft => "草稿",
        DraftState.Submitted => "已提交待审核",
        DraftState.Returned => "已退回修改",
        DraftState.Approved => "部门已审核待发布",
        DraftState.Published => "已发布",
        _ => s.ToString(),
    };
}

/// <summary>A department's year as uploaded by a unit officer, with its audit findings, before publication.</summary>
public sealed record DraftRow
{
    public long Id { get; init; }

    public long DepartmentId { get; init; }

    public string DepartmentName { get; init; } = "";

    public long RegionId { get; init; }

    public long UnitId { get; init; }

    public string UnitName { get; init; } = "";

    public int Year { get; init; }

    public DraftState State { get; init; }

    /// <summary>Optimistic concurrency: every change must name the version it read.</summary>
    public int RowVersion { get; init; }

    public string PackageKind { get; init; } = "";

    public string PackageName { get; init; } = "";

    public string PackageHash { get; init; } = "";

    /// <summary>The audit's findings, as typed as the audit made them (stored as JSON text, <see cref="StoredFindings"/>).</summary>
    public IReadOnlyList<AuditFinding> Findings => StoredFindings.Read(FindingsJson);

    /// <summary>The findings_json column as stored.</summary>
    internal string FindingsJson { get; init; } = "[]";

    public int ErrorCount { get; init; }

    public int WarningCount { get; init; }

    public long CreatedBy { get; init; }

    public long CreatedAt { get; init; }

    public long UpdatedBy { get; init; }

    public string UpdatedByName { get; init; } = "";

    public long UpdatedAt { get; init; }
}

public sealed record FindingComment
{
    public long Id { get; init; }

    public long DraftId { get; init; }

    public string FindingKey { get; init; } = "";

    public string AuthorName { get; init; } = "";

    public string Body { get; init; } = "";

    public long CreatedAt { get; init; }
}

/// <summary>A published version: never changed; a correction is a new version with a revision note.</summary>
public sealed record ReportVersionRow
{
    public long Id { get; init; }

    public long DepartmentId { get; init; }

    public string DepartmentName { get; init; } = "";

    public long RegionId { get; init; }

    public string RegionName { get; init; } = "";

    public int Year { get; init; }

    public int VersionNo { get; init; }

    public long DraftId { get; init; }

    public string ContentHash { get; init; } = "";

    public string? RevisionNote { get; init; }

    public string PackageKind { get; init; } = "";

    /// <summary>The audit's findings when published, typed (stored as JSON text, <see cref="StoredFindings"/>).</summary>
    public IReadOnlyList<AuditFinding> Findings => StoredFindings.Read(FindingsJson);

    /// <summary>The findings_json column as stored.</summary>
    internal string FindingsJson { get; init; } = "[]";

    public int ErrorCount { get; init; }

    public string PublishedByName { get; init; } = "";

    public long PublishedAt { get; init; }
}

/// <summary>
/// The publisher's choice about a version's audit findings (同时公开审核结果): published on the portal beside the
/// version or not, who chose last and when. Unlike the version, it may change.
/// </summary>
public sealed record FindingsPublication
{
    public long VersionId { get; init; }

    public bool Published { get; init; }

    public string ChangedByName { get; init; } = "";

    public long ChangedAt { get; init; }
}

public sealed record TrailEntry
{
    public long Id { get; init; }

    public long At { get; init; }

    public string UserName { get; init; } = "";

    public string Action { get; init; } = "";

    public string Target { get; init; } = "";

    public string Detail { get; init; } = "";

    /// <summary>The client address of the request (null for entries written before schema 3 and for the system's own).</summary>
    public string? Address { get; init; }
}

/// <summary>What the public search asks for; every part optional.</summary>
public sealed record ReportQuery(long? RegionId = null, long? DepartmentId = null, int? Year = null, string? Words = null, int Page = 1, int PageSize = 20)
{
    /// <summary>The last page that may be asked for (100,000 pages of 100 are ten million reports); further is out of range, not an overflow.</summary>
    public const int MaxPage = 100_000;

    public const int MaxPageSize = 100;

    /// <summary>Page in 1…<see cref="MaxPage"/> and page size in 1…<see cref="MaxPageSize"/>: what an API answers 400 to otherwise.</summary>
    public bool InRange => Page is >= 1 and <= MaxPage && PageSize is >= 1 and <= MaxPageSize;
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
