using Juesuan.Audit;
using Juesuan.Inspection.Across;
using static Juesuan.Inspection.Tests.Batches;

namespace Juesuan.Inspection.Tests.Across;

public class UnitsCheckTests
{
    private const string Social = "Expenditure/208/1";
    private const string Total = "IncomeExpenditureSummary/总计/1";

    private static InspectedFile Bureau(decimal social, decimal total, params string[] units) =>
        Department("局/部门决算.pdf", "某区财政局", 2024, [Figure(Social, social), Figure(Total, total)], units);

    [Fact]
    public void Units_that_add_up_within_rounding_give_no_finding()
    {
        // 300 against 100 + 201 = 301: one off, two parts at precision 1 allow 2 × 0.5 = 1.
        var files = new[]
        {
            Bureau(300m, 500m, "某区财政局（本级）", "某区会计中心"),
            Unit("局/本级.pdf", "某区财政局（本级）", 2024, [Figure(Social, 100m), Figure(Total, 250m)]),
            Unit("局/会计中心.pdf", "某区会计中心", 2024, [Figure(Social, 201m), Figure(Total, 250m)]),
        };

        Assert.Empty(CrossReportChecks.Run(files, [], []));
    }

    [Fact]
    public void A_department_figure_that_its_units_do_not_add_up_to_is_an_error_with_both_sums()
    {
        // 300 against 100 + 197 = 297: three off, beyond 1.
        var files = new[]
        {
            Bureau(300m, 500m, "某区财政局（本级）", "某区会计中心"),
            Unit("局/本级.pdf", "某区财政局（本级）", 2024, [Figure(Social, 100m), Figure(Total, 250m)]),
            Unit("局/会计中心.pdf", "某区会计中心", 2024, [Figure(Social, 197m), Figure(Total, 250m)]),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [], []));
        Assert.Equal(("I-UNITS", Severity.Error, Social), (finding.RuleId, finding.Severity, finding.Place));
        Assert.Equal((300m, 297m), (finding.Printed, finding.Computed));
        // The department first, then its units in the order its 决算单位构成 lists them.
        Assert.Equal(["局/部门决算.pdf", "局/本级.pdf", "局/会计中心.pdf"], finding.Files);
        Assert.Contains("300 ≠ 所属 2 个单位决算之和 297（差 3，容差 1）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_unit_without_a_report_is_named_and_the_sum_is_not_compared()
    {
        var files = new[]
        {
            Bureau(300m, 500m, "某区财政局（本级）", "某区会计中心"),
            Unit("局/本级.pdf", "某区财政局 (本级)", 2024, [Figure(Social, 100m)]),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [], []));
        Assert.Equal(("I-UNITS", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Contains("「某区会计中心」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_units_report_the_department_does_not_list_is_found_through_the_register()
    {
        var bureau = Entry("101", "某区财政局");
        var own = Entry("10101", "某区财政局（本级）", "101");
        var centre = Entry("10102", "某区会计中心", "101");
        var hidden = Entry("10103", "某区票据中心", "101");
        var files = new[]
        {
            Bureau(300m, 500m, "某区财政局（本级）", "某区会计中心"),
            Unit("局/本级.pdf", "某区财政局（本级）", 2024, [Figure(Social, 100m)]),
            Unit("局/会计中心.pdf", "某区会计中心", 2024, [Figure(Social, 200m)]),
            Unit("局/票据中心.pdf", "票据中心", 2024, [Figure(Social, 50m)]),
        };
        var matches = new[]
        {
            Match("局/部门决算.pdf", bureau), Match("局/本级.pdf", own), Match("局/会计中心.pdf", centre), Match("局/票据中心.pdf", hidden),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [bureau, own, centre, hidden], matches));
        Assert.Equal(("I-UNITS", Severity.Warning, "101"), (finding.RuleId, finding.Severity, finding.EntryCode));
        Assert.Equal(["局/部门决算.pdf", "局/票据中心.pdf"], finding.Files);
        Assert.Contains("某区票据中心", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_row_a_unit_does_not_print_counts_as_zero_but_a_label_row_is_not_compared()
    {
        // 208 is printed by one unit only: 300 against 296 + nothing is an error. 总计 is missing in one unit: not compared.
        var files = new[]
        {
            Bureau(300m, 500m, "甲", "乙"),
            Unit("甲.pdf", "甲", 2024, [Figure(Social, 296m), Figure(Total, 100m)]),
            Unit("乙.pdf", "乙", 2024, []),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [], []));
        Assert.Equal((Social, 300m, 296m), (finding.Place, finding.Printed, finding.Computed));
    }

    [Fact]
    public void Units_of_another_year_are_not_the_departments_units()
    {
        var files = new[]
        {
            Bureau(300m, 500m, "甲", "乙"),
            Unit("甲.pdf", "甲", 2023, [Figure(Social, 100m)]),
            Unit("乙.pdf", "乙", 2024, [Figure(Social, 100m)]),
        };

        var finding = Assert.Single(CrossReportChecks.Run(files, [], []));
        Assert.Contains("「甲」", finding.Message, StringComparison.Ordinal);
    }
}
