using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Juesuan.Inspection.Jobs;
using Juesuan.Inspection.Outputs;
using Juesuan.Storage;

namespace Juesuan.Inspection.Worker;

/// <summary>
/// juesuan worker: runs the batch inspection's jobs from a shared store until stopped (Ctrl+C or SIGTERM);
/// juesuan enqueue: stores a folder or zip as a batch, one job per file, and waits for it (optionally with a worker in
/// this process, and writing the outputs). Errors in Chinese on standard error, exit code 2 for bad input.
/// </summary>
public static class WorkerCommands
{
    public const int Ok = 0;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            return Invoke(args, stdout, stderr);
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("JUESUAN_DEBUG") != "1")
        {
            var message = string.Join(" ", ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"错误：意外的内部错误（{ex.GetType().Name}）：{message}。设置 JUESUAN_DEBUG=1 可显示详细信息。");
            return BadInput;
        }
    }

    private static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Option<string> Db() => new("--db")
        {
            Description = "任务库：SQLite 文件（单机，默认 .juesuan/jobs.db），或多台机器共用的 PostgreSQL 连接串 \"Host=…;Database=…;Username=…\"",
            HelpName = "文件.db|连接串",
        };
        Option<int> Workers() => new("--workers")
        {
            Description = $"同时检查的文件数（默认 CPU 核数 {Environment.ProcessorCount}）",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var invisibility = new Option<int>("--invisibility-timeout")
        {
            Description = "一个停止响应的工作进程领取的任务多少秒后由其他进程接手（默认 120）",
            HelpName = "秒",
            DefaultValueFactory = _ => 120,
        };
        var name = new Option<string?>("--name") { Description = "工作进程的名称（默认 主机名:进程号）", HelpName = "名称" };

        var workerDb = Db();
        var workerCount = Workers();
        var worker = new Command("worker", "启动一个检查工作进程：从任务库领取批次中的文件逐个检查，直到 Ctrl+C") { workerDb, workerCount, invisibility, name };
        worker.SetAction((r, ct) => Task.FromResult(Work(r.GetValue(workerDb), r.GetValue(workerCount), r.GetValue(invisibility), r.GetValue(name), stdout, stderr, ct)));

        var enqueueDb = Db();
        var path = new Argument<string>("路径") { Description = "要检查的文件夹（含子文件夹）、ZIP 文件或单个报告" };
        var wait = new Option<bool>("--wait") { Description = "等待批次完成并显示进度" };
        var local = new Option<int>("--local-workers") { Description = "在本进程中同时运行的检查数（默认 0：只由 juesuan worker 检查；>0 时隐含 --wait）", HelpName = "N" };
        var output = new Option<string?>("--out") { Description = "完成后把检查结果（工作簿、CSV、JSON、检查通报）写入此文件夹（隐含 --wait）", HelpName = "文件夹" };
        var enqueue = new Command("enqueue", "把一个文件夹或 ZIP 作为检查批次放入任务库（每个文件一个任务），可等待其完成") { path, enqueueDb, wait, local, output, invisibility };
        enqueue.SetAction((r, ct) => Enqueue(r.GetValue(path)!, r.GetValue(enqueueDb), r.GetValue(wait), r.GetValue(local), r.GetValue(output), r.GetValue(invisibility), stdout, stderr, ct));

        var root = new RootCommand("juesuan worker / enqueue — 公开检查的后台任务（Hangfire）：单机用 SQLite 任务库，多台机器共用 PostgreSQL") { worker, enqueue };
        root.HelpName = "juesuan";
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = "显示用法";
        }

        foreach (var command in new[] { worker, enqueue })
        {
            foreach (var option in command.Options)
            {
                if (option.Name is "--workers" or "--local-workers" or "--invisibility-timeout")
                {
                    option.Validators.Add(v =>
                    {
                        if (v.GetValueOrDefault<int>() is < 0 or > 3600)
                        {
                            v.AddError($"选项 {option.Name} 的取值应在 0 到 3600 之间");
                        }
                    });
                }
            }
        }

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("错误：" + error.Message);
            }

            stderr.WriteLine("运行 juesuan worker --help 或 juesuan enqueue --help 查看用法。");
            return BadInput;
        }

        return parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }).GetAwaiter().GetResult();
    }

    private static string DefaultDb => Path.Combine(".juesuan", "jobs.db");

    private static InspectionQueue Open(string? db, int invisibilitySeconds) =>
        InspectionQueue.Open(db ?? DefaultDb, QueueOptions.Default with { InvisibilityTimeout = TimeSpan.FromSeconds(Math.Max(5, invisibilitySeconds)) });

    private static int Work(string? db, int workers, int invisibility, string? name, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            var queue = Open(db, invisibility);
            name ??= $"{Environment.MachineName}:{Environment.ProcessId}";
            using var stop = new ManualResetEventSlim();
            using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
            {
                c.Cancel = true;
                stop.Set();
            });
            using var registration = ct.Register(stop.Set);
            using (queue.StartWorker(Math.Max(1, workers), name))
            {
                stdout.WriteLine($"检查工作进程「{name}」已启动：{queue.Store.Database.Description}，同时检查 {Math.Max(1, workers)} 个文件（Ctrl+C 停止）");
                stdout.Flush();
                stop.Wait(CancellationToken.None);
                stdout.WriteLine("正在停止：进行中的文件检查完毕后退出……");
            }

            return Ok;
        }
        catch (Exception ex) when (ex is StoreException or DbException)
        {
            stderr.WriteLine($"错误：无法连接或使用任务库「{db ?? DefaultDb}」：{ex.Message}");
            return BadInput;
        }
    }

    private static async Task<int> Enqueue(string path, string? db, bool wait, int localWorkers, string? output, int invisibility, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        IReadOnlyList<BatchFile> files;
        try
        {
            files = BatchSource.Read(path, BatchLimits.Default);
        }
        catch (BatchSourceException ex)
        {
            stderr.WriteLine("错误：" + ex.Message);
            return BadInput;
        }

        if (files.Count == 0)
        {
            stderr.WriteLine($"错误：「{path}」中没有可检查的报告文件（.pdf .docx .xlsx .txt）");
            return BadInput;
        }

        InspectionQueue queue;
        string id;
        try
        {
            queue = Open(db, invisibility);
            id = queue.Enqueue(path, files);
        }
        catch (Exception ex) when (ex is StoreException or DbException)
        {
            stderr.WriteLine($"错误：无法连接或使用任务库「{db ?? DefaultDb}」：{ex.Message}");
            return BadInput;
        }

        stdout.WriteLine($"已加入检查批次 {id}：{files.Count} 个文件（{queue.Store.Database.Description}）");
        if (!wait && localWorkers == 0 && output is null)
        {
            stdout.WriteLine($"由 juesuan worker --db … 检查；查看进度：juesuan enqueue 不等待时，可在网站或任务库中查看批次 {id}");
            return Ok;
        }

        var clock = Stopwatch.StartNew();
        using var server = localWorkers > 0 ? queue.StartWorker(localWorkers, $"{Environment.MachineName}:{Environment.ProcessId}:enqueue") : null;
        var done = await queue.WaitAsync(id, p => stdout.WriteLine($"  已检查 {p.Inspected}/{p.Files}"), ct).ConfigureAwait(false);
        if (done.State == BatchState.Failed)
        {
            stderr.WriteLine($"错误：批次 {id} 未能完成：{done.Error}");
            return BadInput;
        }

        var result = queue.Store.Result(id)!;
        var unreadable = result.Files.Count(f => f.Unreadable is not null);
        stdout.WriteLine($"批次 {id} 完成：{result.Files.Count} 个文件，无法读取 {unreadable} 个，跨报告问题 {result.Findings.Count} 条，用时 {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒");
        if (output is not null)
        {
            try
            {
                foreach (var written in InspectionOutputs.Write(result, output))
                {
                    stdout.WriteLine("  " + written);
                }
            }
            catch (NotSupportedException ex)
            {
                stderr.WriteLine("错误：" + ex.Message);
                return BadInput;
            }
        }

        return Ok;
    }
}
