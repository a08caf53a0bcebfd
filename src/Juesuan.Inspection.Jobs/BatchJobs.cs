using Hangfire;

namespace Juesuan.Inspection.Jobs;

/// <summary>
/// The two jobs of a batch, run by Hangfire on any worker: <see cref="InspectFile"/> (one per file) and
/// <see cref="Finish"/> (assembles the result once every file has one). Both are idempotent, because Hangfire runs a
/// job at least once: a worker killed mid-job has its job fetched again by another after the invisibility timeout.
/// </summary>
public sealed class BatchJobs
{
    private readonly BatchStore _store;
    private readonly IBackgroundJobClient _client;
    private readonly string _worker;

    public BatchJobs(BatchStore store, IBackgroundJobClient client, string worker)
    {
        _store = store;
        _client = client;
        _worker = worker;
    }

    /// <summary>Inspects file <paramref name="index"/> of the batch and stores its result, unless one is stored already.</summary>
    [AutomaticRetry(Attempts = 3)]
    public void InspectFile(string batchId, int index, CancellationToken cancellationToken)
    {
        if (!_store.HasResult(batchId, index))
        {
            _store.RecordAttempt(batchId, index, _worker);
            var (path, sha, bytes) = _store.File(batchId, index);
            // The same bytes already inspected (this batch or an earlier one) are not read again.
            var inspected = _store.Cached(sha) is { } cached
                ? cached with { RelativePath = path }
                : Inspector.InspectFile(bytes, path, cancellationToken);
            _store.StoreResult(batchId, index, inspected, _worker);
        }

        // Whoever sees the last result enqueues the finishing job; two may, and the second changes nothing.
        // (Checked on every run, so that a worker killed between storing and enqueueing is made good by the retry.)
        var progress = _store.Progress(batchId);
        if (progress.Inspected == progress.Files && !progress.Finished)
        {
            _client.Enqueue<BatchJobs>(j => j.Finish(batchId));
        }
    }

    /// <summary>Assembles the batch's result (checks across reports, scores) and stores it once.</summary>
    [AutomaticRetry(Attempts = 2)]
    public void Finish(string batchId)
    {
        var progress = _store.Progress(batchId);
        if (progress.Finished)
        {
            return;
        }

        var files = _store.Results(batchId);
        try
        {
            _store.Finish(batchId, BatchAssembly.Assemble(progress.Source, files));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _store.Fail(batchId, $"汇总检查结果失败：{ex.Message}");
        }
    }
}
