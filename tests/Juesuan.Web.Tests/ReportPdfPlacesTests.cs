using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Juesuan.Audit;
using Juesuan.Storage;
using Juesuan.Tests;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Juesuan.Web.Tests;

/// <summary>
/// One server for the tests of the findings' places in report.pdf: a draft uploaded and 北票市 2024 (whose findings are
/// published) asked for once at start, while neither PDF exists — those first answers are the pending state — and
/// then each PDF made once by the background renderer (LibreOffice, slow on two cores) and shared by the tests.
/// </summary>
public sealed class PdfPlacesFixture : IAsyncLifetime
{
    /// <summary>The tests sharing this server (and its two PDFs): <see cref="ReportPdfPlacesTests"/>, <see cref="ReportPdfPlacesBrowserTests"/>.</summary>
    public const string Collection = "report.pdf places";

    private readonly SemaphoreSlim _gate = new(1, 1);

    public WebServer Server { get; } = new() { DraftPdfs = true };

    public Store Store => Server.Services.GetRequiredService<Store>();

    public Client Officer { get; private set; } = null!;

    public Client Visitor { get; private set; } = null!;

    public long DraftId { get; private set; }

    public ReportVersionRow Published { get; private set; } = null!;

    /// <summary>The first answers, before any PDF was made.</summary>
    public string DraftPageBefore { get; private set; } = "";

    public JsonElement DraftFindingsBefore { get; private set; }

    public string PublishedPageBefore { get; private set; } = "";

    public JsonElement PublishedFindingsBefore { get; private set; }

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Officer = Server.NewClient();
        await Officer.LoginAsync("unit-jianping");
        var package = DemoSeeder.Workbook(DemoData.Relocate(DemoSeeder.Sample(), DemoData.Neighbours[0] with { Seed = 73 }));
        using var up = await Officer.PostFileAsync("/work?handler=Upload", package, "建平县人社局-页码.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        DraftId = long.Parse(up.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        DraftFindingsBefore = JsonDocument.Parse(await Officer.GetStringAsync($"/api/drafts/{DraftId}/findings")).RootElement.Clone();
        DraftPageBefore = await Officer.GetStringAsync($"/work/drafts/{DraftId}");

        Visitor = Server.NewClient();
        Published = Store.Search(new ReportQuery(Words: "北票市", Year: 2024)).Items.Single();
        PublishedFindingsBefore = JsonDocument.Parse(await Visitor.GetStringAsync($"/api/reports/{Published.Id}/findings")).RootElement.Clone();
        PublishedPageBefore = await Visitor.GetStringAsync($"/reports/{Published.Id}");
    }

