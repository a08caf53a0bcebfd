using System.Globalization;
using Dapper;

namespace Juesuan.Storage;

/// <summary>
/// 公开检查 run from the web (migration 5): the uploaded files, each file's inspection as it finishes, the batch's
/// conclusion, and whether the bureau published its ranking. The inspection itself is not known here (the store
/// depends on the audit only): results are kept as the JSON the caller writes.
/// </summary>
public sealed class InspectionStore(Database db)
{
    public Database Database { get; } = db;

    private const string Columns = "i.id, i.region_id, r.name AS region_name, r.code AS region_code, i.source_name, i.state, i.file_count, "
        + "(SELECT COUNT(*) FROM inspection_files f WHERE f.inspection_id = i.id AND f.result_json IS NOT NULL) AS done_count, "
        + "i.year, i.error, i.created_by, cu.display_name AS created_by_name, i.created_at, i.finished_at, "
        + "pu.display_name AS published_by_name, i.published_at "
        + "FROM inspections i JOIN regions r ON r.id = i.region_id JOIN users cu ON cu.id = i.created_by LEFT JOIN users pu ON pu.id = i.published_by";

    /// <summary>Stores an uploaded batch (its files in order) and its trail entry in one transaction; returns its id.</summary>
    public long Create(long regionId, string sourceName, IReadOnlyList<(string Path, byte[] Content)> files, long userId, string userName, string? address = null)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        var now = Clock.Now();
        var id = c.ExecuteScalar<long>(
            "INSERT INTO inspections (region_id, source_name, state, file_count, created_by, created_at) VALUES (@regionId, @sourceName, @state, @count, @userId, @now) RETURNING id",
            new { regionId, sourceName, state = InspectionStates.Queued, count = files.Count, userId, now }, tx);
        for (var i = 0; i < files.Count; i++)
        {
            c.Execute("INSERT INTO inspection_files (inspection_id, file_index, relative_path, bytes, content) VALUES (@id, @i, @path, @bytes, @content)",
                new { id, i, path = files[i].Path, bytes = (long)files[i].Content.Length, content = files[i].Content }, tx);
        }

