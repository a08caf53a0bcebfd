using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests.Published;

/// <summary>The reference read from its text: figures typed by hand from lingyuan-hrss-2024.txt.</summary>
public sealed class ReferenceReaderTests
{
    private static readonly Lazy<PublishedReport> Report = new(() =>
        PublishedReportReader.Read(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt")));

    private static decimal Figure(string item, Measure kind) =>
        Report.Value.Claims.First(f => f.Subject == item && f.Measure == kind).Number.Value;

    [Fact]
    public void Department_year_and_units()
    {
        Assert.Equal("辽宁省朝阳市凌源市人力资源和社会保障局", Report.Value.DepartmentName);
        Assert.Equal(2024, Report.Value.Year!.Value.Value);
        Assert.Equal(5, Report.Value.Units.Count);
        Assert.Equal("辽宁省朝阳市凌源市社会保险事务服务中心", Report.Value.Units[^1]);
    }

    [Fact]
    public void All_nine_tables_are_found_with_their_rows()
    {
        var kinds = Report.Value.Tables.Select(t => t.Kind).ToList();
        Assert.Equal(9, kinds.Distinct().Count());
        var gk01 = Report.Value.Table(PublicTable.IncomeExpenditureSummary)!;
        Assert.Equal("公开01表", gk01.Number);
        Assert.Equal(7973m, gk01.Rows.Single(r => r.LineNumber == 27).Cells[0]!.Value);
        Assert.Equal(62, gk01.Rows.Max(r => r.LineNumber));
        var gk03 = Report.Value.Table(PublicTable.Expenditure)!;
        Assert.Equal([3151m, 60m, 3092m], gk03.Rows.Single(r => r.Code == "2080199").Cells.Take(3).Select(c => c!.Value));
        var gk06 = Report.Value.Table(PublicTable.GeneralBudgetBasic)!;
        Assert.Equal(9m, gk06.Rows.Single(r => r.Code == "30231").Cells[0]!.Value);
        Assert.Equal(1277m, gk06.Rows.Single(r => r.Label == "人员经费合计").Cells[0]!.Value);
        Assert.Equal(146m, gk06.Rows.Single(r => r.Label == "公用经费合计").Cells[0]!.Value);
        Assert.True(Report.Value.Table(PublicTable.GovernmentFund)!.PrintedEmpty);
        Assert.Equal([12m, 9m], Report.Value.Table(PublicTable.ThreePublic)!.Rows[0].Cells.Select(c => c!.Value));
    }

    [Fact]
    public void Narrative_figures_are_tied_to_their_items()
    {
        Assert.Equal(7972.87m, Figure("收入总计", Measure.Amount));
        Assert.Equal(17.85m, Figure("基本支出", Measure.Share));
        Assert.Equal(-693.38m, Figure("收入总计", Measure.ChangeAmount));
        Assert.Equal(-8.00m, Figure("收入总计", Measure.ChangeRate));
        Assert.Equal(266.77m, Figure("财政拨款支出", Measure.Completion));
        Assert.Equal(3151.10m, Figure("项:2080199", Measure.Amount));
        Assert.Equal(453.74m, Figure("项:2080199", Measure.Completion));
        Assert.Equal(29.77m, Figure("项:国资:2230105", Measure.Amount)); // under （四）国有资本经营预算…: the fund's item
        Assert.Equal(466.30m, Figure("类:201", Measure.Amount));
        Assert.Equal(9.47m, Figure("三公经费", Measure.Amount));
        Assert.Equal(78.92m, Figure("三公经费", Measure.Completion));
        Assert.Equal(-36.10m, Figure("三公:公务用车购置及运行费", Measure.ChangeRate));
        Assert.Equal(42.08m, Figure("机关运行经费", Measure.Amount));
        Assert.Equal(88.61m, Figure("机关运行经费", Measure.ChangeRate));
        Assert.Equal(5m, Figure("车辆", Measure.Count));
        Assert.Equal(2m, Figure("车辆:执法执勤用车", Measure.Count));
        Assert.Equal(95.28m, Figure("绩效:平均分", Measure.Score));
        Assert.Equal(6478.42m, Figure("绩效:涉及资金", Measure.Amount));
        Assert.Equal(1276.83m, Figure("人员经费", Measure.Amount));
        Assert.Equal(2.00m, 2m);
    }

    [Fact]
    public void All_18_evaluation_tables_are_read_with_their_scores()
    {
        var evaluations = Report.Value.Evaluations;
        Assert.Equal(18, evaluations.Count);
        Assert.Equal(5, evaluations.Count(e => e.IsUnit));
        var upper = evaluations.Single(e => e.Name == "就业补助资金上级专项");
        Assert.Equal(90m, upper.Subtotal!.Value);
        Assert.Equal(7.44m, upper.ExecutionScore!.Value);
        Assert.Equal(8.4447m, upper.Deduction!.Value);
        Assert.Equal(89m, upper.Total!.Value);
        Assert.Equal(900.17m, upper.Budget!.Value);
        Assert.Equal(13, upper.Indicators.Count);
        Assert.Equal(90m, upper.Indicators.Sum(i => i.Weight!.Value));
        Assert.All(evaluations.Where(e => e.IsUnit), u => Assert.Equal(100m, u.Total!.Value));
        Assert.All(evaluations.Where(e => e.IsUnit), u => Assert.Equal(3, u.Tasks.Count));
    }
}
