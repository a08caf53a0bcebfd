using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>
/// The portal at static speed (issue 13 item 8, decision 0013): a published version's page and files are rendered
/// once into the data directory and served with strong ETags and long caching; the PDF comes from the background.
/// </summary>
public sealed class PublishedSiteTests(WebServer server) : IClassFixture<WebServer>
{
    private Store Store => server.Services.GetRequiredService<Store>();

    private ReportVersionRow Report(string place, int year) => Store.Search(new ReportQuery(Words: place, Year: year)).Items.Single();

    /// <summary>The strong validator the server should give a representation: the SHA-256 of its bytes (first 128 bits).</summary>
    private static string Sha(byte[] bytes) => "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    [Fact]
    public async Task The_report_page_has_a_strong_etag_of_its_bytes_and_a_304_when_the_client_holds_it()
    {
        var v = Report("凌源市", 2024);
        using var c = server.NewClient();
        using var first = await c.GetAsync($"/reports/{v.Id}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsByteArrayAsync();
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal(Sha(html) + "\"", etag.Tag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        Assert.Contains("第二部分", System.Text.Encoding.UTF8.GetString(html), StringComparison.Ordinal);

        // The second answer is the same bytes (now from the rendering); the security headers are on it too.
        using var second = await c.GetAsync($"/reports/{v.Id}");
        Assert.Equal(html, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Contains("default-src 'self'", Assert.Single(second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(second.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(second.Headers.GetValues("X-Frame-Options")));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/reports/{v.Id}");
        request.Headers.IfNoneMatch.Add(etag);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var notModified = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        // Brotli and gzip, made once: the same page once decompressed, under their own validators.
        foreach (var (coding, open) in new (string, Func<Stream, Stream>)[]
        {
            ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
            ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
        })
        {
            using var compressed = new HttpRequestMessage(HttpMethod.Get, $"/reports/{v.Id}");
            compressed.Headers.Add("Accept-Encoding", coding);
            using var r = await http.SendAsync(compressed);
            Assert.Equal(coding, Assert.Single(r.Content.Headers.ContentEncoding));
            var body = await r.Content.ReadAsByteArrayAsync();
            Assert.True(body.Length < html.Length / 4, $"{coding}: {body.Length} of {html.Length}");
            using var plain = new MemoryStream();
            await using (var z = open(new MemoryStream(body)))
            {
                await z.CopyToAsync(plain);
            }

            Assert.Equal(html, plain.ToArray());
            Assert.Equal(Sha(html) + (coding == "br" ? "-br\"" : "-gz\""), r.Headers.ETag!.Tag);
            Assert.Equal("Accept-Encoding", Assert.Single(r.Headers.Vary));
        }
    }

    [Fact]
    public async Task A_coding_refused_with_q_0_is_not_sent_and_a_signed_in_reader_gets_the_live_page()
    {
        var v = Report("建平县", 2024);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/reports/{v.Id}");
        request.Headers.Add("Accept-Encoding", "br;q=0, gzip;q=0.5");
        using var r = await http.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(r.Content.Headers.ContentEncoding));

        // The rendering is the anonymous page; a signed-in reader's page carries their name and is not cached publicly.
        using var reviewer = server.NewClient();
        await reviewer.LoginAsync("reviewer-jianping");
        using var live = await reviewer.GetAsync($"/reports/{v.Id}");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Null(live.Headers.ETag);
        Assert.Contains("退出", await live.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var anonymous = server.NewClient();
        Assert.DoesNotContain("退出", await anonymous.GetStringAsync($"/reports/{v.Id}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "report.docx")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tables.xlsx")]
    [InlineData("csv", "application/zip", "tables-csv.zip")]
    [InlineData("json", "application/json; charset=utf-8", "data.json")]
    [InlineData("txt", "text/plain; charset=utf-8", "report.txt")]
    public async Task A_download_is_the_file_written_at_publication_cached_as_immutable(string format, string contentType, string file)
    {
        var v = Report("北票市", 2024);
        using var c = server.NewClient();
        using var r = await c.GetAsync($"/reports/{v.Id}/download/{format}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.Equal(contentType, r.Content.Headers.ContentType!.ToString());
        Assert.Equal("public, max-age=31536000, immutable", r.Headers.CacheControl!.ToString());
        Assert.Equal(Sha(bytes) + "\"", r.Headers.ETag!.Tag);
        Assert.Contains("default-src 'self'", Assert.Single(r.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("第1版", r.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        // Where decision 0013 says: the package's folder under the data directory.
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(server.DataDirectory, "published", v.ContentHash, file)));

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/reports/{v.Id}/download/{format}");
        again.Headers.IfNoneMatch.Add(r.Headers.ETag!);
        using var notModified = await http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_apis_tables_and_charts_of_a_version_are_immutable_too()
    {
        var v = Report("建平县", 2023);
        using var c = server.NewClient();
        foreach (var path in new[] { $"/api/reports/{v.Id}/tables", $"/api/reports/{v.Id}/charts" })
        {
            using var r = await c.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", r.Headers.CacheControl!.ToString());
            var body = await r.Content.ReadAsByteArrayAsync();
            Assert.Equal(Sha(body) + "\"", r.Headers.ETag!.Tag);
            using var json = JsonDocument.Parse(body);
            Assert.True(json.RootElement.ValueKind is JsonValueKind.Array or JsonValueKind.Object);
        }

        using var tables = JsonDocument.Parse(await c.GetStringAsync($"/api/reports/{v.Id}/tables"));
        Assert.Equal(9, tables.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task The_pdf_answers_503_with_retry_after_until_the_background_has_made_it()
    {
        var v = Report("喀喇沁左翼蒙古族自治县", 2023); // the demo's publications leave the PDF to the first request
        using var c = server.NewClient();
        using var pending = await c.GetAsync($"/reports/{v.Id}/download/pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pending.StatusCode);
        var retry = pending.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retry.TotalSeconds, 1, 60);
        Assert.Equal("no-store", pending.Headers.CacheControl!.ToString());
        Assert.Contains("PDF 正在生成", await pending.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var pdf = await PdfAsync(c, $"/reports/{v.Id}/download/pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(server.DataDirectory, "published", v.ContentHash, "report.pdf")));
        using var ready = await c.GetAsync($"/reports/{v.Id}/download/pdf");
        Assert.Equal("public, max-age=31536000, immutable", ready.Headers.CacheControl!.ToString());
        Assert.Equal(Sha(pdf) + "\"", ready.Headers.ETag!.Tag);
    }

    /// <summary>Waits, as a client told Retry-After would, until the PDF is there (LibreOffice takes seconds).</summary>
    public static async Task<byte[]> PdfAsync(Client c, string path)
    {
        var until = DateTime.UtcNow.AddMinutes(4);
        while (true)
        {
            using var r = await c.GetAsync(path);
            if (r.StatusCode == HttpStatusCode.OK)
            {
                return await r.Content.ReadAsByteArrayAsync();
            }

            Assert.True(r.StatusCode == HttpStatusCode.ServiceUnavailable && r.Headers.RetryAfter is not null,
                $"{path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            Assert.True(DateTime.UtcNow < until, $"{path}: still 503 after four minutes: {await r.Content.ReadAsStringAsync()}");
            await Task.Delay(1000);
        }
    }

    [Fact]
    public async Task Nothing_is_rendered_for_a_draft()
    {
        using var officer = server.NewClient();
        await officer.LoginAsync("unit-jianping");
        var package = DemoSeeder.Workbook(DemoData.Relocate(DemoSeeder.Sample(), DemoData.Neighbours[0] with { Seed = 71 }));
        using var up = await officer.PostFileAsync("/work?handler=Upload", package, "建平县人社局-草稿.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        var id = long.Parse(up.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var draft = Store.Draft(id)!;
        Assert.Contains("公开01表", await officer.GetStringAsync($"/work/drafts/{id}"), StringComparison.Ordinal);

        // Every published page and file of the department rendered; none of the draft.
        using var visitor = server.NewClient();
        foreach (var v in Store.LatestOfDepartment(draft.DepartmentId))
        {
            await visitor.GetStringAsync($"/reports/{v.Id}");
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/reports/{v.Id}/download/json")).StatusCode);
        }

        var published = Path.Combine(server.DataDirectory, "published");
        Assert.False(Directory.Exists(Path.Combine(published, draft.PackageHash)));
        var hashes = Directory.EnumerateDirectories(published).Select(Path.GetFileName).Where(n => n != "pages").ToList();
        Assert.NotEmpty(hashes);
        Assert.All(hashes, h => Assert.Contains(Store.PublishedYears().SelectMany(y => Store.Search(new ReportQuery(Year: y, PageSize: 100)).Items), v => v.ContentHash == h));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(published, "pages")), f => Path.GetFileName(f).StartsWith(id + "-", StringComparison.Ordinal));
    }
}

/// <summary>The renderings on disk outlive the process; a correction renders anew and leaves the old version's files as they were.</summary>
public sealed class PublishedSiteRestartTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "juesuan-static-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _app;
    private Uri _base = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Store Store => _app!.Services.GetRequiredService<Store>();

    private async Task StartAsync()
    {
        _app = WebApp.Create(new WebOptions(Path.Combine(_data, "test.db"), _data, Demo: true) { Limits = RateLimits.Relaxed }, ["--urls", "http://127.0.0.1:0"], TextWriter.Null);
        await _app.StartAsync();
        _base = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private async Task<(byte[] Bytes, string ETag)> GetAsync(Client c, string path)
    {
        using var r = await c.GetAsync(path);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)r.StatusCode}");
        return (await r.Content.ReadAsByteArrayAsync(), r.Headers.ETag!.Tag);
    }

    private static void Same((byte[] Bytes, string ETag) expected, (byte[] Bytes, string ETag) actual)
    {
        Assert.Equal(expected.ETag, actual.ETag);
        Assert.Equal(expected.Bytes, actual.Bytes);
    }

    private static Dictionary<string, string> V(int rowVersion, params (string Key, string Value)[] more) => Client.WithRowVersion(rowVersion, more);

    [Fact]
    public async Task A_correction_gets_new_files_the_old_version_keeps_its_bytes_and_a_restart_serves_the_same()
    {
        await StartAsync();
        var v1 = Store.Search(new ReportQuery(Words: "喀喇沁左翼蒙古族自治县", Year: 2024)).Items.Single();
        using (var visitor = new Client(_base))
        {
            var page1 = await GetAsync(visitor, $"/reports/{v1.Id}");
            var docx1 = await GetAsync(visitor, $"/reports/{v1.Id}/download/docx");
            var json1 = await GetAsync(visitor, $"/reports/{v1.Id}/download/json");
            Assert.DoesNotContain("已被更正", System.Text.Encoding.UTF8.GetString(page1.Bytes), StringComparison.Ordinal);

            // A correction through the workflow: another package for the same department and year.
            using var officer = new Client(_base);
            using var reviewer = new Client(_base);
            using var bureau = new Client(_base);
            await officer.LoginAsync("unit-kazuo");
            await reviewer.LoginAsync("reviewer-kazuo");
            await bureau.LoginAsync("bureau-kazuo");
            var package = DemoSeeder.Workbook(DemoData.Relocate(DemoSeeder.Sample(), DemoData.Neighbours[1] with { Seed = 97 }));
            using var up = await officer.PostFileAsync("/work?handler=Upload", package, "喀左县人社局2024-更正.xlsx");
            Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
            var id = long.Parse(up.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/work/drafts/{id}?handler=Submit", V(Store.Draft(id)!.RowVersion))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"/work/drafts/{id}?handler=Approve", V(Store.Draft(id)!.RowVersion, ("note", "同意")))).StatusCode);
            using var pub = await bureau.PostFormAsync($"/work/drafts/{id}?handler=Publish", V(Store.Draft(id)!.RowVersion, ("revisionNote", "更正：重新核对项目支出")));
            Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
            var v2 = Store.Version(long.Parse(pub.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture))!;
            Assert.NotEqual(v1.ContentHash, v2.ContentHash);

            // The new version: its own folder, its own files (the background renders them; the request does if first).
            var docx2 = await GetAsync(visitor, $"/reports/{v2.Id}/download/docx");
            Assert.NotEqual(docx1.ETag, docx2.ETag);
            Assert.True(File.Exists(Path.Combine(_data, "published", v2.ContentHash, "report.docx")));
            Assert.Contains("更正：重新核对项目支出", System.Text.Encoding.UTF8.GetString((await GetAsync(visitor, $"/reports/{v2.Id}")).Bytes), StringComparison.Ordinal);

            // The old version's files are as they were; its page now says it was corrected (so its validator changed).
            Same(docx1, await GetAsync(visitor, $"/reports/{v1.Id}/download/docx"));
            Same(json1, await GetAsync(visitor, $"/reports/{v1.Id}/download/json"));
            var page1After = await GetAsync(visitor, $"/reports/{v1.Id}");
            Assert.Contains("已被更正", System.Text.Encoding.UTF8.GetString(page1After.Bytes), StringComparison.Ordinal);
            Assert.NotEqual(page1.ETag, page1After.ETag);

            await StopAsync();
            await StartAsync();
            using var later = new Client(_base);
            Same(page1After, await GetAsync(later, $"/reports/{v1.Id}"));
            Same(docx1, await GetAsync(later, $"/reports/{v1.Id}/download/docx"));
            Same(json1, await GetAsync(later, $"/reports/{v1.Id}/download/json"));
            Same(docx2, await GetAsync(later, $"/reports/{v2.Id}/download/docx"));
        }

        // Renderings lost (a new disk, a cleaned directory): made again on demand, never a 500.
        await StopAsync();
        Directory.Delete(Path.Combine(_data, "published"), recursive: true);
        await StartAsync();
        using var fresh = new Client(_base);
        var page = await GetAsync(fresh, $"/reports/{v1.Id}");
        Assert.Contains("已被更正", System.Text.Encoding.UTF8.GetString(page.Bytes), StringComparison.Ordinal);
        var docx = await GetAsync(fresh, $"/reports/{v1.Id}/download/docx");
        using (var zip = new ZipArchive(new MemoryStream(docx.Bytes)))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        Assert.True(File.Exists(Path.Combine(_data, "published", v1.ContentHash, "report.docx")));
    }
}
