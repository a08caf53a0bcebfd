using System.Security.Cryptography;
using Dapper;
using Juesuan.Storage;

namespace Juesuan.Inspection.Jobs;

/// <summary>
/// The batches of the background inspection, in plain SQL beside Hangfire's own tables (SQLite or PostgreSQL):
/// a batch, its files (bytes and SHA-256), and one result per file. The primary key (batch, file) of the results makes
/// storing a result an idempotent insert: a job run twice — a worker killed after it inserted, the job fetched again —
/// finds the row there and stores nothing, so a file is never counted twice nor lost. Each run of a job is also
/// logged (attempts), which is how a test sees that a killed worker's file was taken over.
/// </summary>
public sealed class BatchStore
{
    private static readonly string[] SqliteSchema =
    [
        "CREATE TABLE IF NOT EXISTS inspection_batches (id TEXT PRIMARY KEY, source TEXT NOT NULL, created_at BIGINT NOT NULL, file_count INTEGER NOT NULL, state TEXT NOT NULL, finished_at BIGINT, error TEXT, result_json TEXT)",
        "CREATE TABLE IF NOT EXISTS inspection_batch_files (batch_id TEXT NOT NULL REFERENCES inspection_batches(id), file_index INTEGER NOT NULL, relative_path TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (batch_id, file_index))",
        "CREATE TABLE IF NOT EXISTS inspection_file_results (batch_id TEXT NOT NULL, file_index INTEGER NOT NULL, sha256 TEXT NOT NULL, inspected_json TEXT NOT NULL, worker TEXT NOT NULL, stored_at BIGINT NOT NULL, PRIMARY KEY (batch_id, file_index))",
        "CREATE INDEX IF NOT EXISTS inspection_file_results_sha ON inspection_file_results (sha256)",
        "CREATE TABLE IF NOT EXISTS inspection_file_attempts (batch_id TEXT NOT NULL, file_index INTEGER NOT NULL, worker TEXT NOT NULL, started_at BIGINT NOT NULL)",
    ];

    private static readonly string[] PostgreSqlSchema =
    [
        "CREATE TABLE IF NOT EXISTS inspection_batches (id TEXT PRIMARY KEY, source TEXT NOT NULL, created_at BIGINT NOT NULL, file_count INTEGER NOT NULL, state TEXT NOT NULL, finished_at BIGINT, error TEXT, result_json TEXT)",
        "CREATE TABLE IF NOT EXISTS inspection_batch_files (batch_id TEXT NOT NULL REFERENCES inspection_batches(id), file_index INTEGER NOT NULL, relative_path TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BYTEA NOT NULL, PRIMARY KEY (batch_id, file_index))",
        "CREATE TABLE IF NOT EXISTS inspection_file_results (batch_id TEXT NOT NULL, file_index INTEGER NOT NULL, sha256 TEXT NOT NULL, inspected_json TEXT NOT NULL, worker TEXT NOT NULL, stored_at BIGINT NOT NULL, PRIMARY KEY (batch_id, file_index))",
        "CREATE INDEX IF NOT EXISTS inspection_file_results_sha ON inspection_file_results (sha256)",
        "CREATE TABLE IF NOT EXISTS inspection_file_attempts (batch_id TEXT NOT NULL, file_index INTEGER NOT NULL, worker TEXT NOT NULL, started_at BIGINT NOT NULL)",
    ];

    public BatchStore(Database database)
    {
        Database = database;
    }

    public Database Database { get; }

    /// <summary>Creates the tables when missing (every statement is idempotent; several workers may start at once).</summary>
    public void EnsureSchema()
    {
        using var c = Database.Open();
        if (Database.Kind == DatabaseKind.PostgreSql)
        {
            // Two processes creating the same table at once collide in PostgreSQL's catalog even with IF NOT EXISTS.
            using var tx = c.BeginTransaction();
            c.Execute("SELECT pg_advisory_xact_lock(7260001)", transaction: tx);
            foreach (var sql in PostgreSqlSchema)
            {
                c.Execute(sql, transaction: tx);
            }

            tx.Commit();
            return;
        }

        foreach (var sql in SqliteSchema)
        {
            c.Execute(sql);
        }
    }

    /// <summary>Stores a new batch and its files in one transaction; returns its id.</summary>
    public string Create(string source, IReadOnlyList<BatchFile> files)
    {
        var id = Guid.NewGuid().ToString("N");
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        c.Execute("INSERT INTO inspection_batches (id, source, created_at, file_count, state) VALUES (@id, @source, @at, @count, @state)",
            new { id, source, at = Clock.Now(), count = files.Count, state = nameof(BatchState.Running) }, tx);
        for (var i = 0; i < files.Count; i++)
        {
            c.Execute("INSERT INTO inspection_batch_files (batch_id, file_index, relative_path, sha256, bytes) VALUES (@id, @i, @path, @sha, @bytes)",
                new { id, i, path = files[i].RelativePath, sha = Sha256(files[i].Bytes), bytes = files[i].Bytes }, tx);
        }

        tx.Commit();
        return id;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    public int FileCount(string batchId)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<int>("SELECT file_count FROM inspection_batches WHERE id = @batchId", new { batchId });
    }

