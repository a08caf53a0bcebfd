using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Juesuan.Inspection;
using Juesuan.Inspection.Batch;
using Juesuan.Inspection.Outputs;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>
/// 公开检查 in the background of the web process: an in-process queue (a channel) read by one loop, so one batch runs
/// at a time, its files inspected in parallel by at most <see cref="WebOptions.InspectionParallelism"/> threads
/// (the rest of the machine keeps serving pages). Each file's result is stored as it finishes and its bytes let go,
/// so the page's progress is a count, memory holds one file per thread, and a restart resumes a batch where it
/// stopped (<see cref="ExecuteAsync"/> queues the unfinished first). Why not Hangfire: docs/web.md.
/// </summary>
public sealed class InspectionRuns(InspectionStore store, WebOptions options, ILogger<InspectionRuns> log) : BackgroundService
{
    private readonly Channel<long> _queue = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, InspectionSummary> _summaries = new();

    /// <summary>The form in which a file's inspection is stored (the 检查结果.json's).</summary>
    private static readonly JsonSerializerOptions Json = InspectionJson.Options;

    public void Enqueue(long id) => _queue.Writer.TryWrite(id);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var id in store.Unfinished())
        {
            Enqueue(id);
        }

        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await Task.Run(() => Run(id, stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // left running: resumed at the next start
            }
            catch (Exception ex)
            {
                log.LogError(ex, "公开检查 {Id} 失败", id);
                store.Fail(id, $"检查未能完成：{ex.Message}");
            }
        }
    }

    /// <summary>Inspects the files not inspected yet, then concludes the batch (register-less: grouped by the names printed).</summary>
    public void Run(long id, CancellationToken cancellationToken)
    {
        if (store.Find(id) is not { IsFinished: false } row)
        {
            return;
        }

        store.SetRunning(id);
        Parallel.ForEach(store.Pending(id), new ParallelOptions { MaxDegreeOfParallelism = options.InspectionParallelism, CancellationToken = cancellationToken }, file =>
        {
            var inspected = Inspector.InspectFile(store.Content(id, file.Index), file.Path, cancellationToken);
            store.StoreFileResult(id, file.Index, JsonSerializer.Serialize(inspected, Json));
        });

        // Read back one at a time; the figures wait in a spill until the checks across reports ask for them.
        var spill = new FigureSpill();
        var files = store.FileResults(id).Select(j => spill.Keep(JsonSerializer.Deserialize<InspectedFile>(j, Json)!)).ToList();
        var summary = InspectionSummary.Of(BatchInspection.Conclude(row.SourceName, files, new InspectionOptions()));
        store.Finish(id, summary.Year, InspectionJson.Write(summary));
    }

    /// <summary>A finished inspection's summary (kept: a finished result never changes); null before it is finished.</summary>
    public InspectionSummary? Summary(long id)
    {
        if (_summaries.TryGetValue(id, out var kept))
        {
            return kept;
        }

        if (store.ResultJson(id) is not { } json)
        {
            return null;
        }

        var summary = InspectionSummary.Of(InspectionJson.Read(json));
        if (_summaries.Count >= 16)
        {
            _summaries.Clear(); // a few are looked at at a time; the rest are read again
        }

        _summaries[id] = summary;
        return summary;
    }
}
