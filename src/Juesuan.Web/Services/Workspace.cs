using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.Audit;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

public enum Outcome
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>What a workflow action did; on refusal, why, and for a bad package every error with its place.</summary>
public sealed record WorkResult(Outcome Outcome, string Message, long? DraftId = null, IReadOnlyList<PackageError>? Errors = null, long? VersionId = null)
{
    public bool Ok => Outcome == Outcome.Ok;

    public int HttpStatus => Outcome switch
    {
        Outcome.Ok => 200,
        Outcome.NotFound => 404,
        Outcome.Forbidden => 403,
        Outcome.Conflict => 409,
        _ => 400,
    };
}

/// <summary>
/// A finding as the pages and the API show it: the audit's finding as stored with a draft or version, typed, with the
/// key comments attach to. The severity is written in lower case in JSON (error, warning, note); the message's id
/// (说明编号, <see cref="Juesuan.Audit.Messages.AuditMessageId"/>) by name, absent for findings stored before the catalogue.
/// </summary>
public sealed record FindingView(string Rule, [property: JsonConverter(typeof(FindingView.SeverityName))] Severity Severity, string Place, string Message)
{
    /// <summary>说明编号: the catalogue message <see cref="Message"/> is, by name; null for a finding stored before the catalogue.</summary>
    public string? MessageId { get; init; }

    /// <summary>Comments attach to a finding by rule and place, which stay the same when the package is replaced.</summary>
    public string Key => Rule + "|" + Place;

    public string SeverityChinese => Severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>The CSS class of the finding's row (error, warning, note).</summary>
    [JsonIgnore]
    public string CssClass => Severity.ToString().ToLowerInvariant();

    /// <summary>The line of report.txt the finding is on (Juesuan's own report; none for a finding on the facts alone).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TextLine { get; init; }

    /// <summary>The page of report.pdf that prints <see cref="TextLine"/>, as a PDF viewer counts pages (the cover is page 1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PdfPage { get; init; }

    /// <summary>The last page that prints it, when the line runs on over a page break; else <see cref="PdfPage"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PdfLastPage { get; init; }

    /// <summary>The number printed in the footer of <see cref="PdfPage"/> (第 N 页); null on an unnumbered page (cover, 目录).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PdfPrintedPage { get; init; }

    /// <summary>The number printed in the footer of <see cref="PdfLastPage"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PdfLastPrintedPage { get; init; }

    /// <summary>True while report.pdf is being made: the finding has a line of report.txt, its page is not known yet.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PdfPending { get; init; }

    /// <summary>The pages of report.pdf as the pages show them: 「report.pdf 第8页（页脚第6页）」, or 「（PDF 生成后显示页码）」 while it is made.</summary>
    [JsonIgnore]
    public string? PdfPlace => PdfPage is { } first
        ? OutputPlaceText(first)
        : PdfPending == true ? PdfPendingText : null;

    /// <summary>What a page shows for a finding's page while report.pdf is being made.</summary>
    public const string PdfPendingText = "（PDF 生成后显示页码）";

    /// <summary>Errors first, then warnings, then notes, each in the audit's order; each finding's line of report.txt, no page of report.pdf.</summary>
    public static IReadOnlyList<FindingView> Of(IEnumerable<AuditFinding> findings) => Of(findings, null, pending: false);

    /// <summary>
    /// As <see cref="Of(IEnumerable{AuditFinding})"/>, each finding on Juesuan's own report placed on the pages of
    /// report.pdf (<paramref name="pdf"/>); while the PDF is being made (<paramref name="pending"/>), marked so.
    /// </summary>
    public static IReadOnlyList<FindingView> Of(IEnumerable<AuditFinding> findings, Juesuan.Publishing.ReportPdfPages? pdf, bool pending) =>
        findings.Select(f =>
        {
            var view = new FindingView(f.RuleId, f.Severity, f.Place, f.Message) { MessageId = f.MessageId?.ToString() };
            if (f.Output is not { } output)
            {
                return view;
            }

            var place = Juesuan.Publishing.OwnReportPlaces.Place(output.TextLine, pdf);
            return view with
            {
                TextLine = place.TextLine,
                PdfPage = place.PdfPage,
                PdfLastPage = place.PdfLastPage,
                PdfPrintedPage = place.PdfPageNumber,
                PdfLastPrintedPage = place.PdfLastPageNumber,
                PdfPending = pdf is null && pending ? true : null,
            };
        }).OrderBy(f => f.Severity).ToList();

