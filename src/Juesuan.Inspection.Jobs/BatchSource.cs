using System.IO.Compression;

namespace Juesuan.Inspection.Jobs;

/// <summary>
/// The files of a batch from a folder (nested folders too), a zip, or uploaded files (a zip among them is opened):
/// only the formats the inspector reads, each named by its path inside ("/" separated; inside a zip
/// "archive.zip/inner/path.pdf"), within <see cref="BatchLimits"/>. A limit passed is a Chinese error naming what and
/// where; nothing is enqueued then.
/// </summary>
public static class BatchSource
{
    public static IReadOnlyList<BatchFile> Read(string path, BatchLimits limits)
    {
        var full = Path.GetFullPath(path);
        var files = new List<BatchFile>();
        var total = 0L;
        if (Directory.Exists(full))
        {
            foreach (var file in Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(full, file).Replace('\\', '/');
                if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    using var stream = File.OpenRead(file);
                    AddZip(stream, relative, files, ref total, limits);
                }
                else if (Inspector.IsReport(file))
                {
                    Add(files, ref total, limits, relative, new FileInfo(file).Length, () => File.ReadAllBytes(file));
                }
            }
        }
        else if (File.Exists(full) && full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(full);
            AddZip(stream, Path.GetFileName(full), files, ref total, limits);
        }
        else if (File.Exists(full) && Inspector.IsReport(full))
        {
            Add(files, ref total, limits, Path.GetFileName(full), new FileInfo(full).Length, () => File.ReadAllBytes(full));
        }
        else
        {
            throw new BatchSourceException($"「{path}」不是文件夹、ZIP 文件或可检查的报告文件（.pdf .docx .xlsx .txt）");
        }

        return files;
    }

    /// <summary>Uploaded files (name and content); a .zip among them is opened.</summary>
    public static IReadOnlyList<BatchFile> FromUploads(IEnumerable<(string Name, Stream Content, long Length)> uploads, BatchLimits limits)
    {
        var files = new List<BatchFile>();
        var total = 0L;
        foreach (var (name, content, length) in uploads)
        {
            var file = Path.GetFileName(name.Replace('\\', '/'));
            if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                if (length > limits.MaxTotalBytes)
                {
                    throw new BatchSourceException($"「{file}」有 {Megabytes(length)}，超过一批的上限 {Megabytes(limits.MaxTotalBytes)}");
                }

                AddZip(content, file, files, ref total, limits);
            }
            else if (Inspector.IsReport(file))
            {
                Add(files, ref total, limits, file, length, () => ReadAll(content, length));
            }
            else
            {
                throw new BatchSourceException($"「{file}」不是可检查的格式：请上传 ZIP，或 .pdf .docx .xlsx .txt 文件");
            }
        }

        return files;
    }

    private static void AddZip(Stream stream, string name, List<BatchFile> files, ref long total, BatchLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new BatchSourceException($"「{name}」不是有效的 ZIP 文件：{ex.Message}", ex);
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxFiles * 4)
            {
                throw new BatchSourceException($"「{name}」含 {zip.Entries.Count} 个条目，超过上限 {limits.MaxFiles * 4}");
            }

            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/') || !Inspector.IsReport(entry.FullName))
                {
                    continue;
                }

                // The declared length bounds what is read; a lying header is caught by reading one byte past it.
                var e = entry;
                Add(files, ref total, limits, name + "/" + entry.FullName.Replace('\\', '/'), entry.Length, () =>
                {
                    using var s = e.Open();
                    return ReadAll(s, e.Length);
                });
            }
        }
    }

    private static void Add(List<BatchFile> files, ref long total, BatchLimits limits, string relative, long length, Func<byte[]> read)
    {
        if (files.Count >= limits.MaxFiles)
        {
            throw new BatchSourceException($"一批最多 {limits.MaxFiles} 个报告文件；「{relative}」已超出");
        }

        if (length > limits.MaxFileBytes)
        {
            throw new BatchSourceException($"「{relative}」有 {Megabytes(length)}，超过单个文件的上限 {Megabytes(limits.MaxFileBytes)}");
        }

        total += length;
        if (total > limits.MaxTotalBytes)
        {
            throw new BatchSourceException($"文件合计超过一批的上限 {Megabytes(limits.MaxTotalBytes)}（到「{relative}」为止）");
        }

        files.Add(new BatchFile(relative, read()));
    }

    private static byte[] ReadAll(Stream s, long declared)
    {
        using var buffer = new MemoryStream((int)Math.Min(declared, int.MaxValue - 1));
        var chunk = new byte[81920];
        int n;
        while ((n = s.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > declared)
            {
                throw new BatchSourceException("文件的实际大小超过其声明的大小（ZIP 条目损坏或被篡改）");
            }
        }

        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024m * 1024m):0.#} MB";
}
