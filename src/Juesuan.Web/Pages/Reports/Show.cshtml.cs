using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Reports;

public sealed class ShowModel(Portal portal) : PageModel
{
    public PublishedView View { get; private set; } = null!;

    public string ThreePublicJson { get; private set; } = "[]";

    public IActionResult OnGet(long id)
    {
        if (portal.View(id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        ThreePublicJson = ReportCache.Json(view.ThreePublicByYear);
        return Page();
    }
}
