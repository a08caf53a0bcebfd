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
        var input = new Argument<string>("数据包或报告") { Description = "数据包（文件夹或 .xlsx 工作簿），或已公开的报告（.pdf .txt .docx .xlsx），或报告所在的文件夹、.zip（批量公开检查，同 inspect）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出审核发现" };
        var rules = new Option<string?>("--rules")
        {
            Description = "只运行这些规则（逗号分隔的规则编号，如 N-YOY,N-SHARE；编号见 docs/audit-rules.md）",
            HelpName = "规则",
        };
        rules.CompletionSources.Add([.. Auditor.Rules.Select(r => r.Id)]);
        rules.Validators.Add(r =>
        {
            var unknown = RuleIds(r.GetValueOrDefault<string?>()).Where(id => !Auditor.Rules.Any(x => x.Id == id)).ToList();
            if (unknown.Count > 0)
            {
                r.AddError($"选项 --rules 中的「{string.Join("、", unknown)}」不是已有的规则编号（运行 juesuan check --help 或见 docs/audit-rules.md）");
            }
        });
        var tier = new Option<RuleTier?>("--tier")
        {
            Description = "按层级选规则：basic（基本）、strict（基本与严格）、optional（全部，默认）",
            HelpName = "层级",
            CustomParser = r => ParseTier(r),
        };
        tier.CompletionSources.Add("basic", "strict", "optional");
        var minSeverity = new Option<Severity?>("--min-severity")
        {
            Description = "只列出不低于此级别的发现：error、warning、note（默认 note，即全部）",
            HelpName = "级别",
            CustomParser = r => ParseSeverity(r),
        };
        minSeverity.CompletionSources.Add("error", "warning", "note");
        var command = new Command("check", "审核：数据包生成的报告，或他人已公开的报告；每行一个发现（级别、规则、位置、说明），有错误时退出码为 1")
        {
            input, json, rules, tier, minSeverity,
        };
        // A folder of reports (no package manifest) or a zip is a batch: inspected as `juesuan inspect` does.
        var batch = new InspectCommand.InspectOptions();
        foreach (var option in batch.All.Where(o => o != batch.Json))
        {
            command.Add(option);
        }

        command.SetAction(r => InspectCommand.IsBatch(r.GetValue(input)!)
            ? InspectCommand.Run(output, r.GetValue(input)!, batch.From(r) with { Json = r.GetValue(json) }, CancellationToken.None)
            : Check(output, r.GetValue(input)!, r.GetValue(json), Select(r.GetValue(rules), r.GetValue(tier)), r.GetValue(minSeverity) ?? Severity.Note));
        return command;
    }

    private static IEnumerable<string> RuleIds(string? list) =>
        (list ?? string.Empty).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => id.ToUpperInvariant());

    /// <summary>The rules a run uses: those named (--rules), within the tier asked for (--tier: basic ⊂ strict ⊂ optional).</summary>
    internal static IReadOnlyList<IAuditRule> Select(string? rules, RuleTier? tier)
    {
        var named = RuleIds(rules).ToHashSet(StringComparer.Ordinal);
        return Auditor.Rules.Where(r => (named.Count == 0 || named.Contains(r.Id)) && (tier is null || r.Tier <= tier)).ToList();
    }

    private static RuleTier? ParseTier(System.CommandLine.Parsing.ArgumentResult r) =>
        ParseChoice(r, "--tier", [("basic", RuleTier.Basic), ("strict", RuleTier.Strict), ("optional", RuleTier.Optional)]);

    private static Severity? ParseSeverity(System.CommandLine.Parsing.ArgumentResult r) =>
        ParseChoice(r, "--min-severity", [("error", Severity.Error), ("warning", Severity.Warning), ("note", Severity.Note)]);

    /// <summary>One of a few named values, case-insensitive; anything else is refused naming the option and the choices.</summary>
    private static T? ParseChoice<T>(System.CommandLine.Parsing.ArgumentResult r, string option, (string Name, T Value)[] choices)
        where T : struct
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        r.AddError($"选项 {option} 的取值「{text}」无效，可用：{string.Join("、", choices.Select(c => c.Name))}");
        return null;
    }

    private static int Check(CliOutput output, string path, bool json, IReadOnlyList<IAuditRule> rules, Severity minSeverity)
    {
        PublishedReport report;
        BuiltReport? built = null;
        if (Directory.Exists(path) || (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && IsPackageWorkbook(path)))
        {
            var result = output.Work("读取数据包…", _ => PackageReader.Read(path));
            if (!PackageErrors.Report(result, path, output, "无法审核"))
            {
                return Commands.BadInput;
            }

            built = output.Work("生成并读回报告…", _ =>
                BuiltReport.Build(result.Accounts!, result.Catalogs!, Path.GetFileName(Path.TrimEndingDirectorySeparator(path))));
            report = built.Published;
        }
        else if (ReadCommand.ReadReport(output, path) is { } published)
        {
            report = published;
        }
        else
        {
            return Commands.BadInput;
        }

        // Severity orders Error < Warning < Note: "at least a warning" keeps Error and Warning.
        // A package's findings name the line of report.txt as build writes it (check renders no PDF, so no page of report.pdf).
        var findings = Auditor.Run(report, rules).Where(f => f.Severity <= minSeverity).ToList();
        if (built is not null)
        {
            findings = [.. built.Locate(findings)];
        }

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

            foreach (var note in minSeverity == Severity.Note ? report.ReaderNotes : [])
            {
                output.Out.WriteLine($"note\tREAD\t{report.Document}\t{note}");
            }

            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            var notes = findings.Count(f => f.Severity == Severity.Note);
            var (printed, understood) = report.NarrativeFigureCount;
            output.Out.WriteLine($"{report.Document}：{report.Tables.Count} 张表，说明数字 {printed} 个，已理解 {understood} 个，{report.Evaluations.Count} 张绩效自评表；"
                + $"{errors} 个错误，{warnings} 个警告，{notes} 个提示（尾差等）"
                + (built is null ? string.Empty : $"；位置为 juesuan build 所写 {OutputPlace.TextFile} 的行号（check 不生成 {OutputPlace.PdfFile}，其页码见 build 写出的 data.json）"));
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
