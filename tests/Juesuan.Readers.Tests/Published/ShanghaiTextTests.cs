using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// Page texts without tabs (Shanghai's 2025 transcriptions): cells a space apart, blank cells dropped, names wrapped.
/// The figures below are the shapes of putuo-shiquanlu-street-2025.txt and putuo-ecology-environment-2025.txt.
/// </summary>
public sealed class ShanghaiTextTests
{
    private const string Report = """
        上海市普陀区某局 2025 年度部门决算
        收入支出决算总表
        单位：万元
        收入 支出
        项目 决算数 项目 决算数
        一、一般公共预算财政拨款收入 19,044.27 一、一般公共服务支出 18,946.04
        二十二、灾害防治及应急管理支
        98.23
        出
        本年收入合计 19,044.27 本年支出合计 19,044.27
        使用非财政拨款结余 结余分配
        年初结转和结余 年末结转和结余
        总计 19,044.27 总计 19,044.27
        注：本表反映部门本年度的总收支和年末结转结余情况。
        一般公共预算财政拨款支出决算表
        单位：万元
        科目编码 科目名称 合计 基本支出 项目支出
        合计 471.44 460.67 10.77
        208 社会保障和就业支出 471.44 460.67 10.77
        20805 行政事业单位养老支出 460.67 460.67 0.00
        2080505 机关事业单位基本养老保 229.67 229.67 0.00
        2080506
        险机缴关费事支业出单位职业年金缴
        116.59 116.59 0.00
        2080501 行政单位离退休 114.41 114.41
        20808 抚恤 10.77 0.00 10.77
        2080801 死亡抚恤 10.77 0.00 10.77
        注：本表反映部门本年度一般公共预算财政拨款实际支出情况。
        """;

    private static readonly PublishedReport Read = TextReportReader.Read(Report.Replace("\r\n", "\n", StringComparison.Ordinal), "sh.txt");

    [Fact]
    public void A_summary_table_without_line_numbers_is_read_by_side()
    {
        var t = Read.Table(PublicTable.IncomeExpenditureSummary);
        Assert.NotNull(t);
        var right = t!.Rows.Where(r => r.Side == 1).ToList();
        // the figure set between the two halves of a wrapped label belongs to it, on the expenditure side
        Assert.Contains(right, r => r.Label.StartsWith("二十二、灾害防治", StringComparison.Ordinal) && r.Cells[0]!.Value == 98.23m);
        Assert.Equal(19044.27m, t.Rows.Single(r => r.Side == 0 && r.Label == "本年收入合计").Cells[0]!.Value);
        Assert.Equal(19044.27m, t.Rows.Single(r => r.Side == 1 && r.Label == "总计").Cells[0]!.Value);
    }

    [Fact]
    public void A_wrapped_code_row_is_joined_and_a_short_row_knows_only_its_total()
    {
        var t = Read.Table(PublicTable.GeneralBudgetExpenditure);
        Assert.NotNull(t);
        var wrapped = t!.Rows.Single(r => r.Code == "2080506");
        Assert.Equal([116.59m, 116.59m, 0m], wrapped.Cells.Select(c => c!.Value));
        var shortRow = t.Rows.Single(r => r.Code == "2080501");
        Assert.True(shortRow.ColumnsUncertain);
        Assert.Equal(114.41m, shortRow.Cells[0]!.Value);
        Assert.All(shortRow.Cells.Skip(1), c => Assert.Null(c));
        Assert.False(t.Rows.Single(r => r.Code == "20808").ColumnsUncertain);
    }

