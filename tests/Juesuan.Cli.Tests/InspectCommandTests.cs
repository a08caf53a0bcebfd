using Juesuan.Tests;

namespace Juesuan.Cli.Tests;

/// <summary>juesuan inspect, and juesuan check on a folder of reports or a zip: the batch from the command line.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-inspect-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A copy of shared/reports, so that nothing is written beside the shared folder.</summary>
    private string SharedCopy()
    {
        var folder = Path.Combine(_dir, "reports");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "..", "shared", "reports")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [Fact]
    public void Check_on_the_shared_reports_inspects_every_report_and_a_rerun_reads_nothing()
    {
        var reports = SharedCopy();
        var outFolder = Path.Combine(_dir, "inspection");
        var (code, output, err) = Run("check", reports, "--out", outFolder, "--jobs", "2");
        Assert.True(code is 0 or 1, err);
        Assert.Contains("[8/8]", output, StringComparison.Ordinal);
        Assert.Contains("8 个文件（读取 8 个，缓存 0 个）", output, StringComparison.Ordinal);
        Assert.Contains("部门决算", output, StringComparison.Ordinal);
        Assert.Contains("排名", output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_dir, ".juesuan-cache")), "the cache sits beside --out by default");
        foreach (var name in Inspection.Outputs.InspectionOutputs.FileNames)
        {
            Assert.True(new FileInfo(Path.Combine(outFolder, name)).Length > 0, name);
        }


        var (again, second, _) = Run("inspect", reports, "--out", outFolder);
        Assert.Equal(code, again);
        Assert.Contains("8 个文件（读取 0 个，缓存 8 个）", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_folder_is_still_checked_as_a_package()
    {
        var (code, output, _) = Run("check", Repo.Sample);
        Assert.True(code is 0 or 1);
        Assert.DoesNotContain("个文件（读取", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_register_is_refused_with_its_row_and_column_and_nothing_is_inspected()
    {
        var reports = Path.Combine(_dir, "in");
        Directory.CreateDirectory(reports);
        File.Copy(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt"), Path.Combine(reports, "r.txt"));
        var register = Path.Combine(_dir, "名录.csv");
        File.WriteAllText(register, "代码,名称,别名,级别,上级代码\n1,某局,,科室,\n");
        var (code, output, err) = Run("inspect", reports, "--register", register, "--out", Path.Combine(_dir, "out"));
        Assert.Equal(2, code);
        Assert.Contains("第 2 行 第 4 列（级别）", err, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/1]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_run_exits_130_and_writes_nothing()
    {
        var reports = SharedCopy();
        var outFolder = Path.Combine(_dir, "cancelled");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var code = InspectCommand.Run(new CliOutput(stdout, stderr, false), reports, new InspectCommand.Settings(null, outFolder, null, 1, false, null), cancel.Token);
        Assert.Equal(InspectCommand.Cancelled, code);
        Assert.Contains("已中止", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public void Inspect_has_its_help_and_a_zip_with_traversal_is_refused()
    {
        var (helpCode, help, _) = Run("inspect", "--help");
        Assert.Equal(0, helpCode);
        Assert.Contains("--register", help, StringComparison.Ordinal);
        Assert.Contains("--jobs", help, StringComparison.Ordinal);

        var zip = Path.Combine(_dir, "evil.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var s = archive.CreateEntry("../../evil.txt").Open();
            s.Write("x"u8);
        }

        var (code, _, err) = Run("check", zip, "--out", Path.Combine(_dir, "o"));
        Assert.Equal(2, code);
        Assert.Contains("路径穿越", err, StringComparison.Ordinal);
    }
}
