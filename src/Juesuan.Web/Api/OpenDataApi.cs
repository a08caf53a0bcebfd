using System.Text.Json.Nodes;
using Juesuan.Publishing;
using Juesuan.Renderers.Json;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Juesuan.Web.Api;

/// <summary>开放数据 API: read-only JSON of what is published; drafts only for the signed-in who may see them.</summary>
public static class OpenDataApi
{
    public sealed record RegionDto(long Id, string Code, string Name);

    public sealed record DepartmentDto(long Id, long RegionId, string Region, string Code, string Name);

    public sealed record ReportDto(long Id, long DepartmentId, string Department, long RegionId, string Region, int Year, int Version, string ContentHash,
        string? RevisionNote, string PublishedAt, int AuditErrors, string Url, IReadOnlyDictionary<string, string> Downloads);

    public sealed record ReportPageDto(IReadOnlyList<ReportDto> Items, int Total, int Page, int PageSize);

    public sealed record DraftDto(long Id, string Department, string Unit, int Year, string State, int RowVersion, int AuditErrors, int AuditWarnings, string UpdatedAt);

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("开放数据");
        api.MapGet("/regions", (Store s) => s.Regions().Select(r => new RegionDto(r.Id, r.Code, r.Name)).ToList())
            .WithSummary("地区列表");
        api.MapGet("/departments", (Store s, long? region) => s.Departments(region).Select(Dto).ToList())
            .WithSummary("部门列表（可按地区筛选）");
        api.MapGet("/reports", Results<Ok<ReportPageDto>, ProblemHttpResult> (Store s, long? region, long? department, int? year, string? q, int? page, int? pageSize) =>
        {
            var query = new ReportQuery(region, department, year, q, page ?? 1, pageSize ?? 20);
            if (!query.InRange)
            {
                return TypedResults.Problem(statusCode: 400, title: "分页参数超出范围",
                    detail: $"page 应为 1–{ReportQuery.MaxPage}，pageSize 应为 1–{ReportQuery.MaxPageSize}");
            }

            var result = s.Search(query);
            return TypedResults.Ok(new ReportPageDto(result.Items.Select(Dto).ToList(), result.Total, result.PageNumber, result.PageSize));
        }).WithSummary("检索已发布报告（每个部门每年的最新版本）").WithDescription("q 为检索词（空格分隔，全部匹配）：部门、地区或报告中的任何文字。");
        api.MapGet("/reports/{id:long}", (Store s, long id) => s.Version(id) is { } v ? Results.Ok(Dto(v)) : NotFound(id))
            .WithSummary("一个已发布版本");
        api.MapGet("/reports/{id:long}/versions", (Store s, long id) =>
            s.Version(id) is { } v ? Results.Ok(s.Versions(v.DepartmentId, v.Year).Select(Dto).ToList()) : NotFound(id))
            .WithSummary("同一部门同一年度的全部版本（新的在前）");
        api.MapGet("/reports/{id:long}/tables", (Store s, Portal p, long id) =>
            s.Version(id) is { } v ? Results.Json(new JsonArray(p.Render(v).Built.Tables.Select(t => (JsonNode)DataJsonWriter.TableNode(t)).ToArray())) : NotFound(id))
            .WithSummary("公开01–09表（金额为元，另附打印的万元数）");
        api.MapGet("/reports/{id:long}/tables/{table}", (Store s, Portal p, long id, string table) =>
        {
            if (s.Version(id) is not { } v)
            {
                return NotFound(id);
            }

            var t = p.Render(v).Built.Tables.FirstOrDefault(t => string.Equals(t.Id, table, StringComparison.OrdinalIgnoreCase));
            return t is null ? Results.Problem($"没有表「{table}」：应为 gk01 … gk09", statusCode: 404) : Results.Json(DataJsonWriter.TableNode(t));
        }).WithSummary("一张公开表（gk01 … gk09）");
        api.MapGet("/reports/{id:long}/findings", (Store s, long id) =>
            s.Version(id) is { } v ? Results.Ok(FindingView.Of(v.Findings)) : NotFound(id))
            .WithSummary("发布时的审核发现");
        api.MapGet("/reports/{id:long}/charts", (Store s, Portal p, long id) =>
            s.Version(id) is { } v ? Results.Text(p.Render(v).ChartsJson, "application/json") : NotFound(id))
            .WithSummary("图表数据（万元）：收入、支出构成，功能分类，同比，三公经费，预算与决算");
        app.MapGet("/reports/{id:long}/download/{format}", async (Store s, Portal p, ReportCache cache, long id, string format, CancellationToken ct) =>
        {
            if (s.Version(id) is not { } v)
            {
                return NotFound(id);
            }

            try
            {
                var d = await cache.DownloadAsync(p.Render(v), v.ContentHash, $"{v.DepartmentName}-{v.Year}年度部门决算-第{v.VersionNo}版", format, ct);
                return d is null
                    ? Results.Problem($"没有「{format}」格式：可下载 {string.Join("、", ReportCache.Formats.Select(f => f.Format))}", statusCode: 404)
                    : Results.File(d.Bytes, d.ContentType, d.FileName);
            }
            catch (Juesuan.Renderers.Pdf.PdfConversionException ex)
            {
                return Results.Problem(ex.Message, statusCode: 503);
            }
        }).WithTags("下载").WithSummary("下载报告：pdf、docx、xlsx、csv（zip）、json、txt");
        api.MapPost("/check", (IFormFile? file, WebOptions o) =>
        {
            if (file is null || file.Length == 0)
            {
                return Results.Problem("请在表单字段 file 中上传报告文件（.pdf、.docx、.xlsx 或 .txt）", statusCode: 400, title: "缺少文件");
            }

            if (file.Length > o.MaxUploadBytes)
            {
                return Results.Problem($"上传文件超过 {o.MaxUploadBytes / 1024 / 1024} MB 上限", statusCode: 413, title: "文件过大");
            }

            using var ms = new MemoryStream();
            file.CopyTo(ms);
            try
            {
                var (_, findings) = PublishedCheck.Run(ms.ToArray(), file.FileName);
                return Results.Text(FindingsJson.Node(findings).ToJsonString(FindingsJson.Options), "application/json; charset=utf-8");
            }
            catch (Juesuan.Readers.Published.PublishedReadException ex)
            {
                return Results.Problem(ex.Message, statusCode: 400, title: "无法读取报告");
            }
        }).DisableAntiforgery().RequireRateLimiting(Throttling.UploadPolicy).WithTags("检查").WithSummary("检查一份已公开的报告（上传 PDF、DOCX、XLSX 或 TXT）")
            .WithDescription("multipart/form-data，字段 file。返回与 `juesuan check --json` 相同的审核发现（错误在前）；文件读完即删除，不保存。无需登录。")
            .Produces<List<CheckFindingDto>>(200, "application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(429);
        app.MapGet("/check/{id}/findings.csv", (PublishedCheck c, string id) =>
            c.Find(id) is { } r ? Results.File(PublishedCheck.Csv(r.Findings), "text/csv; charset=utf-8", FileStem(r) + ".csv") : Expired())
            .ExcludeFromDescription();
        app.MapGet("/check/{id}/findings.xlsx", (PublishedCheck c, string id) =>
            c.Find(id) is { } r ? Results.File(PublishedCheck.Xlsx(r.Findings), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileStem(r) + ".xlsx") : Expired())
            .ExcludeFromDescription();
        api.MapGet("/drafts", (HttpContext ctx, Store s) =>
        {
            if (CurrentUser.From(ctx.User) is not { } u)
            {
                return Results.Unauthorized();
            }

            return Results.Ok(Scoped(s, u).Select(d => new DraftDto(d.Id, d.DepartmentName, d.UnitName, d.Year, DraftStates.Text(d.State), d.RowVersion, d.ErrorCount, d.WarningCount,
                Clock.ToTime(d.UpdatedAt).ToString("O"))).ToList());
        }).WithSummary("我可见的草稿（须登录）").WithTags("工作台");
        api.MapGet("/drafts/{id:long}", (HttpContext ctx, Store s, long id) =>
        {
            if (CurrentUser.From(ctx.User) is not { } u)
            {
                return Results.Unauthorized();
            }

            var d = s.Draft(id);
            if (d is null)
            {
                return NotFound(id);
            }

            return Access.CanView(u, d)
                ? Results.Ok(new DraftDto(d.Id, d.DepartmentName, d.UnitName, d.Year, DraftStates.Text(d.State), d.RowVersion, d.ErrorCount, d.WarningCount, Clock.ToTime(d.UpdatedAt).ToString("O")))
                : Results.Problem("无权查看此草稿", statusCode: 403);
        }).WithSummary("一个草稿（须登录且有权查看）").WithTags("工作台");
    }

