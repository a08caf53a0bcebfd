using System.Text.Json.Nodes;
using Juesuan.Audit;
using Juesuan.Publishing;
using Juesuan.Renderers.Json;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Juesuan.Web.Api;

/// <summary>开放数据 API: read-only JSON of what is published; drafts only for the signed-in who may see them.</summary>
public static class OpenDataApi
{
    /// <summary>地区</summary>
    /// <param name="Id">地区 id</param>
    /// <param name="Code">行政区划代码，如 211382</param>
    /// <param name="Name">地区全称，如 辽宁省朝阳市凌源市</param>
    public sealed record RegionDto(long Id, string Code, string Name);

    /// <summary>部门</summary>
    /// <param name="Id">部门 id</param>
    /// <param name="RegionId">所属地区 id</param>
    /// <param name="Region">所属地区全称</param>
    /// <param name="Code">部门代码</param>
    /// <param name="Name">部门名称</param>
    public sealed record DepartmentDto(long Id, long RegionId, string Region, string Code, string Name);

    /// <summary>一份已发布的部门决算（一个部门一个年度的一个版本）</summary>
    /// <param name="Id">版本 id</param>
    /// <param name="DepartmentId">部门 id</param>
    /// <param name="Department">部门名称</param>
    /// <param name="RegionId">地区 id</param>
    /// <param name="Region">地区全称</param>
    /// <param name="Year">决算年度</param>
    /// <param name="Version">版本号，从 1 起；更正发布为新版本</param>
    /// <param name="ContentHash">数据包的 SHA-256（十六进制），同一内容同一指纹</param>
    /// <param name="RevisionNote">更正说明（第 1 版为空）</param>
    /// <param name="PublishedAt">发布时间（ISO 8601，UTC）</param>
    /// <param name="Url">公开页面地址</param>
    /// <param name="Downloads">各下载格式的地址，键为格式（pdf、docx、xlsx、csv、json、txt）</param>
    /// <param name="FindingsPublished">发布单位是否选择同时公开审核结果；为 false 时审核结果不属于公开内容</param>
    /// <param name="Findings">公开的审核结果概况（仅当 findingsPublished 为 true 时有值）</param>
    public sealed record ReportDto(long Id, long DepartmentId, string Department, long RegionId, string Region, int Year, int Version, string ContentHash,
        string? RevisionNote, string PublishedAt, string Url, IReadOnlyDictionary<string, string> Downloads, bool FindingsPublished, PublishedFindingsDto? Findings);

    /// <summary>发布单位选择公开的审核结果概况</summary>
    /// <param name="Errors">错误数（有错误的报告不能发布，故通常为 0）</param>
    /// <param name="Warnings">警告数</param>
    /// <param name="Notes">提示数（多为四舍五入形成的尾差）</param>
    /// <param name="ChosenBy">选择公开的发布单位（账户名称）</param>
    /// <param name="ChosenAt">选择公开的时间（ISO 8601，UTC）</param>
    /// <param name="Url">审核结果明细的地址（/api/reports/{id}/findings）</param>
    public sealed record PublishedFindingsDto(int Errors, int Warnings, int Notes, string ChosenBy, string ChosenAt, string Url);

    /// <summary>检索结果的一页</summary>
    /// <param name="Items">本页的报告（每个部门每年只列最新版本）</param>
    /// <param name="Total">符合条件的报告总数</param>
    /// <param name="Page">页码</param>
    /// <param name="PageSize">每页条数</param>
    public sealed record ReportPageDto(IReadOnlyList<ReportDto> Items, int Total, int Page, int PageSize);

