using Juesuan.Audit;
using Juesuan.Inspection.Across;
using Juesuan.Inspection.Registers;
using Juesuan.Inspection.Scoring;

namespace Juesuan.Inspection.Batch;

/// <summary>
/// 批量检查: inspects every report of a folder or zip in parallel, then matches them to the register, checks across
/// reports and scores. Streams: a worker holds one file's bytes and its <c>PublishedReport</c> only while inspecting
/// it, and the batch keeps the compact <see cref="InspectedFile"/>s with their figures in a <see cref="FigureSpill"/>
/// (read back group by group by the checks across reports, file by file by the JSON output). A file whose hash is in the cache is not read
/// again. One unreadable file is listed with its reason and the batch goes on; cancellation stops between files
/// and leaves the cache with whole entries only.
/// </summary>
public static class BatchInspection
{
    /// <summary>Inspects <paramref name="source"/> (a folder or a .zip); throws <see cref="BatchSourceException"/> when it is neither.</summary>
    public static InspectionResult Run(string source, InspectionOptions options, IProgress<InspectionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var batch = BatchSource.Open(source);
        var files = InspectAll(batch.Items, options, progress, cancellationToken, out var read);
        return Conclude(source, files, options) with { ReadCount = read, FromCacheCount = files.Count - read };
    }

    /// <summary>Inspects items in parallel (cache first); returns them in the items' order and how many were read (not cached).</summary>
    public static IReadOnlyList<InspectedFile> InspectAll(IReadOnlyList<BatchItem> items, InspectionOptions options, IProgress<InspectionProgress>? progress, CancellationToken cancellationToken, out int read)
    {
        var cache = options.CacheFolder is { } folder ? new InspectionCache(folder) : null;
        var spill = new FigureSpill();
        var results = new InspectedFile?[items.Count];
        var done = 0;
        var readCount = 0;
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveJobs, CancellationToken = cancellationToken }, (i, state) =>
        {
            var item = items[i];
            var (file, fromCache) = One(item, cache, cancellationToken);
            if (!fromCache)
            {
                Interlocked.Increment(ref readCount);
            }

            results[i] = spill.Keep(file);
            progress?.Report(new InspectionProgress(Interlocked.Increment(ref done), items.Count, item.RelativePath, fromCache, file.Unreadable is not null));
        });
        read = readCount;
        return [.. results.Select(r => r!)];
    }

    private static (InspectedFile File, bool FromCache) One(BatchItem item, InspectionCache? cache, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = item.Bytes > BatchSource.MaxFileBytes
                ? throw new BatchSourceException($"「{Path.GetFileName(item.RelativePath)}」过大（{item.Bytes / 1024 / 1024} MB）")
                : item.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BatchSourceException or InvalidDataException)
        {
            return (Inspector.Unreadable(item.RelativePath, string.Empty, item.Bytes, ex is BatchSourceException ? ex.Message : $"「{item.RelativePath}」无法打开：{ex.Message}"), false);
        }

        var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();
        if (cache?.Find(sha, item.RelativePath) is { } cached)
        {
            return (cached, true);
        }

        var file = Inspector.InspectFile(bytes, item.RelativePath, cancellationToken);
        cache?.Store(file);
        return (file, false);
    }

    /// <summary>What follows the files: register matches and their findings, unreadable files, checks across reports, scores.</summary>
    public static InspectionResult Conclude(string source, IReadOnlyList<InspectedFile> files, InspectionOptions options)
    {
        var register = options.Register;
        var matches = RegisterMatcher.Match(files, register);
        var findings = new List<InspectionFinding>();
        findings.AddRange(files.Where(f => f.Unreadable is not null).Select(f =>
            new InspectionFinding("I-UNREADABLE", Severity.Error, null, [f.RelativePath], f.RelativePath, f.Unreadable!)));
        findings.AddRange(RegisterMatcher.Findings(files, register, matches));
        findings.AddRange(CrossReportChecks.Run(files, register, matches));
        var scores = ComplianceScorer.Score(files, register, matches, findings, options.Weights);
        return new InspectionResult(source, DateTimeOffset.UtcNow, files, register, matches, findings, scores);
    }
}
