using Juesuan.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Juesuan.Web.Tests;

/// <summary>
/// 同时公开审核结果 in Debian's Chromium: a report published without its findings shows nothing of the audit; one whose
/// publisher chose to publish them shows a labelled section after the report (notes folded), on a desktop and on a
/// phone; the bureau withdraws and publishes them again from the report page. Screenshots as BrowserTests takes them
/// (docs/screenshots/web-22-report-findings*.png with JUESUAN_UPDATE_SCREENSHOTS=1).
/// </summary>
public sealed class FindingsBrowserTests(WebServer server) : ChromiumTests, IClassFixture<WebServer>
{
    private const string Section = "section.published-findings";

    private long Latest(string place) => server.Services.GetRequiredService<Store>().Search(new ReportQuery(Words: place, Year: 2024)).Items.Single().Id;

    private async Task<IPage> DeskAsync() => await (await NewContextAsync(new()
    {
        BaseURL = server.BaseAddress.ToString(),
        Locale = "zh-CN",
        ViewportSize = new() { Width = 1280, Height = 900 },
    })).NewPageAsync();

    [Fact]
    public async Task The_labelled_findings_appear_only_when_the_publisher_chose_to_publish_them()
    {
        var hidden = $"/reports/{Latest("凌源市")}";
        var shown = $"/reports/{Latest("北票市")}";

        // Off (the default): the publication alone.
        var visitor = await DeskAsync();
        await visitor.GotoAsync(hidden);
        await Assertions.Expect(visitor.Locator("article.report")).ToContainTextAsync("公开01表");
        await Assertions.Expect(visitor.Locator(Section)).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("main.site")).Not.ToContainTextAsync("审核结果");

        // On: reached from the facts' link, after the report, labelled; warnings listed, notes folded until opened.
        await visitor.GotoAsync(shown);
        await Assertions.Expect(visitor.Locator("dl.facts")).ToContainTextAsync("发布单位选择公开");
        await visitor.ClickAsync("dl.facts a[href='#audit']");
        var section = visitor.Locator(Section);
        await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync("审核结果（发布单位选择公开）");
        await Assertions.Expect(section).ToBeInViewportAsync();
        await Assertions.Expect(section).ToContainTextAsync("由发布单位 北票市财政局");
        await Assertions.Expect(section.Locator("table.findings.published tr.warning").First).ToBeVisibleAsync();
        await Assertions.Expect(section.Locator("details.notes table")).Not.ToBeVisibleAsync();
        Assert.True(await visitor.EvaluateAsync<bool>(
            "document.querySelector('article.report').compareDocumentPosition(document.querySelector('section.published-findings')) & Node.DOCUMENT_POSITION_FOLLOWING"),
            "the findings section is not after the report");
        await Shot(visitor, "web-22-report-findings.png");
        await section.Locator("details.notes summary").ClickAsync();
        await Assertions.Expect(section.Locator("details.notes table")).ToBeVisibleAsync();

        // On a phone the section fits: only its tables scroll inside their frames.
        var phone = await PhoneAsync(server.BaseAddress);
        await phone.GotoAsync(shown + "#audit");
        await Assertions.Expect(phone.Locator(Section)).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.scrollingElement.scrollWidth <= window.innerWidth"), "the report page with its findings scrolls sideways on a phone");
        await Shot(phone, "web-22-report-findings-phone.png");

        // The publisher withdraws them on the report page: the public page no longer shows them; then publishes them again.
        var bureau = await DeskAsync();
        await bureau.GotoAsync("/account/login");
        await bureau.FillAsync("input[name=userName]", "bureau-beipiao");
        await bureau.FillAsync("input[name=password]", Juesuan.Web.Services.DemoSeeder.Password);
        await bureau.ClickAsync("button:has-text('登录')");
        await bureau.WaitForURLAsync("**/work");
        await bureau.GotoAsync(shown);
        var control = bureau.Locator("section.publisher");
        await Assertions.Expect(control).ToContainTextAsync("已在公开页面同时公开");
        await control.ScrollIntoViewIfNeededAsync();
        await Shot(bureau, "web-22-report-findings-publisher.png");
        await control.Locator("button:has-text('撤回公开审核结果')").ClickAsync();
        await Assertions.Expect(control.Locator("p.notice")).ToContainTextAsync("公开页面不再显示");
        await Assertions.Expect(bureau.Locator(Section)).ToHaveCountAsync(0);
        await visitor.ReloadAsync(); // a reload revalidates (the page may be kept for max-age=60 otherwise)
        await Assertions.Expect(visitor.Locator(Section)).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("dl.facts")).Not.ToContainTextAsync("审核结果");

        await control.Locator("button:has-text('同时公开审核结果')").ClickAsync();
        await Assertions.Expect(control.Locator("p.notice")).ToContainTextAsync("已在公开页面同时公开");
        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.Locator(Section)).ToContainTextAsync("审核结果（发布单位选择公开）");
    }
}
