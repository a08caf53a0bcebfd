using System.Net;
using System.Text.RegularExpressions;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>
/// The real application on Kestrel, on a free loopback port, with its own data directory: SQLite by default,
/// or a PostgreSQL database. Seeded with the demo (four departments × two years, through the real workflow).
/// </summary>
public class WebServer : IAsyncLifetime
{
    private readonly string? _postgres;
    private readonly bool _demo = true;
    private readonly Func<WebOptions, WebOptions> _configure = o => o;
    private WebApplication? _app;

    public WebServer() => _postgres = null;

    private WebServer(string postgresConnectionString) => _postgres = postgresConnectionString;

    /// <param name="demo">seed the demo (false: only the store's first administrator, whose password is not known)</param>
    /// <param name="configure">options beyond the defaults (rate limits, time limits …)</param>
    protected WebServer(bool demo, Func<WebOptions, WebOptions> configure)
    {
        _demo = demo;
        _configure = configure;
    }

    /// <summary>The same application on a PostgreSQL database.</summary>
    public static WebServer OnPostgres(string connectionString) => new(connectionString);

    /// <summary>
    /// Render drafts' PDFs in the background (off unless a test places findings on them: each is a LibreOffice run, and
    /// on two cores the runs of every server slow the other tests' pages).
    /// </summary>
    public bool DraftPdfs { get; init; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "juesuan-web-" + Guid.NewGuid().ToString("N")[..12]);

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var db = _postgres ?? Path.Combine(DataDirectory, "test.db");
        // Rate limits no test reaches unless it sets its own (the matrix alone signs in over a hundred times a minute).
        var options = _configure(new WebOptions(db, DataDirectory, Demo: _demo) { Limits = RateLimits.Relaxed, DraftPdfs = DraftPdfs });
        _app = WebApp.Create(options, ["--urls", "http://127.0.0.1:0"], TextWriter.Null);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public Client NewClient() => new(BaseAddress);

    /// <summary>The demo's sample package as the XLSX a finance officer would upload.</summary>
    public static byte[] SampleWorkbook() => DemoSeeder.Workbook(DemoSeeder.Sample());
}

/// <summary>A browser-like HTTP client: its own cookies, no automatic redirects, forms posted with their anti-forgery token.</summary>
public sealed partial class Client : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();

    public Client(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>Sends <paramref name="name"/> with every request from now on (as a reverse proxy in front would add it).</summary>
    public void SetHeader(string name, string value)
    {
        _http.DefaultRequestHeaders.Remove(name);
        _http.DefaultRequestHeaders.Add(name, value);
    }

    /// <summary>The cookies this client holds, as a Cookie header (to replay a session from elsewhere).</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_http.BaseAddress!);

    /// <summary>A GET carrying exactly <paramref name="cookieHeader"/>, as a stolen or kept copy of a cookie would be sent.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(Uri baseAddress, string path, string cookieHeader)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        return await http.SendAsync(request);
    }

    public async Task<string> GetStringAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var r = await _http.GetAsync(path);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"GET {path}: {(int)r.StatusCode} (expected {(int)expected})\n{Excerpt(body)}");
        return body;
    }

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public async Task<string> TokenAsync(string page)
    {
        using var r = await _http.GetAsync(page);
        var html = await r.Content.ReadAsStringAsync();
        var m = TokenPattern().Match(html);
        Assert.True(m.Success, $"no anti-forgery token on {page} ({(int)r.StatusCode})");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public async Task LoginAsync(string user, string password = DemoSeeder.Password)
    {
        var r = await LoginResponseAsync(user, password);
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"login {user}: {(int)r.StatusCode}");
    }

    public async Task<HttpResponseMessage> LoginResponseAsync(string user, string password)
    {
        var token = await TokenAsync("/account/login");
        return await _http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user,
            ["password"] = password,
            ["__af"] = token,
        }));
    }

    /// <summary>Posts a form with a token taken from <paramref name="tokenPage"/> (default: the page posted to).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? tokenPage = null)
    {
        var token = await TokenAsync(tokenPage ?? path.Split('?')[0]);
        var all = new Dictionary<string, string>(fields) { ["__af"] = token };
        return await _http.PostAsync(path, new FormUrlEncodedContent(all));
    }

    /// <param name="expectContinue">ask before sending the body (Expect: 100-continue), as a careful client does with a large file</param>
    /// <param name="field">the form field of the file</param>
    public async Task<HttpResponseMessage> PostFileAsync(string path, byte[] file, string fileName, IDictionary<string, string>? fields = null, string? tokenPage = null,
        bool expectContinue = false, string field = "package", bool chunked = false)
    {
        var token = await TokenAsync(tokenPage ?? path.Split('?')[0]);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__af" } };
        foreach (var (k, v) in fields ?? new Dictionary<string, string>())
        {
            content.Add(new StringContent(v), k);
        }

        content.Add(new ByteArrayContent(file), field, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = expectContinue;
        request.Headers.TransferEncodingChunked = chunked; // no Content-Length: the size is known only by reading
        return await _http.SendAsync(request);
    }

    public static string Excerpt(string s) => s.Length > 3000 ? s[..3000] : s;

    /// <summary>A draft form's fields: the row version the page was read at (optimistic concurrency), and any others.</summary>
    public static Dictionary<string, string> WithRowVersion(int rowVersion, params (string Key, string Value)[] more)
    {
        var d = new Dictionary<string, string> { ["rowVersion"] = rowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (k, v) in more)
        {
            d[k] = v;
        }

        return d;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__af\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
