using System.Net;
using Juesuan.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>The administrator sets up a region, a department, a unit and its officer, who can then sign in and upload.</summary>
public sealed class AdminTests(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task An_administrator_sets_up_a_department_and_its_officer_works()
    {
        var store = server.Services.GetRequiredService<Store>();
        using var admin = server.NewClient();
        await admin.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync("/admin?handler=Region", new Dictionary<string, string> { ["code"] = "211300", ["name"] = "辽宁省朝阳市" })).StatusCode);
        var region = store.Regions().Single(r => r.Code == "211300");
        await admin.PostFormAsync("/admin?handler=Department", new Dictionary<string, string>
        {
            ["regionId"] = region.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = "501",
            ["name"] = "朝阳市审计局",
        });
        var dept = store.Departments(region.Id).Single();
        await admin.PostFormAsync("/admin?handler=Unit", new Dictionary<string, string>
        {
            ["departmentId"] = dept.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = "501001",
            ["name"] = "朝阳市审计局（本级）",
        });
        var unit = store.Units(dept.Id).Single();

        // An officer without a unit is refused in words; a short password too.
        var noScope = await admin.PostFormAsync("/admin?handler=User", new Dictionary<string, string>
        {
            ["userName"] = "auditor1",
            ["displayName"] = "填报员",
            ["role"] = "UnitOfficer",
            ["scope"] = "",
            ["password"] = "long-enough-1",
        });
        Assert.Equal(HttpStatusCode.BadRequest, noScope.StatusCode);
        Assert.Contains("须选择单位作为范围", await noScope.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shortPassword = await admin.PostFormAsync("/admin?handler=User", new Dictionary<string, string>
        {
            ["userName"] = "auditor1",
            ["displayName"] = "填报员",
            ["role"] = "UnitOfficer",
            ["scope"] = $"unit:{unit.Id}",
            ["password"] = "short",
        });
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);
        Assert.Null(store.UserByName("auditor1"));

        var ok = await admin.PostFormAsync("/admin?handler=User", new Dictionary<string, string>
        {
            ["userName"] = "auditor1",
            ["displayName"] = "审计局填报员",
            ["role"] = "UnitOfficer",
            ["scope"] = $"unit:{unit.Id}",
            ["password"] = "long-enough-1",
        });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var user = store.UserByName("auditor1")!;
        Assert.Equal((unit.Id, dept.Id, region.Id), (user.UnitId!.Value, user.DepartmentId!.Value, user.RegionId!.Value));
        Assert.Contains(store.Trail(), t => t.Action == "系统管理" && t.Detail.Contains("auditor1", StringComparison.Ordinal));

        using var officer = server.NewClient();
        await officer.LoginAsync("auditor1", "long-enough-1");
        // The sample belongs to another department: refused, in words, with nothing stored.
        var r = await officer.PostFileAsync("/work?handler=Upload", WebServer.SampleWorkbook(), "sample.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("不是您所在的地区", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(store.Drafts(unit.Id, null, null));
    }
}
