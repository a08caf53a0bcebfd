using System.Net;
using Juesuan.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>A draft of 凌源市人社局 (unit 190001) in the state 草稿, for the matrix to act on.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    public WebServer Server { get; } = new();

    public long DraftId { get; private set; }

    public int RowVersion { get; private set; }

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        using var officer = Server.NewClient();
        await officer.LoginAsync("unit-lingyuan");
        var r = await officer.PostFileAsync("/work?handler=Upload", WebServer.SampleWorkbook(), "凌源市人社局-2024.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        DraftId = long.Parse(r.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        RowVersion = Server.Services.GetRequiredService<Store>().Draft(DraftId)!.RowVersion;
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}

/// <summary>
/// Every role × every action on one draft. A denial is a 403 (401 from the API, the sign-in page for the anonymous);
/// an allowed action is sent with a stale row version, so it gets past authorisation and stops at the conflict
/// check (409) without changing anything — the draft is the same after the whole matrix.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture f) : IClassFixture<MatrixFixture>
{
    // Who: the draft's own officer; an officer of another unit of the same department; of another department;
    // the department's reviewer; another department's; the region's bureau; another region's; the administrator; the public.
    public static readonly string[] Who = ["unit-lingyuan", "unit2-lingyuan", "unit-jianping", "reviewer-lingyuan", "reviewer-jianping", "bureau-lingyuan", "bureau-jianping", "admin", "public"];

    // Expected, in the order of Who: 200/409/400 allowed, 403 denied, "login" sent to the sign-in page, 401 the API's answer.
    public static TheoryData<string, string, string> Matrix()
    {
        var rows = new (string Action, string[] Expected)[]
        {
            ("view", ["200", "403", "403", "200", "403", "200", "403", "200", "login"]),
            ("api-view", ["200", "403", "403", "200", "403", "200", "403", "200", "401"]),
            ("submit", ["409", "403", "403", "403", "403", "403", "403", "403", "login"]),
            ("replace", ["409", "403", "403", "403", "403", "403", "403", "403", "login"]),
            ("approve", ["403", "403", "403", "409", "403", "403", "403", "403", "login"]),
            ("return", ["403", "403", "403", "409", "403", "409", "403", "403", "login"]),
            ("publish", ["403", "403", "403", "403", "403", "409", "403", "403", "login"]),
            ("comment", ["302", "403", "403", "302", "403", "302", "403", "403", "login"]),
            ("upload", ["400", "400", "400", "403", "403", "403", "403", "403", "login"]),
            ("trail", ["403", "403", "403", "403", "403", "200", "200", "200", "login"]),
            ("admin", ["403", "403", "403", "403", "403", "403", "403", "200", "login"]),
            ("workspace", ["200", "200", "200", "200", "200", "200", "200", "200", "login"]),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (action, expected) in rows)
        {
            for (var i = 0; i < Who.Length; i++)
            {
                data.Add(Who[i], action, expected[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_by_action(string who, string action, string expected)
    {
        using var c = f.Server.NewClient();
        if (who != "public")
        {
            await c.LoginAsync(who);
        }

        var d = $"/work/drafts/{f.DraftId}";
        var stale = new Dictionary<string, string> { ["rowVersion"] = (f.RowVersion + 100).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var tokenPage = "/account/login"; // a form every visitor can load; the token belongs to the signed-in user
        var before = f.Server.Services.GetRequiredService<Store>().Draft(f.DraftId)!;
        using var r = action switch
        {
            "view" => await c.GetAsync(d),
            "api-view" => await c.GetAsync($"/api/drafts/{f.DraftId}"),
            "submit" => await c.PostFormAsync(d + "?handler=Submit", stale, tokenPage),
            "replace" => await c.PostFileAsync(d + "?handler=Replace", WebServer.SampleWorkbook(), "p.xlsx", stale, tokenPage),
            "approve" => await c.PostFormAsync(d + "?handler=Approve", stale, tokenPage),
            "return" => await c.PostFormAsync(d + "?handler=Return", new Dictionary<string, string>(stale) { ["reason"] = "请核对" }, tokenPage),
            "publish" => await c.PostFormAsync(d + "?handler=Publish", new Dictionary<string, string>(stale) { ["revisionNote"] = "更正" }, tokenPage),
            "comment" => await c.PostFormAsync(d + "?handler=Comment", new Dictionary<string, string> { ["findingKey"] = "矩阵", ["body"] = "矩阵测试 " + who }, tokenPage),
            "upload" => await c.PostFileAsync("/work?handler=Upload", "not a workbook"u8.ToArray(), "x.xlsx", null, tokenPage),
            "trail" => await c.GetAsync("/work/trail"),
            "admin" => await c.GetAsync("/admin"),
            "workspace" => await c.GetAsync("/work"),
            _ => throw new ArgumentException(action),
        };

        var body = await r.Content.ReadAsStringAsync();
        if (expected == "login")
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/account/login", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) == expected,
                $"{who} {action}: {(int)r.StatusCode}, expected {expected}\n{Client.Excerpt(body)}");
            if (expected == "302")
            {
                Assert.Equal(d, r.Headers.Location!.OriginalString);
            }
        }

        var after = f.Server.Services.GetRequiredService<Store>().Draft(f.DraftId)!;
        Assert.Equal((before.State, before.RowVersion, before.PackageHash), (after.State, after.RowVersion, after.PackageHash));
    }

    [Fact]
    public async Task A_draft_never_appears_to_the_public()
    {
        using var c = f.Server.NewClient();
        var draftsApi = await c.GetAsync("/api/drafts");
        Assert.Equal(HttpStatusCode.Unauthorized, draftsApi.StatusCode);
        var search = await c.GetStringAsync("/api/reports?pageSize=100");
        Assert.DoesNotContain($"\"draftId\":{f.DraftId}", search, StringComparison.Ordinal);
        var work = await c.GetAsync("/work");
        Assert.Equal(HttpStatusCode.Redirect, work.StatusCode);
    }
}
