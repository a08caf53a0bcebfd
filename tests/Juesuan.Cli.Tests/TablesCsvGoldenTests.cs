using Juesuan.Core.Model;
using Juesuan.Tests;

namespace Juesuan.Cli.Tests;

/// <summary>Every printed row of the reference's nine tables appears in tables/gk0N.csv with the same figures.</summary>
public sealed class TablesCsvGoldenTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "juesuan-csv-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void The_csv_files_reproduce_the_reference_tables()
    {
        Assert.Equal(0, Commands.Run(["build", Repo.Sample, "--out", _out, "--no-pdf"], TextWriter.Null, TextWriter.Null));
        foreach (var n in Enumerable.Range(1, 9))
        {
            var id = $"gk0{n}";
            var golden = File.ReadAllLines(Repo.Path("tests", "Juesuan.Reporting.Tests", "Golden", "lingyuan-hrss-2024", id + ".tsv"))
                .Select(l => Normalize(l.Split('\t'))).ToList();
            var csv = CsvText.Parse(File.ReadAllText(Path.Combine(_out, "tables", id + ".csv"))).Select(r => Normalize(r.Fields)).ToList();
            Assert.Equal(golden.Count, csv.Count);
            for (var i = 0; i < golden.Count; i++)
            {
                Assert.True(golden[i] == csv[i], $"{id} row {i + 1}: reference「{golden[i]}」csv「{csv[i]}」");
            }
        }
    }

    private static string Normalize(string[] cells) =>
        string.Join("|", cells.Select(c => string.Concat(c.Where(ch => !char.IsWhiteSpace(ch))))).TrimEnd('|');
}
