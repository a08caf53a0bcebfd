using Juesuan.Reporting.Charts;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>A published version with its rendering, its other versions, and the department's other years.</summary>
public sealed record PublishedView(
    ReportVersionRow Version,
    RenderedReport Rendered,
    IReadOnlyList<ReportVersionRow> AllVersions,
    IReadOnlyList<ReportVersionRow> OtherYears,
    IReadOnlyList<ThreePublicYear> ThreePublicByYear,
    FindingsPublication? FindingsChoice)
{
    public bool IsLatest => AllVersions.Count == 0 || AllVersions[0].Id == Version.Id;

    /// <summary>Whether the publisher chose to publish the version's audit findings beside it (同时公开审核结果).</summary>
    public bool FindingsPublished => FindingsChoice?.Published == true;

    /// <summary>The findings recorded at publication, errors first; shown to the public only when <see cref="FindingsPublished"/>.</summary>
    public IReadOnlyList<FindingView> Findings { get; } = FindingView.Of(Version.Findings);

    public string BaseFileName => $"{Version.DepartmentName}-{Version.Year}年度部门决算-第{Version.VersionNo}版";
}

/// <summary>三公经费 of one year by category (万元), for the chart over the years.</summary>
public sealed record ThreePublicYear(int Year, IReadOnlyList<ChartPoint> Points);

/// <summary>Read side of the public portal: published versions only, built once and cached.</summary>
public sealed class Portal(Store store, ReportCache cache)
{
    public RenderedReport Render(ReportVersionRow v) =>
        cache.Get(v.ContentHash, () => store.VersionPackage(v.Id), $"{v.DepartmentName}-{v.Year}.{v.PackageKind}");

    public PublishedView? View(long versionId)
    {
        var v = store.Version(versionId);
        if (v is null)
        {
            return null;
        }

        var rendered = Render(v);
        var years = store.LatestOfDepartment(v.DepartmentId);
        var threePublic = years.OrderBy(y => y.Year)
            .Select(y => new ThreePublicYear(y.Year, (y.Year == v.Year ? rendered : Render(y)).Charts.ThreePublic))
            .ToList();
        return new PublishedView(v, rendered, store.Versions(v.DepartmentId, v.Year), years.Where(y => y.Year != v.Year).ToList(), threePublic,
            store.FindingsPublication(v.Id));
    }
}
