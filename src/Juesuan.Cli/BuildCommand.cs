using System.CommandLine;
using System.Globalization;
using Juesuan.Audit;
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
                    if (o.NeedsLibreOffice)
                    {
                        // The findings written after it (data.json) name the pages of the PDF just rendered.
                        step($"在 {o.FileName} 中查找审核发现所在的页…");
                        b = b.WithPdf(Path.Combine(staged.Path, o.FileName));
                    }
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
        Findings(output, built);
        return Commands.Ok;
    }

    /// <summary>The audit of the report as written: its counts, where its places point, and each error and warning.</summary>
    private static void Findings(CliOutput output, BuiltReport built)
    {
        var notes = built.Findings.Count(f => f.Severity == Severity.Note);
        var places = built.PdfPages is null
            ? $"位置为 {OutputPlace.TextFile} 的行号（未生成 {OutputPlace.PdfFile}，没有页码）"
            : $"位置为 {OutputPlace.PdfFile} 的页码与 {OutputPlace.TextFile} 的行号";
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"审核：{built.ErrorCount} 个错误，{built.WarningCount} 个警告，{notes} 个提示；{places}；全部发现见 data.json 的 findings"));
        foreach (var f in built.Findings.Where(f => f.Severity != Severity.Note).OrderBy(f => f.Severity))
        {
            output.Out.WriteLine("  " + f);
        }
    }

    /// <summary>What a failed build left: nothing, or the folder as it was.</summary>
    private static string Untouched(string outDir) =>
        Directory.Exists(outDir) ? $"未写入任何文件，「{outDir}」中原有的文件保持原样" : "未写入任何文件";
}
