using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Juesuan.Inspection.Jobs;
using Npgsql;

namespace Juesuan.Tests;

/// <summary>
/// The batch on several machines: a private PostgreSQL, two worker processes (juesuan-worker.dll worker), a batch of
/// 30 reports, one worker killed with SIGKILL while it holds a file. Every file must end with exactly one result, the
/// killed worker's file taken over by the other, and the batch assembled.
/// </summary>
/// <remarks>
/// Nothing here depends on how fast the machine is: before the jobs are enqueued, the test inserts the result rows of
/// all but the first two files in a transaction it leaves open, so a worker that takes one of them cannot store its
/// result until the test rolls them back. Both workers end up each holding such a file, A is killed there, and the
/// hold is released only once the server has dropped A's connections. (The workers start before the hold: their
/// start-up creates an index on the results table, which waits for the open transaction.)
/// </remarks>
public sealed class KilledWorkerTests : IDisposable
{
    private static readonly TimeSpan Invisibility = TimeSpan.FromSeconds(8);

    /// <summary>Only how long a broken batch may keep the test waiting: no outcome depends on it.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(5);

    /// <summary>The files whose results are not held: they are stored before the kill (the batch is under way).</summary>
    private const int Free = 2;

    private readonly PostgresServer _server = new();
    private readonly List<Process> _workers = [];
    private readonly ConcurrentQueue<string> _output = new();

    [Fact]
    public async Task A_worker_killed_mid_batch_loses_and_duplicates_nothing()
    {
        var db = _server.NewDatabase();
        // A backend waiting on a lock notices within 100 ms that its client died, as an idle one does at once.
        Execute(db, $"ALTER DATABASE {new NpgsqlConnectionStringBuilder(db).Database} SET client_connection_check_interval = '100ms'");
        // The schemas (ours and Hangfire's) are created here, before the workers start.
        var queue = InspectionQueue.Open(db, QueueOptions.Default with { InvisibilityTimeout = Invisibility, PollInterval = TimeSpan.FromMilliseconds(500) });
        var a = StartWorker(db, "A");
        var b = StartWorker(db, "B");
        await WaitUntil(() => queue.Storage.GetMonitoringApi().Servers().Count == 2, "both workers registered");

        // The batch is stored, its results held, and only then are its jobs enqueued.
        var files = Batches.Variants(30);
        var id = queue.Store.Create("region", files);
        using var hold = new HeldResults(db, id, Free, files.Count);
        queue.EnqueueJobs(id);

        // Files are fetched in the order they were enqueued: the free two are stored, then each worker takes a held file.
        await WaitUntil(() =>
        {
            var attempts = queue.Store.Attempts(id);
            return queue.Store.ResultRows(id).Count == Free
                && attempts.Any(t => t.Worker == "A" && t.Index >= Free)
                && attempts.Any(t => t.Worker == "B" && t.Index >= Free);
        }, "the free files stored and each worker holding a held file");
        var held = Assert.Single(queue.Store.Attempts(id), t => t.Worker == "A" && t.Index >= Free).Index;

        a.Kill(entireProcessTree: true); // SIGKILL: no goodbye, its fetched job stays fetched
        await a.WaitForExitAsync();
        await WaitUntil(() => Backends(db, "A") == 0, "the server to drop A's connections");
        Assert.False(queue.Store.HasResult(id, held), $"file {held} was still in A's hands when A was killed");
        hold.Release(); // from here on A's file can only be stored by B, once the invisibility timeout has passed

        using var timeout = new CancellationTokenSource(Hang);
        BatchProgress? done = null;
        try
        {
            done = await queue.WaitAsync(id, null, timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }

        Assert.True(done is not null, $"the batch did not finish: {queue.Store.Progress(id).Inspected} of {files.Count} files have a result");
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
    }

    private Process StartWorker(string db, string name)
    {
        var dll = Repo.Path("src", "Juesuan.Inspection.Worker", "bin", Configuration, "net10.0", "juesuan-worker.dll");
        Assert.True(File.Exists(dll), dll + " is built with this test project");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // Named, to find its connections; no command timeout, as a worker may wait on the test's hold for long.
        var connection = db + $";Application Name={AppName(name)};Command Timeout=0";
        foreach (var arg in new[] { dll, "worker", "--db", connection, "--workers", "1", "--name", name, "--invisibility-timeout", Invisibility.TotalSeconds.ToString(CultureInfo.InvariantCulture) })
        {
            psi.ArgumentList.Add(arg);
        }

        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, e) => _output.Enqueue($"{name}: {e.Data}");
        p.ErrorDataReceived += (_, e) => _output.Enqueue($"{name}! {e.Data}");
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        _workers.Add(p);
        return p;
    }

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string AppName(string worker) => "juesuan-worker-" + worker;

    /// <summary>The worker's connections the server still has.</summary>
    private static long Backends(string db, string worker)
    {
        using var c = new NpgsqlConnection(db);
        c.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @name", c);
        cmd.Parameters.AddWithValue("name", AppName(worker));
        return (long)cmd.ExecuteScalar()!;
    }

    private static void Execute(string db, string sql)
    {
        using var c = new NpgsqlConnection(db);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    private async Task WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Hang, $"timed out waiting for {what}; the workers said:\n{string.Join('\n', _output.TakeLast(40))}");
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

    /// <summary>
    /// Result rows for files <c>from</c>…<c>count - 1</c> of a batch, inserted in a transaction left open: a worker's
    /// insert of such a file's result waits on the same key until <see cref="Release"/> rolls them back.
    /// </summary>
    private sealed class HeldResults : IDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;
        private bool _released;

        public HeldResults(string db, string batchId, int from, int count)
        {
            _connection = new NpgsqlConnection(db);
            _connection.Open();
            _transaction = _connection.BeginTransaction();
            using var cmd = new NpgsqlCommand(
                "INSERT INTO inspection_file_results (batch_id, file_index, sha256, inspected_json, worker, stored_at) SELECT @batchId, i, 'held', '{}', 'test', 0 FROM generate_series(@from, @last) AS i",
                _connection, _transaction);
            cmd.Parameters.AddWithValue("batchId", batchId);
            cmd.Parameters.AddWithValue("from", from);
            cmd.Parameters.AddWithValue("last", count - 1);
            cmd.ExecuteNonQuery();
        }

        public void Release()
        {
            if (!_released)
            {
                _transaction.Rollback();
                _released = true;
            }
        }

        public void Dispose()
        {
            _transaction.Dispose();
            _connection.Dispose();
        }
    }
}
