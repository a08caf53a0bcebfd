using System.Diagnostics;
using System.Security.Cryptography;
using Juesuan.Audit;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Inspection.Reading;
using Juesuan.Readers.Published;

namespace Juesuan.Inspection;

/// <summary>
/// Inspects one file of a batch: reads it with the published-report reader, recognises what it is, audits it when it
/// is final accounts, and keeps what the checks across reports need. The one entry point the batch engine and the
/// background workers share; it never throws for a file it cannot read — that file comes back Unreadable with why.
/// </summary>
public static class Inspector
{
    /// <summary>The formats a batch reads; other files of a folder are skipped.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".pdf", ".docx", ".xlsx", ".txt"];

    /// <summary>Whether a file of a folder or zip is one a batch reads (by its extension).</summary>
    public static bool IsReport(string relativePath) =>
        Extensions.Contains(Path.GetExtension(relativePath).ToLowerInvariant());

    /// <summary>Reads, recognises and audits one file; an unreadable file is returned as such, never thrown.</summary>
    /// <param name="relativePath">The file's path in the batch ("/" separated), which names it in every message.</param>
    public static InspectedFile InspectFile(byte[] bytes, string relativePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(relativePath);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        var name = Path.GetFileName(relativePath.Replace('\\', '/'));
        PublishedReport report;
        try
        {
            report = Read(bytes, name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            var reason = ex is PublishedReadException ? ex.Message
                : $"「{name}」无法读取：不是有效的 {Path.GetExtension(name).TrimStart('.').ToUpperInvariant()} 文件，或文件已损坏（{ex.GetType().Name}）";
            return Unreadable(relativePath, sha, bytes.LongLength, reason) with { Elapsed = clock.Elapsed };
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Inspect(report, relativePath, sha, bytes.LongLength) with { Elapsed = clock.Elapsed };
    }

    /// <summary>A file that could not be read: listed with the reason, nothing else known.</summary>
    public static InspectedFile Unreadable(string relativePath, string sha256, long bytes, string reason) =>
        new(relativePath, sha256, bytes, DocumentKind.Unrecognised, null, null, [], [], new ReportCounts(0, 0, 0, 0), [], reason);

    /// <summary>What a report already read is: its kind, its audit (final accounts only) and the figures kept.</summary>
    public static InspectedFile Inspect(PublishedReport report, string relativePath, string sha256, long bytes)
    {
        var kind = DocumentKinds.Recognise(report, Path.GetFileName(relativePath));
        // Budgets and documents that are no final accounts are listed, not audited as final accounts.
        var audited = kind is DocumentKind.DepartmentFinalAccounts or DocumentKind.UnitFinalAccounts or DocumentKind.Fragment;
        var findings = audited
            ? Auditor.Run(report).OrderBy(f => f.Severity).ToList()
            : [];
        var (printed, understood) = report.NarrativeFigureCount;
        return new InspectedFile(
            relativePath,
            sha256,
            bytes,
            kind,
            string.IsNullOrWhiteSpace(report.DepartmentName) ? DocumentKinds.OrganisationFromTitle(report.Lines.Select(l => l.Text)) : report.DepartmentName,
            report.Year?.Value ?? DocumentKinds.YearFromTitle(report.Lines.Select(l => l.Text)),
            report.Units,
            findings,
            new ReportCounts(report.Tables.Count, printed, understood, report.Evaluations.Count),
            audited ? Figures(report) : [],
            null);
    }

    /// <summary>
    /// The figures kept for the checks across reports: every row of the nine tables whose figures were placed (by
    /// 功能/经济分类 code where printed, else by label), in 万元, and the figures the narrative states for this year
    /// and for last year (上年). The first figure of a key wins (a label printed twice keeps its first place).
    /// </summary>
    public static IReadOnlyList<ReportFigure> Figures(PublishedReport report)
    {
        var figures = new List<ReportFigure>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in report.Tables.Where(t => t.Kind != PublicTable.Other && !t.LayoutUnclear))
        {
            var scale = table.AmountUnit == "元" ? 0.0001m : 1m;
            foreach (var row in table.Rows)
            {
                var label = row.Code ?? DocumentKinds.Compact(row.Label);
                if (label.Length == 0)
                {
                    continue;
                }

                // The summaries print 总计 on both sides: the key says which (收入总计, 支出总计), as the narrative does.
                if (row.Code is null && label is "总计" or "合计" && table.Kind is PublicTable.IncomeExpenditureSummary or PublicTable.AppropriationSummary)
                {
                    label = (row.Side == 0 ? "收入" : "支出") + label;
                }
                else if (row.Side > 0 && keys.Contains(ReportFigureKeys.TableRow(table.Kind, label, 1)))
                {
                    label += "@" + row.Side.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                for (var column = 0; column < row.Cells.Count; column++)
                {
                    if (row.Cells[column] is not { } cell || (row.ColumnsUncertain && column > 0))
                    {
                        continue;
                    }

                    var key = ReportFigureKeys.TableRow(table.Kind, label, column + 1);
                    if (keys.Add(key))
                    {
                        figures.Add(new ReportFigure(key, cell.Value * scale, cell.Precision * scale, $"{table.Title} {row.Label} 栏{column + 1} {cell.Place}".Trim()));
                    }
                }
            }
        }

        foreach (var claim in report.Claims.Where(c => c.Measure is Measure.PriorAmount or Measure.Amount && c.Unit is "万元" or "元"))
        {
            var key = claim.Measure == Measure.PriorAmount ? ReportFigureKeys.PriorYear(claim.Subject) : ReportFigureKeys.Narrative(claim.Subject);
            if (keys.Add(key))
            {
                figures.Add(new ReportFigure(key, claim.Number.Value, claim.Number.Precision, $"说明 {claim.Number.Place}"));
            }
        }

        return figures;
    }

    /// <summary>The reader takes a path and names the report by it: a private directory keeps the file's own name.</summary>
    private static PublishedReport Read(byte[] bytes, string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new PublishedReadException($"不支持的报告格式「{extension}」（支持 .pdf、.docx、.xlsx、.txt）：{name}");
        }

        if (bytes.LongLength > PublishedReportReader.MaxBytes)
        {
            throw new PublishedReadException($"「{name}」过大（{bytes.LongLength / 1024 / 1024} MB）");
        }

        var directory = Path.Combine(Path.GetTempPath(), "juesuan-inspect-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)));
        Directory.CreateDirectory(directory);
        try
        {
            var stem = new string(Path.GetFileNameWithoutExtension(name).Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').Take(80).ToArray());
            var path = Path.Combine(directory, (stem.Length == 0 ? "report" : stem) + extension);
            File.WriteAllBytes(path, bytes);
            return PublishedReportReader.Read(path) with { Document = name };
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
}
