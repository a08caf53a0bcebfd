using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Juesuan.Core.Model;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Juesuan.Web.Tests;

/// <summary>
/// A server without the demo whose build time limit runs on a clock the test advances, and whose builds wait at
/// <see cref="WebOptions.BeforeBuild"/> until the test lets them go: a build is past the limit because the test says
/// so, however fast or loaded the machine is.
/// </summary>
public sealed class HeldBuildServer : WebServer
{
    public HeldBuildServer()
        : this(new FakeTimeProvider(), new BuildGate())
    {
    }

    private HeldBuildServer(FakeTimeProvider clock, BuildGate gate)
        : base(demo: false, o => o with { Clock = clock, BeforeBuild = gate.Hold })
    {
        Clock = clock;
        Gate = gate;
    }

    public FakeTimeProvider Clock { get; }

    public BuildGate Gate { get; }
}

/// <summary>Where a build waits: the test learns that one has reached it, and lets it go on.</summary>
public sealed class BuildGate
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _open = new();

    /// <summary>Completes when a build has reached the gate.</summary>
    public Task Reached => _reached.Task;

    public void Open() => _open.Set();

    /// <summary>Waits for <see cref="Open"/>, however long: a build never passes the gate by itself.</summary>
    public void Hold()
    {
        _reached.TrySetResult();
        _open.Wait();
    }
}

/// <summary>
/// Building an upload has a time limit: a build still running at the limit is refused in words without waiting for
/// it, the build stops at its next stage, nothing is stored, and the server keeps answering meanwhile.
/// </summary>
public sealed class BuildLimitTests(HeldBuildServer server) : IClassFixture<HeldBuildServer>
{
    /// <summary>Only how long a broken server may keep the test waiting: no outcome depends on it.</summary>
    internal static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

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
        var workspace = server.Services.GetRequiredService<Workspace>();
        var cache = server.Services.GetRequiredService<ReportCache>();
        var limit = server.Services.GetRequiredService<WebOptions>().BuildTimeLimit;
        var sample = DemoSeeder.Sample();
        var region = store.EnsureRegion("211382", sample.Department.Region);
        var dept = store.EnsureDepartment(region, sample.Department.Code, sample.Department.Name);
        var unit = store.EnsureUnit(dept, sample.Units[0].Code, sample.Units[0].Name);
        server.Services.GetRequiredService<Accounts>().Create("slow-officer", "填报员", Role.UnitOfficer, "slow-pass-1", region, dept, unit);
        using var officer = server.NewClient();
        await officer.LoginAsync("slow-officer", "slow-pass-1");
        var package = WebServer.SampleWorkbook();
        var hash = Convert.ToHexStringLower(SHA256.HashData(package));

        // The package has been read and its build has begun; it stays there until the gate opens.
        var upload = officer.PostFileAsync("/work?handler=Upload", package, "slow.xlsx");
        try
        {
            await server.Gate.Reached.WaitAsync(Hang);

            // Meanwhile the server answers others, and the upload waits for its build (the limit has not passed).
            using var visitor = server.NewClient();
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/regions").WaitAsync(Hang)).StatusCode);
            }

            Assert.False(upload.IsCompleted, "the upload was answered before its build finished or the limit passed");

            // The limit passes with the build still held: the upload is refused without waiting for the build.
            server.Clock.Advance(limit);
            var r = await upload.WaitAsync(Hang);
            var body = await r.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains($"在 {limit.TotalSeconds:0} 秒内未能生成报告", body, StringComparison.Ordinal);
        }
        finally
        {
            server.Gate.Open();
        }

        // The build goes on, stops at its next stage and frees its slot; only then is "nothing stored" worth checking.
        var clock = Stopwatch.StartNew();
        while (workspace.BuildsRunning > 0)
        {
            Assert.True(clock.Elapsed < Hang, "the refused build never stopped");
            await Task.Delay(20);
        }

        Assert.False(cache.Holds(hash), "the refused build ran to its end");
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
