using System.Diagnostics;
using System.Globalization;
using Juesuan.Inspection.Jobs;

namespace Juesuan.Tests;

/// <summary>
/// The batch on several machines: a private PostgreSQL, two worker processes (juesuan-worker.dll worker), a batch of
/// 30 reports, one worker killed with SIGKILL while it holds a file. Every file must end with exactly one result, the
/// killed worker's file taken over by the other, and the batch assembled.
/// </summary>
public sealed class KilledWorkerTests : IDisposable
{
    private static readonly TimeSpan Invisibility = TimeSpan.FromSeconds(8);
    private readonly PostgresServer _server = new();
    private readonly List<Process> _workers = [];

    [Fact]
    public async Task A_worker_killed_mid_batch_loses_and_duplicates_nothing()
    {
        var clock = Stopwatch.StartNew();
        var db = _server.NewDatabase();
        // The schemas (ours and Hangfire's) are created here, before the workers start.
        var queue = InspectionQueue.Open(db, QueueOptions.Default with { InvisibilityTimeout = Invisibility, PollInterval = TimeSpan.FromMilliseconds(500) });
        var a = StartWorker(db, "A");
        var b = StartWorker(db, "B");
        await WaitUntil(() => queue.Storage.GetMonitoringApi().Servers().Count == 2, TimeSpan.FromSeconds(40), "both workers registered");

        var files = Batches.Variants(30);
        var id = queue.Enqueue("region", files);

        // Kill A while it holds a file: it has started one whose result is not stored, and the batch is under way.
        var held = -1;
        await WaitUntil(() =>
        {
            var stored = queue.Store.ResultRows(id).Select(r => r.Index).ToHashSet();
            var open = queue.Store.Attempts(id).Where(t => t.Worker == "A" && !stored.Contains(t.Index)).Select(t => t.Index).ToList();
            if (stored.Count >= 2 && open.Count > 0)
            {
                held = open[0];
                return true;
            }

            return false;
        }, TimeSpan.FromSeconds(60), "worker A holding a file after two results");
        a.Kill(entireProcessTree: true); // SIGKILL: no goodbye, its fetched job stays fetched
        await a.WaitForExitAsync();
        Assert.False(queue.Store.HasResult(id, held), $"file {held} was still in A's hands when A was killed");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var done = await queue.WaitAsync(id, null, timeout.Token);
        Assert.Equal(BatchState.Done, done.State);

        // Exactly one result per file, with the hash of the bytes sent.
        var rows = queue.Store.ResultRows(id);
        Assert.Equal(30, rows.Count);
        Assert.Equal(Enumerable.Range(0, 30), rows.Select(r => r.Index));
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(BatchStore.Sha256(files[i].Bytes), rows[i].Sha256);
        }

        // A's file was taken over by B after the invisibility timeout.
        Assert.Equal("B", rows[held].Worker);
        var attempts = queue.Store.Attempts(id).Where(t => t.Index == held).Select(t => t.Worker).ToList();
        Assert.Contains("A", attempts);
        Assert.Contains("B", attempts);

        // The assembled result holds every file once, each read (the reports are readable texts).
        var result = queue.Store.Result(id)!;
        Assert.Equal(files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), result.Files.Select(f => f.RelativePath));
        Assert.All(result.Files, f => Assert.Null(f.Unreadable));
        Assert.Equal(30, result.Files.Select(f => f.Sha256).Distinct().Count());
        Assert.True(b.HasExited is false, "worker B still running");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}");
    }

    private Process StartWorker(string db, string name)
    {
        var dll = Repo.Path("src", "Juesuan.Inspection.Worker", "bin", Configuration, "net10.0", "juesuan-worker.dll");
        Assert.True(File.Exists(dll), dll + " is built with this test project");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "worker", "--db", db, "--workers", "1", "--name", name, "--invisibility-timeout", Invisibility.TotalSeconds.ToString(CultureInfo.InvariantCulture) })
        {
            psi.ArgumentList.Add(arg);
        }

        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        _workers.Add(p);
        return p;
    }

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < limit, $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        foreach (var p in _workers)
        {
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit(10_000);
            }

            p.Dispose();
        }

        _server.Dispose();
    }
}
