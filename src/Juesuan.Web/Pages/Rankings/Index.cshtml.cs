using Juesuan.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Rankings;

/// <summary>The 公开检查 rankings finance bureaus chose to publish, by region and year.</summary>
public sealed class RankingsIndexModel(InspectionStore store) : PageModel
{
    public IReadOnlyList<InspectionRow> Published { get; private set; } = [];

    public void OnGet() => Published = store.AllPublished();
}
