using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Juesuan.Publishing;
using Juesuan.Renderers.Json;
using Juesuan.Renderers.Pdf;
using Juesuan.Storage;
using Microsoft.Net.Http.Headers;

namespace Juesuan.Web.Services;

/// <summary>A file of the published site held in memory: its bytes, precompressed variants (pages only) and its strong ETag.</summary>
public sealed record StaticFile(byte[] Bytes, byte[]? Gzip, byte[]? Brotli, string Hash, string ContentType)
{
    /// <summary>The ETag of each representation (a strong validator names one encoding).</summary>
    public string ETag { get; } = $"\"{Hash}\"";

    public string BrotliETag { get; } = $"\"{Hash}-br\"";

    public string GzipETag { get; } = $"\"{Hash}-gz\"";

    public long Size => Bytes.Length + (Gzip?.Length ?? 0) + (Brotli?.Length ?? 0);
}

/// <summary>What the PDF of a version is now: ready, being made (answer 503 with Retry-After), or failed (LibreOffice).</summary>
public sealed record PdfState(StaticFile? File, string? Failure);

/// <summary>Work for the background renderer: one at a time, so one LibreOffice at a time.</summary>
public abstract record RenderJob;

/// <summary>A published version's files, then its PDF when <paramref name="Pdf"/>.</summary>
public sealed record VersionRendering(ReportVersionRow Version, bool Pdf) : RenderJob;

/// <summary>A draft's report.pdf (with the report.txt it prints), under <c>&lt;data&gt;/drafts/&lt;package-hash&gt;/</c>.</summary>
public sealed record DraftPdfRendering(string PackageHash, Func<Juesuan.Publishing.BuiltReport> Built) : RenderJob;

/// <summary>A draft's report.pdf and the report.txt it was rendered with, once made; else whether it failed (null: being made).</summary>
public sealed record DraftPdf(string? Pdf, string? Text, string? Failure);

/// <summary>
/// 公开文件: a published version's public files, rendered once and served as static bytes. Published versions are
/// immutable, so each package's files (DOCX, XLSX, CSV zip, JSON, text, the API's tables and charts, the PDF) are
/// written once under <c>&lt;data&gt;/published/&lt;content-hash&gt;/</c> — the folder whole, from a temporary folder
/// moved into place — and served with a strong ETag and <c>immutable</c> caching. The report page is the Razor page's
/// output captured on its first anonymous request and kept under <c>published/pages/</c>, keyed by the version and
/// its context (its department's versions and years, whether its audit findings are published, the build), so a
/// correction, a new year or the publisher's changed choice re-renders it. The
/// PDF (LibreOffice, seconds) is made in the background after publication, or on the first request after a restart;
/// until then the download answers 503 with Retry-After. Served bytes are kept in memory within a byte budget.
/// </summary>
public sealed class PublishedSite
{
    /// <summary>
    /// Download formats (the one list of outputs, <see cref="ReportOutputs.Downloads"/>) and the API's JSON, each as
    /// one file of the package's folder.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FileNames =
        ReportOutputs.Downloads.Select(o => KeyValuePair.Create(o.Format, o.DownloadFile))
            .Append(KeyValuePair.Create(TablesApi, "tables.json"))
            .Append(KeyValuePair.Create(ChartsApi, "charts.json"))
            .ToDictionary(StringComparer.Ordinal);

    public const string TablesApi = "api-tables";
    public const string ChartsApi = "api-charts";

    /// <summary>A URL that names a version: its file never changes.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>
    /// The report page names the version's later corrections and its department's other years, so it may change
    /// when one is published: a short max-age, then a revalidation by ETag (a 304 while nothing changed).
    /// </summary>
    public const string PageCaching = "public, max-age=60";

    /// <summary>How long a page's context (its department's versions and years) is trusted before it is read again.</summary>
    public static readonly TimeSpan ContextLifetime = TimeSpan.FromSeconds(30);

    /// <summary>A PDF that failed (no LibreOffice) is not tried again for this long.</summary>
    public static readonly TimeSpan FailureLifetime = TimeSpan.FromMinutes(5);

