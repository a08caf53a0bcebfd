using System.CommandLine;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Xlsx;

namespace Juesuan.Cli;

/// <summary>juesuan template and convert: the data package as an empty workbook, or in another form.</summary>
internal static class PackageCommands
{
    public static Command Template(CliOutput output)
    {
        var file = CliOptions.OutFile("文件.xlsx", "写入的工作簿");
        var command = new Command("template", "生成空白数据包工作簿（含表头、代码下拉列表和示例行）") { file };
        file.Required(command);
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            if (!Writes(output, path, () => StagedFile.Write(path, PackageTemplateWriter.Write)))
            {
                return Commands.BadInput;
            }

            output.Out.WriteLine($"已写入空白数据包工作簿 {Path.GetFullPath(path)}");
            return Commands.Ok;
        });
        return command;
    }

    public static Command Convert(CliOutput output)
    {
        var package = new Argument<string>("数据包") { Description = "含 manifest.csv 的文件夹或 .xlsx 工作簿" };
        var target = new Option<string>("--out") { Description = "写成 CSV 文件夹，或以 .xlsx 结尾时写成工作簿", HelpName = "文件夹|文件.xlsx" };
        target.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (IsWorkbook(v) && Directory.Exists(v))
            {
                r.AddError($"选项 --out 的取值「{v}」是已存在的文件夹，此处须为 .xlsx 文件");
            }
            else if (!IsWorkbook(v) && File.Exists(v))
            {
                r.AddError($"选项 --out 的取值「{v}」是已存在的文件，此处须为文件夹（或以 .xlsx 结尾的工作簿）");
            }
        });
        var command = new Command("convert", "检查数据包并转换格式：写成 CSV 文件夹，或写成 .xlsx 工作簿") { package, target };
        target.Required(command);
        command.SetAction(r =>
        {
            var path = r.GetValue(package)!;
            var outPath = r.GetValue(target)!;
            var result = output.Work("读取数据包…", _ => PackageReader.Read(path));
            if (!PackageErrors.Report(result, path, output, "未写入任何文件"))
            {
                return Commands.BadInput;
            }

            if (IsWorkbook(outPath))
            {
                if (!Writes(output, outPath, () => StagedFile.Write(outPath, s => PackageTemplateWriter.Write(s, result.Accounts!))))
                {
                    return Commands.BadInput;
                }

                output.Out.WriteLine($"已写入工作簿数据包 {Path.GetFullPath(outPath)}");
                return Commands.Ok;
            }

            var written = Writes(output, outPath, () =>
            {
                using var staged = StagedFolder.Beside(outPath);
                PackageCsvWriter.Write(result.Accounts!, staged.Path);
                staged.Commit();
            });
            if (!written)
            {
                return Commands.BadInput;
            }

            output.Out.WriteLine($"已写入 CSV 数据包 {Path.GetFullPath(outPath)}");
            return Commands.Ok;
        });
        return command;
    }

    private static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs a write to --out; false, with the reason, when the place cannot be written.</summary>
    internal static bool Writes(CliOutput output, string path, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Error($"无法写入 --out「{path}」：{ex.Message}");
            return false;
        }
    }
}
