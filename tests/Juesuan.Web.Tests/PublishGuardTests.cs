using System.Net;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>Nothing with an audit error is published, even a draft that reached 已审核 (recorded clean by an older audit).</summary>
public sealed class PublishGuardTests(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task A_draft_whose_report_has_audit_errors_is_not_published()
    {
        var store = server.Services.GetRequiredService<Store>();
        var officer = store.UserByName("unit-lingyuan")!;
        // The sample without any income: 公开01表 prints 收入总计 blank against 支出总计 7,973.
        var bytes = DemoSeeder.Workbook(DemoSeeder.Sample() with { Income = [] });
        var read = PackageUpload.Read(bytes, "no-income.xlsx");
        Assert.True(read.Read.Success, string.Join("; ", read.Read.Errors));
        var id = store.CreateDraft(new NewPackage(officer.DepartmentId!.Value, 2024, bytes, "xlsx", "no-income.xlsx", read.Hash, [], 0, 0), officer.UnitId!.Value, officer.Id);
        Assert.True(store.Transition(id, 1, [DraftState.Draft], DraftState.Submitted, officer.Id));
        Assert.True(store.Transition(id, 2, [DraftState.Submitted], DraftState.Approved, officer.Id));
        var versions = store.Versions(officer.DepartmentId.Value, 2024).Count;

        using var bureau = server.NewClient();
        await bureau.LoginAsync("bureau-lingyuan");
        var r = await bureau.PostFormAsync($"/work/drafts/{id}?handler=Publish", new Dictionary<string, string>
        {
            ["rowVersion"] = "3",
            ["revisionNote"] = "更正",
        });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("不能发布", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DraftState.Approved, store.Draft(id)!.State);
        Assert.Equal(versions, store.Versions(officer.DepartmentId.Value, 2024).Count);
        Assert.Contains(store.Trail(Workspace.Target(id)), t => t.Action == "发布被拒绝");
    }
}