    [Fact]
    public void A_name_wrapped_around_its_row_is_joined()
    {
        // putuo-shiquanlu-street-2025.txt lines 405–407 (the name's head above, a middle piece in the row, the tail
        // below) and 249–251 (head above, tail below, no name in the row).
        var r = TextReportReader.Read("""
            一般公共预算财政拨款支出决算表
            单位：万元
            科目编码 科目名称 合计 基本支出 项目支出
            2080502 事业单位离退休 220.79 220.79
            机关事业单位基
            2080505 本养老保险缴费 545.85 504.39 41.46
            支出
            机关事业单位职业年金缴
            2080506 257.14 257.14
            费支出
            注：本表反映部门本年度一般公共预算财政拨款实际支出情况。
            """.Replace("\r\n", "\n", StringComparison.Ordinal), "wrap.txt");
        var rows = r.Tables.Single().Rows;
        Assert.Equal("机关事业单位基本养老保险缴费支出", rows.Single(x => x.Code == "2080505").Label);
        Assert.Equal([545.85m, 504.39m, 41.46m], rows.Single(x => x.Code == "2080505").Cells.Select(c => c!.Value));
        Assert.Equal("机关事业单位职业年金缴费支出", rows.Single(x => x.Code == "2080506").Label);
        Assert.Equal(257.14m, rows.Single(x => x.Code == "2080506").Cells[0]!.Value);
        Assert.Equal("事业单位离退休", rows.Single(x => x.Code == "2080502").Label);
    }

    [Fact]
    public void A_short_sentence_under_a_heading_is_not_taken_into_the_heading()
    {
        // The heading has no full stop, the sentence under it fits one line: joined, the figures were lost in a heading.
        var r = TextReportReader.Read("三、财政拨款“三公”经费支出决算情况说明\n公务接待费1.53万元，完成预算的0%。\n", "h.txt");
        Assert.Equal((2, 2), r.NarrativeFigureCount);
        Assert.Contains(r.Claims, c => c.Subject == "三公:公务接待费" && c.Number.Text == "1.53");

        // A part heading wrapped after 情况 still runs on into its 说明.
        var wrapped = TextReportReader.Read("第三部分某局2024年度部门决算情况\n说明\n一、收入支出决算总体情况说明\n2024年度收入总计7,973.00万元。\n第四部分 名词解释\n1. 财政拨款收入：指10万元。\n", "w.txt");
        Assert.Equal((1, 1), wrapped.NarrativeFigureCount);
    }

    [Fact]
    public void The_table_of_contents_is_kept_without_page_numbers()
    {
        var r = TextReportReader.Read("某局 2025 年度部门决算\n目录\n第一部分 概况 …… 3\n一、主要职能 ……… 3\n第 2 页\n第一部分 概况\n一、主要职能\n", "toc.txt");
        Assert.Equal(["第一部分 概况", "一、主要职能"], r.Contents.Select(c => c.Text));
    }

    [Fact]
    public void The_three_public_table_printed_across_is_placed_by_its_sums()
    {
        // putuo-shiquanlu-street-2025: 因公出国（境）费 left blank, so ten figures for twelve cells.
        const string text = """
            某街道办事处 2025 年度部门决算
            财政拨款“三公”经费支出决算表
            单位：万元
            合计 因公出国（境）费 公务接待费
            小计 公务用车购置费 公务用车运行维护费
            预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数
            53.93 37.35 52.40 37.35 25.00 25.00 27.40 12.35 1.53 0
            注：本表反映部门本年度“三公”经费支出预决算情况。
            """;
        var t = TextReportReader.Read(text.Replace("\r\n", "\n", StringComparison.Ordinal), "sq.txt").Table(PublicTable.ThreePublic)!;
        decimal?[] Row(string label) => t.Rows.Single(r => r.Label.Contains(label, StringComparison.Ordinal)).Cells.Select(c => c?.Value).ToArray();
        Assert.Equal([53.93m, 37.35m], Row("合计"));
        Assert.Equal([null, null], Row("因公出国"));
        Assert.Equal([52.40m, 37.35m], Row("公务用车购置及运行费"));
        Assert.Equal([25.00m, 25.00m], Row("公务用车购置费"));
        Assert.Equal([27.40m, 12.35m], Row("运行维护费"));
        Assert.Equal([1.53m, 0m], Row("公务接待费"));
    }
}
