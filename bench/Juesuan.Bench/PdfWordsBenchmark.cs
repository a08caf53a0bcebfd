using BenchmarkDotNet.Attributes;
using Juesuan.Audit;
using Juesuan.Readers.Published;
using Juesuan.Readers.Published.Text;
using UglyToad.PdfPig;

namespace Juesuan.Bench;

/// <summary>
/// The published-report reader against PdfPig's own word extraction, side by side on the PDFs of shared/reports
/// (issue 9: the whole read within 1.3× of the baseline). Each PDF alone, and the set of them as one param.
/// The Ratio column is each method's time over <see cref="PdfPigWords"/> for the same param.
/// </summary>
[MemoryDiagnoser]
public class PdfWordsBenchmark
{
    /// <summary>The param standing for every PDF of the set read one after another.</summary>
    public const string Set = "(all PDFs)";

    private string[] _paths = [];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = Set;

    public static IEnumerable<string> Files() => SharedReports.Files(".pdf").Select(Path.GetFileName).OfType<string>().Append(Set);

    [GlobalSetup]
    public void Setup() => _paths = SharedReports.Select(File, ".pdf");

    /// <summary>Baseline: open the document, every page's words, every word's text touched.</summary>
    [Benchmark(Baseline = true)]
    public long PdfPigWords() => _paths.Sum(Words);

    /// <summary>Juesuan's PDF text layer: lines of positioned cells, rows read between rulings.</summary>
    [Benchmark]
    public int PdfTextLayer() => _paths.Sum(p => PdfText.Extract(p).Length);

    /// <summary>The whole reader: text layer, tables, statements, evaluations.</summary>
    [Benchmark]
    public int Read() => _paths.Sum(p => PublishedReportReader.Read(p).Lines.Count);

    /// <summary>The whole reader and every audit rule.</summary>
    [Benchmark]
    public int ReadAndAudit() => _paths.Sum(p => Auditor.Run(PublishedReportReader.Read(p)).Count);

    internal static long Words(string path)
    {
        using var doc = PdfDocument.Open(path);
        long chars = 0;
        foreach (var page in doc.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                chars += word.Text.Length;
            }
        }

        return chars;
    }
}

/// <summary>The page texts (.txt) of shared/reports through the same reader: no PDF, so no PdfPig baseline.</summary>
[MemoryDiagnoser]
public class TextReportsBenchmark
{
    /// <summary>The param standing for every page text of the set read one after another.</summary>
    public const string Set = "(all texts)";

    private string[] _paths = [];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = Set;

    public static IEnumerable<string> Files() => SharedReports.Files(".txt").Select(Path.GetFileName).OfType<string>().Append(Set);

    [GlobalSetup]
    public void Setup() => _paths = SharedReports.Select(File, ".txt");

    [Benchmark(Baseline = true)]
    public int Read() => _paths.Sum(p => PublishedReportReader.Read(p).Lines.Count);

    [Benchmark]
    public int ReadAndAudit() => _paths.Sum(p => Auditor.Run(PublishedReportReader.Read(p)).Count);
}

/// <summary>shared/reports, found beside the repository by walking up from the benchmark's binaries.</summary>
internal static class SharedReports
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reports");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/reports not found beside the repository");
    }

    /// <summary>The set's files with this extension, by name.</summary>
    public static string[] Files(string extension) =>
        Directory.GetFiles(Folder()).Where(f => f.EndsWith(extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>One file by name, or the whole set for the set's param.</summary>
    public static string[] Select(string name, string extension) =>
        name.StartsWith('(') ? Files(extension) : [Path.Combine(Folder(), name)];
}
