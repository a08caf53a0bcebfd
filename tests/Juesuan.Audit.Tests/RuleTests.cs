using Juesuan.Audit.Rules;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Tests;

/// <summary>Rules on tiny hand-made reports: one firing and one clean case each.</summary>
public sealed class RuleTests
{
    private static readonly PrintedPlace At = new(1, 1) { Table = "测试表" };

    private static PrintedNumber? P(string s) => PrintedNumber.TryParse(s, At);

    private static PublishedRow Row(string code, string label, params string[] cells) =>
        new(label, code.Length == 0 ? null : code, null, cells.Select(c => c.Length == 0 ? null : P(c)).ToList(), At);

    private static PublishedReport With(params PublishedTable[] tables) => new() { Document = "测试", Tables = tables };

    private static PublishedReport With(params Claim[] figures) => new() { Document = "测试", Claims = figures };

    private static Claim F(string item, Measure kind, string value) => new(item, kind, P(value)!);

    [Fact]
    public void Tolerance_is_half_a_unit_per_part()
    {
        Assert.Equal(2.5m, Tolerance.OfSum(5, 1m));
        Assert.Null(Tolerance.Sum("X", "p", "合计", P("10"), [P("4"), P("6")], "各项"));
        Assert.Equal(Severity.Note, Tolerance.Sum("X", "p", "合计", P("11"), [P("4"), P("6")], "各项")!.Severity);
        var error = Tolerance.Sum("X", "p", "合计", P("12"), [P("4"), P("6")], "各项")!;
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("合计 12 ≠ 各项 10（差 2，容差 0.5×2）", error.Message);
    }

    private static string SummaryTable(string income, string spending) => string.Join('\n',
        "收入支出决算总表", "公开01表", "金额单位：万元", "收入\t\t\t支出\t\t", "项目\t行\t金额\t项目\t行\t金额", "栏次\t\t1\t栏次\t\t2",
        $"一、一般公共预算财政拨款收入\t1\t{income}\t一、一般公共服务支出\t32\t{spending}",
        $"本年收入合计\t27\t{income}\t本年支出合计\t58\t{spending}",
        "使用非财政拨款结余\t28\t\t结余分配\t59\t", "年初结转和结余\t29\t\t年末结转和结余\t60\t",
        $"总计\t31\t{income}\t总计\t62\t{spending}", "注：本表反映部门本年度的总收支和年末结转结余情况。") + "\n";

    [Fact]
    public void A_blank_printed_income_total_is_zero_against_the_expenditure_total_not_a_table_passed_over()
    {
        var report = Juesuan.Readers.Published.TextReportReader.Read(SummaryTable("", "7,973"), "no-income.txt");
        var f = Assert.Single(new SummaryTableBalance().Check(report));
        Assert.Equal("error\tT01-BALANCE\t公开01表 收入支出决算总表 总计\t收入总计 0 ≠ 支出总计 7,973（差 -7,973，容差 0.5×1）", f.ToString());
    }

    [Fact]
    public void A_summary_table_printed_blank_on_both_sides_balances()
    {
        var report = Juesuan.Readers.Published.TextReportReader.Read(SummaryTable("", ""), "blank.txt");
        Assert.Empty(new SummaryTableBalance().Check(report));
    }

