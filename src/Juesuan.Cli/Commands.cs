using System.Globalization;
using Juesuan.Core.Model;
using Juesuan.Publishing;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Csv;
using Juesuan.Renderers.Docx;
using Juesuan.Renderers.Html;
using Juesuan.Renderers.Pdf;
using Juesuan.Renderers.Json;
using Juesuan.Renderers.PlainText;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Renderers.Xlsx;
using Juesuan.Reporting.Tables;

namespace Juesuan.Cli;

/// <summary>The juesuan command line: build, template. Exit codes: 0 ok, 1 audit errors, 2 bad input or usage.</summary>
public static class Commands
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int PdfFailed = 3;

    private const string Usage = """
        决算 Juesuan — 部门决算编制、审核与公开

        用法:
          juesuan build <数据包> --out <目录> [--year <年度>] [--profile liaoning-2024|shanghai-2024] [--no-pdf]
              由数据包（含 manifest.csv 的文件夹或 .xlsx 工作簿）生成部门决算公开报告与公开01–09表：
              report.docx、report.pdf、report.html、report.txt、tables.xlsx、tables/gk01.csv … gk09.csv、data.json
          juesuan convert <数据包> --out <文件夹|文件.xlsx>
              检查数据包并转换格式：写成 CSV 文件夹，或写成 .xlsx 工作簿
          juesuan template --out <文件.xlsx>
              生成空白数据包工作簿（含表头、代码下拉列表和示例行）
          juesuan check <数据包|报告.txt|报告.pdf> [--json]
              审核：数据包生成的报告，或他人已公开的报告；每行一个发现（级别、规则、位置、说明），有错误时退出码为 1
          juesuan read <报告.txt|报告.pdf> --out <published.json>
              读取已公开的报告：部门、年度、各表、说明中的数字和绩效自评表
          juesuan serve [--demo] [--db <文件.db|"Host=…;Database=…">] [--data <目录>] [--urls http://127.0.0.1:5080]
              启动网站：单位填报、部门审核、财政发布的工作台，公众查阅的公开平台和开放数据 API。
              默认用 SQLite 文件 .juesuan/juesuan.db；--db "Host=…" 用 PostgreSQL。--demo 载入演示部门和各角色的演示账户
          juesuan help
              显示本帮助

        退出码: 0 成功；1 审核发现错误（check）；2 输入有误（错误列在标准错误输出，不写任何文件）；3 无法生成 PDF（缺少 LibreOffice）
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? BadInput : Ok;
        }

        var options = Options.Parse(args.Skip(1).ToArray(), out var positional, out var optionError);
        if (optionError is not null)
        {
            return UsageError(stderr, optionError);
        }

        return args[0] switch
        {
            "build" => Build(positional, options, stdout, stderr),
            "template" => Template(positional, options, stdout, stderr),
            "convert" => Convert(positional, options, stdout, stderr),
            "check" => CheckCommand.Check(positional, options, stdout, stderr),
            "read" => CheckCommand.Read(positional, options, stdout, stderr),
            "serve" => ServeCommand.Serve(positional, options, stdout, stderr),
            _ => UsageError(stderr, $"未知命令「{args[0]}」"),
        };
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"错误：{message}");
        stderr.WriteLine("运行 juesuan help 查看用法。");
        return BadInput;
    }

    private static int Build(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 1)
        {
            return UsageError(stderr, "build 需要一个数据包路径");
        }

        if (!options.TryGetValue("out", out var outDir))
        {
            return UsageError(stderr, "build 需要 --out <目录>");
        }

        FiscalYear? year = null;
        if (options.TryGetValue("year", out var y))
        {
            var parsed = FiscalYear.Parse(y);
            if (!parsed.Success)
            {
                return UsageError(stderr, parsed.Message!);
            }

            year = parsed.Value;
        }

        var profile = options.GetValueOrDefault("profile", "liaoning-2024");
        if (!ReportProfile.Shipped.Contains(profile, StringComparer.Ordinal))
        {
            return UsageError(stderr, $"未知的模板「{profile}」，可用：{string.Join("、", ReportProfile.Shipped)}");
        }

        var result = PackageReader.Read(positional[0], year);
        if (!ReportErrors(result, positional[0], stderr))
        {
            return BadInput;
        }

        var accounts = result.Accounts!;
        var built = BuiltReport.Build(accounts, result.Catalogs!, Path.GetFileName(Path.TrimEndingDirectorySeparator(positional[0])), profile);
        var tables = built.Tables;

        Directory.CreateDirectory(Path.Combine(outDir, "tables"));
        foreach (var t in tables)
        {
            File.WriteAllText(Path.Combine(outDir, "tables", t.Id + ".csv"), TableCsvWriter.Write(t));
        }

        File.WriteAllBytes(Path.Combine(outDir, "tables.xlsx"), built.TablesXlsx());
        File.WriteAllText(Path.Combine(outDir, "data.json"), built.DataJson());
        File.WriteAllText(Path.Combine(outDir, "report.txt"), built.Text());
        File.WriteAllText(Path.Combine(outDir, "report.html"), built.Html());
        var docx = Path.Combine(outDir, "report.docx");
        File.WriteAllBytes(docx, built.Docx());

        var pdfWritten = false;
        if (!options.ContainsKey("no-pdf"))
        {
            try
            {
                PdfReportWriter.Convert(docx, Path.Combine(outDir, "report.pdf"));
                pdfWritten = true;
            }
            catch (PdfConversionException ex)
            {
                stderr.WriteLine("错误：" + ex.Message);
                stderr.WriteLine("其他文件已写入；可加 --no-pdf 跳过 PDF。");
                return PdfFailed;
            }
        }

        stdout.WriteLine($"{accounts.Department.FullName} {accounts.Year} 年度部门决算");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {accounts.Units.Count} 个单位；收入 {accounts.Income.Count} 条、支出 {accounts.Expenditure.Count} 条事实"));
        foreach (var t in tables)
        {
            stdout.WriteLine($"  {t.Number} {t.Title}{(t.IsEmpty ? "（本表为空）" : string.Empty)}");
        }

        stdout.WriteLine($"已写入 {Path.GetFullPath(outDir)}：report.docx、{(pdfWritten ? "report.pdf、" : string.Empty)}report.html、report.txt、tables.xlsx、tables/gk01.csv … gk09.csv、data.json");
        return Ok;
    }

    private static int Convert(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 1 || !options.TryGetValue("out", out var outDir))
        {
            return UsageError(stderr, "convert 需要一个数据包路径和 --out <文件夹>");
        }

        var result = PackageReader.Read(positional[0]);
        if (!ReportErrors(result, positional[0], stderr))
        {
            return BadInput;
        }

        if (outDir.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(outDir));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            using (var stream = File.Create(outDir))
            {
                PackageTemplateWriter.Write(stream, result.Accounts!);
            }

            stdout.WriteLine($"已写入工作簿数据包 {Path.GetFullPath(outDir)}");
            return Ok;
        }

        PackageCsvWriter.Write(result.Accounts!, outDir);
        stdout.WriteLine($"已写入 CSV 数据包 {Path.GetFullPath(outDir)}");
        return Ok;
    }

    /// <summary>Lists every error of a package on stderr; false when there was any.</summary>
    private static bool ReportErrors(PackageReadResult result, string path, TextWriter stderr)
    {
        if (result.Success)
        {
            return true;
        }

        stderr.WriteLine($"数据包「{path}」有 {result.Errors.Count} 处错误，未生成任何文件：");
        foreach (var e in result.Errors)
        {
            stderr.WriteLine("  " + e);
        }

        return false;
    }

    private static int Template(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 0 || !options.TryGetValue("out", out var file))
        {
            return UsageError(stderr, "template 需要 --out <文件.xlsx>");
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        using (var stream = File.Create(file))
        {
            PackageTemplateWriter.Write(stream);
        }

        stdout.WriteLine($"已写入空白数据包工作簿 {Path.GetFullPath(file)}");
        return Ok;
    }
}

/// <summary>--name value options and positional arguments.</summary>
internal static class Options
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "out", "year", "profile", "db", "data", "urls" };

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "no-pdf", "json", "demo" };

    public static Dictionary<string, string> Parse(string[] args, out List<string> positional, out string? error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        positional = [];
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                if (Flags.Contains(name))
                {
                    options[name] = "true";
                    continue;
                }

                var eq = name.IndexOf('=', StringComparison.Ordinal);
                string value;
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (i + 1 < args.Length)
                {
                    value = args[++i];
                }
                else
                {
                    error = $"选项 --{name} 缺少取值";
                    return options;
                }

                if (!Known.Contains(name))
                {
                    error = $"未知选项 --{name}";
                    return options;
                }

                options[name] = value;
            }
            else
            {
                positional.Add(a);
            }
        }

        return options;
    }
}
