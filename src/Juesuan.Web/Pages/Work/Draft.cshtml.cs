using Juesuan.Readers.Package;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Juesuan.Web.Pages.Work;

[EnableRateLimiting(Throttling.UploadPolicy)]
public sealed class DraftModel(Store store, Workspace workspace, ReportCache cache, ReportPdfPlaces places, WebOptions options) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;

    public long MaxUploadBytes => options.MaxUploadBytes;

    public DraftRow Draft { get; private set; } = null!;

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    /// <summary>The findings' pages of report.pdf: being made (the page says so), or why the PDF could not be made.</summary>
    public FindingPlaces? Places { get; private set; }

    public IReadOnlyList<FindingComment> Comments { get; private set; } = [];

    public IReadOnlyList<TrailEntry> Trail { get; private set; } = [];

    public IReadOnlyList<ReportVersionRow> PublishedVersions { get; private set; } = [];

    /// <summary>Of <see cref="PublishedVersions"/>, those whose audit findings the publisher chose to publish.</summary>
    public IReadOnlySet<long> FindingsPublished { get; private set; } = new HashSet<long>();

    public RenderedReport Rendered { get; private set; } = null!;

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public IReadOnlyList<PackageError> Errors { get; private set; } = [];

    public IActionResult OnGet(long id)
    {
        Message = TempData["Message"] as string;
        return Load(id) ?? Page();
    }

    public IActionResult OnPostSubmit(long id, int rowVersion) => Done(id, u => workspace.Submit(u, id, rowVersion));

    public IActionResult OnPostApprove(long id, int rowVersion, string? note) => Done(id, u => workspace.Approve(u, id, rowVersion, note));

    public IActionResult OnPostReturn(long id, int rowVersion, string? reason) => Done(id, u => workspace.Return(u, id, rowVersion, reason));

    public IActionResult OnPostPublish(long id, int rowVersion, string? revisionNote, bool publishFindings) =>
        Done(id, u => workspace.Publish(u, id, rowVersion, revisionNote, Sessions.Address(HttpContext), publishFindings: publishFindings));

    public IActionResult OnPostComment(long id, string? findingKey, string? body) => Done(id, u => workspace.Comment(u, id, findingKey ?? "", body));

    public async Task<IActionResult> OnPostReplaceAsync(long id, CancellationToken ct)
    {
        var upload = await UploadForm.ReadAsync(Request, options.MaxUploadBytes, ct);
        if (upload.Bytes is null)
        {
            return Done(id, _ => new WorkResult(upload.Status == 413 ? Outcome.Invalid : Outcome.Invalid, upload.Error!, id), upload.Status);
        }

        var rowVersion = int.TryParse(upload.Form?["rowVersion"], out var v) ? v : -1;
        if (Visible(id) is { Denied: { } denied })
        {
            return denied;
        }

        var result = await workspace.UploadAsync(Me, upload.Bytes, upload.FileName, id, rowVersion, ct);
        return Done(id, _ => result);
    }

    /// <summary>Runs an action; success redirects (so a reload does not repeat it), refusal shows the page with the reason and its status.</summary>
    private IActionResult Done(long id, Func<CurrentUser, WorkResult> action, int? status = null)
    {
        if (Visible(id) is { Denied: { } denied })
        {
            return denied;
        }

        var r = action(Me);
        if (r.Ok && status is null)
        {
            TempData["Message"] = r.Message;
            return r.VersionId is { } published ? Redirect($"/reports/{published}") : Redirect($"/work/drafts/{id}");
        }

        if (r.Outcome == Outcome.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Load(id) is { } early)
        {
            return early;
        }

        Message = r.Message;
        Failed = true;
        Errors = r.Errors ?? [];
        Response.StatusCode = status ?? r.HttpStatus;
        return Page();
    }

    /// <summary>The draft, or the answer for one that does not exist (404) or that this user may not see (403).</summary>
    private (DraftRow? Draft, IActionResult? Denied) Visible(long id)
    {
        Me = CurrentUser.From(User)!;
        var d = store.Draft(id);
        return d is null ? (null, NotFound())
            : !Access.CanView(Me, d) ? (null, StatusCode(StatusCodes.Status403Forbidden))
            : (d, null);
    }

    private IActionResult? Load(long id)
    {
        var (d, denied) = Visible(id);
        if (denied is not null)
        {
            return denied;
        }

        Draft = d!;
        Places = places.OfDraft(Draft);
        Findings = Places.Findings;
        Comments = store.Comments(id);
        Trail = store.Trail(Workspace.Target(id));
        PublishedVersions = store.Versions(Draft.DepartmentId, Draft.Year);
        FindingsPublished = store.WithFindingsPublished(PublishedVersions.Select(v => v.Id).ToList());
        Rendered = cache.Get(Draft.PackageHash, () => store.DraftPackage(id), Draft.PackageName);
        return null;
    }
}
