using System.IO.Compression;
using System.Reflection;
using Juesuan.Audit;
using Juesuan.Core.Package;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Juesuan.Web.Services;

namespace Juesuan.Fuzz;

/// <summary>
/// One fuzz target: how an input's bytes reach a reader, and which exceptions are the reader's documented refusals.
/// Any other exception escaping <see cref="Run"/> is a crash.
/// </summary>
/// <param name="Name">the target's name, also its corpus folder (fuzz/corpus/NAME)</param>
/// <param name="Run">reads the input as the product would: true when read, false when refused with errors, or throws a refusal</param>
/// <param name="IsRefusal">whether an exception is the documented way of refusing the input</param>
public sealed record Target(string Name, string Description, Func<byte[], bool> Run, Func<Exception, bool> IsRefusal)
{
    public override string ToString() => Name;
}

/// <summary>
/// The harnesses (issue 13 item 6). Zip-based formats have a raw target (the file's bytes: what an upload is) and a
/// "part" target whose input is one XML part of a valid file (first byte chooses which), put back into that file:
/// a byte mutation of a zip mostly breaks its checksum and never reaches the XML, so the part targets are what
/// reach the readers' own code (cell references, row numbers, cell text, spans).
/// </summary>
public static class Targets
{
    /// <summary>The smallest valid package (tests' Errors/_base), the base every CSV input is put into.</summary>
    private static readonly Lazy<Dictionary<string, byte[]>> BasePackage = new(() => PackageFormat.Sheets
        .Select(s => (s.FileName, Bytes: Resource("base." + s.FileName)))
        .Where(f => f.Bytes is not null)
        .ToDictionary(f => f.FileName, f => f.Bytes!, StringComparer.OrdinalIgnoreCase));

    /// <summary>The CSV files an input byte can choose (every file the package format knows).</summary>
    public static IReadOnlyList<string> CsvFiles { get; } = [.. PackageFormat.Sheets.Select(s => s.FileName)];

    public static IReadOnlyList<Target> All { get; } =
    [
        new("package-csv", "数据包 CSV：第 1 字节选文件，其余为该文件内容，放入最小数据包", ReadCsvPackage, _ => false),
        new("package-xlsx", "数据包工作簿：整个 .xlsx", b => PackageReader.Read(XlsxPackageSource.Open(new MemoryStream(b, false), "package.xlsx")).Success, IsPackageRefusal),
        new("package-xlsx-part", "数据包工作簿的一个部件：第 1 字节选部件，其余为 XML，放回最小工作簿", b => ReadXlsxPackage(Part("base.xlsx", b)), IsPackageRefusal),
        new("upload", "网站上传的数据包（.xlsx 或 CSV 文件夹的 .zip），按内容识别", b => PackageUpload.Read(b, "upload.xlsx").Read.Success, _ => false),
        new("published-txt", "已公开报告 .txt", b => ReadPublished(b, ".txt"), IsPublishedRefusal),
        new("published-pdf", "已公开报告 .pdf", b => ReadPublished(b, ".pdf"), IsPublishedRefusal),
        new("published-docx-part", "已公开报告 .docx 的一个部件：第 1 字节选部件，其余为 XML", b => ReadPublished(Part("report.docx", b), ".docx"), IsPublishedRefusal),
        new("published-xlsx-part", "已公开报告 .xlsx 的一个部件：第 1 字节选部件，其余为 XML", b => ReadPublished(Part("tables.xlsx", b), ".xlsx"), IsPublishedRefusal),
    ];

    public static Target Named(string name) =>
        All.SingleOrDefault(t => t.Name == name) ?? throw new ArgumentException($"unknown target {name}; targets: {string.Join(", ", All.Select(t => t.Name))}");

    private static bool IsPackageRefusal(Exception ex) => ex is PackageSourceException;

    private static bool IsPublishedRefusal(Exception ex) => ex is PublishedReadException;

    private static bool ReadCsvPackage(byte[] input)
    {
        if (input.Length == 0)
        {
            return false;
        }

        var files = new Dictionary<string, byte[]>(BasePackage.Value, StringComparer.OrdinalIgnoreCase)
        {
            [CsvFiles[input[0] % CsvFiles.Count]] = input[1..],
        };
        return PackageReader.Read(new CsvPackageSource("package", f => files.GetValueOrDefault(f))).Success;
    }

    private static bool ReadXlsxPackage(byte[] workbook) =>
        PackageReader.Read(XlsxPackageSource.Open(new MemoryStream(workbook, false), "package.xlsx")).Success;

    /// <summary>Reads a published report as the web's check does, and audits what was read (the audit must not crash either).</summary>
    private static bool ReadPublished(byte[] input, string extension)
    {
        var path = Path.Combine(Scratch.Value, "report" + extension);
        File.WriteAllBytes(path, input);
        var report = PublishedReportReader.Read(path);
        _ = Auditor.Run(report).Count;
        return true;
    }

    private static readonly Lazy<string> Scratch = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), $"juesuan-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        return dir;
    });

    /// <summary>The parts of a valid zip-based file, in a fixed order: what a part target's first byte chooses from.</summary>
    public static IReadOnlyList<string> PartNames(string file)
    {
        using var zip = new ZipArchive(new MemoryStream(Resource(file)!, false));
        return [.. zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal)];
    }

    /// <summary>The valid file with one part replaced by the input (less its first byte, which chose the part).</summary>
    public static byte[] Part(string file, byte[] input)
    {
        var names = PartNames(file);
        var chosen = input.Length == 0 ? names[0] : names[input[0] % names.Count];
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(Resource(file)!, false)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == chosen)
                {
                    to.Write(input.AsSpan(Math.Min(1, input.Length)));
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>A seed for a part target: the part's index as the first byte, then the part as it is in the valid file.</summary>
    public static byte[] PartSeed(string file, string part)
    {
        var names = PartNames(file);
        using var zip = new ZipArchive(new MemoryStream(Resource(file)!, false));
        using var stream = zip.GetEntry(part)!.Open();
        using var bytes = new MemoryStream();
        bytes.WriteByte((byte)names.ToList().IndexOf(part));
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static byte[]? Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