    private string OutputPlaceText(int first)
    {
        var text = new OutputPlace(TextLine ?? 0) { PdfPage = first, PdfLastPage = PdfLastPage, PdfPageNumber = PdfPrintedPage, PdfLastPageNumber = PdfLastPrintedPage }.ToString();
        var comma = text.IndexOf('，', StringComparison.Ordinal);
        return comma < 0 ? text : text[..comma];
    }

    /// <summary>A severity as its lower-case name in JSON.</summary>
    public sealed class SeverityName() : JsonStringEnumConverter<Severity>(JsonNamingPolicy.SnakeCaseLower);
}

/// <summary>
/// The workflow: upload → findings → submit → review (comments, return or approve) → publish. Each action checks
/// <see cref="Access"/>, names the row version it read (a stale one is a conflict, never an overwrite), and is
/// written to the audit trail.
/// </summary>
public sealed class Workspace(Store store, ReportCache cache, WebOptions options, PublishedSite site)
{
    public const int MaxCommentLength = 2000;

    /// <summary>Builds from uploads at once: one per core, so slow packages cannot take every thread the server has.</summary>
    private readonly SemaphoreSlim _builds = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Builds holding a slot: a refused one holds it until its work has really stopped (how a test knows it has).</summary>
    public int BuildsRunning => Environment.ProcessorCount - _builds.CurrentCount;

    /// <summary>
    /// Reads and builds an uploaded package within <see cref="WebOptions.BuildTimeLimit"/> and the request's
    /// cancellation: past the limit the upload is refused in words and nothing is stored; the build stops at its next
    /// stage, on a worker thread, so the server keeps answering meanwhile.
    /// </summary>
    /// <param name="timeLimit">instead of the configured limit (the demo's own seeding has none)</param>
    public async Task<WorkResult> UploadAsync(CurrentUser user, byte[] bytes, string fileName, long? draftId = null, int? rowVersion = null,
        CancellationToken ct = default, TimeSpan? timeLimit = null)
    {
        using var timer = new CancellationTokenSource(timeLimit ?? options.BuildTimeLimit, options.Clock); // on the options' clock, which a test can advance
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        var entered = false;
        try
        {
            await _builds.WaitAsync(limit.Token);
            entered = true;
            var work = Task.Run(() => Upload(user, bytes, fileName, draftId, rowVersion, limit.Token), limit.Token);
            _ = work.ContinueWith(_ => _builds.Release(), TaskScheduler.Default); // the slot is freed when the work has really stopped
            entered = false;
            return await work.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            store.Record(user.Id, user.UserName, "上传被拒绝", draftId is { } d ? Target(d) : "upload",
                $"文件「{fileName}」在 {options.BuildTimeLimit.TotalSeconds:0} 秒内未能生成报告，未保存");
            return new WorkResult(Outcome.Invalid,
                $"数据包「{fileName}」在 {options.BuildTimeLimit.TotalSeconds:0} 秒内未能生成报告，已停止处理，未保存任何内容。请检查是否有异常长的说明文字或数据行。", draftId);
        }
        finally
        {
            if (entered)
            {
                _builds.Release();
            }
        }
    }

