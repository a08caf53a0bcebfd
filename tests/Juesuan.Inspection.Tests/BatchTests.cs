using System.IO.Compression;
using System.Text;
using Juesuan.Inspection.Batch;

namespace Juesuan.Inspection.Tests;

/// <summary>The batch engine on small folders and zips: cache reuse, unreadable files, zip bounds, cancellation.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("juesuan-batch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static byte[] Reference => System.IO.File.ReadAllBytes(Path.Combine(SharedReports.Folder, "lingyuan-hrss-2024.txt"));

    private string Folder(params (string Path, byte[] Bytes)[] files)
    {
        var folder = Path.Combine(_root, "in-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllBytes(full, bytes);
        }

        return folder;
    }

    [Fact]
    public void A_rerun_reads_nothing_unchanged_and_only_what_changed()
    {
        var folder = Folder(("a/ref.txt", Reference), ("b/c/ref-copy.txt", [.. Reference, (byte)'\n']), ("notes.md", "# not a report"u8.ToArray()));
        var options = new InspectionOptions { CacheFolder = Path.Combine(_root, "cache"), Jobs = 2 };
        var first = BatchInspection.Run(folder, options);
        Assert.Equal((2, 0), (first.ReadCount, first.FromCacheCount));
        Assert.Equal(["a/ref.txt", "b/c/ref-copy.txt"], first.Files.Select(f => f.RelativePath));

        var cachedProgress = new List<InspectionProgress>();
        var second = BatchInspection.Run(folder, options, new Collecting(cachedProgress));
        Assert.Equal((0, 2), (second.ReadCount, second.FromCacheCount));
        Assert.All(cachedProgress, p => Assert.True(p.FromCache));
        Assert.Equal(first.Files.Select(f => (f.RelativePath, f.Kind, f.Findings.Count, f.Figures.Count)), second.Files.Select(f => (f.RelativePath, f.Kind, f.Findings.Count, f.Figures.Count)));
        // The findings keep their message ids through the cache's JSON.
        var ids = second.Files.SelectMany(f => f.Findings).Select(f => f.MessageId).ToList();
        Assert.NotEmpty(ids);
        Assert.DoesNotContain(null, ids);
        Assert.Equal(first.Files.SelectMany(f => f.Findings).Select(f => f.MessageId), ids);

        System.IO.File.AppendAllText(Path.Combine(folder, "a", "ref.txt"), "\n\n");
        var third = BatchInspection.Run(folder, options);
        Assert.Equal((1, 1), (third.ReadCount, third.FromCacheCount));
    }

    [Fact]
    public void An_unreadable_file_is_listed_and_the_batch_goes_on()
    {
        var folder = Folder(("ok.txt", Reference), ("scan.pdf", "%PDF-1.7 garbage"u8.ToArray()), ("empty.txt", []));
        var result = BatchInspection.Run(folder, new InspectionOptions());
        Assert.Equal(3, result.Files.Count);
        Assert.Null(result.Files.Single(f => f.RelativePath == "ok.txt").Unreadable);
        Assert.NotNull(result.Files.Single(f => f.RelativePath == "scan.pdf").Unreadable);
        Assert.Contains("没有可读的文字", result.Files.Single(f => f.RelativePath == "empty.txt").Unreadable, StringComparison.Ordinal);
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "I-UNREADABLE"));
    }

    private string Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var path = Path.Combine(_root, Guid.NewGuid().ToString("N")[..6] + ".zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write(bytes);
        }

        return path;
    }

    [Fact]
    public void A_zip_with_nested_folders_is_inspected_under_its_name()
    {
        var zip = Zip(("区县/财政局/ref.txt", Reference), ("区县/readme.doc", [1, 2]), ("__MACOSX/._ref.txt", [0]));
        var result = BatchInspection.Run(zip, new InspectionOptions());
        var file = Assert.Single(result.Files);
        Assert.Equal(Path.GetFileName(zip) + "/区县/财政局/ref.txt", file.RelativePath);
        Assert.Equal(DocumentKind.DepartmentFinalAccounts, file.Kind);
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("a/../../evil.txt")]
    [InlineData("/etc/evil.txt")]
    public void A_zip_whose_entry_leaves_it_is_refused_whole(string entry)
    {
        var zip = Zip(("ok.txt", Reference), (entry, "x"u8.ToArray()));
        var ex = Assert.Throws<BatchSourceException>(() => BatchInspection.Run(zip, new InspectionOptions()));
        Assert.Contains("路径穿越", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_neither_a_folder_nor_a_zip_is_refused() =>
        Assert.Throws<BatchSourceException>(() => BatchInspection.Run(Path.Combine(_root, "missing"), new InspectionOptions()));

    [Fact]
    public void Cancellation_stops_the_batch_and_leaves_only_whole_cache_entries()
    {
        var folder = Folder([.. Enumerable.Range(0, 6).Select(i => ($"r{i}.txt", (byte[])[.. Reference, .. Encoding.UTF8.GetBytes(new string('\n', i))]))]);
        var cache = Path.Combine(_root, "cache");
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var progress = new Collecting([], _ =>
        {
            if (Interlocked.Increment(ref seen) == 2)
            {
                cancel.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => BatchInspection.Run(folder, new InspectionOptions { CacheFolder = cache, Jobs = 1 }, progress, cancel.Token));
        var entries = Directory.GetFiles(cache, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(entries, e => e.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.InRange(entries.Length, 2, 5);

        // The rerun reads only what the cancelled run did not finish.
        var rerun = BatchInspection.Run(folder, new InspectionOptions { CacheFolder = cache });
        Assert.Equal(6 - entries.Length, rerun.ReadCount);
    }

    private sealed class Collecting(List<InspectionProgress> seen, Action<InspectionProgress>? then = null) : IProgress<InspectionProgress>
    {
        public void Report(InspectionProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }

            then?.Invoke(value);
        }
    }
}
