using System.CommandLine;
using Juesuan.Audit;
using Juesuan.Core.Published;
using Juesuan.Publishing;
using Juesuan.Readers.Package;

namespace Juesuan.Cli;

/// <summary>juesuan check: audit the report a package produces (read back), or a report someone published.</summary>
internal static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var input = new Argument<string>("数据包或报告") { Description = "数据包（文件夹或 .xlsx 工作簿），或已公开的报告（.pdf .txt .docx .xlsx）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出审核发现" };
        var command = new Command("check", "审核：数据包生成的报告，或他人已公开的报告；每行一个发现（级别、规则、位置、说明），有错误时退出码为 1")
        {
            input, json,
        };
        command.SetAction(r => Check(output, r.GetValue(input)!, r.GetValue(json)));
        return command;
    }

    private static int Check(CliOutput output, string path, bool json)
    {
        PublishedReport report;
        if (Directory.Exists(path) || (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && IsPackageWorkbook(path)))
        {
            var result = output.Work("读取数据包…", _ => PackageReader.Read(path));
            if (!PackageErrors.Report(result, path, output, "无法审核"))
            {
                return Commands.BadInput;
            }

            report = output.Work("生成并读回报告…", _ =>
                BuiltReport.ReportOfPackage(result.Accounts!, result.Catalogs!, Path.GetFileName(Path.TrimEndingDirectorySeparator(path))));
        }
        else if (ReadCommand.ReadReport(output, path) is { } published)
        {
            report = published;
        }
        else
        {
            return Commands.BadInput;
        }

        var findings = Auditor.Run(report);
        if (json)
        {
            output.Out.WriteLine(FindingsJson.Node(findings).ToJsonString(FindingsJson.Options));
        }
        else
        {
            foreach (var f in findings.OrderBy(f => f.Severity))
            {
                output.Out.WriteLine(f.ToString());
            }

            foreach (var note in report.ReaderNotes)
            {
                output.Out.WriteLine($"note\tREAD\t{report.Document}\t{note}");
            }

            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            var notes = findings.Count(f => f.Severity == Severity.Note);
            output.Out.WriteLine($"{report.Document}：{report.Tables.Count} 张表，{report.Claims.Count} 个说明数字，{report.Evaluations.Count} 张绩效自评表；"
                + $"{errors} 个错误，{warnings} 个警告，{notes} 个提示（尾差等）");
        }

        return findings.Any(f => f.Severity == Severity.Error) ? Commands.AuditErrors : Commands.Ok;
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
}
