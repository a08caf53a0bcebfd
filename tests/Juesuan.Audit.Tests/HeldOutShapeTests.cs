using Juesuan.Audit.Rules;
using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// Sentence shapes from held-out sets of published texts (paraphrased, figures kept as printed) that the audit missed or
/// misread; each figure was recomputed by hand, and each test also shows that the right figures give no finding.
/// </summary>
public sealed class HeldOutShapeTests
{
    private static Core.Published.PublishedReport Read(string text) => TextReportReader.Read(text, "r.txt");

    [Fact]
    public void A_three_public_total_whose_vehicle_part_is_named_by_its_running_costs_is_added_up()
    {
        // 甘南 2015: 1.58 + 28.91 + 0 = 30.49, not 31.23; "车辆运行费" stands for the whole vehicle category.
        const string text = "一、2015年“三公”经费增减变化情况说明\n2015年“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("30.49", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("31.23", "30.49", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // A purchase named beside the running costs is a part too: 1.58 + 28.91 + 0.74 = 31.23.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("车辆运行费28.91万元，", "车辆运行费28.91万元，公务用车购置费0.74万元，", StringComparison.Ordinal))),
            f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Shares_in_a_sentence_that_opens_with_qizhong_are_of_the_total_just_before()
    {
        // 渝中 2021: 1591.79 ÷ 12638.86 = 12.59%, 11047.07 ÷ 12638.86 = 87.41% (the digits swapped: 21.59, 78.41).
        const string text = "二、收入支出决算总体情况说明\n本部门2021年度支出合计12638.86万元，较上年决算数增加5117.19万元，增长68.03%。"
            + "其中：基本支出1591.79万元，占21.59%；项目支出11047.07万元，占78.41%。此外，结余分配40.35万元。\n";
        var report = Read(text);
        var errors = new NarrativeShares().Check(report).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, f => f.Message.Contains("12.59%", StringComparison.Ordinal));
        // 结余分配 is an item of its own, not a second 基本支出.
        Assert.DoesNotContain(report.Claims, c => c.Subject == "基本支出" && c.Number.Value == 40.35m);
        Assert.Empty(new NarrativeShares().Check(Read(text.Replace("21.59%", "12.59%", StringComparison.Ordinal).Replace("78.41%", "87.41%", StringComparison.Ordinal))));
    }

    /// <summary>A hospital's page (泗泾 2019, names changed): its 目录 promises nine tables and the 说明, the text stops inside the first table.</summary>
    private const string CutInsideTable = "某某医院\n2019年度决算\n目 录\n第一部分 某某医院概况\n第二部分 某某医院2019年度决算表\n一、收入支出决算总表\n二、收入决算表\n"
        + "三、支出决算表\n第三部分 某某医院2019年度决算情况说明\n第四部分 名词解释\n第一部分 某某医院概况\n某某医院承担医疗卫生服务任务。\n"
        + "第二部分 某某医院2019年度决算表\n2019年度收入支出决算总表\n单位:万元\n收入 |\n支出 |\n||\n项目 |\n决算数 |\n项目 |\n决算数 |\n"
        + "一、一般公共预算财政拨款收入 |\n7041.24 |\n一、一般公共服务支出 |\n|\n四、事业收入 |\n29254.98 |\n五、教育支出 |\n|\n十三";

    [Fact]
    public void A_text_that_stops_inside_a_table_before_its_contents_end_is_cut_off_not_a_report_missing_its_parts()
    {
        var report = Read(CutInsideTable);
        Assert.True(Assert.Single(report.Tables).Truncated);
        Assert.DoesNotContain(new NineTablesPresent().Check(report), f => f.Severity == Severity.Error);
        Assert.DoesNotContain(new SectionsPresent().Check(report), f => f.Severity == Severity.Error);
        Assert.Empty(new ContentsMatchBody().Check(report));
        Assert.Contains("中途截断", Assert.Single(new NineTablesPresent().Check(report)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_pages_table_title_printed_with_blank_cells_is_a_title()
    {
        // 黔南 2020: "表1 收入支出决算总表 | ||||||||" over the table; the list line before it is not the table's title.
        const string text = "二、部门决算公开报表(见附表)\n(七)一般公共预算财政拨款“三公”经费支出决算表;\n(八)政府性基金预算财政拨款收入支出决算表\n"
            + "表1 收入支出决算总表 | ||||||||\n公开01表 | ||||||||\n金额单位:万元 | |||||||\n收入 |\n支出 | |||||||\n项 目 |\n决算数 |\n项 目 |\n决算数 | |||\n"
            + "一、一般公共预算财政拨款收入 |\n4,194.89 |\n一、一般公共服务支出 |\n0.00 | |||\n五、事业收入 |\n38,358.13 |\n五、教育支出 |\n3";
        var report = Read(text);
        var table = Assert.Single(report.Tables);
        Assert.Contains("收入支出决算总表", table.Title, StringComparison.Ordinal);
        Assert.Empty(new EmptyTableExplained().Check(report));
    }

    [Fact]
    public void A_three_public_statement_whose_text_stops_in_its_table_owes_no_counts()
    {
        // 昆明 2020: the comparison table after the 说明 is cut off in its vehicle rows, where the counts may stand.
        const string text = "2020年某局“三公”经费决算情况说明\n2020年度“三公”经费支出决算为13.49万元，比2019年减少18.17万元。\n"
            + "“三公”经费决算数对比情况表\n单位:万元 | |||||\n项 目 | 上年决算数 | 本年决算数 | 增减额 | ||\n合 计 | 31.66 | 13.49 | -18.17 | |\n"
            + "1、因公出国(境)费 | 0 | 0 | 0 | |\n其中:(1)公务用车购";
        Assert.DoesNotContain(new SectionsPresent().Check(Read(text)), f => f.Severity == Severity.Warning);
        Assert.Contains(new SectionsPresent().Check(Read(text.Replace("\n其中:(1)公务用车购", "\n注：本表无数据的项目为0。\n另有说明。", StringComparison.Ordinal))),
            f => f.Severity == Severity.Warning);
    }
}
