using Juesuan.Core.Model;
using Juesuan.Core.Performance;

namespace Juesuan.Core.Tests.Performance;

public sealed class ScoringTests
{
    private static Indicator I(string op, string target, string actual, decimal weight = 10m, decimal score = 10m) =>
        new(1, "产出指标", "数量指标", "测试指标", op, target, "%", actual, "100%", weight, score);

    private static Evaluation Project(decimal budgetWan, decimal executedWan, decimal deduction, params decimal[] scores) =>
        new("P1", EvaluationKind.Project, "001", "测试项目", FundSource.GeneralBudget, Yuan.FromWan(budgetWan), Yuan.FromWan(executedWan), deduction)
        {
            Indicators = scores.Select((s, i) => new Indicator(i + 1, "产出指标", "数量指标", "指标" + i, ">=", "100", "%", "100", "100%", s, s)).ToList(),
        };

    [Theory]
    [InlineData(">=", "100", "120", 10)]     // met
    [InlineData(">=", "100", "80", 8)]       // 80% of the target
    [InlineData("<=", "5", "5", 10)]
    [InlineData("<=", "5", "10", 5)]         // twice the ceiling: half the weight
    [InlineData("=", "100", "100", 10)]
    [InlineData("=", "100", "90", 9)]
    [InlineData("=", "0", "0", 10)]
    [InlineData(">=", "0", "0", 10)]
    public void Quantitative_indicators_earn_their_weight_or_a_proportion(string op, string target, string actual, double expected) =>
        Assert.Equal((decimal)expected, Scoring.RuleScore(I(op, target, actual)));

    [Fact]
    public void A_qualitative_indicator_graded_as_achieved_earns_its_weight()
    {
        var q = I(string.Empty, "正常运转", "全部或基本达成预期指标100%-80%（含）", weight: 6.6m);
        Assert.True(q.IsQualitative);
        Assert.Equal(6.6m, Scoring.RuleScore(q));
        Assert.Null(Scoring.RuleScore(I(string.Empty, "正常运转", "部分达成")));
        Assert.Null(Scoring.RuleScore(I(">=", "一百", "100")));
    }

    [Fact]
    public void Execution_score_is_the_rate_times_ten_from_the_exact_ratio_capped_at_ten()
    {
        // 就业补助资金上级专项: 670.15 / 900.17 = 74.447% → 7.4447 → 7.44 (the rate prints 74.45%).
        Assert.Equal(74.45m, Scoring.ExecutionRate(Yuan.FromWan(900.17m), Yuan.FromWan(670.15m)));
        Assert.Equal(7.44m, Scoring.ExecutionScore(Yuan.FromWan(900.17m), Yuan.FromWan(670.15m)));
        Assert.Equal(8.72m, Scoring.ExecutionScore(Yuan.FromWan(3018m), Yuan.FromWan(2632.01m)));
        Assert.Equal(10m, Scoring.ExecutionScore(Yuan.FromWan(200m), Yuan.FromWan(743.57m)));   // over budget: capped
        Assert.Equal(10m, Scoring.ExecutionScore(Yuan.FromWan(2308.29m), Yuan.FromWan(2308.27m)));
        Assert.Equal(10m, Scoring.ExecutionScore(Yuan.Zero, Yuan.Zero));
        Assert.Equal(0m, Scoring.ExecutionScore(Yuan.Zero, Yuan.FromWan(1m)));
        Assert.Null(Scoring.ExecutionRate(Yuan.Zero, Yuan.FromWan(1m)));
    }

    [Fact]
    public void Total_is_subtotal_plus_execution_score_minus_deduction()
    {
        var s = Scoring.Score(Project(75.18m, 31.96m, 35.251m, 30m, 30m, 30m));
        Assert.Equal(90m, s.Subtotal);
        Assert.Equal(4.25m, s.ExecutionScore);
        Assert.Equal(35.251m, s.Deduction);
        Assert.Equal(58.999m, s.Total);
    }

    [Fact]
    public void A_unit_total_adds_task_and_indicator_scores()
    {
        var unit = new Evaluation("U1", EvaluationKind.Unit, "001", "单位", FundSource.GeneralBudget, Yuan.FromWan(276.42m), Yuan.Zero, 0m)
        {
            Tasks = [new EvaluationTask(1, "基本支出", Yuan.FromWan(13.17m), Yuan.FromWan(13.16m), 13.3m, 13.3m), new EvaluationTask(2, "人员经费", Yuan.Zero, Yuan.Zero, 26.7m, 26.7m)],
            Indicators = [I(">=", "100", "100", 60m, 60m)],
        };
        var s = Scoring.Score(unit);
        Assert.Equal(100m, s.Total);
        Assert.Null(s.ExecutionRate);
    }

    [Fact]
    public void The_summary_counts_projects_by_fund_and_averages_the_totals()
    {
        var a = Project(10m, 10m, 0m, 90m);
        var b = Project(20m, 10m, 0m, 90m) with { Id = "P2", Fund = FundSource.StateCapital };
        var s = PerformanceSummary.Of([a, b]);
        Assert.Equal(2, s.Projects);
        Assert.Equal(1, s.ProjectsByFund[FundSource.StateCapital]);
        Assert.Equal(200000m, s.ProjectFunds.Value);
        Assert.Equal(97.5m, s.AverageProjectScore);
        Assert.Equal(0, s.Units);
    }

    [Fact]
    public void The_average_score_is_of_the_scores_as_printed_rounded_half_up()
    {
        // By hand: 90.00 and 90.01 average 90.005, which rounds half up to 90.01 (banker's rounding: 90.00).
        Assert.Equal(90.01m, PerformanceSummary.AverageScore([90.00m, 90.01m]));
        Assert.Equal(0m, PerformanceSummary.AverageScore([]));

        // Totals 80.004 (printed 80) and 80.005 (printed 80.01): the printed scores average 80.005 → 80.01, where the
        // exact totals' average 80.0045 would give 80.00.
        var a = Project(10m, 10m, 0m, 70.004m);
        var b = Project(10m, 10m, 0m, 70.005m) with { Id = "P2" };
        Assert.Equal(80.004m, Scoring.Score(a).Total);
        Assert.Equal(80.01m, PerformanceSummary.PrintedScore(Scoring.Score(b).Total));
        Assert.Equal(80.01m, PerformanceSummary.Of([a, b]).AverageProjectScore);
    }
}
