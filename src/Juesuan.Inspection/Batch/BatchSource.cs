using System.IO.Compression;

namespace Juesuan.Inspection.Batch;

/// <summary>One file of a batch: its path in the batch and how to read its bytes (read only when it is inspected).</summary>
public sealed record BatchItem(string RelativePath, long Bytes, Func<byte[]> Open);

/// <summary>
/// What a batch reads: the reports (.pdf .docx .xlsx .txt) of a folder, nested folders included, or of a .zip with
/// nested folders inside. A zip is bounded before anything is read — entry count, total uncompressed size, each
/// entry's size — and refused whole if an entry's path leaves the archive (absolute, drive letter, or "..").
/// </summary>
public sealed class BatchSource : IDisposable
{
    public const int MaxEntries = 20_000;

    public const long MaxTotalBytes = 8L * 1024 * 1024 * 1024;

    /// <summary>As the published-report reader: a file larger than this is listed as unreadable, not read.</summary>
    public const long MaxFileBytes = Readers.Published.PublishedReportReader.MaxBytes;

    private readonly ZipArchive? _zip;
    private readonly Lock _gate = new();

    private BatchSource(IReadOnlyList<BatchItem> items, ZipArchive? zip)
    {
        Items = items;
        _zip = zip;
    }

    /// <summary>The reports, in a stable order (ordinal by relative path).</summary>
    public IReadOnlyList<BatchItem> Items { get; }

    /// <summary>Opens a folder or a zip; throws <see cref="BatchSourceException"/> (a Chinese message) when it cannot be a batch.</summary>
    public static BatchSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var items = new List<BatchItem>();
            foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint }))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!Inspector.IsReport(relative) || relative.Split('/').Any(p => p.StartsWith('.')))
                {
                    continue; // hidden folders (a cache, a staged output) are not part of the batch
                }

                if (items.Count >= MaxEntries)
                {
                    throw new BatchSourceException($"文件夹「{path}」中的报告超过 {MaxEntries} 个");
                }

                items.Add(new BatchItem(relative, new FileInfo(file).Length, () => File.ReadAllBytes(file)));
            }

            return new BatchSource([.. items.OrderBy(i => i.RelativePath, StringComparer.Ordinal)], null);
        }

        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return OpenZip(path);
        }

        throw new BatchSourceException(File.Exists(path) ? $"「{path}」不是文件夹或 .zip 文件" : $"「{path}」不存在");
    }

    private static BatchSource OpenZip(string path)
    {
        var name = Path.GetFileName(path);
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new BatchSourceException($"「{name}」不是有效的 zip 文件，或文件已损坏");
        }

        try
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new BatchSourceException($"「{name}」含 {zip.Entries.Count} 个条目，超过上限 {MaxEntries}");
            }

            long total = 0;
            var items = new List<BatchItem>();
            var source = new BatchSource(items, zip);
            foreach (var entry in zip.Entries)
            {
                var inner = entry.FullName.Replace('\\', '/');
                if (inner.StartsWith('/') || (inner.Length > 1 && inner[1] == ':') || inner.Split('/').Any(p => p == ".."))
                {
                    throw new BatchSourceException($"「{name}」中的条目「{entry.FullName}」指向压缩包之外（路径穿越），拒绝读取整个压缩包");
                }

                total += entry.Length;
                if (total > MaxTotalBytes)
                {
                    throw new BatchSourceException($"「{name}」解压后超过 {MaxTotalBytes / 1024 / 1024 / 1024} GB，拒绝读取");
                }

                if (inner.EndsWith('/') || !Inspector.IsReport(inner) || inner.Split('/').Any(p => p.StartsWith('.') || p == "__MACOSX"))
                {
                    continue;
                }

                var captured = entry;
                items.Add(new BatchItem($"{name}/{inner}", entry.Length, () => source.ReadEntry(captured)));
            }

            items.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            return source;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>An entry's bytes, never more than <see cref="MaxFileBytes"/> whatever its header claims (a zip bomb lies).</summary>
    private byte[] ReadEntry(ZipArchiveEntry entry)
    {
        // ZipArchive is not safe for concurrent reads: one entry is decompressed at a time (parsing stays parallel).
        lock (_gate)
        {
            if (entry.Length > MaxFileBytes)
            {
                throw new BatchSourceException($"「{entry.FullName}」过大（{entry.Length / 1024 / 1024} MB）");
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > MaxFileBytes)
                {
                    throw new BatchSourceException($"「{entry.FullName}」解压后过大（超过 {MaxFileBytes / 1024 / 1024} MB）");
                }
            }

            return buffer.ToArray();
        }
    }

    public void Dispose() => _zip?.Dispose();
}
