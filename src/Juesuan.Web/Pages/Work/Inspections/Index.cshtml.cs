using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Juesuan.Web.Pages.Work.Inspections;

/// <summary>公开检查: the bureau uploads its region's published reports (files or zips) and lists its inspections.</summary>
[EnableRateLimiting(Throttling.UploadPolicy)]
public sealed class InspectionsIndexModel(InspectionStore store, InspectionRuns runs, WebOptions options) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;

    public IReadOnlyList<InspectionRow> Inspections { get; private set; } = [];

    public long MaxUploadBytes => options.MaxUploadBytes;

    public string? Error { get; private set; }

    public IActionResult OnGet() => Load() ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Load() is { } refused)
        {
            return refused;
        }

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"上传文件超过 {options.MaxUploadBytes / 1024 / 1024} MB 上限，未保存任何内容");
        }

        var files = await InspectionUpload.ReadAsync(form.Files.GetFiles("files"), options.MaxInspectionBytes, ct);
        if (files.Error is { } error)
        {
            return Refuse(StatusCodes.Status400BadRequest, error);
        }

        var id = store.Create(Me.RegionId!.Value, files.SourceName, files.Items, Me.Id, Me.UserName, Sessions.Address(HttpContext));
        runs.Enqueue(id);
        return Redirect($"/work/inspections/{id}");
    }

    private IActionResult Refuse(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private IActionResult? Load()
    {
        if (CurrentUser.From(User) is not { } me || !Access.CanInspect(me))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Me = me;
        Inspections = store.OfRegion(me.RegionId!.Value);
        return null;
    }
}
