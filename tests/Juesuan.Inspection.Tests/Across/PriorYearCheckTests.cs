using Juesuan.Audit;
using Juesuan.Inspection.Across;
using static Juesuan.Inspection.Tests.Batches;

namespace Juesuan.Inspection.Tests.Across;

public class PriorYearCheckTests
{
    private static InspectedFile ThisYear(decimal priorTotal) =>
        Department("2025/局.pdf", "某区财政局", 2025, [Figure("上年/支出总计", priorTotal, 0.01m, "说明 第3页第4行")]);

    [Fact]
    public void Last_years_narrative_figure_agrees_exactly_and_gives_no_finding()
    {
        var last = Department("2024/局.pdf", "某区财政局", 2024, [Figure("说明/支出总计", 1234.56m, 0.01m)]);
        Assert.Empty(CrossReportChecks.Run([ThisYear(1234.56m), last], [], []));
    }

    [Fact]
    public void A_prior_figure_unlike_last_years_narrative_is_a_warning_with_both_figures()
    {
        var last = Department("2024/局.pdf", "某区财政局", 2024, [Figure("说明/支出总计", 1234.56m, 0.01m, "说明 第2页第7行")]);

        var finding = Assert.Single(CrossReportChecks.Run([ThisYear(1200.00m), last], [], []));
        Assert.Equal(("I-PRIOR", Severity.Warning, "说明 第3页第4行"), (finding.RuleId, finding.Severity, finding.Place));
        Assert.Equal((1200.00m, 1234.56m), (finding.Printed, finding.Computed));
        Assert.Equal(["2025/局.pdf", "2024/局.pdf"], finding.Files);
        Assert.Contains("上年支出总计 1,200 万元 ≠ 2024 年度报告（2024/局.pdf）说明 第2页第7行 1,234.56 万元（差 -34.56，容差 0）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_narrative_figure_the_table_total_is_compared_within_both_half_precisions()
    {
        // 1,234.56 (0.01) against the table's 1,235 (1): 0.44 apart, within 0.005 + 0.5.
        var within = Department("2024/局.pdf", "某区财政局", 2024, [Figure("IncomeExpenditureSummary/总计/1", 1235m)]);
        Assert.Empty(CrossReportChecks.Run([ThisYear(1234.56m), within], [], []));

        // against 1,236: 1.44 apart.
        var beyond = Department("2024/局.pdf", "某区财政局", 2024, [Figure("IncomeExpenditureSummary/总计/1", 1236m)]);
        var finding = Assert.Single(CrossReportChecks.Run([ThisYear(1234.56m), beyond], [], []));
        Assert.Equal((1234.56m, 1236m), (finding.Printed, finding.Computed));
        Assert.Contains("容差 0.505", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_项_stated_last_year_is_found_in_last_years_general_budget_table()
    {
        var now = Department("2025/局.pdf", "某区财政局", 2025, [Figure("上年/项:2080505", 128.08m, 0.01m)]);
        var last = Department("2024/局.pdf", "某区财政局", 2024, [Figure("GeneralBudgetExpenditure/2080505/1", 130m)]);

        var finding = Assert.Single(CrossReportChecks.Run([now, last], [], []));
        Assert.Equal((128.08m, 130m), (finding.Printed, finding.Computed));
    }

    [Fact]
    public void The_register_ties_a_renamed_department_to_last_years_report()
    {
        var entry = Entry("201", "某区生态环境局", null, "某区环保局");
        var now = Department("2025/生态.pdf", "某区生态环境局", 2025, [Figure("上年/收入总计", 90.00m, 0.01m)]);
        var last = Department("2024/环保.pdf", "某区环保局", 2024, [Figure("说明/收入总计", 95.00m, 0.01m)]);

        Assert.Empty(CrossReportChecks.Run([now, last], [], [])); // by name they are two departments
        var finding = Assert.Single(CrossReportChecks.Run([now, last], [entry], [Match("2025/生态.pdf", entry), Match("2024/环保.pdf", entry)]));
        Assert.Equal("201", finding.EntryCode);
    }
}