    public const int RetryAfterSeconds = 10;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>The build: a new build renders pages again (their markup may have changed); published files stay.</summary>
    private static readonly string Build = typeof(PublishedSite).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    private readonly Store _store;
    private readonly Portal _portal;
    private readonly WebOptions _options;
    private readonly ByteCache _memory;
    private readonly ConcurrentDictionary<long, ReportVersionRow> _versions = new();
    private readonly ConcurrentDictionary<long, PageRef> _pages = new();
    private readonly ConcurrentDictionary<string, Lazy<bool>> _rendering = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Message, DateTime At)> _pdfFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _pdfQueued = new(StringComparer.Ordinal);
    private readonly Channel<RenderJob> _work = Channel.CreateUnbounded<RenderJob>(new() { SingleReader = true });

    public PublishedSite(Store store, Portal portal, WebOptions options)
    {
        _store = store;
        _portal = portal;
        _options = options;
        _memory = new ByteCache(options.PublishedCacheBytes);
        Root = Path.GetFullPath(Path.Combine(options.DataDirectory, "published"));
        DraftsRoot = Path.GetFullPath(Path.Combine(options.DataDirectory, "drafts"));
    }

    /// <summary><c>&lt;data&gt;/published</c>.</summary>
    public string Root { get; }

    /// <summary><c>&lt;data&gt;/drafts</c>: drafts' PDFs (report.pdf and report.txt), by package hash.</summary>
    public string DraftsRoot { get; }

    /// <summary>A version's report.pdf (made in the background: it may not exist yet).</summary>
    public string PdfPathOf(ReportVersionRow v) => Path.Combine(FolderOf(v.ContentHash), FileNames["pdf"]);

    /// <summary>A version's report.txt (written with its files, before its PDF).</summary>
    public string TextPathOf(ReportVersionRow v) => Path.Combine(FolderOf(v.ContentHash), FileNames["txt"]);

    /// <summary>The folder of a package's files.</summary>
    public string FolderOf(string contentHash) => Path.Combine(Root, contentHash);

    /// <summary>Renderings queued for the background (the files, then the PDF).</summary>
    public ChannelReader<RenderJob> Work => _work.Reader;

    /// <summary>The bytes held in memory now.</summary>
    public long MemoryBytes => _memory.Bytes;

    /// <summary>A published version (immutable, so kept once read); null if there is none.</summary>
    public ReportVersionRow? Version(long id)
    {
        if (_versions.TryGetValue(id, out var v))
        {
            return v;
        }

        v = _store.Version(id);
        return v is null ? null : _versions.GetOrAdd(id, v);
    }

    /// <summary>
    /// After a publication: pages of the department show the new version or year, so every page's context is read
    /// again; the files and the PDF are rendered in the background when <paramref name="prerender"/>.
    /// </summary>
    public void Published(ReportVersionRow v, bool prerender)
    {
        _pages.Clear();
        if (prerender)
        {
            _pdfQueued.TryAdd(v.ContentHash, true);
            _work.Writer.TryWrite(new VersionRendering(v, true));
        }
    }

    /// <summary>The publisher's choice about a version's findings changed: its page's context is read again at once.</summary>
    public void FindingsPublicationChanged(long versionId) => _pages.TryRemove(versionId, out _);

    /// <summary>Removes what an interrupted rendering left (temporary folders and files).</summary>
    public void CleanUp()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var d in Directory.EnumerateDirectories(Root, ".tmp-*"))
        {
            TryDelete(d);
        }

        foreach (var f in Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories))
        {
            System.IO.File.Delete(f);
        }

        if (Directory.Exists(DraftsRoot))
        {
            foreach (var f in Directory.EnumerateFiles(DraftsRoot, "*.tmp", SearchOption.AllDirectories))
            {
                System.IO.File.Delete(f);
            }
        }
    }

    /// <summary>
    /// The package's files exist under its folder: rendered together into a temporary folder, then moved into place,
    /// so a folder that exists is whole. One rendering at a time per package.
    /// </summary>
    public void EnsureFiles(ReportVersionRow v)
    {
        var folder = FolderOf(v.ContentHash);
        if (Directory.Exists(folder))
        {
            return;
        }

        var once = _rendering.GetOrAdd(v.ContentHash, _ => new Lazy<bool>(() =>
        {
            if (Directory.Exists(folder))
            {
                return true;
            }

            var r = _portal.Render(v);
            var temp = Path.Combine(Root, ".tmp-" + v.ContentHash + "-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(temp);
            try
            {
                foreach (var (format, name) in FileNames)
                {
                    if (format != "pdf")
                    {
                        System.IO.File.WriteAllBytes(Path.Combine(temp, name), Make(r, format));
                    }
                }

                Directory.Move(temp, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                TryDelete(temp); // another process put it there first: the same files
            }
            catch
            {
                TryDelete(temp);
                throw;
            }

            return true;
        }));
        try
        {
            _ = once.Value;
        }
        finally
        {
            _rendering.TryRemove(KeyValuePair.Create(v.ContentHash, once));
        }
    }

    /// <summary>One file of a version (not the PDF: <see cref="Pdf"/>), rendered first if missing.</summary>
    public StaticFile File(ReportVersionRow v, string format)
    {
        var path = Path.Combine(FolderOf(v.ContentHash), FileNames[format]);
        if (_memory.Get(path) is { } held)
        {
            return held;
        }

        EnsureFiles(v);
        if (!System.IO.File.Exists(path))
        {
            // A folder written by an earlier build without this file: added alone.
            WriteAtomically(path, Make(_portal.Render(v), format));
        }

        return Load(path, ContentTypeOf(format), compress: false);
    }

    /// <summary>The PDF if made; else it is queued (once) and the caller answers 503, or names why it failed.</summary>
    public PdfState Pdf(ReportVersionRow v)
    {
        var path = Path.Combine(FolderOf(v.ContentHash), FileNames["pdf"]);
        if (_memory.Get(path) is { } held)
        {
            return new PdfState(held, null);
        }

        if (System.IO.File.Exists(path))
        {
            return new PdfState(Load(path, ContentTypeOf("pdf"), compress: false), null);
        }

        if (_pdfFailures.TryGetValue(v.ContentHash, out var failed))
        {
            if (DateTime.UtcNow - failed.At < FailureLifetime)
            {
                return new PdfState(null, failed.Message);
            }

            _pdfFailures.TryRemove(v.ContentHash, out _);
        }

        if (_pdfQueued.TryAdd(v.ContentHash, true))
        {
            _work.Writer.TryWrite(new VersionRendering(v, true));
        }

        return new PdfState(null, null);
    }

    /// <summary>
    /// A draft's report.pdf, for placing its findings on the PDF's pages: the published version's when the same package
    /// was published and its PDF made; else the draft's own under <c>&lt;data&gt;/drafts/&lt;package-hash&gt;/</c>, queued
    /// (once) on the background renderer behind the publications' when it is missing.
    /// </summary>
    public DraftPdf DraftPdf(string packageHash, Func<Juesuan.Publishing.BuiltReport> built)
    {
        var published = Path.Combine(FolderOf(packageHash), FileNames["pdf"]);
        if (System.IO.File.Exists(published))
        {
            return new DraftPdf(published, Path.Combine(FolderOf(packageHash), FileNames["txt"]), null);
        }

        var folder = Path.Combine(DraftsRoot, packageHash);
        var pdf = Path.Combine(folder, FileNames["pdf"]);
        if (System.IO.File.Exists(pdf))
        {
            return new DraftPdf(pdf, Path.Combine(folder, FileNames["txt"]), null);
        }

        var key = "draft:" + packageHash;
        if (_pdfFailures.TryGetValue(key, out var failed))
        {
            if (DateTime.UtcNow - failed.At < FailureLifetime)
            {
                return new DraftPdf(null, null, failed.Message);
            }

            _pdfFailures.TryRemove(key, out _);
        }

        if (_pdfQueued.TryAdd(key, true))
        {
            _work.Writer.TryWrite(new DraftPdfRendering(packageHash, built));
        }

        return new DraftPdf(null, null, null);
    }

    /// <summary>The background's work: a version's files and PDF, or a draft's PDF. Failures are kept, not thrown.</summary>
    public void RenderInBackground(RenderJob job)
    {
        switch (job)
        {
            case VersionRendering r:
                RenderInBackground(r.Version, r.Pdf);
                break;
            case DraftPdfRendering d:
                RenderDraftPdf(d);
                break;
        }
    }

    /// <summary>
    /// A draft's report.txt and report.pdf (the DOCX between them removed). Any failure — LibreOffice, or a draft's
    /// package that no longer builds — is kept for <see cref="FailureLifetime"/>, never thrown: it would stop the host.
    /// </summary>
    private void RenderDraftPdf(DraftPdfRendering job)
    {
        var key = "draft:" + job.PackageHash;
        var folder = Path.Combine(DraftsRoot, job.PackageHash);
        var docx = Path.Combine(folder, FileNames["docx"]);
        try
        {
            Directory.CreateDirectory(folder);
            var built = job.Built();
            WriteAtomically(Path.Combine(folder, FileNames["txt"]), Encoding.UTF8.GetBytes(built.Text()));
            WriteAtomically(docx, built.Docx());
            ConvertAtomically(docx, Path.Combine(folder, FileNames["pdf"]));
        }
        catch (PdfConversionException ex)
        {
            _pdfFailures[key] = (ex.Message, DateTime.UtcNow);
        }
        catch (Exception ex)
        {
            _pdfFailures[key] = ($"生成 PDF 时出错：{ex.Message}", DateTime.UtcNow);
        }
        finally
        {
            _pdfQueued.TryRemove(key, out _);
            try
            {
                System.IO.File.Delete(docx);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The PDF of <paramref name="docx"/> at <paramref name="pdf"/>: converted into a temporary file, then renamed.</summary>
    private static void ConvertAtomically(string docx, string pdf)
    {
        var temp = pdf + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            PdfReportWriter.Convert(docx, temp);
            System.IO.File.Move(temp, pdf, overwrite: true);
        }
        finally
        {
            System.IO.File.Delete(temp);
        }
    }

    /// <summary>The background's work on one version: its files, then its PDF. Failures are kept, not thrown.</summary>
    public void RenderInBackground(ReportVersionRow v, bool pdf)
    {
        try
        {
            EnsureFiles(v);
            var path = Path.Combine(FolderOf(v.ContentHash), FileNames["pdf"]);
            if (pdf && !System.IO.File.Exists(path))
            {
                ConvertAtomically(Path.Combine(FolderOf(v.ContentHash), FileNames["docx"]), path);
                _pages.Clear(); // a page showing its findings' PDF pages is rendered again
            }
        }
        catch (PdfConversionException ex)
        {
            _pdfFailures[v.ContentHash] = (ex.Message, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            _pdfFailures[v.ContentHash] = ($"生成 PDF 时出错：{ex.Message}", DateTime.UtcNow);
        }
        finally
        {
            _pdfQueued.TryRemove(v.ContentHash, out _);
        }
    }

    /// <summary>
    /// The anonymous report page <c>/reports/{id}</c> from its rendering; rendered by the Razor page (<paramref name="next"/>)
    /// on a miss and kept. Signed-in readers, whose page carries their name, and anything not a page of a published
    /// version go on to <paramref name="next"/>.
    /// </summary>
    public async Task ServePageAsync(HttpContext ctx, RequestDelegate next)
    {
        var request = ctx.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !TryPageId(request.Path.Value, out var id)
            || request.Cookies.ContainsKey("juesuan.auth"))
        {
            await next(ctx);
            return;
        }

        var page = Page(id);
        if (page is null)
        {
            await next(ctx); // no such version: the page answers its 404
            return;
        }

        var file = _memory.Get(page.Path) ?? (System.IO.File.Exists(page.Path) ? Load(page.Path, "text/html; charset=utf-8", compress: true) : null);
        if (file is null)
        {
            if (HttpMethods.IsHead(request.Method))
            {
                await next(ctx);
                return;
            }

            var body = ctx.Response.Body;
            using var buffer = new MemoryStream();
            ctx.Response.Body = buffer;
            try
            {
                await next(ctx);
            }
            finally
            {
                ctx.Response.Body = body;
            }

            if (ctx.Response.StatusCode != StatusCodes.Status200OK)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(body, ctx.RequestAborted);
                return;
            }

            file = SavePage(page.Path, buffer.ToArray());
        }

        WebApp.SecurityHeaders(ctx.Response.Headers); // this answer passes no other middleware
        await WriteAsync(ctx, file, PageCaching, null);
    }

    /// <summary>Writes a file: strong ETag of the representation sent, 304 when the client holds it, the best encoding it accepts.</summary>
    public static async Task WriteAsync(HttpContext ctx, StaticFile file, string cacheControl, string? downloadName)
    {
        var (bytes, encoding, etag) = Choose(ctx.Request.Headers.AcceptEncoding.ToString(), file);
        var response = ctx.Response;
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        if (file.Gzip is not null || file.Brotli is not null)
        {
            headers.Vary = "Accept-Encoding";
        }

        if (Matches(ctx.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = file.ContentType;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        if (downloadName is not null)
        {
            var cd = new ContentDispositionHeaderValue("attachment");
            cd.SetHttpFileName(downloadName);
            headers.ContentDisposition = cd.ToString();
        }

        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(ctx.Request.Method))
        {
            await response.Body.WriteAsync(bytes, ctx.RequestAborted);
        }
    }

    /// <summary>The file name a download is offered under (department, year, version).</summary>
    public static string DownloadName(ReportVersionRow v, string format)
    {
        var stem = $"{v.DepartmentName}-{v.Year}年度部门决算-第{v.VersionNo}版";
        return stem + (ReportOutputs.Find(format)?.DownloadSuffix ?? "." + format);
    }

    public static string ContentTypeOf(string format) => format switch
    {
        TablesApi or ChartsApi => "application/json; charset=utf-8",
        _ => ReportCache.ContentType(format),
    };

    /// <summary>A file's bytes: a download's from its output (<see cref="ReportOutput.Bytes"/>), or the API's JSON.</summary>
    private static byte[] Make(RenderedReport r, string format) => format switch
    {
        _ when ReportOutputs.Find(format) is { Download: true, Bytes: { } bytes } => bytes(r.Built),
        TablesApi => JsonSerializer.SerializeToUtf8Bytes(new JsonArray(r.Built.Tables.Select(t => (JsonNode)DataJsonWriter.TableNode(t)).ToArray()), WebJson),
        ChartsApi => Encoding.UTF8.GetBytes(r.ChartsJson),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "没有这种格式"),
    };

    /// <summary>Where a version's page is now: its context read at most every <see cref="ContextLifetime"/>.</summary>
    private PageRef? Page(long id)
    {
        var now = Environment.TickCount64;
        if (_pages.TryGetValue(id, out var held) && now - held.ReadAt < ContextLifetime.TotalMilliseconds)
        {
            return held;
        }

        if (Version(id) is not { } v)
        {
            return null;
        }

        // The page shows the version's own content and, around it, its department's versions and other years, and its
        // audit findings when the publisher chose to publish them (a choice that may change, unlike the version).
        // Published findings name their pages of report.pdf once it is made (before, 「PDF 生成后显示页码」).
        var findings = _store.FindingsPublication(v.Id) is { Published: true } f
            ? "findings:" + f.ChangedAt.ToString(CultureInfo.InvariantCulture) + (System.IO.File.Exists(PdfPathOf(v)) ? ":pdf" : "")
            : "";
        var context = string.Join("|",
            v.Id.ToString(CultureInfo.InvariantCulture), v.ContentHash, Build, _options.Demo ? "demo" : "", findings,
            string.Join(",", _store.Versions(v.DepartmentId, v.Year).Select(o => o.Id)),
            string.Join(",", _store.LatestOfDepartment(v.DepartmentId).Select(o => $"{o.Id}:{o.ContentHash}")));
        var stamp = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context)))[..16];
        var page = new PageRef(Path.Combine(Root, "pages", $"{v.Id.ToString(CultureInfo.InvariantCulture)}-{stamp}.html"), now);
        _pages[id] = page;
        return page;
    }

    /// <summary>Writes a captured page with its gzip and Brotli variants (the page itself last: its presence means all three are there).</summary>
    private StaticFile SavePage(string path, byte[] html)
    {
        var file = Compressed(html, "text/html; charset=utf-8");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WriteAtomically(path + ".gz", file.Gzip!);
        WriteAtomically(path + ".br", file.Brotli!);
        WriteAtomically(path, html);
        _memory.Put(path, file);
        return file;
    }

    private StaticFile Load(string path, string contentType, bool compress)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        StaticFile file;
        if (compress && System.IO.File.Exists(path + ".gz") && System.IO.File.Exists(path + ".br"))
        {
            file = new StaticFile(bytes, System.IO.File.ReadAllBytes(path + ".gz"), System.IO.File.ReadAllBytes(path + ".br"), HashOf(bytes), contentType);
        }
        else
        {
            file = compress ? Compressed(bytes, contentType) : new StaticFile(bytes, null, null, HashOf(bytes), contentType);
        }

        _memory.Put(path, file);
        return file;
    }

    private static StaticFile Compressed(byte[] bytes, string contentType)
    {
        using var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.SmallestSize))
        {
            z.Write(bytes);
        }

        using var br = new MemoryStream();
        using (var b = new BrotliStream(br, CompressionLevel.SmallestSize))
        {
            b.Write(bytes);
        }

        return new StaticFile(bytes, gz.ToArray(), br.ToArray(), HashOf(bytes), contentType);
    }

    /// <summary>A strong validator: the SHA-256 of the bytes (the first 128 bits, hexadecimal).</summary>
    private static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    private static (byte[] Bytes, string? Encoding, string ETag) Choose(string acceptEncoding, StaticFile f)
    {
        if (acceptEncoding.Length > 0)
        {
            if (f.Brotli is not null && Accepts(acceptEncoding, "br"))
            {
                return (f.Brotli, "br", f.BrotliETag);
            }

            if (f.Gzip is not null && Accepts(acceptEncoding, "gzip"))
            {
                return (f.Gzip, "gzip", f.GzipETag);
            }
        }

        return (f.Bytes, null, f.ETag);
    }

    /// <summary>Whether Accept-Encoding lists <paramref name="coding"/> without q=0.</summary>
    private static bool Accepts(string header, string coding)
    {
        foreach (var part in header.Split(','))
        {
            var item = part.Trim();
            var semi = item.IndexOf(';', StringComparison.Ordinal);
            if (!(semi < 0 ? item : item[..semi]).Trim().Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var parameter = semi < 0 ? "" : item[(semi + 1)..].Replace(" ", "", StringComparison.Ordinal);
            return !(parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(parameter[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var q) && q <= 0);
        }

        return false;
    }

    /// <summary>If-None-Match (weak comparison, as RFC 9110 asks for it): any listed tag, or *.</summary>
    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Length == 0)
        {
            return false;
        }

        foreach (var part in ifNoneMatch.Split(','))
        {
            var tag = part.Trim();
            if (tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == etag)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryPageId(string? path, out long id)
    {
        id = 0;
        const string prefix = "/reports/";
        return path is not null && path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && path.Length <= prefix.Length + 18
            && path.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0
            && long.TryParse(path.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        System.IO.File.WriteAllBytes(temp, bytes);
        System.IO.File.Move(temp, path, overwrite: true);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed record PageRef(string Path, long ReadAt);

    /// <summary>Least recently used files dropped while the total is over the budget; a file larger than the budget is served, not kept.</summary>
    private sealed class ByteCache(long budget)
    {
        private readonly Dictionary<string, LinkedListNode<(string Key, StaticFile File)>> _index = new(StringComparer.Ordinal);
        private readonly LinkedList<(string Key, StaticFile File)> _order = new();
        private readonly Lock _gate = new();
        private long _bytes;

        public long Bytes
        {
            get
            {
                lock (_gate)
                {
                    return _bytes;
                }
            }
        }

        public StaticFile? Get(string key)
        {
            lock (_gate)
            {
                if (!_index.TryGetValue(key, out var node))
                {
                    return null;
                }

                if (node != _order.First)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }

                return node.Value.File;
            }
        }

        public void Put(string key, StaticFile file)
        {
            if (file.Size > budget)
            {
                return;
            }

            lock (_gate)
            {
                if (_index.Remove(key, out var old))
                {
                    _order.Remove(old);
                    _bytes -= old.Value.File.Size;
                }

                _index[key] = _order.AddFirst((key, file));
                _bytes += file.Size;
                while (_bytes > budget && _order.Last is { } last)
                {
                    _order.RemoveLast();
                    _index.Remove(last.Value.Key);
                    _bytes -= last.Value.File.Size;
                }
            }
        }
    }
}

/// <summary>Renders in the background what publication queued and drafts' PDFs: one job at a time, so one LibreOffice at a time.</summary>
public sealed class PublishedRenderer(PublishedSite site) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        site.CleanUp();
        try
        {
            await foreach (var job in site.Work.ReadAllAsync(stoppingToken))
            {
                // On shutdown the wait ends at once; a conversion under way finishes or dies with the process (its file is temporary until moved).
                await Task.Run(() => site.RenderInBackground(job), stoppingToken).WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
