using System.Collections;
using System.Text.Json;

namespace Juesuan.Inspection.Batch;

/// <summary>
/// Where a batch keeps its files' figures while it runs: one temporary file, written as each file is inspected, read
/// back when a check across reports or an output asks for a file's figures. The figures are most of what a batch would
/// hold per file (about 200 a report, 85% of an <see cref="InspectedFile"/>'s size): spilled, a batch of thousands of
/// reports keeps per file only its findings and counts (bench/results/inspection-scale.md). The file is gone when the
/// spill is no longer referenced (unlinked at once where the system allows, deleted on close elsewhere): nothing stays
/// behind a cancelled or crashed run.
/// </summary>
public sealed class FigureSpill
{
    private static readonly JsonSerializerOptions Json = new();
    private readonly FileStream _file;
    private readonly Lock _gate = new();
    private long _length;

    public FigureSpill()
    {
        var path = Path.Combine(Path.GetTempPath(), "juesuan-figures-" + Guid.NewGuid().ToString("N") + ".json");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path); // the open handle keeps the data; no name is left to clean up
        }
    }

    /// <summary>The file with its figures written here and read back on demand (a file without figures is returned as is).</summary>
    public InspectedFile Keep(InspectedFile file)
    {
        if (file.Figures is SpilledFigures || file.Figures.Count == 0)
        {
            return file;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(file.Figures, Json);
        long offset;
        lock (_gate)
        {
            offset = _length;
            _length += bytes.Length;
        }

        RandomAccess.Write(_file.SafeFileHandle, bytes, offset);
        return file with { Figures = new SpilledFigures(this, offset, bytes.Length, file.Figures.Count) };
    }

    private List<ReportFigure> Read(long offset, int length)
    {
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(_file.SafeFileHandle, buffer.AsSpan(read), offset + read);
            if (n == 0)
            {
                throw new IOException("检查的临时数字文件被截断");
            }

            read += n;
        }

        return JsonSerializer.Deserialize<List<ReportFigure>>(buffer, Json) ?? [];
    }

    /// <summary>A file's figures in the spill: read (not kept) each time they are enumerated.</summary>
    private sealed class SpilledFigures(FigureSpill spill, long offset, int length, int count) : IReadOnlyList<ReportFigure>
    {
        public int Count => count;

        public ReportFigure this[int index] => spill.Read(offset, length)[index];

        public IEnumerator<ReportFigure> GetEnumerator() => spill.Read(offset, length).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
