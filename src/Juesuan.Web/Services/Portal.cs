using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>A published version with its rendering, its other versions, and the department's other years.</summary>
public sealed record PublishedView(
    ReportVersionRow Version,
    RenderedReport Rendered,
    IReadOnlyList<ReportVersionRow> AllVersions,
    IReadOnlyList<ReportVersionRow> OtherYears,
    IReadOnlyList<ThreePublicYear> ThreePublicByYear)
{
    public bool IsLatest => AllVersions.Count == 0 || AllVersions[0].Id == Version.Id;

    public string BaseFileName => $"{Version.DepartmentName}-{Version.Year}年度部门决算-第{Version.VersionNo}版";
}

/// <summary>三公经费 of one year, for the chart over the years.</summary>
public sealed record ThreePublicYear(int Year, decimal TravelAbroad, decimal Reception, decimal VehiclePurchase, decimal VehicleOperation);

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
        var threePublic = years.OrderBy(y => y.Year).Select(y =>
        {
            var a = (y.Year == v.Year ? rendered : Render(y)).Built.Accounts;
            decimal W(ThreePublicCategory c) => Juesuan.Reporting.Charts.ReportCharts.Wan(a.ThreePublicActual(c));
            return new ThreePublicYear(y.Year, W(ThreePublicCategory.TravelAbroad), W(ThreePublicCategory.Reception),
                W(ThreePublicCategory.VehiclePurchase), W(ThreePublicCategory.VehicleOperation));
        }).ToList();
        return new PublishedView(v, rendered, store.Versions(v.DepartmentId, v.Year), years.Where(y => y.Year != v.Year).ToList(), threePublic);
    }
}
