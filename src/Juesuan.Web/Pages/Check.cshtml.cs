using Juesuan.Audit;
using Juesuan.Readers.Published;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Juesuan.Web.Pages;

/// <summary>检查已公开的报告: anyone uploads a published report and sees what `juesuan check` finds in it.</summary>
[EnableRateLimiting(Throttling.UploadPolicy)]
public sealed class CheckModel(PublishedCheck check, WebOptions options) : PageModel
{
    public long MaxUploadBytes => options.MaxUploadBytes;

    /// <summary>The result shown (after an upload, or fetched again by its id while it is kept).</summary>
    public CheckResult? Result { get; private set; }

    /// <summary>Why the upload could not be checked.</summary>
    public string? Error { get; private set; }

    /// <summary>The severity the list is filtered to, if any.</summary>
    public Severity? Only { get; private set; }

    public IEnumerable<AuditFinding> Shown => Result is null ? [] : Result.Findings.Where(f => Only is null || f.Severity == Only);

    public IActionResult OnGet(string? id, string? severity)
    {
        if (id is null)
        {
            return Page();
        }

        Result = check.Find(id);
        if (Result is null)
        {
            Error = $"这次检查的结果已过期或不存在（结果只保留 {PublishedCheck.Lifetime.TotalMinutes:0} 分钟）。请重新上传报告。";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Only = ParseSeverity(severity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var upload = await UploadForm.ReadAsync(Request, options.MaxUploadBytes, ct, "file", "请选择要检查的报告文件（.pdf、.docx、.xlsx 或 .txt）");
        if (upload.Bytes is null)
        {
            Error = upload.Error;
            Response.StatusCode = upload.Status;
            return Page();
        }

        try
        {
            var result = check.Check(upload.Bytes, upload.FileName);
            return RedirectToPage("/Check", new { id = result.Id });
        }
        catch (PublishedReadException ex)
        {
            Error = ex.Message + "。未保存任何内容。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    public static Severity? ParseSeverity(string? s) => s?.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        _ => null,
    };

    public static string Figure(decimal? d) => d is { } v ? v.ToString("#,##0.##########", System.Globalization.CultureInfo.InvariantCulture) : "";
}