    private WorkResult Upload(CurrentUser user, byte[] bytes, string fileName, long? draftId, int? rowVersion, CancellationToken ct)
    {
        if (!Access.CanUpload(user))
        {
            return new WorkResult(Outcome.Forbidden, "只有单位填报人员可以上传数据包");
        }

        DraftRow? existing = null;
        if (draftId is { } id)
        {
            existing = store.Draft(id);
            if (existing is null)
            {
                return new WorkResult(Outcome.NotFound, $"草稿 {id} 不存在");
            }

            if (!Access.IsOwnUnit(user, existing))
            {
                return new WorkResult(Outcome.Forbidden, "无权修改此草稿");
            }

            if (existing.RowVersion != rowVersion)
            {
                return Conflict(existing.Id);
            }

            if (!Access.IsEditable(existing))
            {
                return new WorkResult(Outcome.Conflict, $"草稿当前状态为「{DraftStates.Chinese(existing.State)}」，不能修改", existing.Id);
            }
        }

        var upload = PackageUpload.Read(bytes, fileName);
        ct.ThrowIfCancellationRequested();
        var errors = new List<PackageError>(upload.Read.Errors);
        var department = store.Department(user.DepartmentId ?? 0);
        var unit = store.Unit(user.UnitId ?? 0);
        if (upload.Read.Success && department is not null && unit is not null)
        {
            var a = upload.Read.Accounts!;
            if (!string.Equals(a.Department.Region, department.RegionName, StringComparison.Ordinal))
            {
                errors.Add(Error($"数据包的地区为「{a.Department.Region}」，不是您所在的地区「{department.RegionName}」"));
            }
            else if (!string.Equals(a.Department.Code, department.Code, StringComparison.Ordinal))
            {
                errors.Add(Error($"数据包的部门代码为「{a.Department.Code}」（{a.Department.Name}），不是您所在的部门「{department.Code}」（{department.Name}）"));
            }

            if (a.Unit(unit.Code) is null)
            {
                errors.Add(Error($"数据包的单位清单中没有您的单位「{unit.Code}」（{unit.Name}）"));
            }

            if (existing is not null && a.Year.Value != existing.Year)
            {
                errors.Add(Error($"数据包年度为 {a.Year.Value}，而此草稿是 {existing.Year} 年度"));
            }
        }

        if (errors.Count > 0)
        {
            store.Record(user.Id, user.UserName, "上传被拒绝", existing is null ? "upload" : Target(existing.Id),
                $"文件「{fileName}」有 {errors.Count} 处错误，未保存");
            return new WorkResult(Outcome.Invalid, $"数据包「{fileName}」有 {errors.Count} 处错误，未保存任何内容", existing?.Id, errors);
        }

        options.BeforeBuild?.Invoke();
        var built = cache.Build(upload.Read, upload.Hash, fileName, ct); // the package as read above: not parsed again
        ct.ThrowIfCancellationRequested(); // past the limit nothing is stored, even if the build has just finished
        var p = new NewPackage(department!.Id, built.Accounts.Year.Value, bytes, upload.Kind, Path.GetFileName(fileName), upload.Hash,
            built.Findings, built.ErrorCount, built.WarningCount);
        long target;
        if (existing is null)
        {
            target = store.CreateDraft(p, unit!.Id, user.Id);
        }
        else
        {
            if (!store.ReplacePackage(existing.Id, rowVersion ?? -1, p, user.Id))
            {
                return Conflict(existing.Id);
            }

            target = existing.Id;
        }

        store.Record(user.Id, user.UserName, existing is null ? "上传数据包" : "替换数据包", Target(target),
            $"{built.Accounts.Department.FullName} {built.Accounts.Year.Value} 年度；文件「{fileName}」SHA-256 {upload.Hash}；审核 {built.ErrorCount} 个错误、{built.WarningCount} 个警告");
        return new WorkResult(Outcome.Ok, $"已保存：审核发现 {built.ErrorCount} 个错误、{built.WarningCount} 个警告", target);
    }

    public WorkResult Submit(CurrentUser user, long id, int rowVersion) => Act(user, id, rowVersion, Access.IsOwnUnit, d =>
    {
        if (d.ErrorCount > 0)
        {
            return new WorkResult(Outcome.Invalid, $"审核发现 {d.ErrorCount} 个错误，须改正后重新上传再提交", d.Id);
        }

        return Move(user, d, rowVersion, [DraftState.Draft, DraftState.Returned], DraftState.Submitted, "提交审核", "");
    });

    public WorkResult Approve(CurrentUser user, long id, int rowVersion, string? note) => Act(user, id, rowVersion, Access.IsDepartmentReviewer, d =>
    {
        var r = Move(user, d, rowVersion, [DraftState.Submitted], DraftState.Approved, "部门审核通过", note ?? "");
        if (r.Ok && !string.IsNullOrWhiteSpace(note))
        {
            store.AddComment(d.Id, "审核意见", user.Id, Clip(note));
        }

        return r;
    });

