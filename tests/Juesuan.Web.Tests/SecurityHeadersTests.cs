using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Juesuan.Web.Tests;

/// <summary>A Content-Security-Policy on every page (the API documentation included, which renders under it) and Secure cookies over HTTPS.</summary>
public sealed partial class SecurityHeadersTests(WebServer server) : IClassFixture<WebServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/check")]
    [InlineData("/account/login")]
    [InlineData("/scalar/")]
    [InlineData("/api/regions")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/no-such-page")]
    [InlineData("/reports/1")] // a published page, served from its rendering (decision 0013)
    [InlineData("/reports/1/download/docx")]
    [InlineData("/api/reports/1/tables")]
    public async Task Every_response_has_a_content_security_policy_without_inline_script_or_eval(string path)
    {
        using var c = server.NewClient();
        using var r = await c.GetAsync(path);
        var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
        var script = ScriptSrc().Match(csp);
        Assert.True(script.Success, csp);
        Assert.DoesNotContain("unsafe-inline", script.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_documentation_names_its_own_nonce_fresh_for_each_request()
    {
        using var c = server.NewClient();
        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var r = await c.GetAsync("/scalar/");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var html = await r.Content.ReadAsStringAsync();
            var nonce = Nonce().Match(html).Groups[1].Value;
            Assert.NotEmpty(nonce);
            Assert.Contains($"'nonce-{nonce}'", Assert.Single(r.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.All(ScriptTag().Matches(html), m => Assert.Contains($"nonce=\"{nonce}\"", m.Value, StringComparison.Ordinal));
            nonces.Add(nonce);
        }

        Assert.NotEqual(nonces[0], nonces[1]);
    }

    [Fact]
    public async Task The_api_documentation_renders_in_chromium_under_its_policy()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Type + ": " + m.Text);
        page.PageError += (_, e) => console.Add("pageerror: " + e);
        await page.GotoAsync("/scalar/");
        // The document's title appears once Scalar's script has run and fetched /openapi/v1.json; its default
        // fonts (from fonts.scalar.com) are off, so nothing asks for another origin and nothing is blocked.
        try
        {
            await page.GetByText("Juesuan 决算公开开放数据 API").First.WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail("Scalar did not render:\n" + string.Join("\n", console) + "\n" + await page.ContentAsync());
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "scalar-under-csp.png") });
        }

        var violations = console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", console));
    }

    [Theory]
    [InlineData(false, CookieSecurePolicy.SameAsRequest)]
    [InlineData(true, CookieSecurePolicy.Always)]
    public void Cookies_are_secure_over_https_and_always_when_the_site_is_served_over_https(bool httpsOnly, CookieSecurePolicy expected)
    {
        var dir = Path.Combine(Path.GetTempPath(), "juesuan-cookie-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var app = WebApp.Create(new WebOptions(Path.Combine(dir, "t.db"), dir, Demo: false) { HttpsOnly = httpsOnly }, [], TextWriter.Null);
            var auth = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
            var af = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value;
            Assert.Equal((expected, expected), (auth.Cookie.SecurePolicy, af.Cookie.SecurePolicy));
            Assert.True(auth.Cookie.HttpOnly);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex("script-src[^;]*")]
    private static partial Regex ScriptSrc();

    [GeneratedRegex("nonce=\"([^\"]+)\"")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
