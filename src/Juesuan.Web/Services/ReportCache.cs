using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Publishing;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Html;
using Juesuan.Reporting.Charts;

namespace Juesuan.Web.Services;

/// <summary>A built report with its page rendering and chart data, ready to serve.</summary>
public sealed record RenderedReport(BuiltReport Built, string ArticleHtml, ReportCharts Charts, string ChartsJson);

/// <summary>A file to download.</summary>
public sealed record Download(byte[] Bytes, string ContentType, string FileName);

/// <summary>
/// Built reports keyed by their package's SHA-256: a package's report never changes, so an entry is never stale
/// and published pages are served from here without rebuilding. The entries (and the downloads made from them)
/// are held within a byte budget: each entry's size is estimated when it is built, and the least recently used
/// entries are dropped while the total is over the budget — an entry larger than the whole budget is served and
/// not kept. A published version's files (and its PDF) are written once to the data directory by <see cref="PublishedSite"/>.
/// </summary>
public sealed class ReportCache(long maxBytes = 512L * 1024 * 1024)
{
    /// <summary>What any built report holds besides its texts (facts, tables, the findings): a floor for the estimate.</summary>
    public const long EntryOverhead = 256 * 1024;

    private static readonly JsonSerializerOptions ChartJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Default, // escapes < > & so the JSON is safe inside a <script> element
    };

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _bytes;
    private long _clock;

    /// <summary>The budget the cache keeps within.</summary>
    public long MaxBytes => maxBytes;

    /// <summary>The estimated size of what is held now.</summary>
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

    /// <summary>Whether the report of a package is held now.</summary>
    public bool Holds(string hash) => _entries.TryGetValue(hash, out var e) && e.Bytes > 0;

    public BuiltReport Build(byte[] package, string hash, string name) => Get(package, hash, name).Built;

    /// <summary>The report of a package already read (an upload): built from that reading, never parsed again.</summary>
    /// <param name="ct">stops the build between its stages (the web's time limit)</param>
    public BuiltReport Build(PackageReadResult read, string hash, string name, CancellationToken ct = default) => Get(hash, () => read, name, ct).Built;

    public RenderedReport Get(byte[] package, string hash, string name) => Get(hash, () => package, name);

    /// <summary>The cached rendering, loading and reading the package only on a miss.</summary>
    public RenderedReport Get(string hash, Func<byte[]> package, string name) => Get(hash, () => PackageUpload.Reread(package(), name), name, CancellationToken.None);

    private RenderedReport Get(string hash, Func<PackageReadResult> read, string name, CancellationToken ct)
    {
        var entry = _entries.GetOrAdd(hash, _ => new Entry(new Lazy<RenderedReport>(() => Render(read(), name, ct))));
        RenderedReport r;
        try
        {
            r = entry.Value.Value;
        }
        catch
        {
            // A failed or cancelled build is not kept: the next request builds again.
            _entries.TryRemove(KeyValuePair.Create(hash, entry));
            throw;
        }

        lock (_gate)
        {
            entry.LastUsed = ++_clock;
            if (entry.Bytes == 0 && _entries.TryGetValue(hash, out var held) && ReferenceEquals(held, entry))
            {
                entry.Bytes = Estimate(r);
                _bytes += entry.Bytes;
                Evict();
            }
        }

        return r;
    }

    /// <summary>
    /// The memory a built report takes, estimated from its texts (two bytes a character): the page's HTML, the chart
    /// data, and the report's text three times over (the composed document, the text, and the text as read back).
    /// </summary>
    public static long Estimate(RenderedReport r) =>
        EntryOverhead + (2L * (r.ArticleHtml.Length + r.ChartsJson.Length + (3L * r.Built.ReportText.Length)));

    /// <summary>Drops the least recently used entries until the total is within the budget. Under the gate.</summary>
    private void Evict()
    {
        while (_bytes > maxBytes)
        {
            KeyValuePair<string, Entry>? oldest = null;
            foreach (var kv in _entries)
            {
                if (kv.Value.Bytes > 0 && (oldest is null || kv.Value.LastUsed < oldest.Value.Value.LastUsed))
                {
                    oldest = kv;
                }
            }

            if (oldest is not { } o || !_entries.TryRemove(o))
            {
                return;
            }

            _bytes -= o.Value.Bytes;
        }
    }

    private static RenderedReport Render(PackageReadResult read, string name, CancellationToken ct)
    {
        if (!read.Success)
        {
            throw new InvalidOperationException("stored package no longer reads: " + string.Join("; ", read.Errors));
        }

        var built = BuiltReport.Build(read.Accounts!, read.Catalogs!, name, ct: ct);
        ct.ThrowIfCancellationRequested();
        var charts = ReportCharts.Build(built.Accounts, built.Catalogs);
        return new RenderedReport(built, HtmlReportWriter.WriteArticle(built.Document), charts, Json(charts));
    }

    /// <summary>Chart data as JSON, safe to embed in a &lt;script type="application/json"&gt; element.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ChartJson);

    /// <summary>The downloads offered, from the one list of outputs (<see cref="ReportOutputs"/>).</summary>
    public static readonly IReadOnlyList<(string Format, string Label)> Formats = ReportOutputs.Downloads.Select(o => (o.Format, o.Label)).ToList();

    /// <summary>The media type a download of <paramref name="format"/> is served as: its output's (<see cref="ReportOutput.MediaType"/>).</summary>
    public static string ContentType(string format) => ReportOutputs.Find(format)?.MediaType ?? "application/octet-stream";

    private sealed class Entry(Lazy<RenderedReport> value)
    {
        public Lazy<RenderedReport> Value { get; } = value;

        /// <summary>The estimate, once built (0 while building).</summary>
        public long Bytes { get; set; }

        public long LastUsed { get; set; }
    }
}
