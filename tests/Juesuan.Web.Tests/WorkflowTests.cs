using System.Net;
using Juesuan.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>The whole workflow over HTTP: upload → findings → submit → comment → return → re-upload → approve → publish a correction.</summary>
public sealed class WorkflowTests(WebServer server) : IClassFixture<WebServer>
{
    private Store Store => server.Services.GetRequiredService<Store>();

    private static long IdOf(HttpResponseMessage r) =>
        long.Parse(r.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> V(int rowVersion, params (string Key, string Value)[] more) => Client.WithRowVersion(rowVersion, more);

    [Fact]
    public async Task From_upload_to_a_published_correction()
    {
        using var officer = server.NewClient();
        using var reviewer = server.NewClient();
        using var bureau = server.NewClient();
        using var visitor = server.NewClient();
        await officer.LoginAsync("unit-kazuo");
        await reviewer.LoginAsync("reviewer-kazuo");
        await bureau.LoginAsync("bureau-kazuo");

        // The demo published 喀喇沁左翼蒙古族自治县's 2024 (v1); the officer uploads the year again as a correction.
        var v1 = Store.Search(new ReportQuery(Words: "喀喇沁左翼蒙古族自治县", Year: 2024)).Items.Single();
        var package = Juesuan.Web.Services.DemoSeeder.Workbook(Juesuan.Web.Services.DemoData.Relocate(Juesuan.Web.Services.DemoSeeder.Sample(), Juesuan.Web.Services.DemoData.Neighbours[1]));
        var up = await officer.PostFileAsync("/work?handler=Upload", package, "喀左县人社局2024.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        var id = IdOf(up);
        var page = await officer.GetStringAsync($"/work/drafts/{id}");
        Assert.Contains("已保存：审核发现 0 个错误", page, StringComparison.Ordinal);
        Assert.Contains("公开01表", page, StringComparison.Ordinal); // the built report is shown under the findings
        Assert.Contains("提交审核", page, StringComparison.Ordinal);

        var sub = await officer.PostFormAsync($"/work/drafts/{id}?handler=Submit", V(Store.Draft(id)!.RowVersion));
        Assert.Equal(HttpStatusCode.Redirect, sub.StatusCode);
        Assert.Equal(DraftState.Submitted, Store.Draft(id)!.State);

        // The reviewer returns it with a reason; the officer sees the reason and uploads again.
        var ret = await reviewer.PostFormAsync($"/work/drafts/{id}?handler=Return", V(Store.Draft(id)!.RowVersion, ("reason", "请补充项目支出说明")));
        Assert.Equal(HttpStatusCode.Redirect, ret.StatusCode);
        Assert.Equal(DraftState.Returned, Store.Draft(id)!.State);
        Assert.Contains("请补充项目支出说明", await officer.GetStringAsync($"/work/drafts/{id}"), StringComparison.Ordinal);
        var again = await officer.PostFileAsync($"/work/drafts/{id}?handler=Replace", package, "喀左县人社局2024-修改.xlsx", V(Store.Draft(id)!.RowVersion));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal((DraftState.Draft, "喀左县人社局2024-修改.xlsx"), (Store.Draft(id)!.State, Store.Draft(id)!.PackageName));
        await officer.PostFormAsync($"/work/drafts/{id}?handler=Submit", V(Store.Draft(id)!.RowVersion));

        var approve = await reviewer.PostFormAsync($"/work/drafts/{id}?handler=Approve", V(Store.Draft(id)!.RowVersion, ("note", "同意")));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        // A correction without a revision note is refused and changes nothing.
        var noNote = await bureau.PostFormAsync($"/work/drafts/{id}?handler=Publish", V(Store.Draft(id)!.RowVersion));
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("更正说明", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DraftState.Approved, Store.Draft(id)!.State);

        var pub = await bureau.PostFormAsync($"/work/drafts/{id}?handler=Publish", V(Store.Draft(id)!.RowVersion, ("revisionNote", "更正：补充项目支出说明")));
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        var v2 = IdOf(pub);

        var report = await visitor.GetStringAsync($"/reports/{v2}");
        Assert.Contains("第 2 版", report, StringComparison.Ordinal);
        Assert.Contains("更正：补充项目支出说明", report, StringComparison.Ordinal);
        Assert.Contains(Store.Version(v2)!.ContentHash, report, StringComparison.Ordinal);
        var old = await visitor.GetStringAsync($"/reports/{v1.Id}");
        Assert.Contains("已被更正", old, StringComparison.Ordinal);
        Assert.Equal(v2, Store.Search(new ReportQuery(Words: "喀喇沁左翼蒙古族自治县", Year: 2024)).Items.Single().Id);

        var trail = Store.Trail(Juesuan.Web.Services.Workspace.Target(id)).Select(t => t.Action).Reverse().ToList();
        Assert.Equal(["上传数据包", "提交审核", "退回修改", "替换数据包", "提交审核", "部门审核通过"], trail);
        Assert.Contains(Store.Trail(), t => t.Action == "发布" && t.Target == $"report:{v2}" && t.Detail.Contains("更正：补充项目支出说明", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_page_never_overwrites_a_newer_change()
    {
        using var a = server.NewClient();
        using var b = server.NewClient();
        await a.LoginAsync("unit-beipiao");
        await b.LoginAsync("unit-beipiao");
        var package = Juesuan.Web.Services.DemoSeeder.Workbook(Juesuan.Web.Services.DemoData.Relocate(Juesuan.Web.Services.DemoSeeder.Sample(), Juesuan.Web.Services.DemoData.Neighbours[2]));
        var id = IdOf(await a.PostFileAsync("/work?handler=Upload", package, "first.xlsx"));
        var seen = Store.Draft(id)!.RowVersion;

        // b replaces the package; a, still on the old page, submits.
        Assert.Equal(HttpStatusCode.Redirect, (await b.PostFileAsync($"/work/drafts/{id}?handler=Replace", package, "second.xlsx", V(seen))).StatusCode);
        var stale = await a.PostFormAsync($"/work/drafts/{id}?handler=Submit", V(seen));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var staleReplace = await a.PostFileAsync($"/work/drafts/{id}?handler=Replace", package, "third.xlsx", V(seen));
        Assert.Equal(HttpStatusCode.Conflict, staleReplace.StatusCode);
        var d = Store.Draft(id)!;
        Assert.Equal((DraftState.Draft, "second.xlsx", seen + 1), (d.State, d.PackageName, d.RowVersion));
    }

    [Fact]
    public async Task Comments_attach_to_findings_and_are_kept()
    {
        using var officer = server.NewClient();
        using var reviewer = server.NewClient();
        await officer.LoginAsync("unit-lingyuan");
        await reviewer.LoginAsync("reviewer-lingyuan");
        var id = IdOf(await officer.PostFileAsync("/work?handler=Upload", WebServer.SampleWorkbook(), "sample.xlsx"));
        var r = await reviewer.PostFormAsync($"/work/drafts/{id}?handler=Comment", new Dictionary<string, string> { ["findingKey"] = "N-YOY|说明", ["body"] = "请核对同比" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var empty = await reviewer.PostFormAsync($"/work/drafts/{id}?handler=Comment", new Dictionary<string, string> { ["findingKey"] = "x", ["body"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var c = Assert.Single(Store.Comments(id));
        Assert.Equal(("N-YOY|说明", "请核对同比"), (c.FindingKey, c.Body));
        Assert.Contains("请核对同比", await officer.GetStringAsync($"/work/drafts/{id}"), StringComparison.Ordinal);
    }
}
