using Juesuan.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

public sealed class IndexModel(Store store) : PageModel
{
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];

    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public long? Region { get; private set; }

    public long? Department { get; private set; }

    public int? Year { get; private set; }

    public string? Q { get; private set; }

    public Page<ReportVersionRow> Results { get; private set; } = new([], 0, 1, 20);

    public void OnGet(long? region, long? department, int? year, string? q, int? page)
    {
        (Region, Department, Year) = (region, department, year);
        Q = q is { Length: > 100 } ? q[..100] : q;
        Regions = store.Regions();
        Departments = store.Departments(region);
        Years = store.PublishedYears();
        Results = store.Search(new ReportQuery(region, department, year, Q, page ?? 1, 20));
        var words = SearchText.Words(Q);
        if (words.Count > 0)
        {
            Passages = Results.Items.ToDictionary(v => v.Id, v => SearchText.Passage(store.SearchTextOf(v.Id), words));
        }
    }

    /// <summary>For each report found by words, the passage where they occur, the words marked.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<PassagePart>> Passages { get; private set; } = new Dictionary<long, IReadOnlyList<PassagePart>>();

    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["region"] = Region?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["department"] = Department?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = Q,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent() is var qs ? "/" + qs : "/";
}
