using Juesuan.Audit;
using Juesuan.Inspection.Across;
using static Juesuan.Inspection.Tests.Batches;

namespace Juesuan.Inspection.Tests.Across;

public class DuplicateCheckTests
{
    private const string Total = "IncomeExpenditureSummary/总计/1";

    [Fact]
    public void The_same_bytes_twice_is_a_note_naming_both_copies()
    {
        var files = new[]
        {
            Department("a/局.pdf", "某区财政局", 2024, [Figure(Total, 500m)], sha: "AB12"),
            Department("b/局-副本.pdf", "某区财政局", 2024, [Figure(Total, 500m)], sha: "ab12"),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [], []));
        Assert.Equal(("I-DUPLICATE", Severity.Note), (finding.RuleId, finding.Severity));
        Assert.Equal(["a/局.pdf", "b/局-副本.pdf"], finding.Files);
    }

    [Fact]
    public void Two_files_whose_figures_differ_are_a_warning_naming_the_files_and_the_figures()
    {
        var files = new[]
        {
            Department("局.pdf", "某区财政局", 2024, [Figure(Total, 500m, place: "公开01表 总计"), Figure("Expenditure/208/1", 300m)]),
            Department("局（更正）.pdf", "某区财政局", 2024, [Figure(Total, 520m), Figure("Expenditure/208/1", 300m)]),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [], []));
        Assert.Equal(("I-DUPLICATE", Severity.Warning, "公开01表 总计"), (finding.RuleId, finding.Severity, finding.Place));
        Assert.Equal((500m, 520m), (finding.Printed, finding.Computed));
        Assert.Contains("局.pdf 与 局（更正）.pdf 有 1 个数字不同 — 公开01表 总计：500 与 520", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_report_printed_at_two_precisions_is_no_finding()
    {
        // An XLSX with 2 decimals and a PDF with integers of one report: 499.62 and 500 are one amount.
        var files = new[]
        {
            Department("局.xlsx", "某区财政局", 2024, [Figure(Total, 499.62m, 0.01m)]),
            Department("局.pdf", "某区财政局", 2024, [Figure(Total, 500m)]),
        };

        Assert.Empty(CrossReportChecks.Run(files, [], []));
    }

    [Fact]
    public void Files_of_other_years_kinds_or_unreadable_are_not_compared()
    {
        var files = new[]
        {
            Department("2024.pdf", "某区财政局", 2024, [Figure(Total, 500m)]),
            Department("2023.pdf", "某区财政局", 2023, [Figure(Total, 400m)]),
            File("预算.pdf", DocumentKind.DepartmentBudget, "某区财政局", 2024, [Figure(Total, 600m)]),
            File("坏.pdf", DocumentKind.DepartmentFinalAccounts, "某区财政局", 2024, [Figure(Total, 1m)], unreadable: "无法读取"),
        };

        Assert.Empty(CrossReportChecks.Run(files, [], []));
    }
}
