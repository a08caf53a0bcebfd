using Juesuan.Tests;

namespace Juesuan.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "juesuan-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_writes_tables_csv_xlsx_and_json_for_the_sample()
    {
        var (code, output, err) = Run("build", Repo.Sample, "--out", _out);
        Assert.True(code == 0, err);
        foreach (var n in Enumerable.Range(1, 9))
        {
            Assert.True(File.Exists(Path.Combine(_out, "tables", $"gk0{n}.csv")), $"gk0{n}.csv");
        }

        Assert.True(new FileInfo(Path.Combine(_out, "tables.xlsx")).Length > 0);
        foreach (var report in new[] { "report.docx", "report.pdf", "report.html", "report.txt" })
        {
            Assert.True(new FileInfo(Path.Combine(_out, report)).Length > 1000, report);
        }

        var json = File.ReadAllText(Path.Combine(_out, "data.json"));
        Assert.Contains("\"schema\": \"juesuan.data/1\"", json, StringComparison.Ordinal);
        Assert.Contains("辽宁省朝阳市凌源市人力资源和社会保障局", output, StringComparison.Ordinal);

        Assert.False(File.Exists(Path.Combine(_out, "report.pdf.tmp")));

        // The 总计 line of 公开01表 as printed.
        var gk01 = File.ReadAllLines(Path.Combine(_out, "tables", "gk01.csv"));
        Assert.Contains("总计,31,\"7,973\",总计,62,\"7,973\"", gk01);

        // The findings (data.json, written after report.pdf) name report.pdf's page and report.txt's line.
        Assert.Contains("位置为 report.pdf 的页码与 report.txt 的行号", output, StringComparison.Ordinal);
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(_out, "report.txt")), l => l.Contains("公益性岗位补贴（项）1193.01万元", StringComparison.Ordinal)) + 1;
        var finding = System.Text.Json.Nodes.JsonNode.Parse(json)!["findings"]!.AsArray()
            .Single(f => f!["rule"]!.GetValue<string>() == "N-NOBUDGET" && f["place"]!.GetValue<string>().Contains("2080705", StringComparison.Ordinal))!;
        Assert.Equal(line, finding["txt"]!["line"]!.GetValue<int>());
        var page = finding["pdf"]!["page"]!.GetValue<int>();
        Assert.Contains($"report.pdf 第{page}页（页脚第{page - 2}页），report.txt 第{line}行", finding["place"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_pdf_the_findings_name_the_line_of_report_txt_and_say_there_is_no_page()
    {
        var (code, output, err) = Run("build", Repo.Sample, "--out", _out, "--no-pdf");
        Assert.True(code == 0, err);
        Assert.Contains("位置为 report.txt 的行号（未生成 report.pdf，没有页码）", output, StringComparison.Ordinal);
        var json = File.ReadAllText(Path.Combine(_out, "data.json"));
        Assert.Contains("\"place\": \"情况说明 report.txt 第", json, StringComparison.Ordinal);
        Assert.DoesNotContain("report.pdf 第", json, StringComparison.Ordinal);

        // check on the package: the same lines, and why there is no page.
        var (_, checkOutput, _) = Run("check", Repo.Sample);
        Assert.Contains("check 不生成 report.pdf", checkOutput, StringComparison.Ordinal);
        Assert.Matches(@"N-NOBUDGET\t情况说明 report\.txt 第\d+行「2080705", checkOutput);
        Assert.DoesNotMatch(@"第\d+页 第\d+行", checkOutput);
    }

    [Fact]
    public void Bad_input_exits_2_lists_every_error_and_writes_nothing()
    {
        var bad = Path.Combine(Path.GetTempPath(), "juesuan-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(bad);
        try
        {
            foreach (var f in Directory.GetFiles(Repo.Sample, "*.csv"))
            {
                File.Copy(f, Path.Combine(bad, Path.GetFileName(f)));
            }

            var units = Path.Combine(bad, "units.csv");
            File.AppendAllText(units, "190001,重复单位,行政单位\n");
            var income = Path.Combine(bad, "income.csv");
            File.AppendAllText(income, "190001,一般公共预算财政拨款收入,2013201,12.345\n");

            var (code, _, err) = Run("build", bad, "--out", _out);
            Assert.Equal(2, code);
            Assert.Contains("units.csv 第", err, StringComparison.Ordinal);
            Assert.Contains("income.csv 第", err, StringComparison.Ordinal);
            Assert.Contains("超过两位小数", err, StringComparison.Ordinal);
            Assert.False(Directory.Exists(_out), "nothing is written on bad input");
        }
        finally
        {
            Directory.Delete(bad, recursive: true);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build")]
    [InlineData("build", "x")]
    [InlineData("build", "x", "--out")]
    [InlineData("build", "x", "--out", "y", "--colour", "red")]
    [InlineData("template")]
    public void Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("juesuan help", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_the_report_in_the_chosen_profile()
    {
        var (code, _, err) = Run("build", Repo.Sample, "--out", _out, "--profile", "shanghai-2024", "--no-pdf");
        Assert.True(code == 0, err);
        var report = File.ReadAllText(Path.Combine(_out, "report.txt"));
        Assert.Contains("第三部分 辽宁省朝阳市凌源市人力资源和社会保障局2024年度部门决算情况说明", report, StringComparison.Ordinal);
        Assert.Contains("十、预算绩效管理情况", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_is_a_usage_error()
    {
        var (code, _, err) = Run("build", Repo.Sample, "--out", _out, "--profile", "beijing-2024");
        Assert.Equal(2, code);
        Assert.Contains("liaoning-2024", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void Convert_writes_an_equivalent_csv_package()
    {
        var (code, _, err) = Run("convert", Repo.Sample, "--out", _out);
        Assert.True(code == 0, err);
        var (again, _, err2) = Run("build", _out, "--out", Path.Combine(_out, "built"), "--no-pdf");
        Assert.True(again == 0, err2);
        Assert.Equal(
            File.ReadAllText(Path.Combine(_out, "built", "tables", "gk05.csv")),
            RunBuildOfSample("gk05.csv"));
    }

    private string RunBuildOfSample(string file)
    {
        var dir = Path.Combine(_out, "sample-built");
        Run("build", Repo.Sample, "--out", dir, "--no-pdf");
        return File.ReadAllText(Path.Combine(dir, "tables", file));
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (code, output, _) = Run("help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "build <数据包>", "convert <数据包>", "template", "check <数据包或报告>", "read <报告>", "serve", "help" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Template_writes_a_workbook()
    {
        var file = Path.Combine(_out, "模板.xlsx");
        var (code, _, err) = Run("template", "--out", file);
        Assert.True(code == 0, err);
        Assert.True(new FileInfo(file).Length > 1000);
    }
}
