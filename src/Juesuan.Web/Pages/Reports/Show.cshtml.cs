using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Reports;

public sealed class ShowModel(Portal portal, Workspace workspace, ReportPdfPlaces places) : PageModel
{
    public PublishedView View { get; private set; } = null!;

    public string ThreePublicJson { get; private set; } = "[]";

    /// <summary>The signed-in finance bureau of the version's region: it sees, and may change, the choice about the findings.</summary>
    public bool IsPublisher { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The findings shown (errors first), on the pages of report.pdf once it is made; only when they are shown (published, or to the publisher).</summary>
    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public IActionResult OnGet(long id)
    {
        if (portal.View(id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        ThreePublicJson = ReportCache.Json(view.ThreePublicByYear);
        IsPublisher = CurrentUser.From(User) is { } me && Access.CanChooseFindingsPublication(me, view.Version);
        // Only where the findings are shown is the PDF asked for (the demo's seeding queues none).
        Findings = view.FindingsPublished ? places.OfVersion(view.Version).Findings : view.Findings;
        if (IsPublisher)
        {
            Message = TempData["Message"] as string; // only on a signed-in page: the captured public page carries no message
        }

        return Page();
    }

    /// <summary>同时公开审核结果 (or no longer): the publisher's choice about the version's findings, changeable at any time.</summary>
    public IActionResult OnPostFindings(long id, bool publish)
    {
        if (CurrentUser.From(User) is not { } me)
        {
            return Challenge();
        }

        var r = workspace.SetFindingsPublished(me, id, publish, Sessions.Address(HttpContext));
        if (!r.Ok)
        {
            return r.Outcome == Outcome.NotFound ? NotFound() : StatusCode(r.HttpStatus);
        }

        TempData["Message"] = r.Message;
        return Redirect($"/reports/{id}");
    }
}