    public async Task DisposeAsync()
    {
        Officer.Dispose();
        Visitor.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The findings from <paramref name="path"/> once their PDF is made (asked again every two seconds, at most five minutes).</summary>
    public async Task<JsonElement> PlacedAsync(Client client, string path)
    {
        await _gate.WaitAsync(); // one waiter at a time: the PDFs are made one after the other anyway
        try
        {
            var until = DateTime.UtcNow.AddMinutes(5);
            while (true)
            {
                var list = JsonDocument.Parse(await client.GetStringAsync(path)).RootElement.Clone();
                if (!list.EnumerateArray().Any(f => f.TryGetProperty("pdfPending", out _)))
                {
                    return list;
                }

                Assert.True(DateTime.UtcNow < until, $"{path}: report.pdf still not made after five minutes");
                await Task.Delay(2000);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}

[CollectionDefinition(PdfPlacesFixture.Collection)]
public sealed class PdfPlacesCollection : ICollectionFixture<PdfPlacesFixture>;

/// <summary>
/// Issue 11 item 6 on the web: a finding's page and line point at report.pdf and report.txt as written. For a draft and
/// for a published report, each finding placed on a page of the PDF the web rendered is opened there (pdftotext, not
/// the reader that placed it) and its figure is found on that page, the footer printing the page number the API gives.
/// </summary>
[Collection(PdfPlacesFixture.Collection)]
public sealed class ReportPdfPlacesTests(PdfPlacesFixture fixture)
{
    [Fact]
    public void Before_the_pdf_is_made_each_finding_has_its_line_and_is_marked_pending()
    {
        foreach (var (list, page) in new[] { (fixture.DraftFindingsBefore, fixture.DraftPageBefore), (fixture.PublishedFindingsBefore, fixture.PublishedPageBefore) })
        {
            var lined = list.EnumerateArray().Where(f => f.TryGetProperty("textLine", out _)).ToList();
            Assert.NotEmpty(lined);
            Assert.All(lined, f =>
            {
                Assert.True(f.GetProperty("textLine").GetInt32() > 0);
                Assert.True(f.GetProperty("pdfPending").GetBoolean());
                Assert.False(f.TryGetProperty("pdfPage", out _));
            });
            Assert.Contains(FindingView.PdfPendingText, page, StringComparison.Ordinal);
            Assert.DoesNotContain("report.pdf 第", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_draft_s_findings_are_on_the_pages_of_its_pdf_that_print_their_figures()
    {
        var list = await fixture.PlacedAsync(fixture.Officer, $"/api/drafts/{fixture.DraftId}/findings");
        var draft = fixture.Store.Draft(fixture.DraftId)!;
        var folder = Path.Combine(fixture.Server.DataDirectory, "drafts", draft.PackageHash);
        CheckPlaces(list, draft.Findings, Path.Combine(folder, "report.pdf"), Path.Combine(folder, "report.txt"));

        var page = await fixture.Officer.GetStringAsync($"/work/drafts/{fixture.DraftId}");
        Assert.DoesNotContain(FindingView.PdfPendingText, page, StringComparison.Ordinal);
        var first = list.EnumerateArray().First(f => f.TryGetProperty("pdfPrintedPage", out _));
        Assert.Contains($"report.pdf 第{first.GetProperty("pdfPage").GetInt32()}页（页脚第{first.GetProperty("pdfPrintedPage").GetInt32()}页）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_report_s_findings_are_on_the_pages_of_the_pdf_it_offers()
    {
        var v = fixture.Published;
        var list = await fixture.PlacedAsync(fixture.Visitor, $"/api/reports/{v.Id}/findings");
        var folder = Path.Combine(fixture.Server.DataDirectory, "published", v.ContentHash);
        using (var pdf = await fixture.Visitor.GetAsync($"/reports/{v.Id}/download/pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "report.pdf")), await pdf.Content.ReadAsByteArrayAsync());
        }

        CheckPlaces(list, v.Findings, Path.Combine(folder, "report.pdf"), Path.Combine(folder, "report.txt"));

        // The captured public page follows: rendered again with the pages once the PDF was made.
        var page = await fixture.Visitor.GetStringAsync($"/reports/{v.Id}");
        Assert.DoesNotContain(FindingView.PdfPendingText, page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pdf-place\">report.pdf 第", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each finding with a page: its pages of the PDF (pdftotext) print its figure (<see cref="AuditFinding.Printed"/>, as
    /// printed), or for a finding without a figure the start of its line of report.txt; the first page's footer prints
    /// pdfPrintedPage; and the line is the one the finding was stored with.
    /// </summary>
    private static void CheckPlaces(JsonElement list, IReadOnlyList<AuditFinding> stored, string pdf, string txt)
    {
        var pages = ExternalTool.Output("pdftotext", null, "-enc", "UTF-8", pdf, "-").Split('\f').Select(Compact).ToList();
        var lines = File.ReadAllText(txt).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var byLine = stored.Where(f => f.Output is not null).ToLookup(f => (f.RuleId, f.Output!.TextLine));
        var placed = list.EnumerateArray().Where(f => f.TryGetProperty("pdfPage", out _)).ToList();
        Assert.True(placed.Count >= 3, $"only {placed.Count} findings placed on a page");
        Assert.Contains(placed, f => f.TryGetProperty("pdfPrintedPage", out var n) && n.GetInt32() != f.GetProperty("pdfPage").GetInt32()); // the cover is not numbered
        var checkedFigures = 0;
        foreach (var f in placed)
        {
            var rule = f.GetProperty("rule").GetString()!;
            var line = f.GetProperty("textLine").GetInt32();
            var first = f.GetProperty("pdfPage").GetInt32();
            var last = f.TryGetProperty("pdfLastPage", out var l) ? l.GetInt32() : first;
            Assert.InRange(first, 1, pages.Count);
            Assert.InRange(last, first, Math.Min(first + 1, pages.Count));
            var text = string.Concat(pages.Skip(first - 1).Take(last - first + 1));
            var finding = byLine[(rule, line)].FirstOrDefault();
            Assert.True(finding is not null, $"{rule} at line {line}: not a stored finding's line");
            // Its figure as printed, and the line itself: a paragraph's words around the figure (or its start); a table or
            // grid row's figures and the start of its longest words (pdftotext may set a row's cells in another order).
            var cells = lines[line - 1].Split('\t').Select(Compact).Where(c => c.Length > 0).ToList();
            var figure = finding!.Printed is { } printed ? Math.Abs(printed).ToString(CultureInfo.InvariantCulture) : null;
            var expected = new List<string>();
            if (figure is not null)
            {
                expected.Add(figure);
                checkedFigures++;
            }

            if (cells.Count == 1)
            {
                var prose = cells[0];
                var at = figure is null ? -1 : prose.IndexOf(figure, StringComparison.Ordinal);
                var from = Math.Max(0, at - 8);
                expected.Add(prose.Substring(from, Math.Min(prose.Length - from, at < 0 ? 12 : at - from + figure!.Length + 2)));
            }
            else
            {
                var words = cells.Where(c => !c.Any(char.IsAsciiDigit)).OrderByDescending(c => c.Length).FirstOrDefault();
                expected.AddRange(cells.Where(c => c.Any(char.IsAsciiDigit)));
                if (words is not null)
                {
                    expected.Add(words[..Math.Min(words.Length, 4)]);
                }
            }

            foreach (var e in expected)
            {
                Assert.True(text.Contains(e, StringComparison.Ordinal),
                    $"{rule} {f.GetProperty("place").GetString()}: 「{e}」 not on report.pdf page {first}–{last}: {Excerpt(text)}");
            }
            if (f.TryGetProperty("pdfPrintedPage", out var printedPage))
            {
                Assert.Contains($"第{printedPage.GetInt32()}页", pages[first - 1], StringComparison.Ordinal);
            }
        }

        Assert.True(checkedFigures >= 3, $"only {checkedFigures} findings with a figure");
    }

    /// <summary>Text without white space or thousands separators, in compatibility form (a PDF's text may give a radical for a character), as figures and words are compared.</summary>
    private static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != ','))
        {
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Excerpt(string s) => s.Length > 400 ? s[..400] + "…" : s;
}

/// <summary>
/// The draft page in Debian's Chromium once its report.pdf is made: each finding's place followed by its page of
/// report.pdf and the page number its footer prints (docs/screenshots/web-23-draft-pdf-pages.png with JUESUAN_UPDATE_SCREENSHOTS=1).
/// </summary>
[Collection(PdfPlacesFixture.Collection)]
public sealed class ReportPdfPlacesBrowserTests(PdfPlacesFixture fixture) : ChromiumTests
{
    [Fact]
    public async Task The_draft_page_names_each_finding_s_page_of_report_pdf()
    {
        await fixture.PlacedAsync(fixture.Officer, $"/api/drafts/{fixture.DraftId}/findings");
        var page = await (await NewContextAsync(new()
        {
            BaseURL = fixture.Server.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new() { Width = 1280, Height = 900 },
        })).NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name=userName]", "unit-jianping");
        await page.FillAsync("input[name=password]", DemoSeeder.Password);
        await page.ClickAsync("button:has-text('登录')");
        await page.WaitForURLAsync("**/work");
        await page.GotoAsync($"/work/drafts/{fixture.DraftId}");
        var table = page.Locator("table.findings");
        var warning = table.Locator("tr.warning").First;
        await Assertions.Expect(warning.Locator(".pdf-place")).ToHaveTextAsync(new Regex("^report\\.pdf 第\\d+页（页脚第\\d+页）$"));
        await Assertions.Expect(page.Locator("main.site")).Not.ToContainTextAsync(FindingView.PdfPendingText);
        await page.EvaluateAsync("document.querySelector('h2#f').scrollIntoView()");
        await Shot(page, "web-23-draft-pdf-pages.png");
    }
}
