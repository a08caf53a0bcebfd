using Juesuan.Publishing;
using Juesuan.Tests;

namespace Juesuan.Cli.Tests;

/// <summary>The command line itself: help per command, --version, unknown options, bad values, --out checks, completion.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-cmd-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("build", "--profile")]
    [InlineData("build", "--no-pdf")]
    [InlineData("template", "--out")]
    [InlineData("convert", "--out")]
    [InlineData("check", "--json")]
    [InlineData("inspect", "--register")]
    [InlineData("read", "--out")]
    [InlineData("serve", "serve --help")]
    public void Each_command_has_its_own_help(string command, string expected)
    {
        foreach (var args in new[] { new[] { command, "--help" }, ["help", command] })
        {
            var (code, output, err) = Run(args);
            Assert.True(code == 0, err);
            Assert.Contains($"juesuan {command}", output, StringComparison.Ordinal);
            Assert.Contains(expected, output, StringComparison.Ordinal);
            Assert.Equal(string.Empty, err);
        }
    }

    [Fact]
    public void Build_help_lists_every_output_from_the_one_list()
    {
        var (_, output, _) = Run("build", "--help");
        foreach (var o in ReportOutputs.All)
        {
            Assert.Contains(o.FileName, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_is_printed()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("build", "x", "--out", "y", "--evil")]
    [InlineData("build", "x", "--evil", "--out", "y")]
    [InlineData("check", "x", "--evil")]
    public void An_unknown_option_is_named_as_unknown(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("未知选项「--evil」", err, StringComparison.Ordinal);
        Assert.DoesNotContain("缺少取值", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_belong_to_their_command()
    {
        var (code, _, err) = Run("build", Repo.Sample, "--out", Path.Combine(_dir, "o"), "--demo");
        Assert.Equal(2, code);
        Assert.Contains("未知选项「--demo」（build 没有此选项）", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "o")));
    }

    [Theory]
    [InlineData("--year", "20x4")]
    [InlineData("--profile", "beijing-2024")]
    public void A_bad_value_names_its_option_and_value(string option, string value)
    {
        var (code, _, err) = Run("build", Repo.Sample, "--out", Path.Combine(_dir, "o"), option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("错误：", err, StringComparison.Ordinal);
        Assert.Contains($"选项 {option} ", err, StringComparison.Ordinal);
        Assert.Contains(value, err, StringComparison.Ordinal);
        Assert.Contains("juesuan help build", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "o")));
    }

    [Fact]
    public void A_missing_value_names_its_option()
    {
        var (code, _, err) = Run("build", Repo.Sample, "--out");
        Assert.Equal(2, code);
        Assert.Contains("选项 --out 缺少取值", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_at_an_existing_file_is_refused_and_the_file_kept()
    {
        var file = Path.Combine(_dir, "existing.txt");
        File.WriteAllText(file, "keep");
        var (code, _, err) = Run("build", Repo.Sample, "--out", file, "--no-pdf");
        Assert.Equal(2, code);
        Assert.Contains($"选项 --out 的取值「{file}」是已存在的文件", err, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public void Out_at_a_device_writes_into_it_and_leaves_it_a_device()
    {
        // "read … --out /dev/null" once renamed its staged file over /dev/null: the machine's /dev/null became a plain file.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var text = Path.Combine(_dir, "r.txt");
        File.WriteAllText(text, "一、收入支出决算总体情况说明\n2023年度收入总计1200.00万元。\n");
        var (code, _, err) = Run("read", text, "--out", "/dev/null");
        Assert.True(code == 0, err);
        // A plain file in its place would now hold the claims' JSON; the device holds nothing.
        Assert.Equal(0, new FileInfo("/dev/null").Length);
        Assert.Equal(string.Empty, File.ReadAllText("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", ".null.juesuan-*"));
    }

    [Fact]
    public void Out_at_an_existing_folder_is_refused_where_a_file_is_written()
    {
        var (code, _, err) = Run("template", "--out", _dir);
        Assert.Equal(2, code);
        Assert.Contains("是已存在的文件夹", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_where_nothing_can_be_written_is_a_clear_error()
    {
        var file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "x");
        var (code, _, err) = Run("build", Repo.Sample, "--out", Path.Combine(file, "report"), "--no-pdf");
        Assert.Equal(2, code);
        Assert.Contains("错误：无法写入 --out", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_build_leaves_the_old_folder_untouched()
    {
        var outDir = Path.Combine(_dir, "out");
        Assert.Equal(0, Run("build", Repo.Sample, "--out", outDir, "--no-pdf").Code);
        var before = Snapshot(outDir);

        // The Shanghai report would change report.txt; the last output fails after the others were written.
        var failing = new ReportOutput("broken", "坏的输出", "broken.bin", false, false, (_, dir) =>
        {
            File.WriteAllText(Path.Combine(dir, "broken.bin"), "half");
            throw new IOException("磁盘已满");
        });
        var outputs = ReportOutputs.All.Where(o => !o.NeedsLibreOffice).Append(failing).ToList();
        var stderr = new StringWriter();
        var code = Commands.Run(["build", Repo.Sample, "--out", outDir, "--profile", "shanghai-2024", "--no-pdf"], TextWriter.Null, stderr, false, outputs);

        Assert.Equal(2, code);
        Assert.Contains("磁盘已满", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("原有的文件保持原样", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(outDir));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_into_an_existing_folder_replaces_its_files_and_keeps_others()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "notes.md"), "mine");
        File.WriteAllText(Path.Combine(outDir, "report.txt"), "old");
        var (code, _, err) = Run("build", Repo.Sample, "--out", outDir, "--no-pdf");
        Assert.True(code == 0, err);
        Assert.Equal(string.Empty, err); // no progress output when not on a terminal
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "notes.md")));
        Assert.StartsWith("辽宁省", File.ReadAllText(Path.Combine(outDir, "report.txt")).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_where_a_file_must_go_fails_before_anything_is_moved()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(Path.Combine(outDir, "report.txt"));
        File.WriteAllText(Path.Combine(outDir, "data.json"), "old");
        var (code, _, err) = Run("build", Repo.Sample, "--out", outDir, "--no-pdf");
        Assert.Equal(2, code);
        Assert.Contains("是已存在的文件夹", err, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(Path.Combine(outDir, "data.json")));
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_without_a_stack_trace()
    {
        var stderr = new StringWriter();
        var code = Commands.Guard(() => throw new InvalidOperationException("坏了\n第二行"), stderr);
        Assert.Equal(2, code);
        var lines = stderr.ToString().TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("错误：", lines[0], StringComparison.Ordinal);
        Assert.Contains("坏了 第二行", lines[0], StringComparison.Ordinal);
        Assert.Contains("JUESUAN_DEBUG=1", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_suggests_commands_options_and_profiles()
    {
        // As a shell asks (scripts/juesuan-completion.bash): the cursor position and the whole line.
        Assert.Contains("build", Run("[suggest:12]", "./juesuan bu").Out, StringComparison.Ordinal);
        Assert.Contains("--profile", Run("[suggest:21]", "./juesuan build --pro").Out, StringComparison.Ordinal);
        Assert.Contains("shanghai-2024", Run("[suggest:30]", "./juesuan build x --profile sh").Out, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + File.GetLastWriteTimeUtc(f).Ticks,
            StringComparer.Ordinal);
}
