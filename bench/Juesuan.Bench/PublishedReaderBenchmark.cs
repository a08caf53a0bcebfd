using BenchmarkDotNet.Attributes;
using Juesuan.Audit;
using Juesuan.Readers.Published;

namespace Juesuan.Bench;

/// <summary>
/// Reading and auditing published reports: every file of shared/reports (PDF text layers through PdfPig,
/// page texts), and the reference alone. Target (issue 4): a 100-page report well under a second.
/// </summary>
[MemoryDiagnoser]
public class PublishedReaderBenchmark
{
    private string[] _files = [];
    private string _reference = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reports");
            if (Directory.Exists(candidate))
            {
                _files = Directory.GetFiles(candidate).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
                _reference = _files.Single(f => f.EndsWith("lingyuan-hrss-2024.txt", StringComparison.Ordinal));
                return;
            }
        }

        throw new InvalidOperationException("shared/reports not found beside the repository");
    }

    /// <summary>Read and audit every report of the set (8 files, 4 of them PDFs).</summary>
    [Benchmark]
    public int ReadAndAuditAllReports() => _files.Sum(f => Auditor.Run(PublishedReportReader.Read(f)).Count);

    /// <summary>Read and audit the reference (about 60 pages of text, 18 evaluation tables).</summary>
    [Benchmark]
    public int ReadAndAuditReference() => Auditor.Run(PublishedReportReader.Read(_reference)).Count;
}
