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

    public void OnGet(long? a, long? b)
    {
        Choices = store.Search(new ReportQuery(PageSize: 100)).Items;
        First = a is { } x ? portal.View(x) : null;
        Second = b is { } y ? portal.View(y) : null;
        if (First is not null && Second is not null)
        {
            Rows = Comparison.Build(First.Rendered.Charts, Second.Rendered.Charts);
        }
    }
}
