using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Publishing;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Html;
using Juesuan.Renderers.Pdf;
using Juesuan.Reporting.Charts;

namespace Juesuan.Web.Services;

/// <summary>A built report with its page rendering and chart data, ready to serve.</summary>
public sealed record RenderedReport(BuiltReport Built, string ArticleHtml, ReportCharts Charts, string ChartsJson);

/// <summary>A file to download.</summary>
public sealed record Download(byte[] Bytes, string ContentType, string FileName);

/// <summary>
/// Built reports keyed by their package's SHA-256: a package's report never changes, so an entry is never stale
/// and published pages are served from here without rebuilding. PDFs, which take LibreOffice seconds, are kept on
/// disk under the data directory, one at a time in the making.
/// </summary>
public sealed class ReportCache(string cacheDirectory)
{
    private const int MaxEntries = 256;

    private static readonly JsonSerializerOptions ChartJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Default, // escapes < > & so the JSON is safe inside a <script> element
    };

    private readonly ConcurrentDictionary<string, Lazy<RenderedReport>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _pdf = new(1, 1);

    public BuiltReport Build(byte[] package, string hash, string name) => Get(package, hash, name).Built;

    /// <summary>The report of a package already read (an upload): built from that reading, never parsed again.</summary>
    public BuiltReport Build(PackageReadResult read, string hash, string name) => Get(hash, () => read, name).Built;

    public RenderedReport Get(byte[] package, string hash, string name) => Get(hash, () => package, name);

    /// <summary>The cached rendering, loading and reading the package only on a miss.</summary>
    public RenderedReport Get(string hash, Func<byte[]> package, string name) => Get(hash, () => PackageUpload.Reread(package(), name), name);

    private RenderedReport Get(string hash, Func<PackageReadResult> read, string name)
    {
        if (_entries.Count > MaxEntries)
        {
            _entries.Clear();
            _files.Clear();
        }

        return _entries.GetOrAdd(hash, _ => new Lazy<RenderedReport>(() => Render(read(), name))).Value;
    }

    private static RenderedReport Render(PackageReadResult read, string name)
    {
        if (!read.Success)
        {
            throw new InvalidOperationException("stored package no longer reads: " + string.Join("; ", read.Errors));
        }

        var built = BuiltReport.Build(read.Accounts!, read.Catalogs!, name);
        var charts = ReportCharts.Build(built.Accounts, built.Catalogs);
        return new RenderedReport(built, HtmlReportWriter.WriteArticle(built.Document), charts, Json(charts));
    }

    /// <summary>Chart data as JSON, safe to embed in a &lt;script type="application/json"&gt; element.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ChartJson);

    /// <summary>The downloads offered, from the one list of outputs (<see cref="ReportOutputs"/>).</summary>
    public static readonly IReadOnlyList<(string Format, string Label)> Formats = ReportOutputs.Downloads.Select(o => (o.Format, o.Label)).ToList();

    /// <summary>A download of a built report; null for an unknown format. PDF needs LibreOffice (<see cref="PdfConversionException"/>).</summary>
    public async Task<Download?> DownloadAsync(RenderedReport r, string hash, string baseName, string format, CancellationToken ct)
    {
        byte[] Cached(string key, Func<byte[]> make) => _files.GetOrAdd(hash + "." + key, _ => make());
        return format switch
        {
            "docx" => new Download(Cached("docx", r.Built.Docx), ContentType(format), baseName + ".docx"),
            "xlsx" => new Download(Cached("xlsx", r.Built.TablesXlsx), ContentType(format), baseName + "-公开表.xlsx"),
            "csv" => new Download(Cached("csv", r.Built.TablesCsvZip), ContentType(format), baseName + "-公开表-csv.zip"),
            "json" => new Download(Cached("json", () => System.Text.Encoding.UTF8.GetBytes(r.Built.DataJson())), ContentType(format), baseName + ".json"),
            "txt" => new Download(Cached("txt", () => System.Text.Encoding.UTF8.GetBytes(r.Built.Text())), ContentType(format), baseName + ".txt"),
            "pdf" => new Download(await PdfAsync(r, hash, ct), ContentType(format), baseName + ".pdf"),
            _ => null,
        };
    }

    /// <summary>The media type a download of <paramref name="format"/> is served as (the API documentation lists the same).</summary>
    public static string ContentType(string format) => format switch
    {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv" => "application/zip",
        "json" => "application/json; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    private async Task<byte[]> PdfAsync(RenderedReport r, string hash, CancellationToken ct)
    {
        var pdf = Path.Combine(cacheDirectory, hash + ".pdf");
        if (File.Exists(pdf))
        {
            return await File.ReadAllBytesAsync(pdf, ct);
        }

        await _pdf.WaitAsync(ct);
        try
        {
            if (!File.Exists(pdf))
            {
                Directory.CreateDirectory(cacheDirectory);
                var docx = Path.Combine(cacheDirectory, hash + ".docx");
                await File.WriteAllBytesAsync(docx, r.Built.Docx(), ct);
                var temp = Path.Combine(cacheDirectory, hash + ".tmp.pdf");
                try
                {
                    PdfReportWriter.Convert(docx, temp);
                    File.Move(temp, pdf, overwrite: true);
                }
                finally
                {
                    File.Delete(docx);
                }
            }
        }
        finally
        {
            _pdf.Release();
        }

        return await File.ReadAllBytesAsync(pdf, ct);
    }
}
