using Juesuan.Core.Performance;
using Juesuan.Readers.Package;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Reporting.Tests;

/// <summary>
/// The 18 self-evaluations of the reference's 第五部分, entered as facts, give the totals the reference
/// states (typed by hand from it), and the narrative's performance paragraph follows from them.
/// </summary>
public sealed class ReferencePerformanceTests
{
    private static readonly Lazy<Core.Model.FinalAccounts> Accounts = new(() =>
    {
        var r = PackageReader.Read(Repo.Sample);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        return r.Accounts!;
    });

    public static TheoryData<string, double> StatedTotals => new()
    {
        { "兑现《“才聚凌源计划”政策措施(试行)》奖励金", 100 },
        { "机关养老保险统筹外代发", 100 },
        { "就业补助资金上级专项", 89 },
        { "就业补助资金", 98.72 },
        { "就业大厦电费", 100 },
        { "就业见习补贴", 59 },
        { "劳动大厦运转经费", 100 },
        { "工伤5-6级人员伤残津贴", 99.03 },
        { "企业职工养老保险统筹外代发", 99.42 },
        { "社保中心国有企业退休人员社会化管理", 100 },
        { "国有企业职教幼教退休人员生活补助", 100 },
    };

    [Theory]
    [MemberData(nameof(StatedTotals))]
    public void Each_project_total_is_the_stated_one(string project, double stated)
    {
        var e = Accounts.Value.Evaluations.Single(x => x.Name == project);
        Assert.Equal((decimal)stated, Math.Round(Scoring.Score(e).Total, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void The_two_office_expense_projects_give_95_and_98_51()
    {
        var office = Accounts.Value.Evaluations.Where(e => e.Name == "办公经费").Select(e => Scoring.Score(e).Total).ToList();
        Assert.Equal([95m, 98.51m], office);
    }

    [Fact]
    public void There_are_13_projects_and_5_units_each_unit_scoring_100()
    {
        var evaluations = Accounts.Value.Evaluations;
        Assert.Equal(13, evaluations.Count(e => e.Kind == EvaluationKind.Project));
        var units = evaluations.Where(e => e.Kind == EvaluationKind.Unit).ToList();
        Assert.Equal(["190001", "190002", "190005", "190006", "190007"], units.Select(u => u.UnitCode));
        Assert.All(units, u => Assert.Equal(100m, Scoring.Score(u).Total));
        Assert.Equal(285, evaluations.Sum(e => e.Indicators.Count));
    }

    [Fact]
    public void The_summary_is_the_reference_s_except_where_it_contradicts_its_annex()
    {
        var s = PerformanceSummary.Of(Accounts.Value.Evaluations);
        Assert.Equal(13, s.Projects);
        Assert.Equal(12, s.ProjectsByFund[Core.Model.FundSource.GeneralBudget]);
        Assert.Equal(1, s.ProjectsByFund[Core.Model.FundSource.StateCapital]);
        Assert.Equal(95.28m, s.AverageProjectScore);
        Assert.Equal(5, s.Units);
        Assert.Equal(14377200m, s.UnitFunds.Value);
        Assert.Equal(100m, s.AverageUnitScore);
        // The narrative's 6478.42 uses its own 17.1 and 9.1; the annex's executions add up to 6478.36 (KNOWN-DISCREPANCIES D9).
        Assert.Equal(64783600m, s.ProjectFunds.Value);
        Assert.Equal(200000m, s.FundsByFund[Core.Model.FundSource.StateCapital].Value);
    }

    [Fact]
    public void The_report_has_the_performance_section_and_18_annex_tables()
    {
        var r = PackageReader.Read(Repo.Sample);
        var doc = ReportComposer.Compose(
            new ReportInputs(r.Accounts!, r.Catalogs!, NineTables.Build(r.Accounts!, r.Catalogs!)), ReportProfile.Load("liaoning-2024"));
        var grids = doc.Blocks.OfType<GridBlock>().ToList();
        Assert.Equal(18, grids.Count);
        Assert.Equal(5, grids.Count(g => g.Title == "部门（单位）整体绩效自评表"));
        var text = string.Join("\n", doc.Blocks.OfType<Paragraph>().Where(p => p.Item == "绩效").Select(p => p.Text));
        Assert.Contains("共涉及预算支出项目13个（其中：一般公共预算项目12个，政府性基金预算项目0个，国有资本经营预算项目1个）", text, StringComparison.Ordinal);
        Assert.Contains("自评覆盖率达到100%，自评平均分为95.28分", text, StringComparison.Ordinal);
        Assert.Contains("组织对5个单位开展整体绩效自评，涉及资金1437.72万元，自评平均分为100分", text, StringComparison.Ordinal);
        var project = doc.Blocks.OfType<Paragraph>().Single(p => p.Item == "绩效项目:就业补助资金").Text;
        Assert.Contains("项目自评得分98.72分。项目全年预算数为3018.00万元，全年执行数为2632.01万元，完成预算的87.21%", project, StringComparison.Ordinal);
        var last = grids[^1];
        Assert.Equal("预算项目（政策）绩效自评表", last.Title);
        Assert.Contains(last.Rows[^1].Cells, c => c.Text == "100");
    }
}