    /// <summary>工作台中的一个草稿</summary>
    /// <param name="Id">草稿 id</param>
    /// <param name="Department">部门名称</param>
    /// <param name="Unit">填报单位名称</param>
    /// <param name="Year">决算年度</param>
    /// <param name="State">状态：草稿、已提交待审核、已退回、部门已审核待发布、已发布</param>
    /// <param name="RowVersion">行版本，修改时须带上（过期则 409）</param>
    /// <param name="AuditErrors">审核错误数</param>
    /// <param name="AuditWarnings">审核警告数</param>
    /// <param name="UpdatedAt">最后修改时间（ISO 8601，UTC）</param>
    public sealed record DraftDto(long Id, string Department, string Unit, int Year, string State, int RowVersion, int AuditErrors, int AuditWarnings, string UpdatedAt);

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("开放数据");
        api.MapGet("/regions", (Store s) => s.Regions().Select(r => new RegionDto(r.Id, r.Code, r.Name)).ToList())
            .WithSummary("地区列表").WithDescription("有已建立部门的全部地区，按行政区划代码排序。");
        api.MapGet("/departments", (Store s, long? region) => s.Departments(region).Select(Dto).ToList())
            .WithSummary("部门列表").WithDescription("全部部门，或一个地区的部门（region）。");
        api.MapGet("/reports", Results<Ok<ReportPageDto>, ProblemHttpResult> (Store s, long? region, long? department, int? year, string? q, int? page, int? pageSize) =>
        {
            var query = new ReportQuery(region, department, year, q, page ?? 1, pageSize ?? 20);
            if (!query.InRange)
            {
                return TypedResults.Problem(statusCode: 400, title: "分页参数超出范围",
                    detail: $"page 应为 1–{ReportQuery.MaxPage}，pageSize 应为 1–{ReportQuery.MaxPageSize}");
            }

            var result = s.Search(query);
            return TypedResults.Ok(new ReportPageDto(Dtos(s, result.Items), result.Total, result.PageNumber, result.PageSize));
        }).WithSummary("检索已发布报告").WithDescription("每个部门每年只列最新版本，新年度在前。检索词在部门、地区、单位名称和报告全文中查找，"
            + "引号、标点和全角半角不计：q=三公经费 能找到印作“三公”经费的报告。");
        api.MapGet("/reports/{id:long}", (Store s, long id) => s.Version(id) is { } v ? Results.Ok(Dto(v, s.FindingsPublication(v.Id))) : NotFound(id))
            .WithSummary("一个已发布版本").WithDescription("findingsPublished 表示发布单位是否选择同时公开审核结果；公开时 findings 给出错误、警告、提示的个数和明细地址。")
            .Produces<ReportDto>(200).ProducesProblem(404);
        api.MapGet("/reports/{id:long}/versions", (Store s, long id) =>
            s.Version(id) is { } v ? Results.Ok(Dtos(s, s.Versions(v.DepartmentId, v.Year))) : NotFound(id))
            .WithSummary("同一部门同一年度的全部版本").WithDescription("新版本在前；旧版本仍可查阅。").Produces<List<ReportDto>>(200).ProducesProblem(404);
        api.MapGet("/reports/{id:long}/tables", (PublishedSite site, long id) => Published(site, id, PublishedSite.TablesApi))
            .WithSummary("公开01–09表").WithDescription("九张公开表，形式同 data.json 的 tables：每表有编号、标题、列和行；每个金额单元格有打印的万元文字（text）和精确到分的元（yuan）。"
                + "内容在发布时生成，不再改变：带 ETag，可长期缓存（If-None-Match 相同时答 304）。")
            .Produces<JsonArray>(200, "application/json").Produces(304).ProducesProblem(404);
        api.MapGet("/reports/{id:long}/tables/{table}", (Store s, Portal p, long id, string table) =>
        {
            if (s.Version(id) is not { } v)
            {
                return NotFound(id);
            }

            var t = p.Render(v).Built.Tables.FirstOrDefault(t => string.Equals(t.Id, table, StringComparison.OrdinalIgnoreCase));
            return t is null ? Results.Problem($"没有表「{table}」：应为 gk01 … gk09", statusCode: 404) : Results.Json(DataJsonWriter.TableNode(t));
        }).WithSummary("一张公开表").WithDescription("形式同 /api/reports/{id}/tables 中的一项。").Produces<JsonObject>(200, "application/json").ProducesProblem(404);
        api.MapGet("/reports/{id:long}/charts", (PublishedSite site, long id) => Published(site, id, PublishedSite.ChartsApi))
            .WithSummary("图表数据（万元）").WithDescription("报告页六个图表的数据，由事实计算：收入构成、支出构成、按功能分类的支出（类 › 款 › 项）、与上年对比、“三公”经费、年初预算与决算。"
                + "内容在发布时生成，不再改变：带 ETag，可长期缓存。")
            .Produces<Juesuan.Reporting.Charts.ReportCharts>(200, "application/json").Produces(304).ProducesProblem(404);
        api.MapGet("/reports/{id:long}/findings", (HttpContext ctx, Store s, ReportPdfPlaces places, long id) =>
        {
            var u = CurrentUser.From(ctx.User);
            var v = s.Version(id);
            if (v is not null && s.FindingsPublication(v.Id) is { Published: true })
            {
                ctx.Response.Headers.CacheControl = "no-cache"; // the publisher may withdraw them, and the PDF's pages come later: revalidate every time
                return Results.Ok(places.OfVersion(v).Findings);
            }

            if (u is null)
            {
                return Results.Unauthorized();
            }

            if (v is null)
            {
                return NotFound(id);
            }

            // Unless the publisher chose to publish them, the findings are the officers' working material: those who saw the draft see them.
            if (s.Draft(v.DraftId) is not { } d || !Access.CanView(u, d))
            {
                return Results.Problem("无权查看此报告的审核发现", statusCode: 403);
            }

            ctx.Response.Headers.CacheControl = "no-cache";
            return Results.Ok(places.OfVersion(v).Findings);
        }).WithSummary("发布时的审核发现").WithDescription("发布单位选择同时公开审核结果的版本（findingsPublished 为 true），任何人都可以读取，无需登录；"
            + "其他版本的审核发现是工作材料，不属于公开内容：须登录，且只有能查看该草稿的单位、部门、财政和管理员账户可以读取。错误在前，然后是警告、提示。"
            + PlacesDescription)
            .WithTags("开放数据").Produces<List<FindingView>>(200).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        app.MapGet("/reports/{id:long}/download/{format}", (HttpContext ctx, PublishedSite site, long id, string format) =>
        {
            if (site.Version(id) is not { } v)
            {
                return NotFound(id);
            }

            if (format == "pdf")
            {
                var pdf = site.Pdf(v);
                if (pdf.File is { } ready)
                {
                    return new StaticResult(ready, PublishedSite.Immutable, PublishedSite.DownloadName(v, format));
                }

                ctx.Response.Headers.CacheControl = "no-store";
                if (pdf.Failure is { } failure)
                {
                    return Results.Problem(failure, statusCode: 503, title: "无法生成 PDF");
                }

                ctx.Response.Headers.RetryAfter = PublishedSite.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Problem($"这份报告的 PDF 正在生成（LibreOffice 转换需要几秒到几十秒），请 {PublishedSite.RetryAfterSeconds} 秒后重试。其他格式可以立即下载。",
                    statusCode: 503, title: "PDF 正在生成");
            }

            return ReportCache.Formats.Any(f => f.Format == format)
                ? new StaticResult(site.File(v, format), PublishedSite.Immutable, PublishedSite.DownloadName(v, format))
                : Results.Problem($"没有「{format}」格式：可下载 {string.Join("、", ReportCache.Formats.Select(f => f.Format))}", statusCode: 404);
        }).WithTags("下载").WithSummary("下载报告文件").WithDescription("PDF、Word、Excel 公开表、CSV 公开表（zip）、JSON 数据或纯文本报告；同一版本的文件内容不变，"
            + "在发布时生成，带 ETag（文件内容的 SHA-256）并可长期缓存（Cache-Control: immutable；If-None-Match 相同时答 304）。PDF 在发布后于后台生成，生成前答 503 并以 Retry-After 给出重试的秒数。")
            .Produces(200).Produces(304).ProducesProblem(404).ProducesProblem(503);
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
        }).WithSummary("我可见的草稿（须登录）").WithTags("工作台").Produces<List<DraftDto>>(200).Produces(401);
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
        }).WithSummary("一个草稿（须登录且有权查看）").WithTags("工作台").Produces<DraftDto>(200).Produces(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/drafts/{id:long}/findings", (HttpContext ctx, Store s, ReportPdfPlaces places, long id) =>
        {
            if (CurrentUser.From(ctx.User) is not { } u)
            {
                return Results.Unauthorized();
            }

            if (s.Draft(id) is not { } d)
            {
                return NotFound(id);
            }

            if (!Access.CanView(u, d))
            {
                return Results.Problem("无权查看此草稿", statusCode: 403);
            }

            ctx.Response.Headers.CacheControl = "no-store";
            return Results.Ok(places.OfDraft(d).Findings);
        }).WithSummary("草稿的审核发现（须登录且有权查看）").WithDescription("草稿上传时的审核发现，错误在前，然后是警告、提示。" + PlacesDescription)
            .WithTags("工作台").Produces<List<FindingView>>(200).Produces(401).ProducesProblem(403).ProducesProblem(404);
    }

    /// <summary>How the findings APIs place a finding in report.txt and report.pdf (the API documentation's words).</summary>
    private const string PlacesDescription =
        "\n\n每个发现在本平台生成的报告中的位置：textLine 是 report.txt 的行号（从 1 起）；pdfPage 是 report.pdf 的页（按 PDF 阅读器的计数，封面为第 1 页），"
        + "图表或段落跨页时 pdfLastPage 是其最后一页；pdfPrintedPage（及 pdfLastPrintedPage）是该页页脚印的页码「第 N 页」，因封面和目录不编页码而与 pdfPage 不同，"
        + "封面和目录上的发现没有 pdfPrintedPage。页码由 PDF 本身的文字查得。PDF 在后台生成（一次一份，需要几十秒）：生成之前，有行号的发现带 pdfPending: true 而没有 pdfPage，"
        + "稍后再请求即可；没有 textLine 的发现（如数据包本身的收支平衡）没有页码。";

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
    /// <param name="Table">the table the finding is in</param>
    /// <param name="Row">its row: the 行次 printed, or the row's index</param>
    /// <param name="Column">its column (栏次)</param>
    /// <param name="Page">the page of the file (a PDF's page; the part of a text file between form feeds)</param>
    /// <param name="Line">the line of the text read from the file</param>
    public sealed record CheckFindingDto(string Rule, string Severity, string Place, string Message, decimal? Printed, decimal? Computed, decimal? Difference, decimal? Tolerance,
        string? Table, int? Row, int? Column, int? Page, int? Line);

    private static string FileStem(CheckResult r) => Path.GetFileNameWithoutExtension(r.Report.Document) + "-审核发现";

    private static IResult Expired() => Results.Problem($"这次检查的结果已过期或不存在（只保留 {PublishedCheck.Lifetime.TotalMinutes:0} 分钟），请在 /check 重新上传", statusCode: 404);

    /// <summary>A JSON file of the version's published folder (the API's tables and charts).</summary>
    private static IResult Published(PublishedSite site, long id, string file) =>
        site.Version(id) is { } v ? new StaticResult(site.File(v, file), PublishedSite.Immutable, null) : NotFound(id);

    /// <summary>A published file with its ETag, caching and 304.</summary>
    private sealed class StaticResult(StaticFile file, string cacheControl, string? downloadName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => PublishedSite.WriteAsync(httpContext, file, cacheControl, downloadName);
    }

    private static IResult NotFound(long id) => Results.Problem($"没有已发布的报告 {id}", statusCode: 404);

    private static DepartmentDto Dto(DepartmentRow d) => new(d.Id, d.RegionId, d.RegionName, d.Code, d.Name);

    /// <param name="findings">the publisher's choice about the version's findings (null: never made, not published)</param>
    public static ReportDto Dto(ReportVersionRow v, FindingsPublication? findings) => new(v.Id, v.DepartmentId, v.DepartmentName, v.RegionId, v.RegionName, v.Year,
        v.VersionNo, v.ContentHash, v.RevisionNote, Clock.ToTime(v.PublishedAt).ToString("O"), $"/reports/{v.Id}",
        ReportCache.Formats.ToDictionary(f => f.Format, f => $"/reports/{v.Id}/download/{f.Format}"),
        findings?.Published == true,
        findings is { Published: true } f
            ? new PublishedFindingsDto(Count(v, Severity.Error), Count(v, Severity.Warning), Count(v, Severity.Note), f.ChangedByName,
                Clock.ToTime(f.ChangedAt).ToString("O"), $"/api/reports/{v.Id}/findings")
            : null);

    /// <summary>A list of versions, the choices about their findings read in one query.</summary>
    private static List<ReportDto> Dtos(Store s, IReadOnlyList<ReportVersionRow> versions)
    {
        var published = s.WithFindingsPublished(versions.Select(v => v.Id).ToList());
        return versions.Select(v => Dto(v, published.Contains(v.Id) ? s.FindingsPublication(v.Id) : null)).ToList();
    }

    private static int Count(ReportVersionRow v, Severity s) => v.Findings.Count(f => f.Severity == s);
}
