using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using Juesuan.Publishing;

namespace Juesuan.Cli;

/// <summary>
/// The juesuan command line on System.CommandLine: a typed command per verb (build, template, convert, check,
/// read, serve, help), help per command, --version, and tab completion through the [suggest] directive.
/// Exit codes: 0 ok, 1 audit errors (check, inspect), 2 bad input or usage, 3 no PDF (LibreOffice missing or failed),
/// 130 an inspection stopped with Ctrl+C.
/// </summary>
public static class Commands
{
    public const int Ok = 0;
    public const int AuditErrors = 1;
    public const int BadInput = 2;
    public const int PdfFailed = 3;

    /// <summary>Set to 1 to let an unexpected exception through with its stack trace.</summary>
    public const string DebugVariable = "JUESUAN_DEBUG";

    private const string ExitCodes =
        "退出码: 0 成功；1 审核发现错误（check）；2 输入有误（错误列在标准错误输出，不写任何文件）；3 无法生成 PDF（缺少 LibreOffice）；130 检查被 Ctrl+C 中止（inspect）";

    /// <summary>Runs a command line; progress is shown only when <paramref name="interactive"/> (a terminal).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false) =>
        Run(args, stdout, stderr, interactive, ReportOutputs.All);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter, bool)"/> with the outputs a build writes (tests pass a failing one).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive, IReadOnlyList<ReportOutput> outputs)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans"); // System.CommandLine's own words (help headings) in Chinese
        try
        {
            var output = new CliOutput(stdout, stderr, interactive);
            return Guard(() => Invoke(args, output, outputs), stderr);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>
    /// The top-level handler: an unexpected exception becomes one line in Chinese and exit code 2; its stack
    /// trace only with JUESUAN_DEBUG=1.
    /// </summary>
    internal static int Guard(Func<int> run, TextWriter stderr)
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable(DebugVariable) != "1")
        {
            var message = string.Join(" ", ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"错误：意外的内部错误（{ex.GetType().Name}）：{message}。设置 {DebugVariable}=1 可显示详细信息。");
            return BadInput;
        }
    }

    private static int Invoke(string[] args, CliOutput output, IReadOnlyList<ReportOutput> outputs)
    {
        var root = Root(output, outputs);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = output.Out, Error = output.Out, EnableDefaultExceptionHandler = false };
        if (parsed.Action is ParseErrorAction)
        {
            return UsageErrors(parsed, output);
        }

        return parsed.Invoke(config);
    }

    internal static RootCommand Root(CliOutput output, IReadOnlyList<ReportOutput> outputs)
    {
        var root = new RootCommand("决算 Juesuan — 部门决算编制、审核与公开。" + ExitCodes) { HelpName = "juesuan" };
        root.Add(BuildCommand.Create(output, outputs));
        root.Add(PackageCommands.Convert(output));
        root.Add(PackageCommands.Template(output));
        root.Add(CheckCommand.Create(output));
        root.Add(InspectCommand.Create(output));
        root.Add(ReadCommand.Create(output));
        root.Add(RegionCommand.Create(output));
        root.Add(ServeCommand.Create(output));

        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = "显示用法";
        }

        var help = new Command("help", "显示用法；help <命令> 显示该命令的用法");
        var topic = new Argument<string?>("命令") { Description = "要查看用法的命令", HelpName = "命令", Arity = ArgumentArity.ZeroOrOne };
        topic.CompletionSources.Add(_ => root.Subcommands.Select(c => new System.CommandLine.Completions.CompletionItem(c.Name)));
        help.Add(topic);
        help.SetAction(r =>
        {
            var name = r.GetValue(topic);
            if (name is not null && !root.Subcommands.Any(c => c.Name == name))
            {
                return output.UsageError(string.Empty, $"未知命令「{name}」");
            }

            return ShowHelp(root, output, name);
        });
        root.Add(help);

        // Without a command: the usage, and exit code 2 as before.
        root.SetAction(_ =>
        {
            ShowHelp(root, output, null);
            return BadInput;
        });
        return root;
    }

    private static int ShowHelp(RootCommand root, CliOutput output, string? command)
    {
        string[] args = command is null ? ["--help"] : [command, "--help"];
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Out });
    }

    /// <summary>
    /// Every parse error, one way and in Chinese: an unknown option is named as unknown, a missing value or a bad
    /// one with its option (the validators' messages name the option and the value).
    /// </summary>
    private static int UsageErrors(ParseResult parsed, CliOutput output)
    {
        var command = parsed.CommandResult.Command is RootCommand ? string.Empty : parsed.CommandResult.Command.Name;
        var messages = new List<string>();
        foreach (var token in parsed.UnmatchedTokens)
        {
            messages.Add(token.StartsWith('-')
                ? $"未知选项「{token}」{(command.Length > 0 ? $"（{command} 没有此选项）" : string.Empty)}"
                : command.Length == 0 ? $"未知命令「{token}」" : $"多余的参数「{token}」");
        }

        foreach (var error in parsed.Errors)
        {
            var message = error.SymbolResult switch
            {
                _ when parsed.UnmatchedTokens.Any(t => error.Message.Contains(t, StringComparison.Ordinal)) => null, // said above
                OptionResult { Tokens.Count: 0 } o => $"选项 {o.Option.Name} 缺少取值（{o.Option.Name} <{o.Option.HelpName}>）",
                OptionResult { Tokens.Count: > 1 } o when o.Option.Arity.MaximumNumberOfValues == 1 => $"选项 {o.Option.Name} 只能给一个取值",
                ArgumentResult { Tokens.Count: 0 } a => $"缺少参数 <{a.Argument.Name}>",
                _ => error.Message,
            };
            if (message is not null && !messages.Contains(message))
            {
                messages.Add(message);
            }
        }

        for (var i = 0; i < messages.Count - 1; i++)
        {
            output.Error(messages[i]);
        }

        return output.UsageError(command, messages.Count > 0 ? messages[^1] : "命令行有误");
    }
}
