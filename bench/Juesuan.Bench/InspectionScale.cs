using System.Diagnostics;
using System.Globalization;
using Juesuan.Inspection;
using Juesuan.Inspection.Batch;
using Juesuan.Inspection.Outputs;

namespace Juesuan.Bench;

/// <summary>
/// 公开检查 at scale, in one run (bench/results/inspection-scale.md): a synthetic region's reports (<c>juesuan region</c>)
/// inspected by the batch engine on all cores, the managed heap (after a full collection) and the process's resident
/// memory sampled as the 200th, 1,000th and 2,000th file is done and after the outputs are written; reports per second
/// on one thread (a sample) and on all cores; and the engine's time per PDF against PdfPig's own words of the same PDF.
/// Run: <c>dotnet run -c Release --project bench/Juesuan.Bench -- --inspection-scale REGION [--files 2000] [--single 100]</c>.
/// </summary>
internal static class InspectionScale
{
    public static void Run(string[] args)
    {
        var region = args[0];
        var count = Option(args, "--files", 2000);
        var single = Option(args, "--single", 100);
        var marks = new[] { 200, 1000, 2000 }.Where(m => m <= count).ToHashSet();

        // Every department's files (report.txt, report.docx, tables.xlsx), department by department: the formats a region publishes.
        var paths = Directory.GetDirectories(region).Order(StringComparer.Ordinal)
            .SelectMany(d => Directory.GetFiles(d).Where(Inspector.IsReport).Order(StringComparer.Ordinal))
            .Take(count).ToList();
        Console.WriteLine($"区域 {region}：{paths.Count} 个文件（{string.Join("、", paths.GroupBy(Path.GetExtension).Select(g => $"{g.Key} {g.Count()}"))}），{Environment.ProcessorCount} 个核，Server GC {System.Runtime.GCSettings.IsServerGC}");
        var items = paths.Select(p => new BatchItem(Path.GetRelativePath(region, p).Replace('\\', '/'), new FileInfo(p).Length, () => File.ReadAllBytes(p))).ToList();

        // Warm-up (JIT, catalogs, fonts): three files of each format, not timed.
        foreach (var warm in items.GroupBy(i => Path.GetExtension(i.RelativePath)).SelectMany(g => g.Take(3)))
        {
            Inspector.InspectFile(warm.Open(), warm.RelativePath);
        }

        Sample("开始前", 0);

        // One thread: the first files, read and audited one after another.
        var clock = Stopwatch.StartNew();
        var one = BatchInspection.InspectAll(items.Take(single).ToList(), new InspectionOptions { Jobs = 1 }, null, CancellationToken.None, out _);
        var oneSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"单线程：{one.Count} 个文件 {oneSeconds:0.0} s，{one.Count / oneSeconds:0.00} 个/秒");
        one = null;

        // All cores: the whole batch, sampled at the marks.
        var gate = new object();
        clock.Restart();
        var progress = new Progress(n =>
        {
            if (marks.Contains(n))
            {
                lock (gate)
                {
                    Sample($"已检查 {n} 个", n);
                }
            }
        });
        var files = BatchInspection.InspectAll(items, new InspectionOptions(), progress, CancellationToken.None, out _);
        var result = BatchInspection.Conclude(region, files, new InspectionOptions());
        var allSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"全部核：{items.Count} 个文件 {allSeconds:0.0} s，{items.Count / allSeconds:0.00} 个/秒（{Environment.ProcessorCount} 核）");
        var folder = Path.Combine(Path.GetTempPath(), "juesuan-scale-" + Guid.NewGuid().ToString("N")[..8]);
        clock.Restart();
        InspectionOutputs.Write(result, folder);
        Console.WriteLine($"输出：{clock.Elapsed.TotalSeconds:0.0} s，{string.Join("、", Directory.GetFiles(folder).Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length / 1024} KB"))}");
        Sample("写出结果后", items.Count);
        GC.KeepAlive(result);
        Directory.Delete(folder, recursive: true);

        PdfRatio();
    }

    /// <summary>The engine (read, recognise, audit) against PdfPig's words, per PDF of shared/reports: best of three after a warm-up.</summary>
    private static void PdfRatio()
    {
        Console.WriteLine("| PDF | PdfPig words | Inspector.InspectFile | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        double words = 0, inspect = 0;
        foreach (var path in SharedReports.Files(".pdf"))
        {
            var bytes = File.ReadAllBytes(path);
            double w = double.MaxValue, i = double.MaxValue;
            for (var round = 0; round < 4; round++)
            {
                var clock = Stopwatch.StartNew();
                PdfWordsBenchmark.Words(path);
                var tw = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                Inspector.InspectFile(bytes, Path.GetFileName(path));
                var ti = clock.Elapsed.TotalMilliseconds;
                if (round > 0)
                {
                    w = Math.Min(w, tw);
                    i = Math.Min(i, ti);
                }
            }

            words += w;
            inspect += i;
            Console.WriteLine($"| {Path.GetFileName(path)} ({bytes.Length / 1024} KB) | {w:0} ms | {i:0} ms | {i / w:0.00} |");
        }

        Console.WriteLine($"| all | {words:0} ms | {inspect:0} ms | {inspect / words:0.00} |");
    }

    private static long _heapAtStart;

    private static void Sample(string label, int files)
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        if (files == 0)
        {
            _heapAtStart = heap;
        }

        using var process = Process.GetCurrentProcess();
        var perFile = files > 0 ? $"，每个文件 {(heap - _heapAtStart) / 1024.0 / files:0.0} KB" : string.Empty;
        Console.WriteLine($"{label}：托管堆 {heap / 1024.0 / 1024:0.0} MB，RSS {process.WorkingSet64 / 1024.0 / 1024:0.0} MB（峰值 {process.PeakWorkingSet64 / 1024.0 / 1024:0.0} MB）{perFile}");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class Progress(Action<int> report) : IProgress<InspectionProgress>
    {
        public void Report(InspectionProgress value) => report(value.Done);
    }
}
