using System.Text.Json;
using System.Text.Json.Serialization;

namespace Juesuan.Inspection.Batch;

/// <summary>
/// 检查缓存: each file's inspection kept by its content's SHA-256, so that a rerun reads only what changed. One JSON file
/// per hash, written to a temporary name and renamed into place, so a cancelled or crashed run leaves only whole
/// entries. An entry written by another version of the reader or the audit is not used (its version differs).
/// </summary>
public sealed class InspectionCache(string folder)
{
    /// <summary>The version of what produced an entry: the reader, the audit and the inspection as built.</summary>
    public static string Version { get; } = string.Join("-",
        new[] { typeof(Readers.Published.PublishedReportReader), typeof(Audit.Auditor), typeof(Inspector) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]));

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The inspection of bytes with this hash, named by <paramref name="relativePath"/>; null when not cached (or unusable).</summary>
    public InspectedFile? Find(string sha256, string relativePath)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(path), Json);
            return entry is not null && entry.Version == Version && entry.File.Sha256 == sha256
                ? entry.File with { RelativePath = relativePath }
                : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException or ArgumentException)
        {
            return null; // a damaged entry is read again and rewritten
        }
    }

    /// <summary>Keeps a file's inspection (atomically: a temporary file renamed into place).</summary>
    public void Store(InspectedFile file)
    {
        var path = PathOf(file.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new Entry(Version, file), Json));
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string sha256) => Path.Combine(Folder, sha256[..2], sha256 + ".json");

    private sealed record Entry(string Version, InspectedFile File);
}
