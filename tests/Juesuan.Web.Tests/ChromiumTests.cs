using Juesuan.Tests;
using Microsoft.Playwright;

namespace Juesuan.Web.Tests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, driven by Playwright; no browser is downloaded) for one test class: started
/// before its tests, closed after them. Screenshots go to the test output, and to docs/screenshots/ when
/// JUESUAN_UPDATE_SCREENSHOTS=1.
/// </summary>
public abstract class ChromiumTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    protected static readonly string Shots = Environment.GetEnvironmentVariable("JUESUAN_UPDATE_SCREENSHOTS") == "1"
        ? Repo.Path("docs", "screenshots")
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: run scripts/install-prerequisites.sh chromium");
        Directory.CreateDirectory(Shots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        Assertions.SetDefaultExpectTimeout(LoadedMachineTimeout);
    }

    /// <summary>
    /// How long a step may take: the test servers render PDFs with LibreOffice in the background, and on two shared cores a
    /// sign-in that takes 1 s alone has taken over 30 s (Playwright's default) — a test waits, it does not fail on load.
    /// </summary>
    private const float LoadedMachineTimeout = 120_000;

    /// <summary>A browser context whose waits allow for a loaded machine (<see cref="LoadedMachineTimeout"/>).</summary>
    protected async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(LoadedMachineTimeout);
        context.SetDefaultNavigationTimeout(LoadedMachineTimeout);
        return context;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }

    /// <summary>A new page as a phone shows it (375 × 812 at 2×, touch).</summary>
    protected async Task<IPage> PhoneAsync(Uri baseAddress) => await (await NewContextAsync(new()
    {
        BaseURL = baseAddress.ToString(),
        Locale = "zh-CN",
        ViewportSize = new() { Width = 375, Height = 812 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    })).NewPageAsync();

    protected static Task Shot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name), FullPage = fullPage });
}
