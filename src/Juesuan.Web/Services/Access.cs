using System.Globalization;
using System.Security.Claims;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>The signed-in user as the cookie carries it: who, which role, and the scope that role covers.</summary>
public sealed record CurrentUser(long Id, string UserName, string DisplayName, Role Role, long? RegionId, long? DepartmentId, long? UnitId)
{
    public const string RegionClaim = "juesuan:region";
    public const string DepartmentClaim = "juesuan:department";
    public const string UnitClaim = "juesuan:unit";
    public const string DisplayNameClaim = "juesuan:display";

    /// <summary>The account's security stamp when the cookie was issued (<see cref="Sessions"/> compares it on every request).</summary>
    public const string StampClaim = "juesuan:stamp";

    public static IEnumerable<Claim> Claims(UserAccount u)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, u.Id.ToString(CultureInfo.InvariantCulture));
        yield return new Claim(ClaimTypes.Name, u.UserName);
        yield return new Claim(DisplayNameClaim, u.DisplayName);
        yield return new Claim(ClaimTypes.Role, u.Role.ToString());
        yield return new Claim(StampClaim, u.SecurityStamp);
        if (u.RegionId is { } r)
        {
            yield return new Claim(RegionClaim, r.ToString(CultureInfo.InvariantCulture));
        }

        if (u.DepartmentId is { } d)
        {
            yield return new Claim(DepartmentClaim, d.ToString(CultureInfo.InvariantCulture));
        }

        if (u.UnitId is { } un)
        {
            yield return new Claim(UnitClaim, un.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static CurrentUser? From(ClaimsPrincipal p)
    {
        if (p.Identity?.IsAuthenticated != true || p.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
            || !Enum.TryParse<Role>(p.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        static long? L(string? s) => s is null ? null : long.Parse(s, CultureInfo.InvariantCulture);
        return new CurrentUser(long.Parse(id, CultureInfo.InvariantCulture), p.Identity.Name ?? "", p.FindFirstValue(DisplayNameClaim) ?? "",
            role, L(p.FindFirstValue(RegionClaim)), L(p.FindFirstValue(DepartmentClaim)), L(p.FindFirstValue(UnitClaim)));
    }
}

/// <summary>What each role may do to a draft. Every page and endpoint asks here; a "no" is a 403.</summary>
public static class Access
{
    /// <summary>单位填报 sees its unit's drafts; 部门审核 its department's; 财政 its region's; the administrator all (read only).</summary>
    public static bool CanView(CurrentUser u, DraftRow d) => u.Role switch
    {
        Role.UnitOfficer => u.UnitId == d.UnitId,
        Role.DepartmentReviewer => u.DepartmentId == d.DepartmentId,
        Role.FinanceBureau => u.RegionId == d.RegionId,
        Role.Administrator => true,
        _ => false,
    };

    public static bool IsEditable(DraftRow d) => d.State is DraftState.Draft or DraftState.Returned;

    // Who may act on a draft at all (role and scope; a "no" is a 403 whatever the draft's state) …

    /// <summary>Only the unit's own officer uploads, replaces and submits.</summary>
    public static bool IsOwnUnit(CurrentUser u, DraftRow d) => u.Role == Role.UnitOfficer && u.UnitId == d.UnitId;

    public static bool IsDepartmentReviewer(CurrentUser u, DraftRow d) => u.Role == Role.DepartmentReviewer && u.DepartmentId == d.DepartmentId;

    public static bool IsRegionBureau(CurrentUser u, DraftRow d) => u.Role == Role.FinanceBureau && u.RegionId == d.RegionId;

    // … and what the draft's state allows now (the buttons a page shows).
    public static bool CanEdit(CurrentUser u, DraftRow d) => IsOwnUnit(u, d) && IsEditable(d);

    public static bool CanSubmit(CurrentUser u, DraftRow d) => CanEdit(u, d);

    public static bool CanReview(CurrentUser u, DraftRow d) => IsDepartmentReviewer(u, d) && d.State == DraftState.Submitted;

    public static bool CanPublish(CurrentUser u, DraftRow d) => IsRegionBureau(u, d) && d.State == DraftState.Approved;

    /// <summary>
    /// Whether a version's audit findings are published with it (同时公开审核结果) is the publisher's choice: the finance
    /// bureau of the version's region makes it when publishing and may change it later, on any version.
    /// </summary>
    public static bool CanChooseFindingsPublication(CurrentUser u, ReportVersionRow v) => u.Role == Role.FinanceBureau && u.RegionId == v.RegionId;

    /// <summary>Everyone in the workflow who can see the draft may comment on its findings; the administrator does not take part.</summary>
    public static bool CanComment(CurrentUser u, DraftRow d) => u.Role != Role.Administrator && CanView(u, d) && d.State != DraftState.Published;

    public static bool CanUpload(CurrentUser u) => u.Role == Role.UnitOfficer && u.UnitId is not null;

    public static bool CanSeeTrail(CurrentUser u) => u.Role is Role.Administrator or Role.FinanceBureau;

    public static bool CanManageUsers(CurrentUser u) => u.Role == Role.Administrator;

    /// <summary>公开检查: a region's finance bureau inspects the reports published in its region (no one else runs or sees them).</summary>
    public static bool CanInspect(CurrentUser u) => u.Role == Role.FinanceBureau && u.RegionId is not null;

    public static bool CanSeeInspection(CurrentUser u, InspectionRow i) => CanInspect(u) && u.RegionId == i.RegionId;
}
