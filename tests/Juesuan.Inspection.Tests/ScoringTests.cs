using Juesuan.Audit;
using Juesuan.Inspection.Scoring;

namespace Juesuan.Inspection.Tests;

public sealed class ScoringTests
{
    [Fact]
    public void Each_finding_lowers_the_dimension_of_its_rule_and_the_total_is_the_weighted_mean()
    {
        // T-TOTAL (accuracy): 2 errors = 10; R-PLACEHOLDER (conformity): 1 warning = 2; notes cost nothing.
        var dims = ComplianceScorer.Dimensions(
            [("T-TOTAL", Severity.Error, "a"), ("T-TOTAL", Severity.Error, "b"), ("R-PLACEHOLDER", Severity.Warning, "c"), ("T-TOTAL", Severity.Note, "尾差")],
            ScoreWeights.Default);
        Assert.Equal(90m, dims.Single(d => d.Dimension == ComplianceDimension.Accuracy).Score);
        Assert.Equal(98m, dims.Single(d => d.Dimension == ComplianceDimension.Conformity).Score);
        Assert.Equal(100m, dims.Single(d => d.Dimension == ComplianceDimension.Completeness).Score);
        Assert.Contains("T-TOTAL 错误 2 个、警告 0 个，扣 10 分", Assert.Single(dims.Single(d => d.Dimension == ComplianceDimension.Accuracy).Reasons), StringComparison.Ordinal);
        // (30×100 + 20×100 + 30×90 + 20×98) / 100 = 96.6; 及时性 weighs 0 (not assessed).
        Assert.Equal(96.6m, ComplianceScorer.Total(dims));
    }

    [Fact]
    public void One_rule_lowers_a_dimension_by_at_most_its_cap()
    {
        var dims = ComplianceScorer.Dimensions([.. Enumerable.Range(0, 30).Select(i => ("N-AMOUNT", Severity.Error, $"m{i}"))], ScoreWeights.Default);
        Assert.Equal(80m, dims.Single(d => d.Dimension == ComplianceDimension.Accuracy).Score);
    }

    [Fact]
    public void Equal_totals_share_a_place()
    {
        ComplianceScore S(string subject, decimal total) => new(subject, subject, total, []);
        var ranked = ComplianceScorer.Ranked([S("a", 90m), S("b", 95m), S("c", 90m), S("d", 80m)]);
        Assert.Equal([("b", 1), ("a", 2), ("c", 2), ("d", 4)], ranked.Select(r => (r.Subject, r.Rank)));
    }

    [Fact]
    public void An_unpublished_department_scores_zero_and_says_why()
    {
        var register = new[] { new RegisterEntry("1", "甲局", [], OrganizationLevel.Department, null), new RegisterEntry("2", "乙局", [], OrganizationLevel.Department, null) };
        var files = new[] { new InspectedFile("甲.txt", new string('a', 64), 1, DocumentKind.DepartmentFinalAccounts, "甲局", 2024, [], [], new ReportCounts(9, 0, 0, 0), [], null) };
        var matches = Registers.RegisterMatcher.Match(files, register);
        var findings = Registers.RegisterMatcher.Findings(files, register, matches);
        var scores = ComplianceScorer.Score(files, register, matches, findings, ScoreWeights.Default);
        var b = scores.Single(s => s.Level == ScoreLevel.Department && s.Subject == "2");
        Assert.Equal((0m, 2), (b.Total, b.Rank));
        Assert.Contains("未公开", b.Dimensions[0].Reasons[0], StringComparison.Ordinal);
        Assert.Equal((100m, 1), (scores.Single(s => s.Level == ScoreLevel.Department && s.Subject == "1").Total, scores.Single(s => s.Subject == "1").Rank));
    }

    [Fact]
    public void Several_years_of_a_department_make_its_trend()
    {
        InspectedFile F(string path, int year, params AuditFinding[] findings) =>
            new(path, path.PadRight(64, '0'), 1, DocumentKind.DepartmentFinalAccounts, "甲局", year, [], findings, new ReportCounts(9, 0, 0, 0), [], null);
        var files = new[] { F("2023.txt", 2023, new AuditFinding("C-TABLES", Severity.Error, "p", "m")), F("2024.txt", 2024) };
        var matches = Registers.RegisterMatcher.Match(files, []);
        var scores = ComplianceScorer.Score(files, [], matches, [], ScoreWeights.Default);
        var department = Assert.Single(scores, s => s.Level == ScoreLevel.Department);
        Assert.Equal(2024, department.Year);
        Assert.Equal([new YearScore(2023, 98.5m), new YearScore(2024, 100m)], department.Trend);
    }

    [Theory]
    [InlineData("W-REPEAT", ComplianceDimension.Conformity)]
    [InlineData("W-COMPARE", ComplianceDimension.Conformity)]
    [InlineData("W-HEADING", ComplianceDimension.Conformity)]
    [InlineData("R-PUNCT", ComplianceDimension.Conformity)]
    [InlineData("N-HEADCOUNT", ComplianceDimension.Accuracy)]
    [InlineData("N-VEHICLE", ComplianceDimension.Accuracy)]
    public void Wording_rules_lower_conformity_and_figure_rules_accuracy(string rule, ComplianceDimension dimension) =>
        Assert.Equal(dimension, ComplianceScorer.DimensionOf(rule));
}

