using Juesuan.Reporting.Charts;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

public sealed class CompareModel(Store store, Portal portal) : PageModel
{
    public IReadOnlyList<ReportVersionRow> Choices { get; private set; } = [];

    public PublishedView? First { get; private set; }

    public PublishedView? Second { get; private set; }

    public IReadOnlyList<ComparedFigure> Rows { get; private set; } = [];

    /// <summary>Both sides are the same report: nothing to compare, the page says so.</summary>
    public bool Same { get; private set; }

    public void OnGet(long? a, long? b)
    {
        Choices = store.Search(new ReportQuery(PageSize: 100)).Items;
        var (x, y) = Pair(a, b);
        First = x is { } i ? portal.View(i) : null;
        Second = y is { } j ? portal.View(j) : null;
        Same = First is not null && Second is not null && First.Version.Id == Second.Version.Id;
        if (First is not null && Second is not null && !Same)
        {
            Rows = Comparison.Build(First.Rendered.Charts, Second.Rendered.Charts);
        }
    }

    /// <summary>
    /// The two reports to show: those asked for; a side not asked for is the report next to the other — the same
    /// department's year before (or after), else another department's report of the same year — never the same report.
    /// With neither asked for, the newest report against its department's year before.
    /// </summary>
    private (long? A, long? B) Pair(long? a, long? b)
    {
        if (a is not null && b is not null)
        {
            return (a, b);
        }

        if (a is null && b is null)
        {
            if (Choices.Count == 0)
            {
                return (null, null);
            }

            var newest = Choices[0];
            return Neighbour(newest) is { } older ? (older.Id, newest.Id) : (newest.Id, null);
        }

        var given = store.Version((a ?? b)!.Value);
        var other = given is null ? null : Neighbour(given)?.Id;
        return a is not null ? (a, other) : (other, b);
    }

    private ReportVersionRow? Neighbour(ReportVersionRow v) =>
        store.LatestOfDepartment(v.DepartmentId).Where(o => o.Id != v.Id).OrderBy(o => o.Year < v.Year ? 0 : 1).ThenBy(o => Math.Abs(o.Year - v.Year)).FirstOrDefault()
        ?? Choices.FirstOrDefault(o => o.Year == v.Year && o.DepartmentId != v.DepartmentId)
        ?? Choices.FirstOrDefault(o => o.Id != v.Id);
}
