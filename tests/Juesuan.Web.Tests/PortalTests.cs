using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Juesuan.Publishing;
using Juesuan.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>The portal as its users expect it (issue 11 item 8): search that finds Chinese words, the addresses people type, compare, the demo, the API's documentation.</summary>
public sealed partial class PortalTests(WebServer server) : IClassFixture<WebServer>
{
    private Store Store => server.Services.GetRequiredService<Store>();

    /// <summary>Every demo report says “三公”经费 (第二部分 六); the placeholder's own example 三公经费 must find them, however typed.</summary>
    [Theory]
    [InlineData("三公经费")]
    [InlineData("“三公”经费")]
    [InlineData("三公")]
    [InlineData("＂三公＂经费")]
    public async Task Search_finds_the_placeholders_example_and_marks_the_passage(string q)
    {
        using var c = server.NewClient();
        var page = await c.GetStringAsync("/?q=" + Uri.EscapeDataString(q));
        Assert.Contains("共 8 份报告", page, StringComparison.Ordinal);
        Assert.Equal(8, PassagePattern().Matches(page).Count);
        Assert.Contains(q == "三公" ? "<mark>三公</mark>" : "<mark>“三公”经费</mark>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_words_narrow_and_punctuation_alone_finds_nothing()
    {
        using var c = server.NewClient();
        Assert.Contains("共 2 份报告", await c.GetStringAsync("/?q=" + Uri.EscapeDataString("三公经费 凌源市")), StringComparison.Ordinal);
        Assert.Contains("共 0 份报告", await c.GetStringAsync("/?q=" + Uri.EscapeDataString("“”")), StringComparison.Ordinal);
        Assert.Contains("共 0 份报告", await c.GetStringAsync("/?q=" + Uri.EscapeDataString("三公经费预算外")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_and_logout_are_where_people_type_them()
    {
        using var c = server.NewClient();
        var login = await c.GetAsync("/login?returnUrl=%2Fwork");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2Fwork", login.Headers.Location!.OriginalString);
        var logout = await c.GetAsync("/logout");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/account/logout", logout.Headers.Location!.OriginalString);
        Assert.Contains("您没有登录", await c.GetStringAsync("/account/logout"), StringComparison.Ordinal);
        await c.LoginAsync("reviewer-lingyuan");
        Assert.Contains("<form method=\"post\"", await c.GetStringAsync("/account/logout"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_starts_with_two_different_reports_and_says_when_both_sides_are_one()
    {
        using var c = server.NewClient();
        var page = await c.GetStringAsync("/compare");
        var heads = HeadPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, heads.Count);
        Assert.NotEqual(heads[0], heads[1]);

        var id = Store.Search(new ReportQuery(Year: 2024, Words: "凌源市")).Items.Single().Id;
        var only = await c.GetStringAsync($"/compare?a={id}");
        var sides = HeadPattern().Matches(only).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, sides.Count);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), sides[0]);
        Assert.NotEqual(sides[0], sides[1]);

        var same = await c.GetStringAsync($"/compare?a={id}&b={id}");
        Assert.Contains("两边选择的是同一份报告", same, StringComparison.Ordinal);
        Assert.DoesNotContain("table class=\"compare\"", same, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_neighbours_are_their_own_departments_not_copies_of_the_sample()
    {
        var names = Store.Departments().Select(d => d.Name).ToList();
        Assert.Contains("喀喇沁左翼蒙古族自治县人力资源和社会保障局", names);
        Assert.DoesNotContain(names, n => n.Contains("喀左县", StringComparison.Ordinal));
        // The sample's own programme (才聚凌源计划) and place appear in the sample's two years only.
        Assert.Equal(2, Store.Search(new ReportQuery(Words: "凌源")).Total);
        Assert.Equal(2, Store.Search(new ReportQuery(Words: "才聚凌源")).Total);
        Assert.DoesNotContain("喀左县", Store.SearchTextOf(Store.Search(new ReportQuery(Words: "喀喇沁左翼蒙古族自治县", Year: 2024)).Items.Single().Id), StringComparison.Ordinal);

        // Against the sample, each figure changes by its own percentage (a uniform copy would print one, +37.00%).
        var sample = Store.Search(new ReportQuery(Year: 2024, Words: "凌源市")).Items.Single().Id;
        using var c = server.NewClient();
        foreach (var place in new[] { "建平县", "喀喇沁左翼蒙古族自治县", "北票市" })
        {
            var other = Store.Search(new ReportQuery(Year: 2024, Words: place + "人力资源")).Items.Single().Id;
            var page = await c.GetStringAsync($"/compare?a={sample}&b={other}");
            var percents = PercentPattern().Matches(page).Select(m => m.Value).ToList();
            Assert.True(percents.Distinct().Count() >= percents.Count * 2 / 3 && percents.Count >= 10, $"{place}: {string.Join(" ", percents)}");
        }

        // A department's two years differ item by item too.
        var prior = Store.LatestOfDepartment(Store.Version(sample)!.DepartmentId).Single(v => v.Year == 2023).Id;
        var years = PercentPattern().Matches(await c.GetStringAsync($"/compare?a={prior}&b={sample}")).Select(m => m.Value).Distinct().Count();
        Assert.True(years >= 10, $"{years} different changes between the sample's two years");
    }

    [Fact]
    public async Task The_api_documentation_is_in_chinese_with_typed_formats_and_described_responses()
    {
        using var c = server.NewClient();
        var json = await c.GetStringAsync("/openapi/v1.json");
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "juesuan-openapi.json"), json);
        var doc = JsonDocument.Parse(json).RootElement;
        Assert.Contains("决算", doc.GetProperty("info").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("只读", doc.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);

        var download = doc.GetProperty("paths").GetProperty("/reports/{id}/download/{format}").GetProperty("get");
        var format = download.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "format");
        Assert.Equal(ReportOutputs.Downloads.Select(o => o.Format), format.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var media = download.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("application/pdf", media);
        Assert.Contains("application/zip", media);

        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var where = $"{op.Name} {path.Name}";
                Assert.True(op.Value.TryGetProperty("summary", out var summary) && Cjk().IsMatch(summary.GetString() ?? ""), $"{where}: no Chinese summary");
                foreach (var p in op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
                {
                    Assert.True(p.TryGetProperty("description", out var d) && Cjk().IsMatch(d.GetString() ?? ""), $"{where}: parameter {p.GetProperty("name")} undescribed");
                }

                foreach (var r in op.Value.GetProperty("responses").EnumerateObject())
                {
                    Assert.True(Cjk().IsMatch(r.Value.GetProperty("description").GetString() ?? ""), $"{where}: response {r.Name} described in English");
                    if (r.Name == "200" && op.Name == "get")
                    {
                        Assert.True(r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(), $"{where}: 200 without a body");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Audit_findings_are_for_officers_not_the_public()
    {
        var id = Store.Search(new ReportQuery(Year: 2024, Words: "凌源市")).Items.Single().Id;
        using var visitor = server.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/reports/{id}/findings")).StatusCode);
        Assert.DoesNotContain("auditErrors", await visitor.GetStringAsync($"/api/reports/{id}"), StringComparison.Ordinal);
        using var own = server.NewClient();
        await own.LoginAsync("reviewer-lingyuan");
        var findings = JsonDocument.Parse(await own.GetStringAsync($"/api/reports/{id}/findings")).RootElement;
        Assert.Equal(JsonValueKind.Array, findings.ValueKind);
        // Each finding says which catalogue message it is (说明编号), by name.
        Assert.NotEmpty(findings.EnumerateArray());
        Assert.All(findings.EnumerateArray(), f => Assert.True(Enum.IsDefined(Enum.Parse<Juesuan.Audit.Messages.AuditMessageId>(f.GetProperty("messageId").GetString()!))));
        using var other = server.NewClient();
        await other.LoginAsync("reviewer-jianping");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/reports/{id}/findings")).StatusCode);
    }

    [GeneratedRegex("<p class=\"passage\">")]
    private static partial Regex PassagePattern();

    [GeneratedRegex("<th scope=\"col\"><a href=\"/reports/(\\d+)\">")]
    private static partial Regex HeadPattern();

    [GeneratedRegex("(?:[+-]|&#x2B;)\\d+\\.\\d\\d%")]
    private static partial Regex PercentPattern();

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
