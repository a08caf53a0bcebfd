using Juesuan.Storage;
using Juesuan.Web.Api;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Juesuan.Web.Pages.Work;

[EnableRateLimiting(Throttling.UploadPolicy)]
public sealed class WorkIndexModel(Store store, Workspace workspace, WebOptions options) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;

    public long MaxUploadBytes => options.MaxUploadBytes;

    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];

    public WorkResult? Result { get; private set; }

    public string UnitName { get; private set; } = "";

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        Load();
        if (!Access.CanUpload(Me))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var upload = await UploadForm.ReadAsync(Request, options.MaxUploadBytes, ct);
        if (upload.Bytes is null)
        {
            Result = new WorkResult(Outcome.Invalid, upload.Error!);
            Response.StatusCode = upload.Status;
            return Page();
        }

        Result = await workspace.UploadAsync(Me, upload.Bytes, upload.FileName, ct: ct);
        if (Result.Ok)
        {
            TempData["Message"] = Result.Message;
            return Redirect($"/work/drafts/{Result.DraftId}");
        }

        Response.StatusCode = Result.HttpStatus;
        Load();
        return Page();
    }

    private void Load()
    {
        Me = CurrentUser.From(User)!;
        Drafts = OpenDataApi.Scoped(store, Me);
        UnitName = Me.UnitId is { } u ? store.Unit(u)?.Name ?? "" : "";
    }
}