        c.Execute(Trail, new { now, userId, userName, action = "公开检查上传", target = Target(id), detail = $"{sourceName}，{files.Count} 个文件", address }, tx);
        tx.Commit();
        return id;
    }

    /// <summary>The audit-trail target of an inspection.</summary>
    public static string Target(long id) => "inspection:" + id.ToString(CultureInfo.InvariantCulture);

    public InspectionRow? Find(long id)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<InspectionRow>($"SELECT {Columns} WHERE i.id = @id", new { id });
    }

    /// <summary>A region's inspections, newest first.</summary>
    public IReadOnlyList<InspectionRow> OfRegion(long regionId, int limit = 50)
    {
        using var c = Database.Open();
        return c.Query<InspectionRow>($"SELECT {Columns} WHERE i.region_id = @regionId ORDER BY i.created_at DESC, i.id DESC LIMIT {limit}", new { regionId }).ToList();
    }

    /// <summary>Inspections queued or running (to resume after a restart), oldest first.</summary>
    public IReadOnlyList<long> Unfinished()
    {
        using var c = Database.Open();
        return c.Query<long>("SELECT id FROM inspections WHERE state IN (@queued, @running) ORDER BY id",
            new { queued = InspectionStates.Queued, running = InspectionStates.Running }).ToList();
    }

    /// <summary>The files not inspected yet: index and path.</summary>
    public IReadOnlyList<(int Index, string Path)> Pending(long id)
    {
        using var c = Database.Open();
        return c.Query<(int, string)>("SELECT file_index, relative_path FROM inspection_files WHERE inspection_id = @id AND result_json IS NULL ORDER BY file_index", new { id }).ToList();
    }

    public byte[] Content(long id, int index)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<byte[]>("SELECT content FROM inspection_files WHERE inspection_id = @id AND file_index = @index", new { id, index }) ?? [];
    }

    /// <summary>Stores a file's result once (a second store changes nothing) and lets its bytes go.</summary>
    public bool StoreFileResult(long id, int index, string json)
    {
        using var c = Database.Open();
        return c.Execute("UPDATE inspection_files SET result_json = @json, content = NULL WHERE inspection_id = @id AND file_index = @index AND result_json IS NULL",
            new { id, index, json }) == 1;
    }

    /// <summary>Each file's stored result, in file order, read one row at a time.</summary>
    public IEnumerable<string> FileResults(long id)
    {
        using var c = Database.Open();
        foreach (var json in c.Query<string>("SELECT result_json FROM inspection_files WHERE inspection_id = @id AND result_json IS NOT NULL ORDER BY file_index", new { id }, buffered: false))
        {
            yield return json;
        }
    }

    public void SetRunning(long id)
    {
        using var c = Database.Open();
        c.Execute("UPDATE inspections SET state = @running WHERE id = @id AND state = @queued", new { id, running = InspectionStates.Running, queued = InspectionStates.Queued });
    }

    /// <summary>Stores the batch's conclusion; false when it was already concluded.</summary>
    public bool Finish(long id, int? year, string resultJson)
    {
        using var c = Database.Open();
        return c.Execute("UPDATE inspections SET state = @done, year = @year, result_json = @resultJson, finished_at = @now WHERE id = @id AND state IN (@queued, @running)",
            new { id, year, resultJson, now = Clock.Now(), done = InspectionStates.Done, queued = InspectionStates.Queued, running = InspectionStates.Running }) == 1;
    }

    public void Fail(long id, string error)
    {
        using var c = Database.Open();
        c.Execute("UPDATE inspections SET state = @failed, error = @error, finished_at = @now WHERE id = @id AND state IN (@queued, @running)",
            new { id, error, now = Clock.Now(), failed = InspectionStates.Failed, queued = InspectionStates.Queued, running = InspectionStates.Running });
    }

    public string? ResultJson(long id)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<string>("SELECT result_json FROM inspections WHERE id = @id", new { id });
    }

    /// <summary>
    /// Publishes a finished inspection's ranking as its region's for its year (another published for the same region
    /// and year is withdrawn), with the trail entry, in one transaction. False when it is not finished or no file named a year.
    /// </summary>
    public bool Publish(long id, long userId, string userName, string? address = null)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        var row = c.QuerySingleOrDefault<InspectionRow>($"SELECT {Columns} WHERE i.id = @id", new { id }, tx);
        if (row is null || row.State != InspectionStates.Done || row.Year is null)
        {
            return false; // unfinished, or no year read: there is no region-and-year page to publish it as
        }

        var now = Clock.Now();
        c.Execute("UPDATE inspections SET published_by = NULL, published_at = NULL WHERE region_id = @RegionId AND id <> @Id AND published_at IS NOT NULL "
            + "AND ((year IS NULL AND @Year IS NULL) OR year = @Year)", new { row.RegionId, row.Id, row.Year }, tx);
        c.Execute("UPDATE inspections SET published_by = @userId, published_at = @now WHERE id = @id", new { id, userId, now }, tx);
        c.Execute(Trail, new { now, userId, userName, action = "公开检查排名发布", target = Target(id), detail = $"{row.RegionName} {row.Year?.ToString(CultureInfo.InvariantCulture) ?? "（年度未读出）"} 年度，{row.SourceName}", address }, tx);
        tx.Commit();
        return true;
    }

    /// <summary>Withdraws a published ranking (with the trail entry); false when it was not published.</summary>
    public bool Unpublish(long id, long userId, string userName, string? address = null)
    {
        using var c = Database.Open();
        using var tx = c.BeginTransaction();
        if (c.Execute("UPDATE inspections SET published_by = NULL, published_at = NULL WHERE id = @id AND published_at IS NOT NULL", new { id }, tx) != 1)
        {
            return false;
        }

        c.Execute(Trail, new { now = Clock.Now(), userId, userName, action = "公开检查排名撤回", target = Target(id), detail = "撤回公开的检查排名", address }, tx);
        tx.Commit();
        return true;
    }

    /// <summary>The ranking published for a region and year, if any.</summary>
    public InspectionRow? Published(long regionId, int year)
    {
        using var c = Database.Open();
        return c.QuerySingleOrDefault<InspectionRow>($"SELECT {Columns} WHERE i.region_id = @regionId AND i.year = @year AND i.published_at IS NOT NULL", new { regionId, year });
    }

    /// <summary>Every published ranking, newest year first.</summary>
    public IReadOnlyList<InspectionRow> AllPublished()
    {
        using var c = Database.Open();
        return c.Query<InspectionRow>($"SELECT {Columns} WHERE i.published_at IS NOT NULL ORDER BY i.year DESC, r.code").ToList();
    }

    private const string Trail = "INSERT INTO audit_trail (at, user_id, user_name, action, target, detail, address) VALUES (@now, @userId, @userName, @action, @target, @detail, @address)";
}

/// <summary>An inspection's state as stored.</summary>
public static class InspectionStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public static string Chinese(string state) => state switch
    {
        Queued => "排队中",
        Running => "检查中",
        Done => "已完成",
        Failed => "失败",
        _ => state,
    };
}

/// <summary>One inspection as its pages list it (the result itself is read apart).</summary>
public sealed record InspectionRow
{
    public long Id { get; init; }

    public long RegionId { get; init; }

    public string RegionName { get; init; } = "";

    public string RegionCode { get; init; } = "";

    public string SourceName { get; init; } = "";

    public string State { get; init; } = "";

    public int FileCount { get; init; }

    public int DoneCount { get; init; }

    public int? Year { get; init; }

    public string? Error { get; init; }

    public long CreatedBy { get; init; }

    public string CreatedByName { get; init; } = "";

    public long CreatedAt { get; init; }

    public long? FinishedAt { get; init; }

    public string? PublishedByName { get; init; }

    public long? PublishedAt { get; init; }

    public bool IsFinished => State is InspectionStates.Done or InspectionStates.Failed;
}
