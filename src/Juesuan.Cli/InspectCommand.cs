using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Core.Package;
using Juesuan.Inspection;
using Juesuan.Inspection.Batch;
using Juesuan.Inspection.Outputs;
using Juesuan.Inspection.Registers;
using Juesuan.Inspection.Scoring;
using Juesuan.Publishing;
using Spectre.Console;

namespace Juesuan.Cli;

/// <summary>
/// juesuan inspect (and juesuan check on a folder of reports or a zip): 公开检查 of a batch — every report read and
/// audited in parallel, matched to the register, scored and ranked, written as the bureau circulates it into --out.
/// </summary>
internal static class InspectCommand
{
    /// <summary>Exit code of a run stopped with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>How many places of the ranking the summary prints.</summary>
    public const int Top = 10;

    public static Command Create(CliOutput output)
    {
        var input = new Argument<string>("文件夹或压缩包") { Description = "已公开报告所在的文件夹（含子文件夹）或 .zip（.pdf .docx .xlsx .txt）" };
        var options = new InspectOptions();
        var command = new Command("inspect", "公开检查：批量读取并审核文件夹或压缩包中的全部报告，对应名录、评分排名，写出检查结果；有错误时退出码为 1，按 Ctrl+C 中止时为 130")
        {
            input, options.Register, options.Out, options.Cache, options.Jobs, options.Json, options.Weights,
        };
        command.SetAction(r => Run(output, r.GetValue(input)!, options.From(r), CancellationToken.None));
        return command;
    }

    /// <summary>The options inspect shares with check (which inspects a folder of reports or a zip the same way).</summary>
    internal sealed class InspectOptions
    {
        public Option<string?> Register { get; } = new("--register") { Description = "应公开单位名录（CSV 或 XLSX，表头：代码,名称,别名,级别,上级代码）", HelpName = "文件" };

        public Option<string> Out { get; } = CliOptions.OutFolder("写入检查结果的文件夹（默认 inspection）");

        public Option<string?> Cache { get; } = new("--cache") { Description = "检查缓存所在的文件夹（默认在输出文件夹旁的 .juesuan-cache）；内容未变的文件不再读取", HelpName = "目录" };

        public Option<int> Jobs { get; } = new("--jobs") { Description = "同时读取的文件数（默认为处理器核数）", HelpName = "N" };

        public Option<bool> Json { get; } = new("--json") { Description = "在标准输出写出检查结果的 JSON" };

        public Option<string?> Weights { get; } = new("--weights") { Description = "评分权重（CSV，表头：维度,权重；默认见 docs/compliance-score.md）", HelpName = "文件" };

