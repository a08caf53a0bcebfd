using System.IO.Compression;
using Juesuan.Inspection.Jobs;

namespace Juesuan.Tests;

/// <summary>The one-machine default: the SQLite store (ours and Hangfire.Storage.SQLite's), a worker in this process.</summary>
public sealed class EmbeddedStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-jobs-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_batch_runs_on_the_embedded_store_and_a_job_run_again_stores_nothing()
    {
        var queue = InspectionQueue.Open(Path.Combine(_dir, "jobs.db"), QueueOptions.Default with { PollInterval = TimeSpan.FromMilliseconds(200) });
        var files = Batches.Variants(3);
        var id = queue.Enqueue("three", files);
        using (queue.StartWorker(2, "local"))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            Assert.Equal(BatchState.Done, (await queue.WaitAsync(id, null, timeout.Token)).State);
        }

        Assert.Equal([0, 1, 2], queue.Store.ResultRows(id).Select(r => r.Index));

        // Hangfire runs a job at least once: a second run of file 0's job finds its result and stores nothing.
        new BatchJobs(queue.Store, queue.Client, "again").InspectFile(id, 0, CancellationToken.None);
        var rows = queue.Store.ResultRows(id);
        Assert.Equal(3, rows.Count);
        Assert.Equal("local", rows[0].Worker);
        Assert.DoesNotContain(queue.Store.Attempts(id), a => a.Worker == "again");
        Assert.Equal(files.Select(f => f.RelativePath), queue.Store.Result(id)!.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_batch_past_its_limits_is_refused_in_chinese_naming_the_file()
    {
        var zip = Path.Combine(_dir, "batch.zip");
        Directory.CreateDirectory(_dir);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var f in Batches.Variants(3))
            {
                using var s = archive.CreateEntry(f.RelativePath).Open();
                s.Write(f.Bytes);
            }
        }

        Assert.Equal(3, BatchSource.Read(zip, BatchLimits.Default).Count);
        Assert.All(BatchSource.Read(zip, BatchLimits.Default), f => Assert.StartsWith("batch.zip/region/", f.RelativePath, StringComparison.Ordinal));
        var tooMany = Assert.Throws<BatchSourceException>(() => BatchSource.Read(zip, BatchLimits.Default with { MaxFiles = 2 }));
        Assert.Equal("一批最多 2 个报告文件；「batch.zip/region/02-putuo-ecology-environment-2025.txt」已超出", tooMany.Message);
        var tooBig = Assert.Throws<BatchSourceException>(() => BatchSource.Read(zip, BatchLimits.Default with { MaxFileBytes = 1000 }));
        Assert.Contains("超过单个文件的上限 0 MB", tooBig.Message, StringComparison.Ordinal);

        var notZip = Path.Combine(_dir, "not.zip");
        File.WriteAllText(notZip, "这不是压缩文件");
        Assert.StartsWith("「not.zip」不是有效的 ZIP 文件", Assert.Throws<BatchSourceException>(() => BatchSource.Read(notZip, BatchLimits.Default)).Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
