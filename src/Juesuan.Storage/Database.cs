using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Juesuan.Storage;

/// <summary>Which store: an SQLite file (the zero set-up default) or a PostgreSQL server.</summary>
public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A connection factory and the schema's migrations. Both stores share one schema, written once per dialect
/// in <c>Migrations/&lt;dialect&gt;/NNNN_name.sql</c> and applied in order, each in its own transaction,
/// recorded in <c>schema_migrations</c>.
/// </summary>
public sealed class Database
{
    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private Database(DatabaseKind kind, string connectionString)
    {
        Kind = kind;
        ConnectionString = connectionString;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>What the store is, for start-up messages (no password).</summary>
    public string Description => Kind == DatabaseKind.Sqlite
        ? "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : "PostgreSQL " + Describe(new NpgsqlConnectionStringBuilder(ConnectionString));

    private static string Describe(NpgsqlConnectionStringBuilder b) => $"{b.Host}:{b.Port}/{b.Database}";

    public static Database Sqlite(string file)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        var cs = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        return new Database(DatabaseKind.Sqlite, cs.ToString());
    }

    public static Database PostgreSql(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"PostgreSQL 连接串无效：{ex.Message}", ex);
        }

        return new Database(DatabaseKind.PostgreSql, connectionString);
    }

    /// <summary>"Host=…" (or anything with '=') is PostgreSQL; otherwise a path to an SQLite file.</summary>
    public static Database FromOption(string value) =>
        value.Contains('=', StringComparison.Ordinal) ? PostgreSql(value) : Sqlite(value);

    public DbConnection Open()
    {
        DbConnection c = Kind == DatabaseKind.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        c.Open();
        if (Kind == DatabaseKind.Sqlite)
        {
            c.Execute("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000;");
        }

        return c;
    }

    public static IReadOnlyList<Migration> Migrations(DatabaseKind kind)
    {
        var dialect = kind == DatabaseKind.Sqlite ? "sqlite" : "postgresql";
        var asm = typeof(Database).Assembly;
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations/" + dialect + "/", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[(n.LastIndexOf('/') + 1)..];
                using var s = asm.GetManifestResourceStream(n)!;
                using var r = new StreamReader(s);
                return new Migration(int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture), file[5..^4], r.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }

    /// <summary>Applies every migration not yet applied; returns the ones it applied.</summary>
    public IReadOnlyList<Migration> Migrate()
    {
        using var c = Open();
        c.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        var applied = c.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        var done = new List<Migration>();
        foreach (var m in Migrations(Kind).Where(m => !applied.Contains(m.Version)))
        {
            using var tx = c.BeginTransaction();
            try
            {
                c.Execute(m.Sql, transaction: tx);
                c.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                    new { m.Version, m.Name, At = Clock.Now() }, tx);
                tx.Commit();
            }
            catch (DbException ex)
            {
                throw new StoreException($"数据库迁移 {m.Version:0000}_{m.Name} 失败：{ex.Message}", ex);
            }

            done.Add(m);
        }

        return done;
    }

    public int SchemaVersion()
    {
        using var c = Open();
        return c.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_migrations") ?? 0;
    }
}

public sealed record Migration(int Version, string Name, string Sql);

/// <summary>A store operation that could not be carried out, in words a user can act on.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>Timestamps are UTC milliseconds since 1970.</summary>
public static class Clock
{
    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public static DateTimeOffset ToTime(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>China Standard Time, as officers read it.</summary>
    public static string Display(long ms) =>
        ToTime(ms).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
