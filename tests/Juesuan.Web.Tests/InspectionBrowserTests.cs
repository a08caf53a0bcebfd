using System.Text.RegularExpressions;
using Juesuan.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Juesuan.Web.Tests;

/// <summary>
/// 公开检查 in Debian's Chromium as a bureau uses it: upload a zip on the page, watch the progress (polled by
/// inspection.js under the site's CSP), read the ranking and the findings, publish, and see the public page on a desktop
/// and a phone. Screenshots as BrowserTests takes them (docs/screenshots/web-21-inspection-*.png with
/// JUESUAN_UPDATE_SCREENSHOTS=1).
/// </summary>
public sealed class InspectionBrowserTests(WebServer server) : ChromiumTests, IClassFixture<WebServer>
{
    [Fact]
    public async Task The_bureau_inspects_a_zip_watches_it_run_and_publishes_the_ranking()
    {
        var context = await NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Type + ": " + m.Text);
        page.PageError += (_, e) => console.Add("pageerror: " + e);
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=userName]", "bureau-beipiao");
        await page.FillAsync("input[name=password]", Juesuan.Web.Services.DemoSeeder.Password);
        await page.ClickAsync("button:has-text('登录')");
        await page.WaitForURLAsync("**/work");

        await page.ClickAsync("header.site a:has-text('公开检查')");
        var zip = Path.Combine(Path.GetTempPath(), "普陀区2025-" + Guid.NewGuid().ToString("N")[..6] + ".zip");
        await File.WriteAllBytesAsync(zip, InspectionTests.PutuoZip());
        await page.SetInputFilesAsync("input[name=files]", zip);
        await Shot(page, "web-21-inspection-upload.png");
        await page.ClickAsync("button:has-text('上传并开始检查')");
        await page.WaitForURLAsync(new Regex("/work/inspections/\\d+$"));
        var url = new Uri(page.Url).AbsolutePath;

        // inspection.js polls and reloads the page when the batch is done.
        await Assertions.Expect(page.Locator("h2#departments")).ToBeVisibleAsync(new() { Timeout = 240_000 });
        await Assertions.Expect(page.Locator("table.ranking").Nth(1)).ToContainTextAsync("R-INSTRUCTION");
        await Shot(page, "web-21-inspection-result.png");
        await page.EvaluateAsync("document.getElementById('reports').scrollIntoView()");
        await Shot(page, "web-21-inspection-reports.png");
        await page.EvaluateAsync("document.getElementById('findings').scrollIntoView()");
        await Shot(page, "web-21-inspection-findings.png");

        // A batch still waiting (stored, not queued here): the page shows its progress, which inspection.js keeps asking for.
        var store = server.Services.GetRequiredService<InspectionStore>();
        var row = store.Find(long.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture))!;
        var waiting = store.Create(row.RegionId, "普陀区2025（排队）.zip", [("a.txt", [1]), ("b.txt", [2]), ("c.txt", [3])], row.CreatedBy, "bureau-beipiao");
        await page.GotoAsync($"/work/inspections/{waiting}");
        await Assertions.Expect(page.Locator(".progress-text a")).ToHaveCountAsync(0); // the script's text replaced the server's (with its 刷新 link)
        await Assertions.Expect(page.Locator(".progress-text")).ToContainTextAsync("已检查 0 / 3 个文件（排队中）");
        await Shot(page, "web-21-inspection-progress.png");
        await page.GotoAsync(url);

        await page.ClickAsync("button:has-text('发布排名')");
        await Assertions.Expect(page.Locator("p.notice.ok")).ToContainTextAsync("已在公开平台发布");
        await page.ClickAsync("a:has-text('查看公开页面')");
        await Assertions.Expect(page.Locator("p.published-by")).ToContainTextAsync("北票市财政局");
        await Shot(page, "web-21-inspection-public.png", fullPage: true);

        var phone = await PhoneAsync(server.BaseAddress);
        await phone.GotoAsync(new Uri(page.Url).PathAndQuery);
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the public ranking overflows a phone's width");
        await Shot(phone, "web-21-inspection-public-phone.png");

        var violations = console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.StartsWith("pageerror", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", console));
    }
}
