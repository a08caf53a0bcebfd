using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Juesuan.Audit;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;
using Juesuan.Readers.Package;
using Juesuan.Publishing;
using Juesuan.Readers.Published;
using Juesuan.Renderers.PlainText;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;

namespace Juesuan.Cli;

/// <summary>juesuan check / read: audit a package (its report read back) or a published report; read a report into JSON.</summary>
public static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = FindingsJson.Options;

    public static PublishedReport ReportOfPackage(FinalAccounts accounts, CatalogSet catalogs, string document) =>
        BuiltReport.ReportOfPackage(accounts, catalogs, document);

    public static JsonNode FindingsNode(IReadOnlyList<AuditFinding> findings) => FindingsJson.Node(findings);

    public static int Check(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 1)
        {
            stderr.WriteLine("错误：check 需要一个数据包或报告文件");
            return Commands.BadInput;
        }

        var path = positional[0];
        PublishedReport report;
        if (Directory.Exists(path) || (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && IsPackageWorkbook(path)))
        {
            var result = PackageReader.Read(path);
            if (!result.Success)
            {
                stderr.WriteLine($"数据包「{path}」有 {result.Errors.Count} 处错误：");
                foreach (var e in result.Errors)
                {
                    stderr.WriteLine("  " + e);
                }

                return Commands.BadInput;
            }

            report = ReportOfPackage(result.Accounts!, result.Catalogs!, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
        }
        else
        {
            try
            {
                report = PublishedReportReader.Read(path);
            }
            catch (PublishedReadException ex)
            {
                stderr.WriteLine("错误：" + ex.Message);
                return Commands.BadInput;
            }
        }

        var findings = Auditor.Run(report);
        if (options.ContainsKey("json"))
        {
            stdout.WriteLine(FindingsNode(findings).ToJsonString(Json));
        }
        else
        {
            foreach (var f in findings.OrderBy(f => f.Severity))
            {
                stdout.WriteLine(f.ToString());
            }

            foreach (var note in report.ReaderNotes)
            {
                stdout.WriteLine($"note\tREAD\t{report.Document}\t{note}");
            }

            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            var notes = findings.Count(f => f.Severity == Severity.Note);
            stdout.WriteLine($"{report.Document}：{report.Tables.Count} 张表，{report.Claims.Count} 个说明数字，{report.Evaluations.Count} 张绩效自评表；"
                + $"{errors} 个错误，{warnings} 个警告，{notes} 个提示（尾差等）");
        }

        return findings.Any(f => f.Severity == Severity.Error) ? 1 : Commands.Ok;
    }

    /// <summary>A data-package workbook has the 清单 sheet; a published tables.xlsx does not.</summary>
    private static bool IsPackageWorkbook(string path)
    {
        try
        {
            return XlsxPackageSource.Open(path).Read(Core.Package.PackageFormat.Manifest) is not null;
        }
        catch (PackageSourceException)
        {
            return true; // let the package reader explain what is wrong
        }
    }

    public static int Read(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 1 || !options.TryGetValue("out", out var output))
        {
            stderr.WriteLine("错误：read 需要一个报告文件和 --out <published.json>");
            return Commands.BadInput;
        }

        try
        {
            var report = PublishedReportReader.Read(positional[0]);
            File.WriteAllText(output, JsonSerializer.Serialize(report, Json) + "\n");
            var (printed, understood) = report.NarrativeFigureCount;
            stdout.WriteLine($"{report.Document}：{report.DepartmentName} {report.Year}，{report.Tables.Count} 张表，说明数字 {printed} 个，已理解 {understood} 个，"
                + $"{report.Evaluations.Count} 张绩效自评表 → {Path.GetFullPath(output)}");
            return Commands.Ok;
        }
        catch (PublishedReadException ex)
        {
            stderr.WriteLine("错误：" + ex.Message);
            return Commands.BadInput;
        }
    }
}
