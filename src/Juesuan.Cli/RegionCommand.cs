using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Juesuan.Renderers.Pdf;
using Juesuan.Synthetic;

namespace Juesuan.Cli;

/// <summary>
/// juesuan region: writes a synthetic region — departments' reports in both templates and Juesuan's formats, with
/// errors planted and listed (planted.csv/json), and the register (register.csv) — for benchmarks and recall tests.
/// </summary>
internal static class RegionCommand
{
    public static Command Create(CliOutput output)
    {
        var outDir = CliOptions.OutFolder("写入的文件夹（按部门分文件夹，另有 register.csv、planted.csv、planted.json）");
        var departments = Bounded("--departments", "部门数（含少数未公开的部门），默认 200", "数量", 1, RegionSettings.MaxDepartments, 200);
        var seed = Bounded("--seed", "随机种子：同一种子生成完全相同的地区，默认 1", "种子", 0, int.MaxValue, 1);
        var errors = Bounded("--errors-per-report", "每份报告至多植入的错误数（每份在 0 至此数之间随机），默认 2", "数量", 0, RegionSettings.MaxErrorsPerReport, 2);
        var pdf = new Option<decimal>("--pdf-fraction")
        {
            Description = "同时生成 report.pdf 的报告比例（0–1，LibreOffice 较慢），默认 0.05",
            HelpName = "比例",
            DefaultValueFactory = _ => 0.05m,
            CustomParser = r => Fraction(r),
        };
        var recall = new Option<bool>("--recall")
        {
            Description = "生成后逐个文件审核（与 check 相同），对照未植入错误的副本，按类型和格式统计召回率，写入 recall.csv",
        };
        var command = new Command("region", "生成合成地区：多个部门的决算报告（两种模板；report.txt、report.docx、tables.xlsx，部分 report.pdf），随机植入错误并列出，供基准测试与召回率测试")
        {
            outDir, departments, seed, pdf, errors, recall,
        };
        outDir.Required(command);
        command.SetAction(r => Run(output, r.GetValue(outDir)!, new RegionSettings(r.GetValue(departments), r.GetValue(seed), r.GetValue(pdf), r.GetValue(errors)), r.GetValue(recall)));
        return command;
    }

    private static Option<int> Bounded(string name, string description, string helpName, int min, int max, int fallback)
    {
        var option = new Option<int>(name) { Description = description, HelpName = helpName, DefaultValueFactory = _ => fallback };
        option.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int>();
            if (v < min || v > max)
            {
                r.AddError($"选项 {name} 的取值「{v}」超出范围 {min}–{max}");
            }
        });
        return option;
    }

    private static decimal Fraction(ArgumentResult r)
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1)
        {
            return v;
        }

        r.AddError($"选项 --pdf-fraction 的取值「{text}」无效，应为 0 至 1 之间的小数");
        return 0;
    }

    private static int Run(CliOutput output, string outDir, RegionSettings settings, bool recall)
    {
        if (settings.PdfFraction > 0 && PdfReportWriter.FindConverter() is null)
        {
            output.Error("生成 report.pdf 需要 LibreOffice（soffice），未找到；可加 --pdf-fraction 0 不生成 PDF。");
            return Commands.PdfFailed;
        }

        RegionSummary summary;
        try
        {
            summary = output.Work("生成合成地区…", step =>
                RegionWriter.Write(outDir, settings, new Progress(step)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Error($"无法写入 --out「{outDir}」：{ex.Message}");
            return Commands.BadInput;
        }
        catch (PdfConversionException ex)
        {
            output.Error(ex.Message);
            return Commands.PdfFailed;
        }

        var byKind = summary.Planted.Where(p => p.File.EndsWith("report.txt", StringComparison.Ordinal) || p.Kind == "unpublished")
            .GroupBy(p => p.Kind).OrderBy(g => g.Key, StringComparer.Ordinal);
        output.Out.WriteLine($"合成地区（种子 {settings.Seed}）：名录 {summary.Registered} 个部门，已公开 {summary.Published} 个，{summary.Files} 个文件（其中 PDF {summary.Pdfs} 个）");
        output.Out.WriteLine("植入的错误（每份报告计一次，各格式中相同）：" + string.Join("、", byKind.Select(g => $"{g.Key} {g.Count()}")));
        output.Out.WriteLine($"已写入 {Path.GetFullPath(outDir)}：register.csv、planted.csv、planted.json 与各部门文件夹");
        return recall ? Recall(output, outDir, settings, summary) : Commands.Ok;
    }

    /// <summary>Audits every planted file and its unplanted copy (written beside, then removed); recall per kind and format.</summary>
    private static int Recall(CliOutput output, string outDir, RegionSettings settings, RegionSummary summary)
    {
        var clean = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outDir))!, "." + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir))) + ".clean-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var results = output.Work("生成未植入错误的副本…", step =>
            {
                RegionWriter.Write(clean, settings with { ErrorsPerReport = 0 }, new Progress(step));
                step("逐个文件审核…");
                return Synthetic.Recall.RecallMeasure.Measure(outDir, clean, summary.Planted);
            });
            var csv = Synthetic.Recall.RecallReport.Csv(results);
            File.WriteAllText(Path.Combine(outDir, Synthetic.Recall.RecallReport.FileName), csv, new System.Text.UTF8Encoding(false));
            output.Out.WriteLine("召回率（按类型与格式）：");
            output.Out.Write(csv);
            foreach (var miss in Synthetic.Recall.RecallReport.Misses(results))
            {
                output.Out.WriteLine("未发现\t" + miss);
            }

            return Commands.Ok;
        }
        finally
        {
            if (Directory.Exists(clean))
            {
                Directory.Delete(clean, recursive: true);
            }
        }
    }

    /// <summary>Progress as the status line's text: 「第 n/N 个部门：name」 (synchronous, on the writer's thread).</summary>
    private sealed class Progress(Action<string> step) : IProgress<RegionProgress>
    {
        public void Report(RegionProgress value) =>
            step(value.Done < value.Total ? $"第 {value.Done + 1}/{value.Total} 个部门：{value.Current}" : "写入名录与植入清单…");
    }
}
