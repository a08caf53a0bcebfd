using System.Text.RegularExpressions;
using Juesuan.Storage;
using Juesuan.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Juesuan.Web.Tests;

/// <summary>
/// The whole flow in Debian's Chromium (/usr/bin/chromium, driven by Playwright; no browser is downloaded):
/// a unit officer uploads the sample and submits, the reviewer comments and approves, the bureau publishes,
/// the public finds the report on a phone, opens its charts and downloads the PDF. Screenshots of each page go to
/// the test output, and to docs/screenshots/ when JUESUAN_UPDATE_SCREENSHOTS=1.
/// </summary>
public sealed class BrowserTests(WebServer server) : ChromiumTests, IClassFixture<WebServer>
{
    private async Task<IPage> SignedInAsync(string user)
    {
        var context = await NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=userName]", user);
        await page.FillAsync("input[name=password]", Juesuan.Web.Services.DemoSeeder.Password);
        await page.ClickAsync("button:has-text('登录')");
        await page.WaitForURLAsync("**/work");
        return page;
    }

    [Fact]
    public async Task Upload_review_publish_and_read_on_a_phone()
    {
        var store = server.Services.GetRequiredService<Store>();

        // 1. The unit officer signs in, uploads the sample, sees the findings and submits.
        var anon = await (await NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() })).NewPageAsync();
        await anon.GotoAsync("/account/login");
        await Shot(anon, "web-01-login.png");
        var officer = await SignedInAsync("unit-lingyuan");
        await Shot(officer, "web-02-workspace.png");
        var file = Path.Combine(Path.GetTempPath(), "凌源市人社局2024-" + Guid.NewGuid().ToString("N")[..6] + ".xlsx");
        await File.WriteAllBytesAsync(file, WebServer.SampleWorkbook());
        await officer.SetInputFilesAsync("input[name=package]", file);
        await officer.ClickAsync("button:has-text('上传并审核')");
        await officer.WaitForURLAsync(new Regex("/work/drafts/\\d+$"));
        var draftUrl = new Uri(officer.Url).AbsolutePath;
        await Assertions.Expect(officer.Locator("h2:has-text('审核发现')")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("dl.facts")).ToContainTextAsync("0 个错误");
        await Shot(officer, "web-03-draft-findings.png");
        await officer.ClickAsync("button:has-text('提交审核')");
        await Assertions.Expect(officer.Locator("main.site > h1")).ToContainTextAsync("已提交待审核");

        // 2. The department reviewer finds it in the workspace, comments and approves.
        var reviewer = await SignedInAsync("reviewer-lingyuan");
        await reviewer.ClickAsync($"a[href='{draftUrl}']");
        var comment = reviewer.Locator("form.comment-form input[name=body]").First;
        if (await comment.CountAsync() > 0)
        {
            await comment.FillAsync("已核对，原因已在说明中写明");
            await reviewer.Locator("form.comment-form button").First.ClickAsync();
            await Assertions.Expect(reviewer.Locator(".comments").First).ToContainTextAsync("已核对");
        }

        await reviewer.FillAsync("input[name=note]", "同意公开");
        await Shot(reviewer, "web-04-review.png");
        await reviewer.ClickAsync("button:has-text('审核通过')");
        await Assertions.Expect(reviewer.Locator("main.site > h1")).ToContainTextAsync("部门已审核待发布");

        // 3. The finance bureau publishes (a correction of the demo's version 1, so it writes a revision note).
        var bureau = await SignedInAsync("bureau-lingyuan");
        await bureau.GotoAsync(draftUrl);
        await bureau.FillAsync("input[name=revisionNote]", "更正：按审核意见重新发布");
        await Assertions.Expect(bureau.Locator("input[name=publishFindings]")).Not.ToBeCheckedAsync(); // 同时公开审核结果: off unless chosen
        await Shot(bureau, "web-05-publish.png");
        await bureau.ClickAsync("button:has-text('发布更正')");
        await bureau.WaitForURLAsync(new Regex("/reports/\\d+$"));
        var reportUrl = new Uri(bureau.Url).AbsolutePath;
        await Assertions.Expect(bureau.Locator("dl.facts")).ToContainTextAsync("更正：按审核意见重新发布");
        await Assertions.Expect(bureau.Locator("section.published-findings")).ToHaveCountAsync(0);

        // 4. The public, on a phone: search, open the report, see the charts, download the PDF.
        var phone = await (await NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            AcceptDownloads = true,
        })).NewPageAsync();
        await phone.GotoAsync(draftUrl);
        Assert.Contains("/account/login", phone.Url, StringComparison.Ordinal); // a draft is not public
        await phone.GotoAsync("/");
        await phone.FillAsync("input[name=q]", "凌源市 就业");
        await phone.SelectOptionAsync("select[name=year]", "2024");
        await phone.ClickAsync("button:has-text('检索')");
        await Assertions.Expect(phone.Locator("p.count")).ToContainTextAsync("共 1 份报告");
        await Shot(phone, "web-06-search-phone.png");
        await phone.ClickAsync($"a[href='{reportUrl}']");
        await Assertions.Expect(phone.Locator(".chart[data-ready=true]")).ToHaveCountAsync(6);
        await Shot(phone, "web-07-report-phone.png");
        await phone.Locator("#chart-functions").ScrollIntoViewIfNeededAsync();
        await phone.WaitForTimeoutAsync(1000);
        await Shot(phone, "web-08-charts-phone.png");
        // The PDF is made in the background after publication (503 with Retry-After until then): wait for it as a client would.
        using (var waiting = server.NewClient())
        {
            await PublishedSiteTests.PdfAsync(waiting, reportUrl + "/download/pdf");
        }

        var download = await phone.RunAndWaitForDownloadAsync(() => phone.ClickAsync("a:has-text('PDF 报告')"), new() { Timeout = 180_000 });
        var pdf = Path.Combine(Path.GetTempPath(), download.SuggestedFilename);
        await download.SaveAsAsync(pdf);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..4]));
        Assert.EndsWith("第2版.pdf", download.SuggestedFilename, StringComparison.Ordinal);

        // 5. The desktop report page, the comparison and the API documentation.
        var desk = await (await NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await desk.GotoAsync("/");
        await Shot(desk, "web-09-portal.png");
        await desk.GotoAsync(reportUrl);
        await Assertions.Expect(desk.Locator(".chart[data-ready=true]")).ToHaveCountAsync(6);
        await Shot(desk, "web-10-report.png", fullPage: false);
        await desk.EvaluateAsync("document.getElementById('chart-functions').scrollIntoView()");
        await desk.WaitForTimeoutAsync(1000); // let the labels settle before the picture
        await Shot(desk, "web-11-charts.png");
        var v = store.Version(long.Parse(reportUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture))!;
        var prior = store.LatestOfDepartment(v.DepartmentId).Single(x => x.Year == 2023);
        await desk.GotoAsync($"/compare?a={prior.Id}&b={v.Id}");
        await Assertions.Expect(desk.Locator("table.compare")).ToContainTextAsync("基本支出");
        await Shot(desk, "web-12-compare.png");
        await desk.GotoAsync("/scalar/");
        await Assertions.Expect(desk.Locator("body")).ToContainTextAsync("/api/reports", new() { Timeout = 30_000 });
        await Shot(desk, "web-13-api.png");

        // 6. The audit trail, as the bureau sees it.
        await bureau.GotoAsync("/work/trail");
        await Assertions.Expect(bureau.Locator("table.list")).ToContainTextAsync("发布");
        await Shot(bureau, "web-14-trail.png");
    }

    [Fact]
    public async Task Anyone_checks_a_published_report_on_a_desktop_and_on_a_phone()
    {
        var report = Path.Combine(Repo.Root, "..", "shared", "reports", "putuo-finance-2024.pdf");
        var desk = await (await NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await desk.GotoAsync("/");
        await desk.ClickAsync("header.site a:has-text('检查报告')");
        await desk.SetInputFilesAsync("input[name=file]", report);
        await desk.ClickAsync("button:has-text('上传并检查')");
        await desk.WaitForURLAsync("**/check?id=*", new() { Timeout = 120_000 });
        await Assertions.Expect(desk.Locator("table.findings")).ToContainTextAsync("N-AMOUNT");
        await Shot(desk, "web-check.png");

        var phone = await (await NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        })).NewPageAsync();
        await phone.GotoAsync(new Uri(desk.Url).PathAndQuery);
        await Assertions.Expect(phone.Locator("table.findings")).ToContainTextAsync("N-SHARE");
        // The page itself does not scroll sideways; only the findings table scrolls inside its frame.
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the check page overflows a phone's width");
        await Shot(phone, "web-check-phone.png");
    }

    /// <summary>At 375×812 (a common phone) no page scrolls sideways: the 部门 drop-down with the longest name included.</summary>
    [Fact]
    public async Task Every_public_page_fits_a_phone_without_sideways_scrolling()
    {
        var store = server.Services.GetRequiredService<Store>();
        var report = store.Search(new ReportQuery(Year: 2024, Words: "凌源市")).Items.Single().Id;
        var phone = await PhoneAsync(server.BaseAddress);
        var pages = new (string Path, string Shot)[]
        {
            ("/", "web-15-home-375.png"),
            ("/?q=" + Uri.EscapeDataString("三公经费"), "web-16-search-375.png"),
            ($"/reports/{report}", "web-17-report-375.png"),
            ("/compare", "web-18-compare-375.png"),
            ("/check", ""),
            ("/account/login", ""),
            ("/account/logout", ""),
        };
        foreach (var (path, shot) in pages)
        {
            await phone.GotoAsync(path);
            var fits = await phone.EvaluateAsync<bool>("document.scrollingElement.scrollWidth <= window.innerWidth");
            var widths = await phone.EvaluateAsync<string>("document.scrollingElement.scrollWidth + ' > ' + window.innerWidth");
            Assert.True(fits, $"{path} scrolls sideways on a 375 px phone: {widths}");
            if (path == "/")
            {
                var right = await phone.EvaluateAsync<double>("document.querySelector('select[name=department]').getBoundingClientRect().right");
                Assert.True(right <= 375, $"the 部门 drop-down runs off the screen (right edge {right} px)");
            }

            if (shot.Length > 0)
            {
                await Shot(phone, shot);
            }
        }

        var desk = await (await NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await desk.GotoAsync("/?q=" + Uri.EscapeDataString("“三公”经费"));
        await Assertions.Expect(desk.Locator("p.passage mark").First).ToContainTextAsync("三公");
        await Shot(desk, "web-19-search.png");
        await desk.GotoAsync("/compare");
        await Assertions.Expect(desk.Locator("table.compare")).ToBeVisibleAsync();
        await Shot(desk, "web-20-compare-default.png");
    }
}
