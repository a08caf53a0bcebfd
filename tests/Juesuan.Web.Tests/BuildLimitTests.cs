using System.Diagnostics;
using System.Net;
using Juesuan.Core.Model;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>A server without the demo, whose uploads must be built within 30 ms (reading the sample workbook alone takes longer).</summary>
public sealed class ShortBuildLimitServer() : WebServer(demo: false, o => o with { BuildTimeLimit = TimeSpan.FromMilliseconds(30) });

/// <summary>Building an upload has a time limit: a package made to be slow is refused in words, nothing is stored, and the server keeps answering.</summary>
public sealed class BuildLimitTests(ShortBuildLimitServer server) : IClassFixture<ShortBuildLimitServer>
{
    /// <summary>The sample with 150,000 characters of 职责 (five cells of 30,000, within the reader's limits).</summary>
    public static FinalAccounts Slow()
    {
        var a = DemoSeeder.Sample();
        var sentence = "本单位依法履行人力资源和社会保障职责，加强预算管理，规范资金使用，提高财政资金使用效益，";
        var cell = string.Concat(Enumerable.Repeat(sentence, (30_000 / sentence.Length) + 1))[..30_000];
        return a with { Narrative = [.. a.Narrative, .. Enumerable.Range(0, 5).Select(_ => new NarrativeText("职责", NarrativeKinds.Paragraph, cell))] };
    }

    [Fact]
    public async Task A_package_too_slow_to_build_is_refused_and_the_server_stays_responsive()
    {
        var store = server.Services.GetRequiredService<Store>();
        var sample = DemoSeeder.Sample();
        var region = store.EnsureRegion("211382", sample.Department.Region);
        var dept = store.EnsureDepartment(region, sample.Department.Code, sample.Department.Name);
        var unit = store.EnsureUnit(dept, sample.Units[0].Code, sample.Units[0].Name);
        server.Services.GetRequiredService<Accounts>().Create("slow-officer", "填报员", Role.UnitOfficer, "slow-pass-1", region, dept, unit);
        using var officer = server.NewClient();
        await officer.LoginAsync("slow-officer", "slow-pass-1");
        var package = DemoSeeder.Workbook(Slow());

        var clock = Stopwatch.StartNew();
        var upload = officer.PostFileAsync("/work?handler=Upload", package, "slow.xlsx");
        // Meanwhile the server answers others.
        using var visitor = server.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var each = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/regions")).StatusCode);
            Assert.True(each.Elapsed < TimeSpan.FromSeconds(5), $"/api/regions took {each.Elapsed}");
        }

        var r = await upload;
        var body = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("秒内未能生成报告", body, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the refusal took {clock.Elapsed}");
        Assert.Empty(store.Drafts(unit, null, null));
        Assert.Contains(store.Trail(), t => t.Action == "上传被拒绝" && t.Detail.Contains("未能生成报告", StringComparison.Ordinal));
    }
}

/// <summary>The report cache keeps within its byte budget: a large entry pushes older ones out, and one larger than the budget is not kept.</summary>
public sealed class ReportCacheBudgetTests
{
    [Fact]
    public void A_large_entry_evicts_others_and_the_total_stays_within_the_budget()
    {
        var small = DemoSeeder.Workbook(DemoSeeder.Sample());
        var large = DemoSeeder.Workbook(BuildLimitTests.Slow());
        var probe = new ReportCache();
        var smallSize = ReportCache.Estimate(probe.Get(small, "probe-small", "s.xlsx"));
        var largeSize = ReportCache.Estimate(probe.Get(large, "probe-large", "l.xlsx"));
        Assert.True(largeSize > 2 * smallSize, $"large {largeSize}, small {smallSize}");

        // Room for three small ones, or the large one and at most one small one.
        var cache = new ReportCache((3 * smallSize) + (smallSize / 2));
        Assert.True(largeSize < cache.MaxBytes, $"large {largeSize}, budget {cache.MaxBytes}");
        foreach (var key in new[] { "a", "b", "c" })
        {
            cache.Get(small, key, key + ".xlsx");
            Assert.True(cache.Bytes <= cache.MaxBytes);
        }

        Assert.True(cache.Holds("a") && cache.Holds("b") && cache.Holds("c"));
        cache.Get(small, "a", "a.xlsx"); // a is used again: b is now the oldest
        cache.Get(large, "big", "big.xlsx");
        Assert.True(cache.Bytes <= cache.MaxBytes, $"{cache.Bytes} > {cache.MaxBytes}");
        Assert.True(cache.Holds("big"));
        Assert.False(cache.Holds("b"));
        Assert.Equal(cache.Bytes, largeSize + new[] { "a", "c" }.Where(cache.Holds).Sum(_ => smallSize));

        // An entry larger than the whole budget is served but not kept.
        var tiny = new ReportCache(smallSize / 2);
        Assert.NotNull(tiny.Get(small, "x", "x.xlsx").ArticleHtml);
        Assert.False(tiny.Holds("x"));
        Assert.Equal(0, tiny.Bytes);
    }
}
