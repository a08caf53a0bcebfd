using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Juesuan.Audit;
using Juesuan.Core.Published;
using Juesuan.Readers.Published;
using Juesuan.Renderers.Xlsx;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Services;

/// <summary>What checking one uploaded published report found: the report as read and the audit's findings (errors first).</summary>
public sealed record CheckResult(string Id, PublishedReport Report, IReadOnlyList<AuditFinding> Findings, DateTimeOffset CheckedAt)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}

/// <summary>
/// 检查已公开的报告: reads an uploaded report with <see cref="PublishedReportReader"/> and audits it with
/// <see cref="Auditor"/>, as `juesuan check` does. The upload is written to a temporary file only while it is
/// read; the result is kept in memory for a short while (bounded) so its page and downloads can be fetched.
/// </summary>
public sealed class PublishedCheck : IDisposable
{
    /// <summary>How long a result can be fetched after the upload.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>At most this many results are kept; the oldest go first.</summary>
    public const int MaxResults = 200;

    public static readonly string[] Extensions = [".pdf", ".docx", ".xlsx", ".txt"];

    private readonly MemoryCache _results = new(new MemoryCacheOptions { SizeLimit = MaxResults, CompactionPercentage = 0.25 });

    /// <summary>Reads and audits the file; throws <see cref="PublishedReadException"/> (a Chinese message) when it cannot be read.</summary>
    public static (PublishedReport Report, IReadOnlyList<AuditFinding> Findings) Run(byte[] bytes, string fileName)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new PublishedReadException($"不支持的报告格式「{extension}」（支持 .pdf、.docx、.xlsx、.txt）：{name}");
        }

        // The reader takes a path and names the report by it: a private directory keeps the uploaded name.
        var directory = Path.Combine(Path.GetTempPath(), "juesuan-check-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, SafeName(name, extension));
            File.WriteAllBytes(path, bytes);
            var report = PublishedReportReader.Read(path) with { Document = name };
            var findings = Auditor.Run(report).OrderBy(f => f.Severity).ToList();
            return (report, findings);
        }
        catch (Exception ex) when (ex is not PublishedReadException and not OutOfMemoryException)
        {
            // A file the readers' libraries choke on (a damaged PDF or zip) is an unreadable file, not a server error.
            throw new PublishedReadException($"「{name}」无法读取：不是有效的 {extension[1..].ToUpperInvariant()} 文件，或文件已损坏");
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Checks the file and keeps the result under a new random id.</summary>
    public CheckResult Check(byte[] bytes, string fileName)
    {
        var (report, findings) = Run(bytes, fileName);
        var result = new CheckResult(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), report, findings, DateTimeOffset.UtcNow);
        _results.Set(result.Id, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return result;
    }

    public CheckResult? Find(string id) => _results.TryGetValue(id, out CheckResult? r) ? r : null;

    public void Dispose() => _results.Dispose();

    /// <summary>
    /// The columns: after the place as a person reads it, the place as fields — the table, its row (行次 or row) and
    /// column (栏次), and the page and line of the text read from the file (for Juesuan's own report, the page of
    /// report.pdf and the line of report.txt).
    /// </summary>
    public static readonly string[] Header = ["级别", "规则", "位置", "说明", "印刷数", "计算数", "差额", "容差", "表格", "行次", "栏次", "页", "行", "说明编号"];

    public static string SeverityChinese(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static IReadOnlyList<object?> Row(AuditFinding f) =>
        [SeverityChinese(f.Severity), f.RuleId, f.Place, f.Message, f.Printed, f.Computed, f.Difference, f.Tolerance,
            f.At?.Table, (decimal?)f.At?.Row, (decimal?)f.At?.Column,
            (decimal?)(f.Output is { } o ? o.PdfPage : f.At?.Page), (decimal?)(f.Output?.TextLine ?? f.At?.Line), f.MessageId?.ToString()];

    /// <summary>The findings as CSV: UTF-8 with a BOM (so Excel reads the Chinese), a Chinese header row, RFC 4180 quoting.</summary>
    public static byte[] Csv(IEnumerable<AuditFinding> findings)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Header)).Append("\r\n");
        foreach (var f in findings)
        {
            sb.Append(string.Join(",", Row(f).Select(CsvField))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>The findings as a workbook: one sheet 审核发现, a header row with an autofilter, numbers as numbers.</summary>
    public static byte[] Xlsx(IEnumerable<AuditFinding> findings)
    {
        using var ms = new MemoryStream();
        ListWorkbookWriter.Write(ms, "审核发现", Header, [6, 14, 36, 60, 12, 12, 10, 8, 24, 6, 6, 6, 6, 24], findings.Select(Row));
        return ms.ToArray();
    }

    private static string CsvField(object? value)
    {
        var s = value switch
        {
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            null => "",
            _ => value.ToString() ?? "",
        };
        // A leading = + - @ would be a formula in a spreadsheet: text from an uploaded file must stay text.
        if (s.Length > 0 && value is string && "=+-@".Contains(s[0], StringComparison.Ordinal))
        {
            s = "'" + s;
        }

        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }

    /// <summary>A file name safe on disk: the uploaded name's letters, or "report" when it has none.</summary>
    private static string SafeName(string name, string extension)
    {
        var stem = new string(Path.GetFileNameWithoutExtension(name).Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').Take(80).ToArray());
        return (stem.Length == 0 ? "report" : stem) + extension;
    }
}
