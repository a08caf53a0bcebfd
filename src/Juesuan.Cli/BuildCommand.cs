using System.CommandLine;
using System.Globalization;
using Juesuan.Publishing;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Pdf;

namespace Juesuan.Cli;

/// <summary>juesuan build: a package's report and tables, written into --out only when every file was written.</summary>
internal static class BuildCommand
{
    public static Command Create(CliOutput output, IReadOnlyList<ReportOutput> outputs)
    {
        var package = new Argument<string>("数据包") { Description = "含 manifest.csv 的文件夹或 .xlsx 工作簿" };
        var outDir = CliOptions.OutFolder("写入的文件夹（先写入旁边的临时文件夹，全部成功后才移入）");
        var year = CliOptions.Year();
        var profile = CliOptions.Profile();
        var noPdf = new Option<bool>("--no-pdf") { Description = "不生成 report.pdf（无需 LibreOffice）" };
        var command = new Command("build", "由数据包生成部门决算公开报告与公开01–09表：" + string.Join("、", outputs.Select(o => o.FileName)))
        {
            package, outDir, year, profile, noPdf,
        };
        outDir.Required(command);
        command.SetAction(r => Build(output, outputs, r.GetValue(package)!, r.GetValue(outDir)!, r.GetValue(year), r.GetValue(profile) ?? CliOptions.DefaultProfile, r.GetValue(noPdf)));
        return command;
    }

    private static int Build(CliOutput output, IReadOnlyList<ReportOutput> outputs, string package, string outDir, Core.Model.FiscalYear? year, string profile, bool noPdf)
    {
        var result = output.Work("读取数据包…", _ => PackageReader.Read(package, year));
        if (!PackageErrors.Report(result, package, output, "未生成任何文件"))
        {
            return Commands.BadInput;
        }

        var accounts = result.Accounts!;
        var selected = outputs.Where(o => !(noPdf && o.NeedsLibreOffice)).ToList();
        BuiltReport built;
        try
        {
            built = output.Work("生成报告…", step =>
            {
                var b = BuiltReport.Build(accounts, result.Catalogs!, Path.GetFileName(Path.TrimEndingDirectorySeparator(package)), profile);
                using var staged = StagedFolder.Beside(outDir);
                foreach (var o in selected)
                {
                    step(o.NeedsLibreOffice ? $"转换 {o.FileName}（LibreOffice）…" : $"写入 {o.FileName}…");
                    o.WriteTo(b, staged.Path);
                }

                staged.Commit();
                return b;
            });
        }
        catch (PdfConversionException ex)
        {
            output.Error(ex.Message);
            output.Detail(Untouched(outDir) + "；可加 --no-pdf 跳过 PDF。");
            return Commands.PdfFailed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Error($"无法写入 --out「{outDir}」：{ex.Message}");
            output.Detail(Untouched(outDir) + "。");
            return Commands.BadInput;
        }

        output.Out.WriteLine($"{accounts.Department.FullName} {accounts.Year} 年度部门决算");
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {accounts.Units.Count} 个单位；收入 {accounts.Income.Count} 条、支出 {accounts.Expenditure.Count} 条事实"));
        foreach (var t in built.Tables)
        {
            output.Out.WriteLine($"  {t.Number} {t.Title}{(t.IsEmpty ? "（本表为空）" : string.Empty)}");
        }

        output.Out.WriteLine($"已写入 {Path.GetFullPath(outDir)}：{string.Join("、", selected.Select(o => o.FileName))}");
        return Commands.Ok;
    }

    /// <summary>What a failed build left: nothing, or the folder as it was.</summary>
    private static string Untouched(string outDir) =>
        Directory.Exists(outDir) ? $"未写入任何文件，「{outDir}」中原有的文件保持原样" : "未写入任何文件";
}
