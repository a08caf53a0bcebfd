namespace Juesuan.Cli.Tests;

/// <summary>juesuan region: options refused where parsed, and a small region written with its register and planted list.</summary>
public sealed class RegionCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--departments", "0", "选项 --departments 的取值「0」超出范围 1–100000")]
    [InlineData("--errors-per-report", "11", "选项 --errors-per-report 的取值「11」超出范围 0–10")]
    [InlineData("--pdf-fraction", "1.5", "选项 --pdf-fraction 的取值「1.5」无效，应为 0 至 1 之间的小数")]
    public void A_bad_option_is_refused_naming_it_and_nothing_is_written(string option, string value, string message)
    {
        var dir = Path.Combine(Path.GetTempPath(), "juesuan-region-cli-" + Guid.NewGuid().ToString("N"));
        var (code, _, err) = Run("region", "--out", dir, option, value);
        Assert.Equal(Commands.BadInput, code);
        Assert.Contains("错误：" + message, err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_small_region_has_its_register_planted_list_and_three_files_a_department()
    {
        var dir = Path.Combine(Path.GetTempPath(), "juesuan-region-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, err) = Run("region", "--out", dir, "--departments", "2", "--pdf-fraction", "0", "--seed", "4");
            Assert.True(code == Commands.Ok, err);
            Assert.Contains("名录 2 个部门，已公开 2 个，6 个文件", output, StringComparison.Ordinal);
            var register = File.ReadAllLines(Path.Combine(dir, "register.csv"));
            Assert.Equal("代码,名称,别名,级别,上级代码", register[0]);
            Assert.Equal(2, register.Count(l => l.Contains(",部门,", StringComparison.Ordinal)));
            Assert.All(register.Skip(1).Where(l => l.Contains(",单位,", StringComparison.Ordinal)), l => Assert.Matches(@",单位,\d{6}$", l));
            Assert.StartsWith("文件,类型,位置,行,表行,原文,改为,应由规则发现", File.ReadAllText(Path.Combine(dir, "planted.csv")), StringComparison.Ordinal);
            foreach (var folder in Directory.GetDirectories(dir))
            {
                Assert.Equal(["report.docx", "report.txt", "tables.xlsx"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
