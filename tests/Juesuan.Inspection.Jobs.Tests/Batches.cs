using System.Text;
using Juesuan.Inspection.Jobs;

namespace Juesuan.Tests;

/// <summary>Batches for the tests: the published reports' texts in ../shared/reports and variants of them.</summary>
internal static class Batches
{
    public static IReadOnlyList<string> Texts { get; } =
        Directory.GetFiles(Repo.Path("..", "shared", "reports"), "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// <paramref name="count"/> files, each different in its bytes (a copy of a text with i trailing line ends), so
    /// that the content-hash cache does not serve one from another.
    /// </summary>
    public static IReadOnlyList<BatchFile> Variants(int count) =>
        Enumerable.Range(0, count)
            .Select(i =>
            {
                var text = File.ReadAllText(Texts[i % Texts.Count]) + new string('\n', i + 1);
                return new BatchFile($"region/{i:00}-{Path.GetFileName(Texts[i % Texts.Count])}", Encoding.UTF8.GetBytes(text));
            })
            .ToList();
}
