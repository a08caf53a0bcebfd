using BenchmarkDotNet.Attributes;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Csv;
using Juesuan.Reporting.Tables;

namespace Juesuan.Bench;

/// <summary>
/// Building the nine public tables from the sample's facts, in process, after warm-up.
/// Target (issue 2): under 20 ms. Results are kept in bench/results/.
/// </summary>
[MemoryDiagnoser]
public class TablesBenchmark
{
    private FinalAccounts _accounts = null!;
    private CatalogSet _catalogs = null!;
    private string _sample = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = FindSample();
        var result = PackageReader.Read(_sample);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Errors));
        }

        _accounts = result.Accounts!;
        _catalogs = result.Catalogs!;
    }

    /// <summary>Facts → nine DisclosureTable models.</summary>
    [Benchmark]
    public IReadOnlyList<DisclosureTable> BuildNineTables() => NineTables.Build(_accounts, _catalogs);

    /// <summary>Facts → tables → nine CSV texts.</summary>
    [Benchmark]
    public int BuildAndWriteCsv() => NineTables.Build(_accounts, _catalogs).Sum(t => TableCsvWriter.Write(t).Length);

    /// <summary>Reading and validating the sample package folder (CSV) from disk.</summary>
    [Benchmark]
    public int ReadPackage() => PackageReader.Read(_sample).Accounts!.Expenditure.Count;

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "lingyuan-hrss-2024");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var env = Environment.GetEnvironmentVariable("JUESUAN_SAMPLE");
        return env ?? throw new InvalidOperationException("samples/lingyuan-hrss-2024 not found; set JUESUAN_SAMPLE");
    }
}
