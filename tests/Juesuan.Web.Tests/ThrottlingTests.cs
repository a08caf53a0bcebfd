using System.Net;
using System.Text;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>A server without the demo whose sign-ins are limited to 5 a window per address and 3 per account.</summary>
public sealed class LoginLimitedServer() : WebServer(demo: false, o => o with { Limits = new RateLimits(LoginsPerAddress: 5, LoginsPerAccount: 3, UploadsPerClient: 100) { Window = TimeSpan.FromMinutes(10) } });

/// <summary>A server without the demo whose uploads are limited to 2 a window per client.</summary>
public sealed class UploadLimitedServer() : WebServer(demo: false, o => o with { Limits = new RateLimits(LoginsPerAddress: 100, LoginsPerAccount: 100, UploadsPerClient: 2) { Window = TimeSpan.FromMinutes(10) } });

/// <summary>Sign-in and uploads are rate limited (ASP.NET Core's rate limiter): a 429 with Retry-After and a Chinese message.</summary>
public sealed class LoginThrottlingTests(LoginLimitedServer server) : IClassFixture<LoginLimitedServer>
{
    private static async Task AssertTooManyAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.True(r.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 600 }, $"Retry-After: {r.Headers.RetryAfter}");
        Assert.Contains("请求过于频繁", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ins_are_limited_per_account_and_per_address()
    {
        using var c = server.NewClient();
        // Per account: the fourth try at one name is refused before the password is looked at.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await c.LoginResponseAsync("target", "guess-" + i)).StatusCode);
        }

        await AssertTooManyAsync(await c.LoginResponseAsync("target", "guess-3"));
        var store = server.Services.GetRequiredService<Store>();
        Assert.Equal(3, store.Trail("user:target").Count); // the refused fourth try never reached the account

        // Per address: the fifth attempt from this address (another name) is the last one let through.
        Assert.Equal(HttpStatusCode.Unauthorized, (await c.LoginResponseAsync("other", "x")).StatusCode);
        await AssertTooManyAsync(await c.LoginResponseAsync("third", "x"));
        // The sign-in page itself is not limited.
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/account/login")).StatusCode);
    }
}

public sealed class UploadThrottlingTests(UploadLimitedServer server) : IClassFixture<UploadLimitedServer>
{
    [Fact]
    public async Task The_public_check_is_limited_per_address_on_the_api_and_the_page()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        async Task<HttpResponseMessage> ApiCheck()
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("not a report")), "file", "x.txt" } };
            return await http.PostAsync("/api/check", content);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await ApiCheck()).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await ApiCheck()).StatusCode);
        var refused = await ApiCheck();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The page shares the address's allowance.
        using var c = server.NewClient();
        var page = await c.PostFileAsync("/check", Encoding.UTF8.GetBytes("not a report"), "x.txt", field: "file");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("请求过于频繁", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_uploads_are_limited_per_account()
    {
        var store = server.Services.GetRequiredService<Store>();
        var region = store.EnsureRegion("990000", "测试地区");
        var dept = store.EnsureDepartment(region, "990", "测试部门");
        var unit = store.EnsureUnit(dept, "990001", "测试单位");
        server.Services.GetRequiredService<Accounts>().Create("uploader", "填报员", Role.UnitOfficer, "upload-pass-1", region, dept, unit);
        using var c = server.NewClient();
        await c.LoginAsync("uploader", "upload-pass-1");
        var junk = Encoding.UTF8.GetBytes("not a package");
        Assert.Equal(HttpStatusCode.BadRequest, (await c.PostFileAsync("/work?handler=Upload", junk, "a.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await c.PostFileAsync("/work?handler=Upload", junk, "a.xlsx")).StatusCode);
        var r = await c.PostFileAsync("/work?handler=Upload", junk, "a.xlsx");
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.NotNull(r.Headers.RetryAfter?.Delta);
        // Other forms of the workspace are not uploads and stay open.
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/work")).StatusCode);
    }
}
