using System.Text;
using Juesuan.Audit;
using Juesuan.Inspection.Registers;

namespace Juesuan.Inspection.Tests;

public sealed class RegisterTests
{
    private const string Valid =
        "代码,名称,别名,级别,上级代码\n" +
        "101,上海市普陀区财政局,普陀区财政局；区财政局,部门,\n" +
        "10101,上海市普陀区财政局会计服务中心,,单位,101\n" +
        "102,上海市普陀区生态环境局,,部门,\n" +
        "103,上海市普陀区档案局,,部门,\n";

    private static IReadOnlyList<RegisterEntry> Register => RegisterReader.ReadCsv(Encoding.UTF8.GetBytes(Valid), "名录.csv");

    [Fact]
    public void A_register_is_read_with_aliases_levels_and_parents()
    {
        var register = Register;
        Assert.Equal(4, register.Count);
        Assert.Equal(["普陀区财政局", "区财政局"], register[0].Aliases);
        Assert.Equal(OrganizationLevel.Unit, register[1].Level);
        Assert.Equal("101", register[1].ParentCode);
    }

    [Fact]
    public void A_register_in_GB18030_is_read()
    {
        var bytes = CodePages.Gb18030.GetBytes(Valid);
        Assert.Equal(4, RegisterReader.ReadCsv(bytes, "名录.csv").Count);
    }

    [Fact]
    public void Bad_rows_are_refused_all_together_each_with_its_row_and_column()
    {
        var text = "代码,名称,别名,级别,上级代码\n101,财政局,,部门,\n101,重复,,部门,\n,无代码,,部门,\n104,某中心,,单位,999\n105,某局,,处室,\n";
        var ex = Assert.Throws<RegisterException>(() => RegisterReader.ReadCsv(Encoding.UTF8.GetBytes(text), "名录.csv"));
        Assert.Contains(ex.Problems, p => p.Contains("第 3 行 第 1 列（代码）", StringComparison.Ordinal) && p.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("第 4 行 第 1 列（代码）：代码为空", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("第 5 行 第 5 列（上级代码）", StringComparison.Ordinal) && p.Contains("999", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("第 6 行 第 4 列（级别）", StringComparison.Ordinal) && p.Contains("处室", StringComparison.Ordinal));
        Assert.Equal(4, ex.Problems.Count);
    }

    [Fact]
    public void A_wrong_header_is_named_by_column()
    {
        var ex = Assert.Throws<RegisterException>(() => RegisterReader.ReadCsv(Encoding.UTF8.GetBytes("编码,名称,别名,级别,上级代码\n1,a,,部门,\n"), "r.csv"));
        Assert.Contains("第 1 行 第 1 列（A）：表头应为「代码」，实为「编码」", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    private static InspectedFile File(string path, string? department, DocumentKind kind = DocumentKind.DepartmentFinalAccounts, int year = 2024, params string[] units) =>
        new(path, new string('0', 63) + path.Length % 10, 10, kind, department, year, units, [], new ReportCounts(9, 0, 0, 0), [], null);

    [Fact]
    public void Files_match_by_the_name_they_print_then_by_file_name_with_a_confidence_and_a_reason()
    {
        var files = new[]
        {
            File("a.pdf", "上海市普陀区财政局"),
            File("b.pdf", "普陀区生态环境局"),
            File("上海市普陀区档案局2024.pdf", null),
            File("c.pdf", "上海市普陀区卫生健康委员会"),
        };
        var matches = RegisterMatcher.Match(files, Register);
        Assert.Equal(("101", 0.95m), (matches[0].Entry!.Code, matches[0].Confidence));
        Assert.Contains("一致", matches[0].Reason, StringComparison.Ordinal);
        Assert.Equal(("102", 0.85m), (matches[1].Entry!.Code, matches[1].Confidence));
        Assert.Equal(("103", 0.7m), (matches[2].Entry!.Code, matches[2].Confidence));
        Assert.Contains("文件名", matches[2].Reason, StringComparison.Ordinal);
        Assert.Null(matches[3].Entry);
    }

    [Fact]
    public void An_alias_matches_and_a_unit_report_goes_to_the_unit()
    {
        var files = new[] { File("x.pdf", "区财政局"), File("y.pdf", "上海市普陀区财政局会计服务中心", DocumentKind.UnitFinalAccounts) };
        var matches = RegisterMatcher.Match(files, Register);
        Assert.Equal("101", matches[0].Entry!.Code);
        Assert.Contains("别名", matches[0].Reason, StringComparison.Ordinal);
        Assert.Equal("10101", matches[1].Entry!.Code);
    }

    [Fact]
    public void Unmatched_files_and_entries_without_a_report_are_findings()
    {
        var files = new[] { File("a.pdf", "上海市普陀区财政局", units: ["上海市普陀区财政局会计服务中心"]), File("c.pdf", "上海市普陀区卫生健康委员会") };
        var matches = RegisterMatcher.Match(files, Register);
        var findings = RegisterMatcher.Findings(files, Register, matches);
        Assert.Contains(findings, f => f.RuleId == "I-UNMATCHED" && f.Files.SequenceEqual(["c.pdf"]));
        var unpublished = findings.Where(f => f.RuleId == "I-UNPUBLISHED").ToDictionary(f => f.EntryCode!);
        Assert.Equal(["10101", "102", "103"], unpublished.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Severity.Error, unpublished["102"].Severity);
        Assert.Contains("2024 年度", unpublished["102"].Message, StringComparison.Ordinal);
        // The unit is listed in its department's 决算单位构成: a warning, not an error.
        Assert.Equal(Severity.Warning, unpublished["10101"].Severity);
    }
}

internal static class CodePages
{
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }
}