    [Fact]
    public void Levels_fire_on_a_kuan_that_does_not_add_up()
    {
        var table = new PublishedTable(PublicTable.GeneralBudgetExpenditure, "一般公共预算财政拨款支出决算表", "公开05表",
            [Row("", "合计", "100", "60", "40"), Row("201", "一般公共服务支出", "100", "60", "40"), Row("20132", "组织事务", "100", "60", "40"),
             Row("2013201", "行政运行", "60", "60", "0"), Row("2013202", "一般行政管理事务", "30", "0", "30")])
        { Columns = ["小计", "基本支出", "项目支出"] };
        var findings = new CodeLevelSums().Check(With(table)).ToList();
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Message.StartsWith("20132 组织事务 100 ≠ 各项之和 90", StringComparison.Ordinal));
        Assert.Empty(new TotalOfClasses().Check(With(table)));
    }

    [Fact]
    public void Shares_must_follow_from_amounts()
    {
        var ok = With(F("支出总计", Measure.Amount, "100.00"), F("基本支出", Measure.Amount, "17.85"), F("基本支出", Measure.Share, "17.85") with { Whole = "支出总计" },
            F("项目支出", Measure.Amount, "82.15"), F("项目支出", Measure.Share, "82.15") with { Whole = "支出总计" });
        Assert.Empty(new NarrativeShares().Check(ok));
        var bad = With(F("支出总计", Measure.Amount, "100.00"), F("基本支出", Measure.Amount, "17.85"), F("基本支出", Measure.Share, "18.85") with { Whole = "支出总计" });
        Assert.Contains(new NarrativeShares().Check(bad), f => f.Severity == Severity.Error && f.Message.Contains("18.85%", StringComparison.Ordinal));
        var zero = With(F("三公经费", Measure.Amount, "0.00"), F("三公:公务接待费", Measure.Amount, "0.00"), F("三公:公务接待费", Measure.Share, "0.00") with { Whole = "三公经费" });
        Assert.Contains(new NarrativeShares().Check(zero), f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_change_and_its_rate_must_agree()
    {
        var ok = With(F("收入总计", Measure.Amount, "7972.87"), F("收入总计", Measure.ChangeAmount, "-693.38"), F("收入总计", Measure.ChangeRate, "-8.00"));
        Assert.Empty(new NarrativeYearOnYear().Check(ok));
        var bad = With(F("收入总计", Measure.Amount, "7972.87"), F("收入总计", Measure.ChangeAmount, "-693.38"), F("收入总计", Measure.ChangeRate, "-9.00"));
        var f = Assert.Single(new NarrativeYearOnYear().Check(bad));
        Assert.Contains("上年应为 8,666.25 万元，增减率应为 -8.00%", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_cannot_exceed_their_weight_and_totals_must_add_up()
    {
        var indicator = new PublishedIndicator("产出指标", "数量指标", "领取补助人数", ">=", "1000", "人", "1000", P("8.3"), P("9.3"), At);
        var evaluation = new PublishedEvaluation(false, "测试项目", At)
        {
            Indicators = [indicator],
            Subtotal = P("9.3"),
            ExecutionScore = P("10"),
            Deduction = P("0"),
            Total = P("100"),
        };
        var findings = new EvaluationScores().Check(new PublishedReport { Document = "测试", Evaluations = [evaluation] }).ToList();
        Assert.Contains(findings, f => f.Message == "得分 9.3 超过分值 8.3");
        Assert.Contains(findings, f => f.Message.StartsWith("总得分 100 ≠ 小计 + 预算执行率得分 − 减分项 = 19.3", StringComparison.Ordinal));
    }

    [Fact]
    public void The_narrative_average_score_is_the_printed_scores_average_rounded_half_up()
    {
        // 90.00 and 90.01 average 90.005: half up 90.01 (as the narrative writes it), banker's 90.00.
        PublishedEvaluation E(string name, string total) => new(false, name, At) { Total = P(total) };
        PublishedReport Stating(string average) => new()
        {
            Document = "测试",
            Evaluations = [E("甲项目", "90.00"), E("乙项目", "90.01")],
            Claims = [F("绩效:平均分", Measure.Score, average)],
        };
        Assert.DoesNotContain(new PerformanceNarrative().Check(Stating("90.01")), f => f.Message.StartsWith("自评平均分", StringComparison.Ordinal));
        var f = Assert.Single(new PerformanceNarrative().Check(Stating("90.00")), f => f.Message.StartsWith("自评平均分", StringComparison.Ordinal));
        Assert.Equal(90.01m, f.Computed);
    }

    [Fact]
    public void A_crashing_rule_becomes_an_internal_finding_and_the_others_run()
    {
        var findings = Auditor.Run(new PublishedReport { Document = "测试" }, [new Crashing(), new NineTablesPresent()]);
        Assert.Contains(findings, f => f.RuleId == "INTERNAL" && f.Message.Contains("X-CRASH", StringComparison.Ordinal));
        // An empty document is no whole report: the nine missing tables are said once, as a note.
        Assert.Equal(Severity.Note, Assert.Single(findings, f => f.RuleId == "C-TABLES").Severity);
    }

    private sealed class Crashing : IAuditRule
    {
        public string Id => "X-CRASH";

        public RuleTier Tier => RuleTier.Optional;

        public string Title => "test";

        public string Why => "test";

        public IEnumerable<AuditFinding> Check(PublishedReport report) => throw new InvalidOperationException("boom");
    }
}