    /// <summary>The department returns a submitted draft, or the finance bureau an approved one; a reason is required.</summary>
    public WorkResult Return(CurrentUser user, long id, int rowVersion, string? reason) =>
        Act(user, id, rowVersion, (u, d) => Access.IsDepartmentReviewer(u, d) || Access.IsRegionBureau(u, d), d =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return new WorkResult(Outcome.Invalid, "退回须写明原因", d.Id);
            }

            // The department returns what was submitted to it; the bureau what the department approved.
            var from = Access.IsDepartmentReviewer(user, d) ? DraftState.Submitted : DraftState.Approved;
            var r = Move(user, d, rowVersion, [from], DraftState.Returned, "退回修改", reason);
            if (r.Ok)
            {
                store.AddComment(d.Id, "退回原因", user.Id, Clip(reason));
            }

            return r;
        });

    /// <param name="address">the client address, written with the publication's trail entry</param>
    /// <param name="prerender">render the public files and the PDF in the background now (the demo's seeding leaves them to the first request)</param>
    /// <param name="publishFindings">同时公开审核结果: the portal shows the version's audit findings beside it, labelled as the publisher's choice</param>
    public WorkResult Publish(CurrentUser user, long id, int rowVersion, string? revisionNote, string? address = null, bool prerender = true, bool publishFindings = false) =>
        Act(user, id, rowVersion, Access.IsRegionBureau, d =>
    {
        if (d.State != DraftState.Approved)
        {
            return WrongState(d, "发布");
        }

        var package = store.DraftPackage(d.Id);
        var built = cache.Build(package, d.PackageHash, d.PackageName);
        // Nothing with an audit error is published, whatever the draft's recorded counts say (they were taken at upload).
        if (built.ErrorCount > 0 || d.ErrorCount > 0)
        {
            store.Record(user.Id, user.UserName, "发布被拒绝", Target(d.Id), $"审核发现 {Math.Max(built.ErrorCount, d.ErrorCount)} 个错误", address);
            return new WorkResult(Outcome.Invalid, $"审核发现 {Math.Max(built.ErrorCount, d.ErrorCount)} 个错误，不能发布；须退回单位改正后重新上传", d.Id);
        }

        var search = string.Join(" ", built.Accounts.Department.FullName, built.Accounts.Department.Region, d.Year.ToString(CultureInfo.InvariantCulture),
            string.Join(" ", built.Accounts.Units.Select(u => u.Name)), built.Text());
        ReportVersionRow? v;
        try
        {
            v = store.Publish(d.Id, rowVersion, d.PackageHash, search, revisionNote is null ? null : Clip(revisionNote), user.Id, user.UserName, address, publishFindings);
        }
        catch (StoreException ex)
        {
            return new WorkResult(Outcome.Invalid, ex.Message, d.Id);
        }

        if (v is null)
        {
            return Conflict(d.Id);
        }

        site.Published(v, prerender);
        return new WorkResult(Outcome.Ok, $"已发布 {v.DepartmentName} {v.Year} 年度第 {v.VersionNo} 版{(publishFindings ? "，同时公开审核结果" : "")}", d.Id, VersionId: v.Id);
    });

    /// <summary>
    /// The publisher changes its choice about a published version's audit findings: published on the portal beside the
    /// version, or not (the version itself does not change). Only the region's finance bureau; written to the trail.
    /// </summary>
    public WorkResult SetFindingsPublished(CurrentUser user, long versionId, bool published, string? address = null)
    {
        if (store.Version(versionId) is not { } v)
        {
            return new WorkResult(Outcome.NotFound, $"没有已发布的报告 {versionId}");
        }

        if (!Access.CanChooseFindingsPublication(user, v))
        {
            return new WorkResult(Outcome.Forbidden, "只有发布此报告的财政部门可以决定是否公开其审核结果", VersionId: v.Id);
        }

        var changed = store.SetFindingsPublished(v.Id, published, user.Id, user.UserName, address);
        site.FindingsPublicationChanged(v.Id);
        var what = $"{v.DepartmentName} {v.Year} 年度第 {v.VersionNo} 版";
        return new WorkResult(Outcome.Ok, (changed, published) switch
        {
            (true, true) => $"已在公开页面同时公开{what}的审核结果",
            (true, false) => $"公开页面不再显示{what}的审核结果",
            (false, true) => $"{what}的审核结果已经公开",
            _ => $"{what}的审核结果本来就没有公开",
        }, VersionId: v.Id);
    }

    public WorkResult Comment(CurrentUser user, long id, string findingKey, string? body)
    {
        var d = store.Draft(id);
        if (d is null)
        {
            return new WorkResult(Outcome.NotFound, $"草稿 {id} 不存在");
        }

        if (!Access.CanComment(user, d))
        {
            return new WorkResult(Outcome.Forbidden, "无权对此草稿发表意见", d.Id);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return new WorkResult(Outcome.Invalid, "意见不能为空", d.Id);
        }

        if (body.Length > MaxCommentLength)
        {
            return new WorkResult(Outcome.Invalid, $"意见过长（{body.Length} 字），上限 {MaxCommentLength} 字", d.Id);
        }

        var key = findingKey.Length > 300 ? findingKey[..300] : findingKey;
        store.AddComment(d.Id, key, user.Id, body.Trim());
        store.Record(user.Id, user.UserName, "发表意见", Target(d.Id), $"{key}：{Clip(body, 200)}");
        return new WorkResult(Outcome.Ok, "意见已保存", d.Id);
    }

    public static string Target(long draftId) => "draft:" + draftId.ToString(CultureInfo.InvariantCulture);

    private WorkResult Act(CurrentUser user, long id, int rowVersion, Func<CurrentUser, DraftRow, bool> allowed, Func<DraftRow, WorkResult> then)
    {
        var d = store.Draft(id);
        if (d is null)
        {
            return new WorkResult(Outcome.NotFound, $"草稿 {id} 不存在");
        }

        if (!Access.CanView(user, d))
        {
            return new WorkResult(Outcome.Forbidden, "无权访问此草稿", d.Id);
        }

        if (!allowed(user, d))
        {
            return new WorkResult(Outcome.Forbidden, "您的角色不能执行此操作", d.Id);
        }

        // A stale page, or a state that moved on since it was read, is a conflict: nothing is overwritten.
        return d.RowVersion != rowVersion ? Conflict(d.Id) : then(d);
    }

    private WorkResult Move(CurrentUser user, DraftRow d, int rowVersion, IReadOnlyList<DraftState> from, DraftState to, string action, string detail)
    {
        if (!from.Contains(d.State))
        {
            return WrongState(d, action);
        }

        if (!store.Transition(d.Id, rowVersion, from, to, user.Id))
        {
            return Conflict(d.Id);
        }

        store.Record(user.Id, user.UserName, action, Target(d.Id),
            $"{d.DepartmentName} {d.Year} 年度：{DraftStates.Chinese(d.State)} → {DraftStates.Chinese(to)}{(detail.Length > 0 ? "；" + Clip(detail, 500) : "")}");
        return new WorkResult(Outcome.Ok, $"已{action}", d.Id);
    }

    private static WorkResult WrongState(DraftRow d, string action) =>
        new(Outcome.Conflict, $"草稿当前状态为「{DraftStates.Chinese(d.State)}」，不能{action}", d.Id);

    private WorkResult Conflict(long id)
    {
        var now = store.Draft(id);
        return new WorkResult(Outcome.Conflict,
            $"此草稿已被他人修改（现为第 {now?.RowVersion} 版，状态「{(now is null ? "已删除" : DraftStates.Chinese(now.State))}」，最后由 {now?.UpdatedByName} 修改）；您的操作未执行，请刷新后重试", id);
    }

    private static PackageError Error(string message) => new(MessageId.FileUnreadable, "数据包", null, null, null, null, message);

    private static string Clip(string s, int max = MaxCommentLength) => s.Trim().Length > max ? s.Trim()[..max] : s.Trim();
}
