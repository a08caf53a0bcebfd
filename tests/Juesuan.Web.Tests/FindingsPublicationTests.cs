using System.Net;
using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>
/// The publisher's choice to publish a report's audit findings (同时公开审核结果, issue 11 item 8): off by default, the
/// public page and the API show nothing of the audit; on, a section labelled as the publisher's choice, apart from the
/// report, and the API says so; the region's bureau changes it later, and only it; every change is in the trail.
/// </summary>
public sealed class FindingsPublicationTests(WebServer server) : IClassFixture<WebServer>
{
    private const string Section = "审核结果（发布单位选择公开）";

    private Store Store => server.Services.GetRequiredService<Store>();

    private static JsonElement Json(string s) => JsonDocument.Parse(s).RootElement;

    private ReportVersionRow Latest(string place) => Store.Search(new ReportQuery(Words: place, Year: 2024)).Items.Single();

    [Fact]
    public async Task Off_the_public_sees_only_the_publication_and_on_a_labelled_section_apart_from_it()
    {
        using var visitor = server.NewClient();

        // 凌源市 2024: published without its findings (the default).
        var off = Latest("凌源市");
        var page = await visitor.GetStringAsync($"/reports/{off.Id}");
        Assert.Contains("公开01表", page, StringComparison.Ordinal);
        Assert.DoesNotContain("审核结果", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"audit\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("W-TERMS", page, StringComparison.Ordinal);
        var dto = Json(await visitor.GetStringAsync($"/api/reports/{off.Id}"));
        Assert.False(dto.GetProperty("findingsPublished").GetBoolean());
        Assert.Equal(JsonValueKind.Null, dto.GetProperty("findings").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/reports/{off.Id}/findings")).StatusCode);

        // 北票市 2024: the demo's publisher chose to publish them.
        var on = Latest("北票市");
        var findings = on.Findings;
        Assert.Contains(findings, f => f.Severity == Severity.Warning);
        Assert.Contains(findings, f => f.Severity == Severity.Note);
        page = await visitor.GetStringAsync($"/reports/{on.Id}");
        var section = page[page.IndexOf("<section class=\"published-findings\"", StringComparison.Ordinal)..];
        Assert.True(page.IndexOf("</article>", StringComparison.Ordinal) < page.IndexOf(Section, StringComparison.Ordinal), "the findings come after the report, not inside it");
        Assert.Contains(Section, section, StringComparison.Ordinal);
        Assert.Contains("由发布单位 北票市财政局", section, StringComparison.Ordinal);
        Assert.Contains($"警告 <strong>{findings.Count(f => f.Severity == Severity.Warning)}</strong> 个", section, StringComparison.Ordinal);
        Assert.Contains($"提示 <strong>{findings.Count(f => f.Severity == Severity.Note)}</strong> 个", section, StringComparison.Ordinal);
        foreach (var w in findings.Where(f => f.Severity == Severity.Warning))
        {
            Assert.Contains(WebUtility.HtmlEncode(w.Message), section, StringComparison.Ordinal);
        }

        Assert.Contains($"<summary>提示 {findings.Count(f => f.Severity == Severity.Note)} 个", section, StringComparison.Ordinal); // notes folded
        Assert.Contains("<a href=\"#audit\">查看审核结果</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("撤回公开审核结果", page, StringComparison.Ordinal); // the publisher's control is not the public's

        dto = Json(await visitor.GetStringAsync($"/api/reports/{on.Id}"));
        Assert.True(dto.GetProperty("findingsPublished").GetBoolean());
        var summary = dto.GetProperty("findings");
        Assert.Equal(findings.Count(f => f.Severity == Severity.Warning), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(findings.Count(f => f.Severity == Severity.Note), summary.GetProperty("notes").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal("北票市财政局", summary.GetProperty("chosenBy").GetString());
        var list = Json(await visitor.GetStringAsync(summary.GetProperty("url").GetString()!));
        Assert.Equal(findings.Count, list.GetArrayLength());
        Assert.Equal("warning", list[0].GetProperty("severity").GetString());

        // The list of reports carries the flag of each.
        var all = Json(await visitor.GetStringAsync("/api/reports?year=2024&pageSize=100")).GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("findingsPublished").GetBoolean());
        Assert.Equal([on.Id], all.Where(r => r.Value).Select(r => r.Key));
    }

    [Fact]
    public async Task The_publisher_chooses_when_publishing_and_changes_its_mind_later_alone()
    {
        using var officer = server.NewClient();
        using var reviewer = server.NewClient();
        using var bureau = server.NewClient();
        using var otherBureau = server.NewClient();
        using var visitor = server.NewClient();
        await officer.LoginAsync("unit-jianping");
        await reviewer.LoginAsync("reviewer-jianping");
        await bureau.LoginAsync("bureau-jianping");
        await otherBureau.LoginAsync("bureau-lingyuan");

        var package = DemoSeeder.Workbook(DemoData.Relocate(DemoSeeder.Sample(), DemoData.Neighbours[0]));
        var up = await officer.PostFileAsync("/work?handler=Upload", package, "建平县人社局2024.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        var draft = up.Headers.Location!.OriginalString;
        var id = long.Parse(draft.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        string V() => Store.Draft(id)!.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await officer.PostFormAsync(draft + "?handler=Submit", new Dictionary<string, string> { ["rowVersion"] = V() });
        await reviewer.PostFormAsync(draft + "?handler=Approve", new Dictionary<string, string> { ["rowVersion"] = V() });

        // The publish form offers the choice, unchecked.
        var form = await bureau.GetStringAsync(draft);
        Assert.Contains("<input type=\"checkbox\" name=\"publishFindings\" value=\"true\"> 同时公开审核结果", form, StringComparison.Ordinal);
        var pub = await bureau.PostFormAsync(draft + "?handler=Publish", new Dictionary<string, string>
        {
            ["rowVersion"] = V(),
            ["revisionNote"] = "更正：重新发布",
            ["publishFindings"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        var report = pub.Headers.Location!.OriginalString;
        var versionId = long.Parse(report.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(Section, await visitor.GetStringAsync(report), StringComparison.Ordinal); // and now captured for the public
        Assert.Contains("同时公开审核结果（错误 0 个、警告", Store.Trail($"report:{versionId}").Single().Detail, StringComparison.Ordinal);
        Assert.Contains("（审核结果已公开）", await bureau.GetStringAsync(draft), StringComparison.Ordinal);

        // The bureau sees its control on the report page; the department's reviewer does not, and may not use it.
        var own = await bureau.GetStringAsync(report);
        Assert.Contains("撤回公开审核结果", own, StringComparison.Ordinal);
        Assert.DoesNotContain("撤回公开审核结果", await reviewer.GetStringAsync(report), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostFormAsync(report + "?handler=Findings", new Dictionary<string, string> { ["publish"] = "false" }, report)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherBureau.PostFormAsync(report + "?handler=Findings", new Dictionary<string, string> { ["publish"] = "false" }, report)).StatusCode);
        Assert.True(Store.FindingsPublication(versionId)!.Published);
        Assert.Contains(Store.Trail($"report:{versionId}"), t => t.Action == "拒绝访问" && t.UserName == "reviewer-jianping");

        // Withdrawn: the public page (served from its capture) and the API show nothing of the audit at once.
        var withdraw = await bureau.PostFormAsync(report + "?handler=Findings", new Dictionary<string, string> { ["publish"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Contains("公开页面不再显示", await bureau.GetStringAsync(report), StringComparison.Ordinal);
        var page = await visitor.GetStringAsync(report);
        Assert.DoesNotContain("审核结果", page, StringComparison.Ordinal);
        Assert.False(Json(await visitor.GetStringAsync($"/api/reports/{versionId}")).GetProperty("findingsPublished").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/reports/{versionId}/findings")).StatusCode);

        // Published again, later, on the report page.
        Assert.Contains("同时公开审核结果</button>", await bureau.GetStringAsync(report), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync(report + "?handler=Findings", new Dictionary<string, string> { ["publish"] = "true" })).StatusCode);
        Assert.Contains(Section, await visitor.GetStringAsync(report), StringComparison.Ordinal);
        Assert.True(Json(await visitor.GetStringAsync($"/api/reports/{versionId}")).GetProperty("findingsPublished").GetBoolean());

        var trail = Store.Trail($"report:{versionId}").Where(t => t.Action != "拒绝访问").Select(t => t.Action).Reverse();
        Assert.Equal(["发布", "撤回公开审核结果", "公开审核结果"], trail);
        Assert.All(Store.Trail($"report:{versionId}"), t => Assert.False(string.IsNullOrEmpty(t.Address)));
    }
}