        public InspectOptions()
        {
            Jobs.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() is < 0 or > 256)
                {
                    r.AddError($"选项 --jobs 的取值「{r.GetValueOrDefault<int>()}」无效，应为 1 到 256");
                }
            });
        }

        public IEnumerable<Option> All => [Register, Out, Cache, Jobs, Json, Weights];

        public Settings From(ParseResult r) =>
            new(r.GetValue(Register), r.GetValue(Out) ?? "inspection", r.GetValue(Cache), r.GetValue(Jobs), r.GetValue(Json), r.GetValue(Weights));
    }

    internal sealed record Settings(string? Register, string Out, string? Cache, int Jobs, bool Json, string? Weights);

    /// <summary>Whether check should inspect <paramref name="path"/> as a batch: a zip, or a folder of reports that is no data package.</summary>
    internal static bool IsBatch(string path)
    {
        if (File.Exists(path))
        {
            return path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        }

        if (!Directory.Exists(path) || File.Exists(Path.Combine(path, PackageFormat.Manifest.FileName)))
        {
            return false;
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Take(100_000).Any(Inspector.IsReport);
    }

    /// <summary>Runs the inspection; Ctrl+C (or <paramref name="cancellationToken"/>) stops it with exit code 130 and writes nothing.</summary>
    internal static int Run(CliOutput output, string source, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<RegisterEntry> register = [];
        var weights = ScoreWeights.Default;
        try
        {
            if (settings.Register is { } registerPath)
            {
                register = RegisterReader.Read(registerPath);
            }

            if (settings.Weights is { } weightsPath)
            {
                weights = ScoreWeights.Read(weightsPath);
            }
        }
        catch (RegisterException ex)
        {
            output.Error(ex.Problems.Count == 1 ? ex.Problems[0] : ex.Message);
            foreach (var problem in ex.Problems.Count == 1 ? [] : ex.Problems)
            {
                output.Detail(problem);
            }

            return Commands.BadInput;
        }

        var outFolder = Path.GetFullPath(settings.Out);
        var cache = settings.Cache ?? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(outFolder)) ?? outFolder, ".juesuan-cache");
        var options = new InspectionOptions { Register = register, CacheFolder = cache, Jobs = settings.Jobs, Weights = weights };

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // let the batch stop between files and the cache stay whole
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        InspectionResult result;
        try
        {
            result = Inspect(output, source, options, settings.Json, cancel.Token);
        }
        catch (BatchSourceException ex)
        {
            output.Error(ex.Message);
            return Commands.BadInput;
        }
        catch (OperationCanceledException)
        {
            output.Error("检查已中止（Ctrl+C）；已检查的文件保存在缓存中，再次运行只读取其余文件。未写出检查结果。");
            return Cancelled;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        IReadOnlyList<string> written;
        try
        {
            using var staged = StagedFolder.Beside(outFolder);
            written = InspectionOutputs.Write(result, staged.Path);
            staged.Commit();
        }
        catch (IOException ex)
        {
            output.Error($"无法写入「{outFolder}」：{ex.Message}");
            return Commands.BadInput;
        }

        if (settings.Json)
        {
            output.Out.WriteLine(JsonSerializer.Serialize(result, FindingsJson.Options));
        }
        else
        {
            Summary(output, result, outFolder, written);
        }

        var errors = result.Findings.Any(f => f.Severity == Severity.Error) || result.Files.Any(f => f.Count(Severity.Error) > 0);
        return errors ? Commands.AuditErrors : Commands.Ok;
    }

    private static InspectionResult Inspect(CliOutput output, string source, InspectionOptions options, bool json, CancellationToken cancellationToken)
    {
        if (output.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            InspectionResult? result = null;
            console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("检查", maxValue: 1);
                    var progress = new Progress<InspectionProgress>(p =>
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                        task.Description = Markup.Escape($"{p.Done}/{p.Total} {Path.GetFileName(p.Current)}{(p.FromCache ? "（缓存）" : string.Empty)}");
                    });
                    result = BatchInspection.Run(source, options, new SyncProgress(progress), cancellationToken);
                    task.Value = task.MaxValue;
                });
            return result!;
        }

        // Not a terminal: one plain line per file (on standard error with --json, so standard output stays JSON).
        var lines = json ? output.Err : output.Out;
        var gate = new Lock();
        return BatchInspection.Run(source, options, new SyncProgress(p =>
        {
            lock (gate)
            {
                lines.WriteLine($"[{p.Done}/{p.Total}] {p.Current}{(p.FromCache ? "（缓存）" : string.Empty)}{(p.Unreadable ? "（无法读取）" : string.Empty)}");
            }
        }), cancellationToken);
    }

    /// <summary>Progress reported on the worker's thread (Progress&lt;T&gt; would post to a thread pool and arrive late or out of order).</summary>
    private sealed class SyncProgress(Action<InspectionProgress> report) : IProgress<InspectionProgress>
    {
        public SyncProgress(IProgress<InspectionProgress> inner)
            : this(inner.Report)
        {
        }

        public void Report(InspectionProgress value) => report(value);
    }

    private static void Summary(CliOutput output, InspectionResult result, string outFolder, IReadOnlyList<string> written)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output.Out),
            Ansi = output.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        var kinds = new Table().Title("文件").AddColumn("类别").AddColumn(new TableColumn("文件数").RightAligned()).AddColumn(new TableColumn("错误").RightAligned()).AddColumn(new TableColumn("警告").RightAligned());
        foreach (var group in result.Files.GroupBy(f => f.Unreadable is null ? KindChinese(f.Kind) : "无法读取").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            kinds.AddRow(Markup.Escape(group.Key), N(group.Count()), N(group.Sum(f => f.Count(Severity.Error))), N(group.Sum(f => f.Count(Severity.Warning))));
        }

        kinds.AddRow("合计", N(result.Files.Count), N(result.Files.Sum(f => f.Count(Severity.Error))), N(result.Files.Sum(f => f.Count(Severity.Warning))));
        console.Write(kinds);

        var departments = result.Scores.Where(s => s.Level == ScoreLevel.Department).OrderBy(s => s.Rank).Take(Top).ToList();
        if (departments.Count > 0)
        {
            var ranking = new Table().Title($"排名（前 {Top} 名）").AddColumn("名次").AddColumn("部门").AddColumn(new TableColumn("得分").RightAligned()).AddColumn("主要扣分");
            foreach (var s in departments)
            {
                var reason = s.Dimensions.Where(d => d.Weight > 0 && d.Score < 100m).OrderBy(d => d.Score)
                    .Select(d => $"{ScoreWeights.Chinese(d.Dimension)} {d.Score:0.##}").FirstOrDefault() ?? "无";
                var trend = s.Trend.Count > 1 ? "（" + string.Join(" → ", s.Trend.Select(t => $"{t.Year}: {t.Total:0.##}")) + "）" : string.Empty;
                ranking.AddRow(N(s.Rank), Markup.Escape(s.Name), s.Total.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(reason + trend));
            }

            console.Write(ranking);
        }

        var across = result.Findings.Count(f => f.Severity != Severity.Note);
        output.Out.WriteLine($"{result.Files.Count} 个文件（读取 {result.ReadCount} 个，缓存 {result.FromCacheCount} 个），无法读取 {result.Files.Count(f => f.Unreadable is not null)} 个；"
            + $"检查发现（跨报告与名录）{across} 个" + (written.Count > 0 ? $" → {outFolder}" : string.Empty));
        foreach (var unreadable in result.Files.Where(f => f.Unreadable is not null))
        {
            output.Out.WriteLine($"无法读取\t{unreadable.RelativePath}\t{unreadable.Unreadable}");
        }
    }

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string KindChinese(DocumentKind kind) => kind switch
    {
        DocumentKind.DepartmentFinalAccounts => "部门决算",
        DocumentKind.UnitFinalAccounts => "单位决算",
        DocumentKind.DepartmentBudget => "部门预算",
        DocumentKind.UnitBudget => "单位预算",
        DocumentKind.ThreePublicStatement => "三公经费",
        DocumentKind.Fragment => "片段",
        _ => "无法识别",
    };
}