    /// <summary>The file's path, hash and bytes.</summary>
    public (string RelativePath, string Sha256, byte[] Bytes) File(string batchId, int index)
    {
        using var c = Database.Open();
        var row = c.QuerySingleOrDefault<(string, string, byte[])>(
            "SELECT relative_path, sha256, bytes FROM inspection_batch_files WHERE batch_id = @batchId AND file_index = @index", new { batchId, index });
        return row.Item1 is null ? throw new StoreException($"批次 {batchId} 没有第 {index} 个文件") : row;
    }

    public bool HasResult(string batchId, int index)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM inspection_file_results WHERE batch_id = @batchId AND file_index = @index", new { batchId, index }) > 0;
    }

    /// <summary>A result already stored for the same bytes (any batch): the content-hash cache.</summary>
    public InspectedFile? Cached(string sha256)
    {
        using var c = Database.Open();
        var json = c.QueryFirstOrDefault<string>("SELECT inspected_json FROM inspection_file_results WHERE sha256 = @sha256", new { sha256 });
        return json is null ? null : InspectedFileJson.Read(json);
    }

    public void RecordAttempt(string batchId, int index, string worker)
    {
        using var c = Database.Open();
        c.Execute("INSERT INTO inspection_file_attempts (batch_id, file_index, worker, started_at) VALUES (@batchId, @index, @worker, @at)",
            new { batchId, index, worker, at = Clock.Now() });
    }

    /// <summary>Stores the file's result once: true when this call stored it, false when it was there already.</summary>
    public bool StoreResult(string batchId, int index, InspectedFile file, string worker)
    {
        using var c = Database.Open();
        return c.Execute(
            "INSERT INTO inspection_file_results (batch_id, file_index, sha256, inspected_json, worker, stored_at) VALUES (@batchId, @index, @sha, @json, @worker, @at) ON CONFLICT (batch_id, file_index) DO NOTHING",
            new { batchId, index, sha = file.Sha256, json = InspectedFileJson.Write(file), worker, at = Clock.Now() }) == 1;
    }

    public BatchProgress Progress(string batchId)
    {
        using var c = Database.Open();
        var row = c.QuerySingleOrDefault<(string Source, string State, int Files, string? Error)>(
            "SELECT source, state, file_count, error FROM inspection_batches WHERE id = @batchId", new { batchId });
        if (row.Source is null)
        {
            throw new StoreException($"没有编号为 {batchId} 的检查批次");
        }

        var done = c.ExecuteScalar<int>("SELECT COUNT(*) FROM inspection_file_results WHERE batch_id = @batchId", new { batchId });
        return new BatchProgress(batchId, row.Source, Enum.Parse<BatchState>(row.State), row.Files, done, row.Error);
    }

    /// <summary>Every stored result of the batch, in the order of the files' paths.</summary>
    public IReadOnlyList<InspectedFile> Results(string batchId)
    {
        using var c = Database.Open();
        return c.Query<string>(
                "SELECT r.inspected_json FROM inspection_file_results r JOIN inspection_batch_files f ON f.batch_id = r.batch_id AND f.file_index = r.file_index WHERE r.batch_id = @batchId ORDER BY f.relative_path, f.file_index",
                new { batchId })
            .Select(InspectedFileJson.Read)
            .ToList();
    }

    /// <summary>Rows of the results table for the batch (index, hash, worker): what a test counts.</summary>
    public IReadOnlyList<(int Index, string Sha256, string Worker)> ResultRows(string batchId)
    {
        using var c = Database.Open();
        return c.Query<(int, string, string)>("SELECT file_index, sha256, worker FROM inspection_file_results WHERE batch_id = @batchId ORDER BY file_index", new { batchId }).ToList();
    }

    /// <summary>Every run of a file's job (index, worker), in the order they started.</summary>
    public IReadOnlyList<(int Index, string Worker)> Attempts(string batchId)
    {
        using var c = Database.Open();
        return c.Query<(int, string)>("SELECT file_index, worker FROM inspection_file_attempts WHERE batch_id = @batchId ORDER BY started_at", new { batchId }).ToList();
    }

    /// <summary>Stores the assembled result once (a second finishing job changes nothing).</summary>
    public bool Finish(string batchId, InspectionResult result)
    {
        using var c = Database.Open();
        return c.Execute("UPDATE inspection_batches SET state = @state, finished_at = @at, result_json = @json WHERE id = @batchId AND state = @running",
            new { batchId, state = nameof(BatchState.Done), at = Clock.Now(), json = InspectedFileJson.Write(result), running = nameof(BatchState.Running) }) == 1;
    }

    public void Fail(string batchId, string error)
    {
        using var c = Database.Open();
        c.Execute("UPDATE inspection_batches SET state = @state, finished_at = @at, error = @error WHERE id = @batchId AND state = @running",
            new { batchId, state = nameof(BatchState.Failed), at = Clock.Now(), error, running = nameof(BatchState.Running) });
    }

    public InspectionResult? Result(string batchId)
    {
        using var c = Database.Open();
        var json = c.QuerySingleOrDefault<string?>("SELECT result_json FROM inspection_batches WHERE id = @batchId", new { batchId });
        return json is null ? null : InspectedFileJson.ReadResult(json);
    }

    /// <summary>The batches, newest first (for the web page's list).</summary>
    public IReadOnlyList<BatchProgress> Recent(int limit)
    {
        using var c = Database.Open();
        var ids = c.Query<string>("SELECT id FROM inspection_batches ORDER BY created_at DESC LIMIT @limit", new { limit }).ToList();
        return ids.Select(Progress).ToList();
    }
}