    /// <summary>The drafts a user's role covers.</summary>
    public static IReadOnlyList<DraftRow> Scoped(Store s, CurrentUser u) => u.Role switch
    {
        Role.UnitOfficer => s.Drafts(u.UnitId ?? -1, null, null),
        Role.DepartmentReviewer => s.Drafts(null, u.DepartmentId ?? -1, null),
        Role.FinanceBureau => s.Drafts(null, null, u.RegionId ?? -1),
        _ => s.Drafts(null, null, null),
    };

    /// <summary>A finding of `POST /api/check`, as `juesuan check --json` writes it (null fields are left out).</summary>
    /// <param name="Rule">the rule's id (N-AMOUNT, T-SUM …)</param>
    /// <param name="Severity">error, warning or note</param>
    /// <param name="Place">where in the report</param>
    /// <param name="Message">what is wrong, in Chinese</param>
    /// <param name="Printed">the figure as printed</param>
    /// <param name="Computed">what it should be</param>
    /// <param name="Difference">printed − computed</param>
    /// <param name="Tolerance">the difference allowed (rounding)</param>
    public sealed record CheckFindingDto(string Rule, string Severity, string Place, string Message, decimal? Printed, decimal? Computed, decimal? Difference, decimal? Tolerance);

    private static string FileStem(CheckResult r) => Path.GetFileNameWithoutExtension(r.Report.Document) + "-审核发现";

    private static IResult Expired() => Results.Problem($"这次检查的结果已过期或不存在（只保留 {PublishedCheck.Lifetime.TotalMinutes:0} 分钟），请在 /check 重新上传", statusCode: 404);

    private static IResult NotFound(long id) => Results.Problem($"没有已发布的报告 {id}", statusCode: 404);

    private static DepartmentDto Dto(DepartmentRow d) => new(d.Id, d.RegionId, d.RegionName, d.Code, d.Name);

    public static ReportDto Dto(ReportVersionRow v) => new(v.Id, v.DepartmentId, v.DepartmentName, v.RegionId, v.RegionName, v.Year, v.VersionNo, v.ContentHash,
        v.RevisionNote, Clock.ToTime(v.PublishedAt).ToString("O"), v.ErrorCount, $"/reports/{v.Id}",
        ReportCache.Formats.ToDictionary(f => f.Format, f => $"/reports/{v.Id}/download/{f.Format}"));
}
