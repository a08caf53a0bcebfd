using System.CommandLine;
using Juesuan.Core.Model;
using Juesuan.Reporting.Profiles;

namespace Juesuan.Cli;

/// <summary>Options shared by several commands, each validated where it is parsed with a message naming it and its value.</summary>
internal static class CliOptions
{
    /// <summary>
    /// Makes an option required with a message in Chinese (System.CommandLine's own would be in English, and its
    /// help would say "(REQUIRED)"): the description says 「必填」.
    /// </summary>
    public static T Required<T>(this T option, Command command)
        where T : Option
    {
        option.Description = "必填。" + option.Description;
        command.Validators.Add(r =>
        {
            if (r.GetResult(option) is null)
            {
                r.AddError($"缺少选项 {option.Name} <{option.HelpName}>");
            }
        });
        return option;
    }

    /// <summary>--out &lt;目录&gt;: a folder, never an existing file.</summary>
    public static Option<string> OutFolder(string description)
    {
        var option = new Option<string>("--out") { Description = description, HelpName = "目录" };
        option.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (File.Exists(v))
            {
                r.AddError($"选项 --out 的取值「{v}」是已存在的文件，此处须为文件夹");
            }
        });
        return option;
    }

    /// <summary>--out &lt;文件&gt;: a file, never an existing folder.</summary>
    public static Option<string> OutFile(string helpName, string description)
    {
        var option = new Option<string>("--out") { Description = description, HelpName = helpName };
        option.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (Directory.Exists(v))
            {
                r.AddError($"选项 --out 的取值「{v}」是已存在的文件夹，此处须为文件");
            }
        });
        return option;
    }

    /// <summary>--year &lt;年度&gt;: a four-digit year (FiscalYear.Parse).</summary>
    public static Option<FiscalYear?> Year() => new("--year")
    {
        Description = "数据包应属的年度，与清单不符时报错",
        HelpName = "年度",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            var parsed = FiscalYear.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            r.AddError($"选项 --year 的取值无效：{parsed.Message}");
            return null;
        },
    };

    public const string DefaultProfile = "liaoning-2024";

    /// <summary>--profile: one of the shipped template profiles.</summary>
    public static Option<string> Profile()
    {
        var option = new Option<string>("--profile")
        {
            Description = $"报告模板：{string.Join("、", ReportProfile.Shipped)}（默认 {DefaultProfile}）",
            HelpName = "模板",
        };
        option.CompletionSources.Add([.. ReportProfile.Shipped]);
        option.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (!ReportProfile.Shipped.Contains(v, StringComparer.Ordinal))
            {
                r.AddError($"选项 --profile 的取值「{v}」不是已有的模板，可用：{string.Join("、", ReportProfile.Shipped)}");
            }
        });
        return option;
    }
}
