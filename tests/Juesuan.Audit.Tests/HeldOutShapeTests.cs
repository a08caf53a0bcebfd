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

    [Fact]
    public void An_amount_printed_right_after_last_years_is_the_change()
    {
        // 云县 2023: 820.33 − 688.84 = 131.49, and 131.49 ÷ 688.84 = 19.09%.
        const string text = "三、“三公”经费情况说明\n2023年“三公”经费决算支出数为820.33万元，较2022年决算数688.84万元131.49万元，增长19.09%。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Measure == Core.Published.Measure.ChangeAmount && c.Number.Value == 131.49m);
        Assert.Contains(report.Claims, c => c.Measure == Core.Published.Measure.PriorAmount && c.Number.Value == 688.84m);
        Assert.Empty(new NarrativeYearOnYear().Check(report));
        Assert.Single(new NarrativeYearOnYear().Check(Read(text.Replace("19.09%", "16.03%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Income_and_spending_totals_listed_with_ge_take_their_figures_in_order()
    {
        // 西藏 2024: 1412.7 ÷ (7562.45 − 1412.7) = 22.97%, 2062.79 ÷ (6632.48 − 2062.79) = 45.14%.
        const string text = "一、收入支出决算总体情况说明\n2024年度收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%。\n";
        var errors = new NarrativeYearOnYear().Check(Read(text)).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, f => f.Message.Contains("22.97%", StringComparison.Ordinal));
        Assert.Contains(errors, f => f.Message.Contains("45.14%", StringComparison.Ordinal));
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text.Replace("15.74%、23.72%", "22.97%、45.14%", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_bare_income_or_spending_after_the_totals_is_that_total()
    {
        // 碌曲 2020: "支出总4252.73万元" (计 dropped) against 收入总计 4114.6; the changes are each total's, both right as printed.
        const string text = "（一）收入支出决算总体情况说明\n本部门2020年度收入总计4114.6万元，支出总4252.73万元。与2019年决算数相比，收入增加610.92万元，增加17.44%，支出增加471.41万元，增加12.47%。\n";
        var report = Read(text);
        Assert.Single(new StatedTotalsBalance().Check(report), f => f.Severity == Severity.Error);
        Assert.Contains(report.Claims, c => c.Subject == "支出总计" && c.Measure == Core.Published.Measure.ChangeAmount && c.Number.Value == 471.41m);
        Assert.Empty(new NarrativeYearOnYear().Check(report));
    }

    [Fact]
    public void A_share_after_an_item_no_pattern_knows_is_not_the_earlier_subjects()
    {
        // 大英 2020: 51.47% is the carry-over's (3476.69 ÷ 6754.31), not the appropriation's.
        const string text = "2020年度\n某县人民法院\n部门决算\n第二部分 2020年度部门决算情况说明\n"
            + "2020年某县人民法院收入决算总额为6754.31万元，其中预算财政拨款3277.62万元，2019年结转3476.69万元。\n"
            + "一般公共预算财政拨款收入3277.62万元，占收入决算总额48.53%，2019年结转3476.69万元，占收入总额的51.47%。\n";
        var report = Read(text);
        Assert.Equal(2020, report.Year?.Value);
        Assert.DoesNotContain(report.Claims, c => c.Measure == Core.Published.Measure.Share && c.Number.Value == 51.47m);
        Assert.Empty(new NarrativeShares().Check(report));
        Assert.Contains(report.Claims, c => c.Subject == "财政拨款收入" && c.Number.Value == 3277.62m);
    }

    [Fact]
    public void A_sentence_that_opens_with_the_year_it_compares_with_has_the_wrong_year()
    {
        const string text = "2020年度\n某县人民法院\n部门决算\n第二部分 2020年度部门决算情况说明\n"
            + "2019年某县人民法院收入决算总额为6754.31万元，收入决算总额较2019年增加1122.72万元，增长19.94%。\n";
        Assert.Contains(new WrongYear().Check(Read(text)), f => f.Severity == Severity.Error && f.Message.Contains("“2019年”与报告年度 2020 不符", StringComparison.Ordinal));
        Assert.Empty(new WrongYear().Check(Read(text.Replace("2019年某县", "2020年某县", StringComparison.Ordinal))));
    }
}
