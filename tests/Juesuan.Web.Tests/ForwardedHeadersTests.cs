using System.Net;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>A server behind a reverse proxy on this machine (--known-proxy 127.0.0.1 ::1), 6 sign-ins a window per address.</summary>
public sealed class ProxiedServer() : WebServer(demo: false, o => o with
{
    KnownProxies = [IPAddress.Loopback, IPAddress.IPv6Loopback],
    Limits = new RateLimits(LoginsPerAddress: 6, LoginsPerAccount: 100, UploadsPerClient: 100) { Window = TimeSpan.FromMinutes(10) },
});

/// <summary>
/// Behind nginx (issue 13): X-Forwarded-Proto and X-Forwarded-For are believed from the configured proxies only, so
/// Secure cookies, per-address rate limits, per-address lockout and the trail's addresses work behind one.
/// </summary>
public sealed class ForwardedHeadersTests(ProxiedServer server) : IClassFixture<ProxiedServer>
{
    private const string Password = "proxy-pass-1";

    private string NewUser(string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        server.Services.GetRequiredService<Accounts>().Create(name, "测试", Role.Administrator, Password, null, null, null);
        return name;
    }

    private Client From(string address)
    {
        var c = server.NewClient();
        c.SetHeader("X-Forwarded-For", address);
        return c;
    }

    [Fact]
    public async Task Https_at_the_proxy_makes_the_cookies_secure()
    {
        using var c = server.NewClient();
        c.SetHeader("X-Forwarded-Proto", "https");
        using var r = await c.GetAsync("/account/login");
        Assert.Contains(r.Headers.GetValues("Set-Cookie"), h => h.StartsWith("juesuan.af=", StringComparison.Ordinal) && h.Contains("secure", StringComparison.OrdinalIgnoreCase));

        using var plain = server.NewClient();
        using var p = await plain.GetAsync("/account/login");
        Assert.DoesNotContain(p.Headers.GetValues("Set-Cookie"), h => h.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_forwarded_address_is_the_clients_in_the_trail_and_in_the_rate_limit()
    {
        var name = NewUser("fwd");
        using var a = From("203.0.113.1");
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await a.LoginResponseAsync("nobody-" + i, "x")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await a.LoginResponseAsync(name, Password)).StatusCode);
        // Another client behind the same proxy is another address: its allowance is its own.
        using var b = From("203.0.113.2");
        Assert.Equal(HttpStatusCode.Redirect, (await b.LoginResponseAsync(name, Password)).StatusCode);
        var store = server.Services.GetRequiredService<Store>();
        Assert.Contains(store.Trail("user:nobody-0"), t => t.Address == "203.0.113.1");
        Assert.Contains(store.Trail("user:" + name), t => t.Action == "登录" && t.Address == "203.0.113.2");
    }

    [Fact]
    public async Task A_guesser_locks_out_only_its_own_address_the_user_signs_in_from_another()
    {
        var name = NewUser("victim");
        using var guesser = From("198.51.100.66");
        for (var i = 0; i < Accounts.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.LoginResponseAsync(name, "guess-" + i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.LoginResponseAsync(name, Password)).StatusCode); // even the right one
        using var user = From("192.0.2.10");
        Assert.Equal(HttpStatusCode.Redirect, (await user.LoginResponseAsync(name, Password)).StatusCode);
        var trail = server.Services.GetRequiredService<Store>().Trail("user:" + name);
        Assert.Contains(trail, t => t.Action == "登录被拒绝" && t.Address == "198.51.100.66" && t.Detail.Contains("其他地址不受影响", StringComparison.Ordinal));
    }
}

/// <summary>Without --known-proxy the forwarded headers are ignored: no client chooses its own address or scheme.</summary>
public sealed class UnproxiedHeadersTests(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Forwarded_headers_from_an_unknown_sender_change_nothing()
    {
        using var c = server.NewClient();
        c.SetHeader("X-Forwarded-For", "203.0.113.99");
        c.SetHeader("X-Forwarded-Proto", "https");
        using var page = await c.GetAsync("/account/login");
        Assert.DoesNotContain(page.Headers.GetValues("Set-Cookie"), h => h.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var name = "spoof-" + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Unauthorized, (await c.LoginResponseAsync(name, "x")).StatusCode);
        Assert.Contains(server.Services.GetRequiredService<Store>().Trail("user:" + name), t => t.Address == "127.0.0.1");
    }
}
