using System.CommandLine;
using System.Text.Json;
using Juesuan.Core.Published;
using Juesuan.Publishing;
using Juesuan.Readers.Published;

namespace Juesuan.Cli;

/// <summary>juesuan read: what the reader finds in a published report, as JSON.</summary>
internal static class ReadCommand
{
    public static Command Create(CliOutput output)
    {
        var input = new Argument<string>("报告") { Description = "已公开的报告（.pdf .txt .docx .xlsx）" };
        var file = CliOptions.OutFile("published.json", "写入的 JSON 文件");
        var command = new Command("read", "读取已公开的报告：部门、年度、各表、说明中的数字和绩效自评表") { input, file };
        file.Required(command);
        command.SetAction(r =>
        {
            var outPath = r.GetValue(file)!;
            if (ReadReport(output, r.GetValue(input)!) is not { } report)
            {
                return Commands.BadInput;
            }

            var text = JsonSerializer.Serialize(report, FindingsJson.Options) + "\n";
            if (!PackageCommands.Writes(output, outPath, () => StagedFile.Write(outPath, s => s.Write(System.Text.Encoding.UTF8.GetBytes(text)))))
            {
                return Commands.BadInput;
            }

            var (printed, understood) = report.NarrativeFigureCount;
            output.Out.WriteLine($"{report.Document}：{(report.DepartmentName is null && report.Year is null ? string.Empty : $"{string.Join(' ', new[] { report.DepartmentName, report.Year?.ToString() }.Where(s => s is not null))}，")}{report.Tables.Count} 张表，说明数字 {printed} 个，已理解 {understood} 个，"
                + $"{report.Evaluations.Count} 张绩效自评表 → {Path.GetFullPath(outPath)}");
            return Commands.Ok;
        });
        return command;
    }

    /// <summary>A published report, or null after saying why it cannot be read.</summary>
    internal static PublishedReport? ReadReport(CliOutput output, string path)
    {
        try
        {
            return output.Work($"读取 {Path.GetFileName(path)}…", _ => PublishedReportReader.Read(path));
        }
        catch (PublishedReadException ex)
        {
            output.Error(ex.Message);
            return null;
        }
    }
}
