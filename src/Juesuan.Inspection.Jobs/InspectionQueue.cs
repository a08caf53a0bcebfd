using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Juesuan.Storage;

namespace Juesuan.Inspection.Jobs;

/// <summary>
/// The batch inspection on Hangfire (公开检查后台任务): where batches and Hangfire's queue are stored, how a batch is
/// enqueued and waited for, and how a worker starts. The store is an SQLite file by default (Hangfire.Storage.SQLite in
/// a second file beside it: one machine, no server) or a PostgreSQL database ("Host=…") that several machines share.
/// </summary>
public sealed class InspectionQueue
{
    private static readonly Lock ConfigureOnce = new();
    private static bool _configured;

    private InspectionQueue(BatchStore store, JobStorage storage)
    {
        Store = store;
        Storage = storage;
        Client = new BackgroundJobClient(storage);
    }

    public BatchStore Store { get; }

    public JobStorage Storage { get; }

    public IBackgroundJobClient Client { get; }

    /// <summary>Opens (and creates when missing) the store named by <paramref name="db"/>: "Host=…" is PostgreSQL, anything else an SQLite file.</summary>
    public static InspectionQueue Open(string db, QueueOptions? options = null)
    {
        options ??= QueueOptions.Default;
        Configure();
        var database = Database.FromOption(db);
        var store = new BatchStore(database);
        store.EnsureSchema();
        JobStorage storage;
        if (database.Kind == DatabaseKind.PostgreSql)
        {
            var pg = new PostgreSqlStorageOptions
            {
                InvisibilityTimeout = options.InvisibilityTimeout,
                UseSlidingInvisibilityTimeout = true,
                QueuePollInterval = options.PollInterval,
                PrepareSchemaIfNecessary = true,
            };
            storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, pg), pg);
        }
        else
        {
            var file = Path.GetFullPath(db);
            storage = new SQLiteStorage(Path.ChangeExtension(file, null) + ".hangfire.db", new SQLiteStorageOptions
            {
                InvisibilityTimeout = options.InvisibilityTimeout,
                QueuePollInterval = options.PollInterval,
            });
        }

        return new InspectionQueue(store, storage);
    }

    /// <summary>Stores the batch and enqueues one job per file; returns the batch id.</summary>
    public string Enqueue(string source, IReadOnlyList<BatchFile> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("批次中没有可检查的文件（.pdf .docx .xlsx .txt）", nameof(files));
        }

        var id = Store.Create(source, files);
        EnqueueJobs(id);
        return id;
    }

    /// <summary>
    /// Enqueues one job per file of a batch already stored. <see cref="Enqueue"/> does both; apart, a test can hold the
    /// batch's results before any job runs.
    /// </summary>
    public void EnqueueJobs(string batchId)
    {
        var files = Store.FileCount(batchId);
        for (var i = 0; i < files; i++)
        {
            var index = i;
            Client.Enqueue<BatchJobs>(j => j.InspectFile(batchId, index, CancellationToken.None));
        }
    }

    /// <summary>Starts a worker in this process (stop it by disposing): <paramref name="workers"/> jobs at a time.</summary>
    public BackgroundJobServer StartWorker(int workers, string name)
    {
        var serverOptions = new BackgroundJobServerOptions
        {
            WorkerCount = Math.Clamp(workers, 1, 64),
            ServerName = name,
            Activator = new Activator(this, name),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
        };
        return new BackgroundJobServer(serverOptions, Storage);
    }

    /// <summary>Waits until the batch is done or failed, reporting progress as it changes.</summary>
    public async Task<BatchProgress> WaitAsync(string batchId, Action<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var last = -1;
        while (true)
        {
            var p = Store.Progress(batchId);
            if (p.Inspected != last || p.Finished)
            {
                progress?.Invoke(p);
                last = p.Inspected;
            }

            if (p.Finished)
            {
                return p;
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Configure()
    {
        lock (ConfigureOnce)
        {
            if (!_configured)
            {
                GlobalConfiguration.Configuration
                    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                    .UseSimpleAssemblyNameTypeSerializer()
                    .UseRecommendedSerializerSettings();
                _configured = true;
            }
        }
    }

    /// <summary>Makes the jobs of a batch with this queue's store and client, naming the worker that runs them.</summary>
    private sealed class Activator(InspectionQueue queue, string worker) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(BatchJobs) ? new BatchJobs(queue.Store, queue.Client, worker) : base.ActivateJob(jobType);
    }
}
