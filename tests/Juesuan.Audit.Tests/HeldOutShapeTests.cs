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

    [Fact]
    public void The_whole_of_a_share_left_blank_is_not_the_subject_of_the_change_after_it()
    {
        // 梧州 2022 (yuan): 75800 − 52044.27 = 23755.73 last year, so the rise is 219.08%, not 50.63% (75800 is the slip).
        const string text = "二、一般公共预算财政拨款基本支出情况\n2022年基本支出预算1133753.33元，其中人员经费905709.06元；商品和服务支出预算75800元，占基本支出预算%，同比增加52044.27元，增长50.63%。\n";
        var report = Read(text);
        Assert.DoesNotContain(report.Claims, c => c.Subject == "基本支出" && c.Measure == Core.Published.Measure.ChangeAmount);
        Assert.Contains(new NarrativeYearOnYear().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("219.08%", StringComparison.Ordinal));
        Assert.Contains(new BlankFigure().Check(report), f => f.Message.Contains("商品和服务支出", StringComparison.Ordinal));
    }

    [Fact]
    public void Divisions_counted_after_she_alone_are_checked()
    {
        const string text = "二、机构设置\n招商服务中心设9个内设机构，分别为：办公室、投资促进股、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股。\n";
        Assert.Contains("列出 8 个", Assert.Single(new DivisionCount().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new DivisionCount().Check(Read(text.Replace("设9个", "设8个", StringComparison.Ordinal))));
    }

    [Fact]
    public void Vehicles_kept_are_not_vehicles_bought()
    {
        const string text = "二、公务用车购置数及保有量\n2015年新购入公务用车一辆。改革前车辆保有量为56辆，车辆保有量账面数为56辆，实际保有量为12辆。\n";
        var report = Read(text);
        Assert.DoesNotContain(report.Claims, c => c.Subject.EndsWith("购置车辆", StringComparison.Ordinal) && c.Number.Value == 12m);
        Assert.Contains(report.Claims, c => c.Subject.EndsWith("保有车辆", StringComparison.Ordinal) && c.Number.Value == 12m);
    }

    [Fact]
    public void Parts_budget_differences_stated_apart_add_up_to_the_totals()
    {
        // 武陵山乡 2020: 0 + 14.03 + 1.34 = 15.37, but −0.04 (vehicles) − 0.04 (reception) is −0.08, not the −0.04 stated for the total.
        const string text = "2020年度“三公”经费15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。\n"
            + "经比较，2020年度“三公”经费较上年减少15.29万元，较年初预算数减少0.04万元。其中：公务用车购置及运行维护费较上年减少2.90万元，较年初预算数减少0.04万元；公务接待费较上年减少12.39万元，较年初预算数减少0.04万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity != Severity.Note);
        // 出国 spent nothing and its budget difference is not stated: it can only be 0 − its budget, never the +0.04 missing.
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("-0.08", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("减少15.29万元，较年初预算数减少0.04万元", "减少15.29万元，较年初预算数减少0.08万元", StringComparison.Ordinal))),
            f => f.Severity != Severity.Note);
        // A total 0.12 under budget leaves 0.04 for 出国's unspent budget: suspicious, not impossible.
        Assert.Equal(Severity.Warning, Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("减少15.29万元，较年初预算数减少0.04万元", "减少15.29万元，较年初预算数减少0.12万元", StringComparison.Ordinal))),
            f => f.Severity != Severity.Note).Severity);
    }

    [Fact]
    public void The_funds_in_brackets_after_appropriation_income_are_its_parts_not_budgets()
    {
        const string text = "（二）收入决算情况说明\n本年收入合计25,031.67万元；包括财政拨款收入24,940.34万元（其中，一般公共预算24,399.59万元，政府性基金预算540.75万元，国有资本经营预算0万元），占收入合计99.64%。\n";
        var report = Read(text);
        Assert.DoesNotContain(report.Claims, c => c.Measure == Core.Published.Measure.Budget);
        Assert.Empty(new PartsOfStatedTotal().Check(report));
        Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("24,399.59", "24,398.59", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_statement_that_opens_with_a_budget_and_never_says_juesuan_is_a_budget_statement_and_owes_no_counts()
    {
        // 肥西 2018: "“三公”经费预算数为20.1万元…"; 凉山 2022 spends "比年初预算增加" under 一般公共预算安排: final accounts.
        const string budget = "2018年政协机关“三公”经费预算数为20.1万元，与上年相比减少0.2万元，下降0.99%。其中：因公出国（境）费0万元，公务接待费16.7万元，公务用车运行维护费3.4万元，公务用车购置费0万元。\n";
        var report = Read(budget);
        Assert.Equal(Core.Published.DocumentNature.Budget, report.Nature);
        Assert.DoesNotContain(new SectionsPresent().Check(report), f => f.Severity == Severity.Warning);
        const string spent = "2022年州本级部门使用财政拨款安排“三公”经费支出总额为8,237.23万元，比年初预算增加1317.14万元。一般公共预算安排“三公”经费支出8,237.23万元。\n";
        Assert.Equal(Core.Published.DocumentNature.FinalAccounts, Read(spent).Nature);
    }

    [Fact]
    public void A_condition_is_not_a_reason_and_one_reason_is_judged_once()
    {
        const string text = "一、“三公”经费预算情况\n2019年本部门财政拨款安排“三公”经费29万元，比上年增加0.5万元，增长1.75%，其中：公务接待费1万元，比上年增加0.5万元，增长100%，主要原因是考虑节约前提下，公务接待工作的可变性。\n";
        var report = Read(text);
        Assert.Empty(new ReasonDirection().Check(report));
        // 1 (printed without its decimals beside 0.5) − 0.5 = 0.5 last year, so 100% is right.
        Assert.Empty(new NarrativeYearOnYear().Check(report));
        var argued = new ReasonDirection().Check(Read(text.Replace("考虑节约前提下，公务接待工作的可变性", "压减接待", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, argued.Count); // 三公经费 and 公务接待费, each once though each says 增加 and 增长
        Assert.Equal(2, argued.Select(f => f.Place).Distinct().Count());
    }

    [Fact]
    public void A_sentence_after_a_qizhong_list_speaks_of_the_total_again()
    {
        // 陕西 2019: 830 ÷ (3328 + 830) = 19.96%: "下降20%" is the total's, not 因公出国（境）费's.
        const string text = "2019年，市本级一般公共预算支出安排的“三公”经费预算为3328万元。其中，因公出国（境）费50万元，公务接待费478万元，公务用车购置及运行费2800万元。同口径比2018年减少830万元，下降20%。\n";
        var report = Read(text);
        Assert.Empty(new NarrativeYearOnYear().Check(report));
        Assert.DoesNotContain(report.Claims, c => c.Subject.EndsWith("因公出国（境）费", StringComparison.Ordinal) && c.Measure == Core.Published.Measure.ChangeAmount);
    }

    [Fact]
    public void A_function_class_named_with_lei_kemu_and_spaced_figures_is_read()
    {
        // 梧州 2025 (yuan, spaces as the page sets them): 16803.36 ÷ (116433.12 − 16803.36) = 16.87%, not 14.43%.
        const string text = "三、一般公共预算支出情况说明\n（二）社会保障和就业支出类科目 116433.12 元，占支\n出总预算 10.73 %，同比增加 16803.36 元，增长 14.43%。\n";
        var report = Read(text);
        Assert.Equal(Core.Published.DocumentNature.Budget, report.Nature); // "…预算支出情况说明": its amounts are budgets
        Assert.Contains(report.Claims, c => c.Subject == "类:208" && c.Measure == Core.Published.Measure.Budget && c.Number.Text == "116433.12");
        Assert.Contains(new NarrativeYearOnYear().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("16.87%", StringComparison.Ordinal));
    }

    [Fact]
    public void Lower_case_placeholders_are_placeholders()
    {
        const string text = "一、部门概况\n工作人员共计xx名，核定编制xx名。2023年收入xx万元、支出xx万元、年末结转x万元。\n";
        Assert.Contains("“xx”", Assert.Single(new Placeholders().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new Placeholders().Check(Read("一、部门概况\n工作人员共计12名，核定编制12名，下设Excel科。\n")));
    }

    [Fact]
    public void A_share_of_the_total_named_loosely_is_of_the_total_the_sentence_opens_with()
    {
        // 十堰 2019: 3360.35 ÷ 3748.25 = 89.65%; the 收入总额 is the 收入合计 the sentence states, not a 收入总计 it never gives.
        const string text = "（二）收入决算情况说明\n本部门2019年收入合计3748.25万元，其中：财政拨款收入3360.35万元，占收入总额的89.65%；其他收入387.90万元，占收入总额的10.35%。\n";
        Assert.Empty(new NarrativeShares().Check(Read(text)));
        Assert.Single(new NarrativeShares().Check(Read(text.Replace("89.65%", "83.06%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Last_years_total_named_in_a_list_of_both_totals_is_last_years()
    {
        // 衢州 2020: 5501.62 − 4832.02 = 669.6, 669.6 ÷ 4832.02 = 13.86%.
        const string text = "（一）收入支出决算总体情况说明\n2020年度收、支总计5501.62万元，与2019年度收、支总计4832.02万元相比各增加669.6万元，增长13.86%。\n";
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text)));
        Assert.NotEmpty(new NarrativeYearOnYear().Check(Read(text.Replace("13.86%", "16.09%", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_share_two_hundredths_off_is_rounding_and_four_is_not()
    {
        const string text = "（三）支出决算情况说明\n本年支出合计525.54万元，其中：基本支出445.91万元，占84.85%；项目支出79.63万元，占15.17%。\n";
        Assert.DoesNotContain(new NarrativeShares().Check(Read(text)), f => f.Severity != Severity.Note);
        Assert.Contains(new NarrativeShares().Check(Read(text.Replace("15.17%", "15.19%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_rate_left_blank_is_a_blank_figure_not_a_zero_rate()
    {
        const string text = "一、“三公”经费情况\n公务用车购置及运行费3.44万元，较上年减少0.09万元，下降%(其中：公务用车购置费0万元)。\n";
        var report = Read(text);
        Assert.Contains("没有填写增减率", Assert.Single(new BlankFigure().Check(report)).Message, StringComparison.Ordinal);
        Assert.Empty(new NarrativeYearOnYear().Check(report));
    }

    [Fact]
    public void A_contents_entry_is_not_paired_with_another_entrys_table()
    {
        const string text = "目录\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n第三部分 名词解释\n收入支出决算总表\n单位：万元\n项目\t决算数\n一、一般公共预算财政拨款收入\t100.00\n";
        Assert.DoesNotContain(new ContentsMatchBody().Check(Read(text)), f => f.Message.Contains("与正文「收入支出决算总表」", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_heading_followed_by_its_paragraph_is_no_repeated_word()
    {
        const string text = "二、收入情况\n1、会费收入\n会费收入83万元，其中：省红会收入1万元。\n";
        Assert.Empty(new RepeatedWords().Check(Read(text)));
        Assert.Single(new RepeatedWords().Check(Read("二、收入情况\n会费收入会费收入83万元，其中：省红会收入1万元。\n")));
    }

    [Fact]
    public void Spending_more_argues_a_smaller_balance()
    {
        const string text = "（一）收入支出决算总体情况\n年末结转和结余5.2万元，较上年减少3.1万元，主要原因是本年支出略有增加。\n";
        Assert.Empty(new ReasonDirection().Check(Read(text)));
    }

    [Fact]
    public void A_text_cut_inside_a_figures_unit_is_cut_off()
    {
        const string text = "目录\n第一部分 部门概况\n第二部分 部门决算情况说明\n第三部分 名词解释\n第二部分 部门决算情况说明\n（一）收入总计2723.11万元，包括：\n"
            + "1.财政拨款收入2223.11万元，占收入总计的81.64%。\n2.上级补助收入0万";
        var report = Read(text);
        Assert.True(report.EndsMidSentence);
        Assert.DoesNotContain(new SectionsPresent().Check(report), f => f.Severity == Severity.Error);
        Assert.DoesNotContain(new ContentsMatchBody().Check(report), f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_change_after_a_qizhong_list_that_fits_only_the_total_is_the_totals()
    {
        // 永仁 2018 (yuan): 12580.96 ÷ (621987.47 + 12580.96) = 1.98% is 收入合计's; for 其他收入 10000 it could not be.
        const string text = "（二）收入情况\n永仁县文联2018收入合计621987.47元，其中：财政拨款收入611987.47元，占总收入的98.39%；其他收入10000元，占总收入的1.61%，与上年对比，比上年减少12580.96元，减少了1.98%。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == "本年收入合计" && c.Measure == Core.Published.Measure.ChangeRate);
        Assert.Empty(new NarrativeYearOnYear().Check(report));
    }

    [Fact]
    public void The_kinds_of_the_fleet_add_up_to_it()
    {
        const string text = "三、“三公”经费情况\n截至2022年底，共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车1辆。\n";
        Assert.Contains("1 辆", Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("共有公务用车0辆", "共有公务用车1辆", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Names_in_a_bracket_after_an_office_are_not_offices_of_their_own()
    {
        const string text = "二、机构设置\n街道设立3个内设机构，分别为：党政办公室、民政和社区事务办公室（挂卫生健康办公室、物业管理办公室牌子）、平安建设办公室。\n";
        Assert.Empty(new DivisionCount().Check(Read(text)));
        Assert.Single(new DivisionCount().Check(Read(text.Replace("设立3个", "设立4个", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_comparison_that_names_nothing_continues_the_sentence_before()
    {
        // 邵阳 2018 (the paragraph named another subject first): 71 ÷ (311.76 + 71) = 18.55%, within 71's rounding of 18.62%.
        const string text = "一、收入支出决算总体情况说明\n本站一般公共预算财政拨款收入用于畜牧技术推广。2018年度收、支总计 311.76 万元。"
            + "与2017年相比，减少 71万元，减少 18.62 %，主要是因为本站有9个人员调出，导致所有的经费拨款相应减少。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == "收入总计" && c.Measure == Core.Published.Measure.ChangeAmount);
        Assert.Contains(report.Claims, c => c.Subject == "支出总计" && c.Measure == Core.Published.Measure.ChangeRate);
        Assert.Empty(new NarrativeYearOnYear().Check(report));
    }
    [Fact]
    public void A_totals_change_is_the_sum_of_its_parts_changes_stated_in_other_sections()
    {
        // 收入总计 1200 = 本年收入合计 1000 + 年初结转和结余 200, so its change is 100 + 80 = 180, not 150.
        const string text = "二、收入支出决算总体情况说明\n2023年度收入总计1200.00万元，与上年相比增加150.00万元，增长14.29%。\n三、收入决算情况说明\n"
            + "本年收入合计1000.00万元，与上年相比增加100.00万元，增长11.11%。\n年初结转和结余200.00万元，与上年相比增加80.00万元，增长66.67%。\n";
        // 使用非财政拨款结余 may be left out of the sentences (nothing this year, something last year): a warning, not an error.
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity != Severity.Note);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("180", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("增加150.00万元，增长14.29%", "增加180.00万元，增长17.65%", StringComparison.Ordinal))),
            f => f.Severity != Severity.Note);
        // Amounts that do not add up say nothing of the changes (a part is missing this year too).
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("年初结转和结余200.00万元", "年初结转和结余150.00万元", StringComparison.Ordinal))),
            f => f.Severity != Severity.Note && f.Message.Contains("增减", StringComparison.Ordinal));
    }
    [Fact]
    public void An_item_no_pattern_knows_is_checked_against_its_own_figures()
    {
        // A hospital's 财政补助收入 and 医疗收入: 200 ÷ (1200 − 200) = 20.00%, not 25.00%; 3600 ÷ 5000 = 72.00%, not 70.00%.
        const string text = "二、收入决算情况说明\n2023年度本年收入合计5000.00万元，其中：财政补助收入1200.00万元，占本年收入合计的24.00%，较上年增加200.00万元，增长25.00%；"
            + "医疗收入3600.00万元，占本年收入合计的70.00%，较上年减少100.00万元，下降2.70%。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == "其他项目:财政补助收入" && c.Measure == Core.Published.Measure.ChangeRate && c.Number.Value == 25m);
        Assert.Contains(new NarrativeYearOnYear().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("20.00%", StringComparison.Ordinal));
        Assert.Contains(new NarrativeShares().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("72.00%", StringComparison.Ordinal));
        var right = Read(text.Replace("增长25.00%", "增长20.00%", StringComparison.Ordinal).Replace("占本年收入合计的70.00%", "占本年收入合计的72.00%", StringComparison.Ordinal));
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(right), f => f.Severity != Severity.Note);
        Assert.DoesNotContain(new NarrativeShares().Check(right), f => f.Severity != Severity.Note);
        // Its name is never a table's row: nothing is compared with a table, and it is no part of a family.
        Assert.Empty(new NarrativeAmounts().Check(report));
    }

    [Fact]
    public void A_completion_rate_that_is_the_total_less_the_budget_is_a_difference_not_a_rate()
    {
        // 金华 2021: 500.12 − 472.9 = 27.22, printed as the rate; 500.12 ÷ 472.9 = 105.76%.
        const string text = "（四）财政拨款收入支出决算总体情况说明\n2021年度财政拨款收入总计500.12万元，支出总计500.12万元，与2020年相比，增加40.72万元，增长8.86%。"
            + "财政拨款支出年初预算数472.9万元，完成年初预算的27.22%，主要原因是年中省补资金下达。\n";
        var f = Assert.Single(new CompletionAgainstBudget().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("105.76%", f.Message, StringComparison.Ordinal);
        // The rate itself is unknown while 本年支出 is not stated (支出总计 holds 年末结转 too): any other rate is let be.
        Assert.Empty(new CompletionAgainstBudget().Check(Read(text.Replace("27.22%", "98.50%", StringComparison.Ordinal))));
    }

    [Fact]
    public void Income_parts_stated_apart_cannot_add_up_to_more_than_the_total()
    {
        // 武隆 2021: 收入合计 printed equal to 收入总计 although 年初结转和结余 is 3435.08: 17116.72 + 3435.08 > 17116.72.
        const string text = "1.总体情况。2021年度收入总计17116.72万元，支出总计17116.72万元。\n"
            + "2.收入情况。2021年度收入合计17116.72万元。其中：财政拨款收入13681.64万元。此外，使用非财政拨款结余0.00万元，年初结转和结余3435.08万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("20,551.8", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("收入合计17116.72", "收入合计13681.64", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Words_and_rates_of_a_count_are_not_the_money_items()
    {
        // 五华 2021: "下降100%" after "减少119批次" is the 批次's; "与上年持平" after "0人次" the 人次's — not 公务接待费's.
        const string text = "三、“三公”经费情况说明\n公务接待费为0万元，较上年减少0.86万元，下降100%，国内公务接待批次为0次，较上年减少119批次，下降100%，共计接待0人次，与上年持平。\n";
        var report = Read(text);
        Assert.DoesNotContain(new DirectionWords().Check(report), f => f.Severity != Severity.Note);
        Assert.DoesNotContain(report.Words, w => w.Kind == Core.Published.WordKind.Flat);
        // A flat word after the money item still speaks of it.
        Assert.Contains(new DirectionWords().Check(Read("三、“三公”经费情况说明\n公务接待费为0万元，较上年减少0.86万元，与上年持平。\n")), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_rate_cut_off_at_the_end_of_the_text_is_not_missing_its_percent_sign()
    {
        const string text = "三、“三公”经费情况说明\n公务用车购置及运行维护费为769.70万元，较上年减少278.22万元，下降26.5";
        Assert.Empty(new FigureWithoutUnit().Check(Read(text)));
        Assert.Single(new FigureWithoutUnit().Check(Read(text + "，主要原因是车辆减少。\n")));
    }

    [Fact]
    public void Categories_rates_against_the_whole_three_public_budget_are_found()
    {
        // 寻甸 2023: 1.2 ÷ 20.3% = 5.91 and 2.38 ÷ 40.2% = 5.92 — together 11.83, above the 三公 budget 5.92.
        const string text = "一、“三公”经费支出决算情况\n2023年度一般公共预算财政拨款“三公”经费支出预算为5.92万元，支出决算为3.58万元，完成预算的60.47%。"
            + "其中：因公出国（境）费支出决算为0.00万元，完成预算的0%；公务用车购置及运行费支出决算为1.2万元，完成预算的20.3%；公务接待费支出决算为2.38万元，完成预算的40.2%。\n";
        var f = Assert.Single(new CompletionAgainstBudget().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("11.83", f.Message, StringComparison.Ordinal);
        // A 三公 budget of nothing is the zero-budget finding's, never a division by it.
        _ = new CompletionAgainstBudget().Check(Read(text.Replace("支出预算为5.92万元", "支出预算为0万元", StringComparison.Ordinal))).ToList();
        // A category's own parts are not added beside it.
        Assert.Empty(new CompletionAgainstBudget().Check(Read("一、“三公”经费支出决算情况\n“三公”经费支出预算为1102万元，支出决算为769.70万元，完成预算的69.85%。"
            + "其中：因公出国（境）费支出决算为0.00万元，本年无预算；公务用车购置及运行费支出决算为769.70万元，完成预算的69.85%（其中：公务用车购置费0万元，本年无预算；"
            + "公务用车运行维护费769.70万元，完成预算的69.85%）；公务接待费支出决算为0.00万元，本年无预算。\n")));
        // Rates against the categories' own budgets (4 and 1.92) imply 4.00 + 1.92 = 5.92.
        Assert.DoesNotContain(new CompletionAgainstBudget().Check(Read(text.Replace("20.3%", "30%", StringComparison.Ordinal).Replace("40.2%", "123.96%", StringComparison.Ordinal))),
            f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Comparison_shapes_of_the_anhui_and_zhejiang_templates_are_read()
    {
        // "2021年度预算相比" with its 与 dropped is against the budget, not last year.
        var budget = Read("一、“三公”经费情况说明\n2. 公务接待费支出30.00万元, 2021年度预算相比,减少20.50万元,下降40.59%。\n");
        Assert.Contains(budget.Claims, c => c.Measure == Core.Published.Measure.BudgetDifference && c.Number.Value == -20.5m);
        Assert.DoesNotContain(budget.Claims, c => c.Measure == Core.Published.Measure.ChangeAmount);
        // "各减少423.94万元" after both totals is the change of each.
        var each = Read("一、收入支出决算总体情况说明\n2023年度收入总计4295.94万元,支出总计4200.00万元,与2022年度相比,各减少423.94万元,下降8.98%。\n");
        Assert.Contains(each.Claims, c => c.Subject == "收入总计" && c.Measure == Core.Published.Measure.ChangeAmount && c.Number.Value == -423.94m);
        Assert.Contains(each.Claims, c => c.Subject == "支出总计" && c.Measure == Core.Published.Measure.ChangeAmount && c.Number.Value == -423.94m);
        // 附属部门 is 浙江's word for 附属单位.
        Assert.Contains(Read("二、收入决算情况说明\n附属部门上缴收入0.00万元，占收入合计0.00%。\n").Claims, c => c.Subject == "附属单位上缴收入");
    }
    [Fact]
    public void A_page_whose_tables_part_is_empty_and_whose_text_stops_after_a_figure_is_not_a_whole_report()
    {
        // 陶然亭 2024 (a stored page): "第一部分 …决算报表" with "第二部分" on the next line, and the text stops at "…23816.98万元".
        const string text = "某某公园管理处\n2024年度部门决算\n目 录\n第一部分 2024年度部门决算报表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n"
            + "第二部分 2024年度部门决算说明\n第三部分 2024年度其他重要事项的情况说明\n第一部分 2024年度部门决算报表\n第二部分 2024年度部门决算说明\n"
            + "一、单位基本情况\n某某公园管理处为财政补助事业单位。\n二、收入支出决算总体情况说明\n2024年度收、支总计24000.38万元，比上年减少2147.76万元，下降8.21%。\n"
            + "（一）收入决算说明\n2024年度本年收入合计23816.98万元";
        var report = Read(text);
        Assert.True(report.EndsMidSentence);
        Assert.DoesNotContain(new NineTablesPresent().Check(report), f => f.Severity != Severity.Note);
        Assert.DoesNotContain(new SectionsPresent().Check(report), f => f.Severity != Severity.Note);
        Assert.DoesNotContain(new ContentsMatchBody().Check(report), f => f.Severity != Severity.Note);
        // The empty tables part alone says the tables were published apart, whatever follows.
        var whole = Read(text + "，比上年减少100.00万元。\n");
        Assert.False(whole.EndsMidSentence);
        Assert.DoesNotContain(new NineTablesPresent().Check(whole), f => f.Severity != Severity.Note);
    }

    [Fact]
    public void A_vehicle_categorys_own_part_listed_after_it_is_not_a_three_public_part()
    {
        // 红河 2021: 0 + 111.43 + 1,003.64 = 1,115.07; 运行维护费 707.53 is a part of the 1,003.64, not of the 三公 total.
        const string text = "一、“三公”经费的基本情况\n2021年“三公”经费决算数为1,115.07万元，比2020年减少166.4万元，减少12.99%。其中：\n"
            + "因公出国（境）费为0万元，比2020年减少0万元。\n公务接待费为111.43万元，比2020年减少130.42万元，下降53.92%；公务用车购置及运行维护费为1,003.64万元，比2020年减少35.99万元，减少3.46%。"
            + "其中：公务用车运行维护费707.53万元，比2020年减少332.09万元，减少31.94%。\n";
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains(new PartsOfStatedTotal().Check(Read(text.Replace("1,003.64", "1,103.64", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // The same total said to fall by 166.4 and then to rise by 43 on the same year: one of them is wrong.
        var twice = Read(text + "二、“三公”经费增减变化情况\n2021年“三公”经费决算数比2020年增加43万元，增长4.83%。\n");
        var f = Assert.Single(new RestatedChanges().Check(twice));
        Assert.Contains("166.4", f.Message, StringComparison.Ordinal);
        Assert.Empty(new RestatedChanges().Check(Read(text + "二、“三公”经费增减变化情况\n2021年“三公”经费决算数比2020年减少166.4万元，减少12.99%。\n")));
    }

    [Fact]
    public void Five_wan_in_chinese_numerals_is_a_figure_not_a_blank()
    {
        const string text = "一、“三公”经费情况说明\n（注：误将接待费五万元填到公务用车运行维护费中，导致公务用车运行维护费比上年数多出五万元。）\n";
        Assert.Empty(new BlankFigure().Check(Read(text)));
        Assert.Single(new BlankFigure().Check(Read("一、“三公”经费情况说明\n其中：政府性基金预算资金 万元，国有资本经营预算资金0万元。\n")));
    }

    [Fact]
    public void Amounts_of_two_years_in_a_changes_reason_are_not_its_partners()
    {
        // 黔江 2023: 7033.15 → 6462.57 is −570.58, −8.11%; the reason's "2022年收入总计7033.15万元" is last year's, not this year's.
        const string text = "一、收入支出决算总体情况说明\n1.总体情况。2023年度收入总计6462.57万元，支出总计6462.57万元。收支较上年决算数减少570.58万元，下降8.11%，"
            + "主要原因是2022年收入总计7033.15万元，包括本年收入合计6925.14万元，使用年初结转和结余108.01万元；2023年收入总计6462.57万元，包括本年收入合计6462.57万元。\n";
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(Read(text)), f => f.Severity != Severity.Note);
        Assert.Contains(new NarrativeYearOnYear().Check(Read(text.Replace("下降8.11%", "下降7.11%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_share_of_the_bare_heji_is_a_share_of_the_years_total_and_a_wrong_share_is_said_once()
    {
        // 北京 2019: 4840.44 ÷ 7712.32 = 62.76%, printed 63.76% (the two shares then add to 101%).
        const string text = "二、支出决算情况说明\n2019年度本年支出合计7712.32万元，比上年增加1097.39万元，增长16.59%，其中：基本支出4840.44万元，占支出合计的63.76%；"
            + "项目支出2871.88万元，占支出合计的37.24%。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Measure == Core.Published.Measure.Share && c.Whole == "本年支出合计");
        var all = Auditor.Run(report).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal("N-SHARE", Assert.Single(all).RuleId);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("63.76%", "62.76%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Growth_from_nothing_is_a_warning_each_time_and_a_note_where_the_text_says_the_unit_is_new()
    {
        // 重庆 2022 (batch 41): a reviewer lists 收入总计 and 本年收入合计 "增长100%" on nothing as two slips, not one.
        const string text = "一、收入支出决算总体情况说明\n2022年度收入总计133.6万元，比上年增加133.6万元，增长100%。\n2022年度本年收入合计133.6万元，比上年增加133.6万元，增长100%。\n";
        var findings = new NarrativeYearOnYear().Check(Read(text)).ToList();
        Assert.Equal(2, findings.Count(f => f.Severity == Severity.Warning));
        Assert.All(new NarrativeYearOnYear().Check(Read(text.Replace("增长100%。\n2022", "增长100%，主要原因是本单位为新增报表。\n2022", StringComparison.Ordinal))),
            f => Assert.Equal(Severity.Note, f.Severity));
    }
    [Fact]
    public void The_two_totals_change_alike_and_the_older_templates_instruction_is_residue()
    {
        // 江汉 2015: 收入 +134, 支出 +113 although 收支总计 are equal every year; the template's "逐类分析" left in.
        const string text = "一、2015年度收入支出决算总体情况\n2015年度收入总计484万元，支出总计484万元。与2014年相比，收入增加134万元，主要原因是职工工资增加。"
            + "支出增加113万元，主要原因是职工工资增加。\n三、一般公共预算财政拨款支出决算情况\n（一般公共预算财政拨款支出决算具体情况，按支出功能分类类级科目逐类分析）\n";
        var f = Assert.Single(new StatedTotalsBalance().Check(Read(text)));
        Assert.Contains("134", f.Message, StringComparison.Ordinal);
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("支出增加113万元", "支出增加134万元", StringComparison.Ordinal))));
        Assert.Single(new TemplateInstructions().Check(Read(text)));
    }

    [Fact]
    public void Income_kinds_cannot_add_up_to_more_than_the_years_income()
    {
        // 澧县 2018: 2150.48 + 1497.40 = 3647.88, above the 收入合计 3647.38.
        const string text = "二、收入决算情况说明\n2018年收入合计3647.38万元，其中：财政拨款收入2150.48万元，事业收入1497.40万元。\n";
        Assert.Contains(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error && f.Message.Contains("3,647.88", StringComparison.Ordinal));
        // Fewer may be a kind left unnamed (其他收入).
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("3647.38", "3700.00", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void The_retired_listed_beside_the_staff_in_post_is_a_warning_not_an_error()
    {
        // Three reviewers of three sets: two took "实有53人，其中在职53人，离退休13人" for a slip, one for a template that keeps the
        // retired outside 实有人数.
        const string text = "一、部门概况\n单位人员编制57人，实有人员：53人，其中财政供养在职人员53人，离退休人员13人。\n";
        Assert.Equal(Severity.Warning, Assert.Single(new HeadcountParts().Check(Read(text))).Severity);
        Assert.Equal(Severity.Error, Assert.Single(new HeadcountParts().Check(Read("一、部门概况\n共有人员53人，其中在职人员50人，退休人员13人。\n"))).Severity);
    }

    [Fact]
    public void A_change_after_a_qizhong_list_that_fits_the_head_exactly_is_the_heads()
    {
        // 梧州 2025 (a budget, in 元): 27125219.46 ÷ (37337407.64 − 27125219.46) = 265.62%, the head's change.
        const string text = "三、部门预算情况说明\n另外，下属共有6个事业单位，事业运行经费总预算安排37337407.64元，其中：基本支出预算488180.64元，项目支出预算36849227元，"
            + "同比增加27125219.46元，增长265.6%，增加主要原因为落实政策推进各项业务。\n";
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(Read(text)), f => f.Severity != Severity.Note);
    }

    [Fact]
    public void The_contents_tail_after_a_texts_end_and_a_heading_cut_short_are_not_warnings()
    {
        // 常宁 2018 (a stored page): the text stops in "四、财政拨款收入支出决算", the 目录's "四、…决算总表" cut short.
        const string text = "目 录\n第一部分 单位概况\n第二部分 2018年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表\n"
            + "第三部分 2018年度部门决算情况说明\n第四部分 名词解释\n第一部分 单位概况\n本单位为全额拨款事业单位。\n第二部分 2018年度部门决算表\n（8张公开表附后）\n"
            + "一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算";
        Assert.DoesNotContain(new ContentsMatchBody().Check(Read(text)), f => f.Severity != Severity.Note);
        // A heading that adds "关于<unit><year>" to the 目录's wording is the same heading.
        const string about = "目 录\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n一、关于某某小学2018年度收入支出决算总体情况说明\n二、收入决算情况说明\n";
        Assert.DoesNotContain(new ContentsMatchBody().Check(Read(about)), f => f.Severity != Severity.Note);
    }
    [Fact]
    public void A_spending_share_in_paragraphs_run_together_is_of_the_spending_total()
    {
        // 渠县 2017: 322.57 ÷ 6650.46 = 4.85%, 6327.89 ÷ 6650.46 = 95.15%; the income paragraph before it ends in "；".
        const string text = "二、收入支出决算情况说明\n本年收入合计8347.46万元，其中：财政拨款收入8347.46万元，占100%；\n"
            + "本年支出合计6650.46万元，其中：基本支出322.57万元，占4.85%；项目支出6327.89万元，占95.15%；\n";
        var report = Read(text);
        Assert.DoesNotContain(report.Claims, c => c.Measure == Core.Published.Measure.Share && c.Subject == "基本支出" && c.Whole == "本年收入合计");
        Assert.DoesNotContain(new NarrativeShares().Check(report), f => f.Severity != Severity.Note);
        Assert.Contains(new NarrativeShares().Check(Read(text.Replace("占4.85%", "占5.85%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Shapes_of_the_xinjiang_and_chongqing_texts_are_read()
    {
        // 克州 2021: "“三公经费”财政拨款支出" is the 三公 total; "为年初预算数4688万元的80.51%" a completion (3758 ÷ 4688 = 80.16%).
        const string text = "一、“三公”经费情况说明\n2021年全州“三公经费”财政拨款支出4,855万元,比上年减支433万元,降低8.19%,为年初预算数6180万元的78.56%。"
            + "其中:公务用车运行维护费支出3758万元,比上年增支816万元,增长27.74%,为年初预算数4688万元的80.51%。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == "三公经费" && c.Measure == Core.Published.Measure.Amount && c.Number.Value == 4855m);
        Assert.Contains(new CompletionAgainstBudget().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("80.16%", StringComparison.Ordinal));
        // 长寿 2022: "年初结转29.69万元" is 上年结转和结余; 丰都 2018: "本单位收入合计" is 本年收入合计.
        Assert.Contains(Read("一、收入支出决算总体情况说明\n收支较上年决算数减少84.69万元，下降2.5%，年初结转29.69万元，年末结转83.12万元。\n").Claims,
            c => c.Subject == "上年结转和结余" && c.Number.Value == 29.69m);
        Assert.Contains(Read("二、收入决算情况说明\n2.收入情况。2018年度本单位收入合计3,930.20万元，较上年决算减少310.02万元，下降7.31%。\n").Claims,
            c => c.Subject == "本年收入合计" && c.Number.Value == 3930.2m);
    }

    [Fact]
    public void Parts_before_a_total_in_a_sentence_that_opens_with_qizhong_are_not_its_parts()
    {
        // 克州: the 全州 parts, then (a full stop lost) the 州本级 total of another scope.
        const string text = "一、“三公”经费情况说明\n2021年全州“三公”经费支出4855万元。其中：公务用车购置费470万元，公务用车运行维护费3758万元，公务接待费627万元，"
            + "因公出国（境）费0万元州本级“三公”经费支出1127万元，比上年减支73万元。\n";
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
    }
    [Fact]
    public void A_change_whose_direction_alone_may_be_wrong_says_so_beside_the_rate()
    {
        // 阿图什 2021: 1490.91 万元, "减支670.23万元，降低81.67%": 670.23 ÷ (1490.91 − 670.23) = 81.67% — a rise written as a fall
        // (the category's parts add up only so); the same figures arise from a rate taken against 本年 + 增减额 (西藏 2024), so
        // the message names both readings.
        const string text = "一、“三公”经费情况说明\n公务用车运行维护费支出1490.91万元，比上年减支670.23万元，降低81.67%。\n";
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("方向写反", f.Message, StringComparison.Ordinal);
        Assert.Contains("820.68", f.Message, StringComparison.Ordinal);
        Assert.Contains("31.01%", f.Message, StringComparison.Ordinal);
        // A rate wrong in itself is still said as before.
        Assert.DoesNotContain("方向写反", Assert.Single(new NarrativeYearOnYear().Check(Read(text.Replace("降低81.67%", "降低35.00%", StringComparison.Ordinal)))).Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Shapes_of_the_tenth_batch_are_read()
    {
        // 百色 2021 (广西's template): "较2020年度决算数178.78万元相比" prints last year's amount; 178.78 − 16.49 = 162.29, 16.49 ÷ 178.78 = 9.22%.
        const string guangxi = "二、收入决算情况说明\n1.一般公共预算财政拨款收入162.29万元，为本级财政当年拨付的资金。较2020年度决算数178.78万元相比，减少16.49万元，下降9.22%。\n";
        var report = Read(guangxi);
        Assert.Contains(report.Claims, c => c.Measure == Core.Published.Measure.PriorAmount && c.Number.Value == 178.78m);
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(report), f => f.Severity != Severity.Note);
        Assert.Contains(new NarrativeYearOnYear().Check(Read(guangxi.Replace("减少16.49万元", "减少15.49万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);

        // 开州 2021: eight offices, the 、 left out between the last six.
        const string offices = "一、单位概况\n本中心设8个内设机构，分别是综合科、财务稽核科、失业保险科城乡就业统筹科培训科人力资源服务科创业指导科农村劳务开发科。\n";
        Assert.Empty(new DivisionCount().Check(Read(offices)));
        Assert.Single(new DivisionCount().Check(Read(offices.Replace("设8个", "设9个", StringComparison.Ordinal))));

        // 湛江 2018 (a budget statement): "…预算合计34.6万元。其中：…" — the parts' budgets add to 32.6.
        const string budget = "一、“三公”经费预算情况说明\n2018年财政拨款“三公”经费预算合计34.6万元。其中：因公出国（境）费0万元；公务用车购置费0万元；"
            + "公务用车运行维护费28.6万元；公务接待费4万元。\n";
        Assert.Contains(new PartsOfStatedTotal().Check(Read(budget)), f => f.Severity == Severity.Error && f.Message.Contains("32.6", StringComparison.Ordinal));
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(budget.Replace("34.6万元", "32.6万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }
    [Fact]
    public void A_share_of_two_items_together_is_no_one_items()
    {
        // 教育部 2024: "经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%" — (16,348.77 + 3,363.59) ÷ 42,828,112.97 = 0.05%.
        const string text = "二、收入决算情况说明\n本年收入合计42,828,112.97万元。其中：财政拨款17,229,526.68万元，占40.2%；事业收入18,512,156.91万元，占43.2%；"
            + "经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%；其他收入7,066,717.02万元，占16.5%。\n";
        var report = Read(text);
        Assert.DoesNotContain(report.Claims, c => c.Measure == Core.Published.Measure.Share && c.Number.Value == 0.1m);
        Assert.DoesNotContain(new NarrativeShares().Check(report), f => f.Severity != Severity.Note && f.Message.Contains("附属单位", StringComparison.Ordinal));
    }
    [Fact]
    public void An_approximate_sum_is_no_items_figure()
    {
        // 中新社 2023: "…绩效评价报告40份，涉及资金规模约1490亿元" in a 三公 paragraph is no 三公 figure.
        var report = Read("一、“三公”经费情况说明\n“三公”经费支出10.00万元，比上年减少2.00万元，下降16.67%。开展绩效评价报告40份，涉及资金规模约1490亿元。\n");
        Assert.DoesNotContain(report.Claims, c => c.Number.Value == 14_900_000m);
        Assert.Contains(report.Claims, c => c.Subject == "三公经费" && c.Measure == Core.Published.Measure.ChangeAmount && c.Number.Value == -2m);
    }
    [Fact]
    public void Shapes_of_the_twelfth_batch_are_read()
    {
        // 湛江 2018: 公务招待费 is 公务接待费; "增加948.5万元，上涨84.12%" — 948.5 ÷ (2076.0 − 948.5) = 84.12%.
        var report = Read("一、“三公”经费情况说明\n公务招待费2076.0万元，比上年增加948.5万元，上涨84.12%。\n");
        Assert.Contains(report.Claims, c => c.Subject == "三公:公务接待费" && c.Measure == Core.Published.Measure.ChangeRate && c.Number.Value == 84.12m);
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(report), f => f.Severity != Severity.Note);
        // 北海 2023, a 单位决算: "二、决算单位构成" is whole; "一、单位主要职能" in the 目录 for the body's "一、主要职能" is one heading.
        const string unit = "目 录\n一、单位主要职能\n二、决算单位构成\n一、主要职能\n负责城市照明设施管理。\n二、决算单位构成\n本单位无下属单位。\n";
        Assert.Empty(new DamagedHeading().Check(Read(unit)));
        // …and 重庆's "三、单位构成" is whole, not "决算单位构成" cut short (37 stored texts print it).
        Assert.Empty(new DamagedHeading().Check(Read("三、单位构成\n本单位无下属单位。\n")));
        Assert.Single(new DamagedHeading().Check(Read("、机构设置\n设办公室。\n")));
        Assert.DoesNotContain(new ContentsMatchBody().Check(Read(unit)), f => f.Severity != Severity.Note);
    }
    [Fact]
    public void Three_public_category_budgets_derived_from_their_differences_make_up_the_whole_budget()
    {
        // 海口 2021 (a court): 0 + (57.36 + 17.54) + (0.18 + 4.82) = 79.90, the text states the whole budget as 89.90.
        const string text = "一、“三公”经费支出决算总体情况说明\n2021年度一般公共预算财政拨款“三公”经费支出预算为89.90万元，支出决算为57.53万元，完成预算的63.99%。\n"
            + "二、“三公”经费支出决算具体情况说明\n（一）因公出国（境）费支出0万元。\n因公出国（境）费支出决算比预算数增加（减少）0万元，增长（下降）0%。主要原因是全年未安排团组。\n"
            + "（二）公务用车购置及运行费支出57.36万元。\n公务用车购置及运行费支出决算数比预算数减少17.54万元，下降23.42%。主要原因是加强公务用车管理。\n"
            + "（三）公务接待费支出0.18万元。\n公务接待费支出决算数比预算数减少4.82万元，下降96.40%。主要原因是加强公务接待管理。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("79.9", f.Message, StringComparison.Ordinal);
        Assert.Contains("89.9", f.Message, StringComparison.Ordinal);
        // The template's "增加（减少）0万元" is read as no difference: the abroad category's budget is its 决算, 0.
        Assert.Contains(Read(text).Claims, c => c.Subject == "三公:因公出国（境）费" && c.Measure == Core.Published.Measure.BudgetDifference && c.Number.Value == 0m);
        // With the whole budget 79.90 the three make it up, within the rounding of the printed figures.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("89.90", "79.90", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // Two categories alone may fall short of the whole (the third's budget is not known), never exceed it.
        var two = text.Replace("因公出国（境）费支出决算比预算数增加（减少）0万元，增长（下降）0%。", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(two)), f => f.Severity == Severity.Error);
        Assert.Contains(new PartsOfStatedTotal().Check(Read(two.Replace("89.90", "70.00", StringComparison.Ordinal))), f => f.Severity == Severity.Error && f.Message.Contains("超过", StringComparison.Ordinal));
    }
    [Fact]
    public void A_reason_naming_an_item_that_moved_the_other_way_by_its_own_figures_is_a_warning()
    {
        // 红河 2021: the vehicles' running costs fell by 332.09, yet the rise of the whole is put down to their rise.
        const string text = "一、“三公”经费支出情况说明\n公务用车运行维护费707.53万元，比2020年减少332.09万元，减少31.94%。\n"
            + "2021年“三公”经费决算数比2020年增加43万元，增长4.01%。主要是原因公务用车运行维护费增加，接待工作增多。\n";
        var f = Assert.Single(new ReasonDirection().Check(Read(text)));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("332.09", f.Message, StringComparison.Ordinal);
        // Had the running costs risen, the reason would agree with them.
        Assert.Empty(new ReasonDirection().Check(Read(text.Replace("比2020年减少332.09万元，减少31.94%", "比2020年增加32.09万元，增长4.75%", StringComparison.Ordinal))));
        // An item named without a direction after it argues nothing.
        Assert.Empty(new ReasonDirection().Check(Read(text.Replace("公务用车运行维护费增加，", "公务用车运行维护费的使用，", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_year_that_opens_a_clause_speaks_for_the_bare_amounts_listed_after_it()
    {
        // 儋州 2023 (a kindergarten): 453.13 − 400.22 = 52.91, 52.91 ÷ 400.22 = 13.22% — right; the second 400.22 is 2022's too.
        const string text = "一、收入支出决算总体情况说明\n2023年度收入总计453.13万元，支出总计453.13万元，2022年度收入总计400.22万元，支出总计400.22万元，"
            + "与2022年度相比，收入、支出总计各增加52.91万元，增长13.22%。主要原因是人员工资福利基数增加。\n";
        var report = Read(text);
        Assert.Equal(2, report.Claims.Count(c => c.Measure == Core.Published.Measure.PriorAmount && c.Number.Value == 400.22m));
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(report), f => f.Severity == Severity.Error);
        Assert.Contains(new NarrativeYearOnYear().Check(Read(text.Replace("13.22%", "15.23%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Income_kinds_and_the_carry_over_listed_under_the_income_total_may_not_exceed_it()
    {
        // 刘堡镇卫生院 2021: 364.5594 + 50.7050 + 14.9614 = 430.2258, the total printed 415.2644.
        const string text = "一、收入支出决算总体情况说明\n（一）收入决算情况。2021年度，收入总计为415.2644万元，其中：\n1.财政拨款收入364.5594万元，为一般公共预算资金。\n"
            + "2.事业收入50.7050万元，为事业单位开展专业业务活动取得的收入。\n3.上年结转和结余14.9614万元，为以前年度结转的资金。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("430.2258", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("415.2644", "430.2258", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // A kind left out (其他收入) may make up a total larger than the parts listed.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("415.2644", "440.0000", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_final_account_published_before_its_year_ended_is_of_another_year()
    {
        // 阿坝州 2023 (a hospital's 目录 page): a 2023 决算 dated 2023-09-06.
        const string text = "目录\n公开时间:2023年9月6日\n第一部分 单位概况\n一、主要职责\n第二部分 2023年度单位决算情况说明\n一、收入支出决算总体情况说明\n第三部分 名词解释\n";
        var f = Assert.Single(new WrongYear().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("2023年9月6日", f.Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(text.Replace("2023年9月6日", "2024年9月6日", StringComparison.Ordinal))));
        // A 部门预算 is published before its year: no finding.
        Assert.Empty(new WrongYear().Check(Read(text.Replace("决算", "预算", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_title_year_printed_before_the_units_name_is_the_reports_year()
    {
        // 大英 2024 (a school): title "2024年度…红旗小学部门决算", its 目录 "第二部分 2023年度部门决算情况说明……5".
        const string text = "2024年度四川省大英县红旗小学部门决算\n目录\n第一部分 部门概况……2\n第二部分 2023年度部门决算情况说明……5\n第三部分 名词解释……9\n";
        var report = Read(text);
        Assert.Equal(2024, report.Year?.Value);
        Assert.Contains(new WrongYear().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("2023年度部门决算情况说明", StringComparison.Ordinal));
        Assert.Empty(new WrongYear().Check(Read(text.Replace("2023年度部门决算情况说明", "2024年度部门决算情况说明", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_difference_from_a_printed_budget_follows_from_the_two()
    {
        // 潍坊 / 南安 (三公 summaries): 9663 − 13874 = −4211 (printed 4121); (1421 − 2621) ÷ 2621 = −45.78% (printed 45.8%, right).
        var amount = Read("一、“三公”经费决算情况\n2015年市级“三公”经费决算数为9663万元，预算数为13874万元，比年初预算数减少4121万元。\n");
        Assert.Contains("4,211", Assert.Single(new NarrativeYearOnYear().Check(amount), f => f.Severity == Severity.Error).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(Read("一、“三公”经费决算情况\n2015年市级“三公”经费决算数为9663万元，预算数为13874万元，比年初预算数减少4211万元。\n")),
            f => f.Severity == Severity.Error);
        const string rate = "一、“三公”经费决算情况\n经汇总，本级2020年“三公”经费决算数为1421万元，比年初预算的2621万元下降45.8%。\n";
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(Read(rate)), f => f.Severity == Severity.Error);
        Assert.Contains(new NarrativeYearOnYear().Check(Read(rate.Replace("45.8%", "54.8%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // A region's summary owes no counts of vehicles and batches.
        Assert.DoesNotContain(new SectionsPresent().Check(Read(rate)), f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void Vehicle_running_costs_go_by_their_other_names()
    {
        // 南安 2020: "公务用车运行经费"; 海口 2021: "公务用车(含执勤执法用车)运行支出".
        var a = Read("一、“三公”经费决算情况\n“三公”经费决算数为1421万元，其中，因公出国（境）经费7万元；公务接待费192万元；公务用车购置经费142万元；公务用车运行经费1080万元。\n");
        Assert.Contains(a.Claims, c => c.Subject == "三公:公务用车运行维护费" && c.Number.Value == 1080m);
        Assert.Contains(a.Claims, c => c.Subject == "三公:公务用车购置费" && c.Number.Value == 142m);
        var b = Read("（二）公务用车购置及运行费\n公务用车（含执勤执法用车）运行支出57.36万元，主要用于公务用车运行及维护。\n");
        Assert.Contains(b.Claims, c => c.Subject == "三公:公务用车运行维护费" && c.Number.Value == 57.36m);
    }

    [Fact]
    public void A_template_note_asking_the_unit_to_fill_in_is_residue()
    {
        var f = Assert.Single(new TemplateInstructions().Check(Read("目录（注:请单位根据实际注明页码）\n第一部分 单位概况\n")));
        Assert.Equal(Severity.Error, f.Severity);
        // 北京 2023 (a district's 事业单位): the template's notes to the filler in two headings.
        Assert.Equal(2, new TemplateInstructions().Check(Read("一、部门/单位基本情况(比照预算公开的内容格式)\n(一)机构设置、职责(需公开内设机构数量和下属单位数量及名称)\n")).Count());
        Assert.Empty(new TemplateInstructions().Check(Read("一、单位基本情况\n(一)机构设置、职责（内设机构9个）\n")));
    }

    [Fact]
    public void Units_by_kind_add_up_to_the_units_stated()
    {
        // 东岳 2018 (a school): "下属二级决算单位0个，其中行政单位0个，参照公务员法管理的事业单位1个".
        const string text = "一、机构设置\n下属二级决算单位0个，其中行政单位0个，参照公务员法管理的事业单位1个，下设校长办公室、教务处。\n";
        var f = Assert.Single(new HeadcountParts().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("个单位", f.Message, StringComparison.Ordinal);
        Assert.Empty(new HeadcountParts().Check(Read(text.Replace("单位0个，其中", "单位1个，其中", StringComparison.Ordinal))));
        Assert.Empty(new HeadcountParts().Check(Read("一、机构设置\n纳入本部门决算汇编范围的独立核算单位共8个，其中行政单位1个，事业单位7个。\n")));
        // 泸西 2016: "单位共1个，为其他事业单位6个".
        Assert.Equal(Severity.Error, Assert.Single(new HeadcountParts().Check(Read("一、机构设置\n纳入2016年部门决算编报的单位共1个，为其他事业单位6个。\n"))).Severity);
        Assert.Empty(new HeadcountParts().Check(Read("一、机构设置\n纳入2016年部门决算编报的单位共1个，为其他事业单位1个。\n")));
        // Fewer in the kinds than in the whole: a kind left unnamed, or a slip — a warning.
        Assert.Equal(Severity.Warning, Assert.Single(new HeadcountParts().Check(Read("一、机构设置\n纳入本部门决算汇编范围的独立核算单位共9个，其中行政单位1个，事业单位7个。\n"))).Severity);
    }

    [Fact]
    public void Three_public_parts_in_the_paragraphs_after_the_total_add_up_to_it()
    {
        // 潍坊 2015 (a newspaper's report of the city's summary): 326 + 8645 + 692 = 9663; a 公务用车 sentence's own 其中 between them.
        const string text = "一、“三公”经费决算情况\n2015年市级“三公”经费决算数为9663万元，预算数为13874万元，比年初预算数减少4211万元，主要是严格控制支出。\n"
            + "其中，因公出国（境）经费326万元，比年初预算数减少84万元，共组织因公出国（境）团组17个，105人次。\n"
            + "公务用车购置及运行维护费8645万元，比年初预算数减少2039万元。其中公务用车购置费131万元，比年初预算数减少469万元；公务用车运行维护费8514万元，比年初预算数减少1570万元。\n"
            + "公务接待费692万元，比年初预算数减少2088万元。\n";
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        // (The categories' budgets, each 决算 + its shortfall, then miss the whole budget by the same 63: said too.)
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("公务接待费692万元", "公务接待费629万元", StringComparison.Ordinal))),
            f => f.Severity == Severity.Error && f.Message.Contains("其中各项之和", StringComparison.Ordinal));
        Assert.Contains("9,600", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reception_at_home_and_abroad_are_the_reception_costs_parts_and_a_count_between_an_amount_and_its_difference_is_passed_over()
    {
        // 潍坊 2015: 603 + 89 = 692; "购置用车6辆" stands between 公务用车购置费 131 and its difference from the budget, 469.
        const string text = "一、“三公”经费决算情况\n公务接待费692万元，比年初预算数减少2088万元。其中国内接待费603万元，共计接待3837批次，37861人次；国（境）外接待费89万元，共计接待152批次，1817人次。\n"
            + "其中公务用车购置费131万元，购置用车6辆，比年初预算数减少469万元。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == "三公:公务用车购置费" && c.Measure == Core.Published.Measure.BudgetDifference && c.Number.Value == -469m);
        Assert.Single(report.Claims, c => c.Subject == "三公:公务接待费" && c.Measure == Core.Published.Measure.Amount);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(report), f => f.Severity == Severity.Error);
        Assert.Contains(new PartsOfStatedTotal().Check(Read(text.Replace("国内接待费603万元", "国内接待费630万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Shapes_of_the_fourteenth_batch_are_read()
    {
        // 荣昌 2024 (a school): −3117.38 ÷ 9433.07 = −33.0475%, printed "下降33.1%" — rounded to 33.05 first, then to a tenth:
        // accepted. Printed 33.4% it is an error, said once for the two totals the one rate speaks of, quoting the rate as printed.
        const string twice = "一、收入支出决算总体情况说明\n2024年度收入总计6315.69万元，支出总计6315.69万元，与2023年相比，收入、支出总计各减少3117.38万元，下降33.1%。\n";
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(Read(twice)), f => f.Severity == Severity.Error);
        var wrong = Assert.Single(new NarrativeYearOnYear().Check(Read(twice.Replace("33.1%", "33.4%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        Assert.Contains("写 -33.4%", wrong.Message, StringComparison.Ordinal);

        // 怀远 2020 (a 三公 budget): "比上年增加（减少）35万元" has no direction: not read (before, a second budget of 35).
        var alternatives = Read("一、“三公”经费预算情况\n公务用车购置及运行费预算35万元，比上年增加（减少）35万元。\n");
        Assert.Single(alternatives.Claims, c => c.Number.Value == 35m);

        // 荣昌 2020: 绩效 named in the reason does not make the totals performance figures.
        var reason = Read("一、收入支出决算总体情况说明\n2020年度收入总计1258.65万元，支出总计1258.65万元，与2019年相比，收、支总计各减少964.42万元，下降43.4%，主要原因是上年发放了绩效目标考核奖。\n");
        Assert.Contains(reason.Claims, c => c.Subject == "收入总计" && c.Number.Value == 1258.65m);
        Assert.DoesNotContain(reason.Claims, c => c.Subject.StartsWith("绩效", StringComparison.Ordinal));

        // 秦安 2022: the title after the 目录 ("…2022年度部门决算公开说明") and an opening kept from 2021.
        const string opening = "目录\n第一部分 部门概况\n第三部分 2022年度部门决算情况说明\n第四部分 名词解释\n秦安县财政局2022年度部门决算公开说明\n第一部分 部门概况\n"
            + "根据有关通知精神。现将秦安县财政局2021年度部门决算信息公开如下:\n";
        var report = Read(opening);
        Assert.Equal(2022, report.Year?.Value);
        Assert.Contains(new WrongYear().Check(report), f => f.Severity == Severity.Error && f.Message.Contains("现将秦安县财政局2021年度部门决算信息公开如下", StringComparison.Ordinal));
        Assert.DoesNotContain(new WrongYear().Check(Read(opening.Replace("现将秦安县财政局2021", "现将秦安县财政局2022", StringComparison.Ordinal))), f => f.Severity == Severity.Error);

        // 天水 2017: "本单位支出为288.13万元" is the year's spending.
        Assert.Contains(Read("一、收入支出决算总体情况说明\n本单位支出为288.13万元，年末结转和结余1.35万元。\n").Claims, c => c.Subject == "本年支出合计" && c.Number.Value == 288.13m);
    }

    [Fact]
    public void Shapes_the_review_of_this_batch_found_misread()
    {
        // A clause that opens with a date is no year of the amounts after it: this year's totals stay this year's, and their
        // wrong rate is found (50 ÷ 450 = 11.11%).
        var dated = Read("一、收入支出决算总体情况说明\n本年度收入支出均有增长，2023年12月划入两个事业单位后，收入总计500.00万元，支出总计500.00万元，与上年相比各增加50.00万元，增长10.00%。\n");
        Assert.DoesNotContain(dated.Claims, c => c.Measure == Core.Published.Measure.PriorAmount);
        Assert.Contains(new NarrativeYearOnYear().Check(dated), f => f.Severity == Severity.Error);

        // A count's own rate stays the count's: 20 批次 fell 20%, the reception costs 2 of 12 (16.67%).
        var counted = Read("一、“三公”经费情况\n公务接待费10.00万元，比上年减少2.00万元；共接待20批次，比上年下降20%。\n");
        Assert.DoesNotContain(counted.Claims, c => c.Subject == "三公:公务接待费" && c.Measure == Core.Published.Measure.ChangeRate);
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(counted), f => f.Severity == Severity.Error);

        // Two items of one name (2010101 and 2080101 行政运行): a reason naming it names neither.
        var shared = Read("一、支出决算情况说明\n一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）100.00万元，比上年减少10.00万元。\n"
            + "社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）200.00万元，比上年增加20.00万元，主要原因是行政运行支出增加。\n");
        Assert.Empty(new ReasonDirection().Check(shared));

        // A kind broken down after a second 其中 adds no kind: 1 + 2 = 3.
        Assert.Empty(new HeadcountParts().Check(Read("一、机构设置\n纳入决算编制范围的单位共3个，其中行政单位1个，事业单位2个，其中全额拨款事业单位1个，差额拨款事业单位1个。\n")));

        // Differences from an adjusted budget are no parts of the initial one.
        var bases = Read("一、“三公”经费情况\n“三公”经费年初预算为100.00万元。\n因公出国（境）费支出决算5.00万元，比调整后预算减少5.00万元。\n"
            + "公务用车购置及运行费支出决算60.00万元，比调整后预算减少10.00万元。\n公务接待费支出决算20.00万元，比调整后预算减少5.00万元。\n");
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(bases), f => f.Severity == Severity.Error && f.Message.Contains("预算数之和", StringComparison.Ordinal));

        // 华龙 2018: "差值为0.9万元" is the budget less the spending, no amount of the 三公 total its 其中 list adds up to.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read("二、“三公”经费与年初预算对比情况\n“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元。"
            + "其中：因公出国（境）支出0万元，年初预算为0万元；公务接待费支出2.05万元，年初预算为2万元。\n")), f => f.Severity == Severity.Error);

        // 黔江 2023: last year's total and its parts, then this year's in the same sentence — the parts are last year's.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read("一、收入支出决算总体情况说明\n收支较上年决算数减少570.58万元，下降8.11%，主要原因是2022年收入总计7033.15万元，"
            + "包括本年收入合计6925.14万元，使用年初结转和结余108.01万元；2023年收入总计6462.57万元，包括本年收入合计6462.57万元，使用年初结转和结余0万元。\n")), f => f.Severity == Severity.Error);

        // 公务用车购置及运行费 is the whole category, never its running costs; a template's note of another kind is no instruction.
        Assert.DoesNotContain(Read("（二）公务用车\n公务用车购置及运行费支出57.36万元。\n").Claims, c => c.Subject == "三公:公务用车运行维护费");
        Assert.Empty(new TemplateInstructions().Check(Read("（注：本表金额单位为万元）\n第一部分 单位概况\n")));
    }

    [Fact]
    public void Shapes_of_the_fifteenth_batch_are_read()
    {
        // 百色 2024: a city's 三公 budget ("一般公共预算安排的“三公”经费支出共计3923万元") is a budget statement: no counts owed.
        const string budget = "2024年“三公”经费预算情况说明\n2024年，一般公共预算安排的“三公”经费支出共计3923万元，比2023年预算数减少332万元，下降7.81%。其中：\n"
            + "公务接待费638万元，比上年年初预算减少317万元。\n";
        var report = Read(budget);
        Assert.Equal(Core.Published.DocumentNature.Budget, report.Nature);
        Assert.DoesNotContain(new SectionsPresent().Check(report), f => f.Severity == Severity.Warning);

        // 昌宁 2015: a county's 三公 决算 added up by its finance bureau ("经昌宁县财政局汇总"): no counts owed either.
        var county = Read("一、“三公”经费决算情况\n经昌宁县财政局汇总，昌宁县本级2015年“三公”经费决算数为1957.23万元，其中：因公出国（境）费66万元，公务接待费918.5万元。\n");
        Assert.DoesNotContain(new SectionsPresent().Check(county), f => f.Severity == Severity.Warning);
        Assert.Contains(new SectionsPresent().Check(Read("一、“三公”经费决算情况\n本部门2015年“三公”经费决算数为1957.23万元，其中：因公出国（境）费66万元，公务接待费918.5万元。\n")),
            f => f.Severity == Severity.Warning);

        // 铜梁 2021: a town's "“三公”经费决算汇总情况" (经费…汇总 is no 经…汇总 by a finance bureau) still owes its counts.
        Assert.Contains(new SectionsPresent().Check(Read("2021年“三公”经费决算汇总情况\n2021年“三公”经费支出共计9.07万元，较上年支出数减少0.71万元，下降7.83%。\n")),
            f => f.Severity == Severity.Warning);

        // 澧县 2016: 基本支出's economic 类 on the numbered lines after it: 2338.13 + 76.6438 + 678.71 = 3093.4838 > 3093.3838.
        const string basic = "三、一般公共预算财政拨款支出情况\n（一）基本支出：3093.3838万元。其中1、工资福利支出2338.13万元，2、商品和服务支出76.6438万元，3、对个人和家庭补助支出678.71万元。\n";
        Assert.Contains("3,093.4838", Assert.Single(new PartsOfStatedTotal().Check(Read(basic)), f => f.Severity == Severity.Error).Message, StringComparison.Ordinal);
        // Less than the total is no error: 资本性支出 may be left out.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(basic.Replace("3093.3838", "3100.0000", StringComparison.Ordinal))), f => f.Severity == Severity.Error);

        // 澧县 2016: the balance's parts carried over by kind are items of their own, not 基本支出 or the balance again.
        var carried = Read("一、收入支出决算总体情况说明\n（二）年末结转和结余71.9462万元。其中：基本支出结转71.9462万元，项目支出结转0.00万元。\n");
        Assert.Single(carried.Claims, c => c.Subject == "年末结转和结余");
        Assert.DoesNotContain(carried.Claims, c => c.Subject == "基本支出");
    }

    [Fact]
    public void A_total_that_names_nothing_before_its_list_of_classes_is_the_years_spending_and_its_classes_add_up_to_it()
    {
        // 澧县 2016: "支出决算数3109.3838万元，其中：" five 类: 3.6540 + 2405.0198 + 462.6 + 216.11 + 6 = 3093.3838, 16 short; the
        // 3109.3838 is no 一般公共服务支出 (the first 类 named after it), 社会保障与就业支出 is 208 and 其他支出 the 类 229.
        const string text = "二、部门收支概况\n1、收入决算：2016年决算数3181.33万元，其中：公共预算财政拨款收入3165.33万元，政府性基金预算拨款收入16.00万元。\n"
            + "2、支出决算：2016年支出决算数3109.3838万元，其中：一般公共服务支出3.6540万元，教育支出2405.0198万元，社会保障与就业支出462.6万元，住房保障支出216.11万元，其他支出6万元。\n";
        var report = Read(text);
        Assert.Equal(3109.3838m, Assert.Single(report.Claims, c => c.Subject == "本年支出合计").Number.Value);
        Assert.Single(report.Claims, c => c.Subject == "类:201");
        Assert.Equal(462.6m, Assert.Single(report.Claims, c => c.Subject == "类:208").Number.Value);
        Assert.Equal(6m, Assert.Single(report.Claims, c => c.Subject == "类:229").Number.Value);
        // The income: 3165.33 + 16.00 = 3181.33, the funds of 财政拨款收入.
        Assert.Equal(3181.33m, Assert.Single(report.Claims, c => c.Subject == "财政拨款收入").Number.Value);
        Assert.Single(report.Claims, c => c.Subject == "一般公共预算财政拨款收入");

        var error = Assert.Single(new PartsOfStatedTotal().Check(report), f => f.Severity == Severity.Error);
        Assert.Contains("3,093.3838", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("3109.3838", "3093.3838", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // A list that says it is partial ("主要") owes no sum below the total; above it, it is still wrong.
        var partial = text.Replace("其中：一般", "主要用于：一般", StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(partial)), f => f.Severity == Severity.Error);
        Assert.Contains(new PartsOfStatedTotal().Check(Read(partial.Replace("3109.3838", "3000.0000", StringComparison.Ordinal))), f => f.Severity == Severity.Error);

        // An unnamed amount whose list is of no known kind is left unread, not given to the first part.
        var other = Read("2、支出决算：2016年决算数100.00万元，其中：培训费60.00万元，会议费40.00万元。\n");
        Assert.DoesNotContain(other.Claims, c => c.Number.Value == 100m);
    }

    [Fact]
    public void Cells_of_a_table_or_a_heading_run_together_into_one_line_are_no_word_typed_twice()
    {
        // 东莞 2021, its PDF flattened to one line: the heading "机构设置" then the text "机构设置情况：…".
        var heading = Read("一、收入支出决算总体情况说明\n二、单位 机构设置 机构设置情况:2021 年某某支队 15 个内设部门,分别是交通秩序科、宣传科、事故处理科、车辆管理所、科技科、法制科、指挥中心、警务保障科。\n");
        Assert.Empty(new RepeatedWords().Check(heading));
        Assert.Single(new RepeatedWords().Check(Read("一、收入支出决算总体情况说明\n二、单位机构设置 机构设置机构设置情况:2021 年某某支队 15 个内设部门,分别是交通秩序科、宣传科、事故处理科、车辆管理所、科技科、法制科、指挥中心、警务保障科。\n")));

        // 银川 2021, a 绩效自评表 run together: 二级 and 三级指标 share their words, an indicator and its value are alike.
        const string scored = "一、项目绩效自评情况\n一级指标 二级指标 三级指标 分值 得分 2、预算执行率10一100%9财务管理财务管理制度有效性7一财务制度健全。"
            + "3、指标效果显著15改善学校的办学条件改善学校的办学条件13生态效益指标。时效指标（5分）公用经费完成时间52021年12月完成2021年12月完成4。\n";
        var report = Read(scored);
        Assert.Empty(new RepeatedWords().Check(report));
        Assert.DoesNotContain(new WrongYear().Check(report), f => f.Message.Contains("52021", StringComparison.Ordinal));
        // Outside such a table the same words twice are still a slip.
        Assert.Single(new RepeatedWords().Check(Read("一、项目情况\n项目资金15万元，主要用于改善学校的办学条件改善学校的办学条件。\n")));
    }

    [Fact]
    public void A_count_or_a_score_left_blank_and_the_self_evaluation_forms_own_instructions_are_template_residue()
    {
        // 石鼓 2017: "单价 0 万元以上设备 台(套)" and "绩效自评价平均得分 分" — the numbers never filled in.
        const string text = "三、其他重要事项的情况说明\n截至2017年12月31日，共有车辆0 台，其中，一般公务用车 0 台、其他用车 0 辆；单位价值50 万元以上设备 0 台(套)，其中：单价 0 万元以上设备 台(套)。\n"
            + "我单位自评项目 0 个，项目全年预算数合计 0 万元。执行数合计0 万元，完成预算的0 %，绩效自评价平均得分 分。\n";
        var blanks = new BlankFigure().Check(Read(text)).ToList();
        Assert.Equal(2, blanks.Count);
        Assert.Contains(blanks, f => f.Message.Contains("单价0万元以上设备 没有填写数量", StringComparison.Ordinal));
        Assert.Contains(blanks, f => f.Message.Contains("平均得分 没有填写分数", StringComparison.Ordinal));
        Assert.Empty(new BlankFigure().Check(Read(text.Replace("设备 台(套)。", "设备 2 台(套)。", StringComparison.Ordinal).Replace("得分 分", "得分 95 分", StringComparison.Ordinal))));
        // "得分分别为", "设备台账" are words, not blanks.
        Assert.Empty(new BlankFigure().Check(Read("三、绩效情况说明\n两个项目自评得分分别为95分、90分，建立设备台账1套，涉及资金12万元。\n")));

        // 大英 2023: the 项目支出绩效自评表's cells still hold the form's instructions; its footnote's "（100字以内）" is the form's own.
        const string form = "评价结论 |\n结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内) |\n存在问题 |\n结合自评情况,分析存在的问题及原因。(200字以内) |\n"
            + "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的,应单独说明理由。 |\n";
        var printed = new TemplateInstructions().Check(Read(form)).ToList();
        Assert.Equal(2, printed.Count);
        Assert.All(printed, f => Assert.Contains("结合自评情况", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Both_totals_named_in_one_breath_and_a_share_of_the_years_income_are_read()
    {
        // 珙县 2024: "财政拨款收入、支出总计均为241.78万元" is the 财政拨款 total, not the department's 支出总计.
        var appropriation = Read("一、收入支出决算总体情况说明\n2024年度收入、支出总计均为241.78万元。2024年度财政拨款收入、支出总计均为241.78万元。\n");
        Assert.Single(appropriation.Claims, c => c.Subject == "财政拨款收入支出总计");
        Assert.Single(appropriation.Claims, c => c.Subject == "收入总计");
        Assert.Single(appropriation.Claims, c => c.Subject == "支出总计");

        // 涪陵 2024: "收、支与2023年度相比，增加66.69万元" speaks of both totals.
        var both = Read("一、收入支出决算总体情况说明\n2024年度收入总计1262.46万元，支出总计1262.46万元。收、支与2023年度相比，增加66.69万元，增长5.6%。\n");
        Assert.Single(both.Claims, c => c.Subject == "收入总计" && c.Measure == Core.Published.Measure.ChangeAmount);
        Assert.Single(both.Claims, c => c.Subject == "支出总计" && c.Measure == Core.Published.Measure.ChangeAmount);

        // 广水 2023: "占本年收入63%" is of 本年收入合计: 2982.61 ÷ 4680.58 = 63.72%.
        const string share = "二、收入决算情况说明\n2023年度收入合计4680.58万元。其中：财政拨款收入2982.61万元，占本年收入63%；事业收入1697.97万元，占本年收入36.28%。\n";
        var finding = Assert.Single(new NarrativeShares().Check(Read(share)), f => f.Message.Contains("63.72", StringComparison.Ordinal));
        Assert.NotEqual(Severity.Note, finding.Severity);
        Assert.DoesNotContain(new NarrativeShares().Check(Read(share.Replace("63%", "63.72%", StringComparison.Ordinal))), f => f.Severity != Severity.Note);
    }

    [Fact]
    public void The_national_project_form_is_read_a_cell_to_a_line_and_its_total_and_blanks_are_checked()
    {
        // 银川 2023: a web page's 项目支出绩效自评表, a cell to a line; 总分 printed 98 while 9 + 20 + 15 + 14 + 28 + 10 = 96.
        string[] cells =
        [
            "项目支出绩效自评表", "（2023年度）", "项目名称 |", "社区养老服务补助 |", "主管部门 |", "某区民政局 |", "实施单位 |", "某区民政局 |",
            "项目资金（万元） |", "|", "年初预算数 |", "全年预算数 |", "全年执行数 |", "分值 |", "执行率 |", "得分 |",
            "年度资金总额 |", "100 |", "120 |", "108 |", "10 |", "90% |", "9 |",
            "绩效指标 |", "一级指标 |", "二级指标 |", "三级指标 |", "年度指标值 |", "实际完成值 |", "分值 |", "得分 |", "偏差原因分析及改进措施 |",
            "产出指标（50分） |", "数量指标 |", "服务老人数 |", "≥1000人 |", "1100人 |", "20 |", "20 |", "|",
            "质量指标 |", "服务合格率 |", "≥90% |", "95% |", "15 |", "15 |", "|",
            "时效指标 |", "补助发放及时率 |", "=100% |", "98% |", "15 |", "14 |", "个别批次延迟 |",
            "效益指标（30分） |", "社会效益指标 |", "居家养老覆盖率 |", "≥60% |", "55% |", "30 |", "28 |", "|",
            "满意度指标（10分） |", "服务对象满意度指标 |", "老人满意度 |", "≥90% |", "93% |", "10 |", "10 |", "|",
            "总分 |", "|", "|", "|", "|", "|", "100 |", "98 |", "|",
        ];
        var text = string.Join('\n', cells) + "\n";
        var findings = Auditor.Run(Read(text)).Where(f => f.RuleId.StartsWith("P-", StringComparison.Ordinal) && f.Severity != Severity.Note).ToList();
        var total = Assert.Single(findings);
        Assert.Equal(("P-SCORES", Severity.Error), (total.RuleId, total.Severity));
        Assert.Contains("总得分 98 ≠ 各指标得分 + 资金得分 = 96", total.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("98 |\n|\n", "96 |\n|\n", StringComparison.Ordinal))), f => f.RuleId.StartsWith("P-", StringComparison.Ordinal) && f.Severity != Severity.Note);

        // 青神 2023: a named indicator's 实际完成值 and 得分 never filled in: the total is not checked, the blanks are said once.
        var blank = text.Replace("95% |\n15 |\n15 |", "|\n15 |\n|", StringComparison.Ordinal);
        var said = Auditor.Run(Read(blank)).Where(f => f.RuleId.StartsWith("P-", StringComparison.Ordinal) && f.Severity != Severity.Note).ToList();
        var only = Assert.Single(said);
        Assert.Equal("P-BLANK", only.RuleId);
        Assert.Contains("「服务合格率」的完成值、「服务合格率」的得分", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cars_counted_in_tai_and_a_glossary_headed_in_other_words_are_read()
    {
        // A county that counts its cars in 台: 一般公务用车 1 + 执勤执法用车 1 + 特种专业技术用车 0 = 2, not 3.
        const string text = "某县交通局2023年度部门决算\n三、其他重要事项的情况说明\n（四）国有资产占用情况\n"
            + "截至2023年12月31日，本部门共有车辆3台，其中，一般公务用车1台、执勤执法用车1台、特种专业技术用车0台。单位价值50万元以上通用设备0台（套）。\n"
            + "五、对专业性较强的名词进行解释\n（一）财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n";
        var report = Read(text);
        Assert.Equal(report.Statements.Sum(s => s.FigureCount), report.Claims.Count);
        var parts = Assert.Single(Auditor.Run(report), f => f.RuleId == "N-PARTS");
        Assert.Equal(Severity.Error, parts.Severity);
        Assert.Contains("车辆 3 台 ≠ 其中各项之和 2 台（一般公务用车 1 台 + 执勤执法用车 1 台", parts.Message, StringComparison.Ordinal);
        Assert.Contains(Core.Published.ReportSection.Glossary, report.Sections);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("车辆3台", "车辆2台", StringComparison.Ordinal))), f => f.RuleId == "N-PARTS");
    }

    [Fact]
    public void A_budgets_change_on_last_years_budget_is_taken_against_the_budget_less_the_change()
    {
        // "年初预算为500.00万元，比上年年初预算增加100.00万元": last year's budget was 400, so the rate is 25%, not 30% — and the
        // change is no difference between this year's 决算 480 and its budget (three false errors before).
        const string text = "二、收入决算情况说明\n2023年度一般公共预算财政拨款支出年初预算为500.00万元，比上年年初预算增加100.00万元，增长30.00%；"
            + "支出决算为480.00万元，完成年初预算的96.00%。\n";
        var yoy = Assert.Single(Auditor.Run(Read(text)), f => f.RuleId == "N-YOY");
        Assert.Equal(Severity.Error, yoy.Severity);
        Assert.Contains("上年应为 400 万元，增减率应为 25.00%，情况说明写 30.00%", yoy.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("增长30.00%", "增长25.00%", StringComparison.Ordinal))), f => f.Severity != Severity.Note && f.RuleId.StartsWith("N-", StringComparison.Ordinal));
    }

    [Fact]
    public void Rates_without_their_changes_still_fix_last_years_amounts_and_the_parts_must_make_the_total()
    {
        // 南陵 许镇镇 2020: 15.5 ÷ (1 − 16.22%) + 20 ÷ (1 − 43.66%) = 18.50 + 35.50 = 54.00 = 35.5 ÷ (1 − 34.26%). With 32.26% printed the
        // total's last year would be 52.41, less than its parts' 54.00 — one of the rates is wrong. With 36.26% (55.69) 因公出国
        // (not named) may have had the difference last year: nothing to say.
        const string text = "（三）“三公”经费支出情况\n许镇镇2020年“三公”经费决算数共计35.5万元，比上年决算数字下降34.26%；其中公务接待费15.5万元，比上年决算数字下降16.22%；"
            + "公务用车运行维护费20万元，比上年决算数字下降43.66%。\n";
        Assert.DoesNotContain(Auditor.Run(Read(text)), f => f.RuleId == "N-PARTS" && f.Severity != Severity.Note);
        var wrong = Assert.Single(Auditor.Run(Read(text.Replace("34.26%", "32.26%", StringComparison.Ordinal))), f => f.RuleId == "N-PARTS");
        Assert.Equal(Severity.Error, wrong.Severity);
        Assert.Contains("三公经费 35.5 万元（下降32.26%）→ 上年 52.41 万元", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("合计 54 万元", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("34.26%", "36.26%", StringComparison.Ordinal))), f => f.RuleId == "N-PARTS" && f.Severity != Severity.Note);
    }

    [Fact]
    public void Yunnans_project_form_with_rows_broken_by_a_web_page_is_read_from_each_indicators_operator()
    {
        // 永德 明朗中学 2022: the title shares its row with the department; the funds row lost its blank cell (6 columns, 5
        // figures before the next row's 其中); 指标性质 printed ≧ and ═; a met target (≧100%, 完成 100%) scored 7 of 10.
        const string text = "2022年度项目支出绩效自评表 | 部门:某县某中学 |\n|\n"
            + "| 公开14表 | 项目名称 | 营养改善计划专项资金 | 主管部门 | 某县教育体育局 | 实施单位 | 某县某中学 | 项目资金 (元) |\n"
            + "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |\n"
            + "| 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政 拨款 |\n| 387664.62 | 387664.62 | — |\n"
            + "| — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 改善学生体质 | 改善学生体质 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |\n"
            + "| 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7 |\n"
            + "| 成本指标 | 生均补助标准达标率 | ═ | 100 | % | 100% | 10 | 10 |\n"
            + "| 效益指标 | 经济效益 指标 | 减轻学生家庭经济负担 |\n| 有效 |\n| 有效 | 10 | 10 |\n"
            + "| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |\n";
        var report = Read(text);
        var e = Assert.Single(report.Evaluations);
        Assert.Equal("营养改善计划专项资金", e.Name);
        Assert.Equal(["学生受资助人数", "资金到位及时率", "生均补助标准达标率"], e.Indicators.Select(i => i.Name));
        Assert.Equal("=", e.Indicators[2].Operator);
        Assert.True(e.IndicatorsIncomplete); // the qualitative row broken over three lines is not read: no sum is checked
        var findings = Auditor.Run(report).Where(f => f.Severity != Severity.Note && f.RuleId.StartsWith("P-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["P-BLANK", "P-MET"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.Contains("年度资金总额的一栏（6 栏只印了 5 个数）", findings[0].Message + findings[1].Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Message.Contains("得分却为 7（分值 10）", StringComparison.Ordinal));
    }

    [Fact]
    public void The_templates_instruction_for_the_glossary_left_in_is_residue()
    {
        // 平陆 2019: "第四部分 名词解释" followed by the template's own instruction to the filler.
        var found = Assert.Single(new TemplateInstructions().Check(Read("第四部分 名词解释\n部门应当按照部门预算管理要求,参照公开模板进行专业名词解释。\n")));
        Assert.Contains("参照公开模板进行专业名词解释", found.Message, StringComparison.Ordinal);
        Assert.Empty(new TemplateInstructions().Check(Read("第四部分 名词解释\n一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。\n")));
    }

    [Fact]
    public void A_heading_numbered_before_its_year_opens_a_paragraph_and_a_funds_total_is_its_own()
    {
        // 忻州 第二实验小学 2018: "二、2018年度…情况" is a heading (it was run into the sentence after it, and the finding put on the
        // heading's line); "一般公共预算收入总计" is that fund's, whose 本年支出 + 年末结转和结余 exceed it; "其中：货物…，工程…"
        // after 政府采购 are its kinds.
        const string text = "一、2018年度部门决算收支增减情况说明\n2018年度决算总收入1244.27万元，比2017年度决算总收入1058.51万元增加了185.76万元。\n"
            + "二、2018年度一般公共预算收入支出决算情况\n2018年度一般公共预算收入总计1085.31万元，本年支出1070.67万元，年末结转和结余30.65万元。\n"
            + "五、政府采购支出情况。\n2018年度政府采购总额45.24万元，其中：货物13.99万元，工程31.25万元。\n";
        var report = Read(text);
        Assert.DoesNotContain(report.Claims, c => c.Subject == Core.Published.NarrativeItems.IncomeTotal && c.Number.Value == 1085.31m);
        Assert.Contains(report.Claims, c => c.Subject == Core.Published.NarrativeItems.ProcurementPrefix + "货物" && c.Number.Value == 13.99m);
        var parts = Assert.Single(Auditor.Run(report), f => f.RuleId == "N-PARTS" && f.Severity == Severity.Error);
        Assert.Equal(4, parts.At!.Line);
        Assert.Contains("一般公共预算收入总计 1,085.31 万元 ≠ 其中各项之和 1,101.32 万元", parts.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reception_batches_counted_in_ge_are_read()
    {
        // 桃江 2019: "国内公务接待批次为520个，接待人次为4200人".
        var report = Read("（三）“三公”经费支出情况\n公务用车保有量为2辆，国内公务接待批次为520个，接待人次为4200人。\n");
        Assert.Contains(report.Claims, c => c.Subject == Core.Published.NarrativeItems.ThreePublicCountPrefix + "接待批次" && c.Number.Value == 520m);
        Assert.All(report.Statements, s => Assert.Empty(s.Unread));
    }

    [Fact]
    public void A_numbered_list_after_its_total_is_all_its_parts_and_the_years_spending_cannot_exceed_the_total()
    {
        // 马关 卫生院 2021: 364.6552 + 0 + 93.1608 + 0 + 5.9219 = 463.7379 ≠ 457.8161, each item a paragraph, some with a second
        // sentence; "马关卫生院单位支出为468.738万元" is the year's spending, more than all the money there was.
        const string text = "二、马关卫生院单位2021年度部门决算情况说明\n(一)收入决算情况。2021年度，收入总计为457.8161万元，其中：\n"
            + "1.财政拨款收入364.6552万元，为财政拨款资金。较上年度决算数减少24.1522万元，下降6.2118%，主要是公共卫生财政拨款减少。\n"
            + "2.上级补助收入0万元，与上年相比没有变化。\n3.事业收入93.1608万元，为事业单位开展专业业务活动取得的收入。\n4.其他收入0万元，为其他收入。\n"
            + "5.上年结转和结余5.9219万元，为以前年度支出预算结转。\n(二)支出决算情况\n2021年度，马关卫生院单位支出为468.738万元。其中：\n"
            + "基本支出250.7219万元，项目支出218.016万元。\n";
        var findings = Auditor.Run(Read(text)).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(findings, f => f.RuleId == "N-PARTS" && f.Message.Contains("收入总计 457.8161 万元 ≠ 其中各项之和 463.7379 万元", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId == "N-BALANCE" && f.Message.Contains("本年支出 468.738 万元 超过收入总计 457.8161 万元", StringComparison.Ordinal));

        // 张家川 2020: a numbered list whose items are all read, short of its total — "用事业基金弥补收支差额0万元" prints nothing.
        const string listed = "(一)收入决算情况。2020年总收入318.2554万元，其中：\n1.财政拨款收入276.0605万元，为财政拨款。\n2.上级补助收入0万元。\n"
            + "3.事业收入37.1949万元，为业务收入。\n4.其他收入0万元。\n5.用事业基金弥补收支差额0万元。\n6.上年结转和结余2.3155万元，为结转资金。\n";
        Assert.Contains(Auditor.Run(Read(listed)), f => f.RuleId == "N-PARTS" && f.Severity == Severity.Error && f.Message.Contains("≠ 其中各项之和 315.5709 万元", StringComparison.Ordinal));
        Assert.DoesNotContain(Auditor.Run(Read(listed.Replace("318.2554", "315.5709", StringComparison.Ordinal))), f => f.RuleId == "N-PARTS" && f.Severity != Severity.Note);
    }

    [Fact]
    public void A_change_larger_than_the_detail_item_it_follows_is_the_head_items()
    {
        // 张家川 2020: 42.1949 ÷ (276.0605 − 42.1949) = 18.04%, not 15%; the change was tied to the 14.0723 detail before it.
        const string text = "(一)收入决算情况\n1.财政拨款收入276.0605万元，在职职工工资性收入18.6973万元，退休职工工资性收入0.625万元，"
            + "财政对基本养老保险基金的补助收入14.0723万元，较上年度决算数增加42.1949万元，增加15%，增加的主要原因是公共卫生业务增加。\n";
        var yoy = Assert.Single(Auditor.Run(Read(text)), f => f.RuleId == "N-YOY" && f.Severity == Severity.Error);
        Assert.Contains("财政拨款收入 增减 42.1949 万元，上年应为 233.8656 万元，增减率应为 18.04%", yoy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_three_public_forms_notes_to_the_filler_and_asterisks_for_names_are_residue()
    {
        // 2015–2019 templates: the 备注 of a 三公 table "注明因公出国（境）团组数和人数", "请对“三公”经费增减变化原因等进行说明"; a
        // 新疆 report with "********支出2万元" for the 功能分类 names.
        var notes = new TemplateInstructions().Check(Read("备注：\n3、注明因公出国（境）团组数和人数；\n5、请对“三公”经费增减变化原因等进行说明。\n")).ToList();
        Assert.Equal(2, notes.Count);
        var stars = Assert.Single(new Placeholders().Check(Read("其中：按功能分类科目，********支出2万元，********支出2.06万元。\n")));
        Assert.Contains("********", stars.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uses_listed_after_a_total_may_not_come_to_more_than_it()
    {
        // 棠溪镇 2022: "共完成预算资金89.97万元。其中：30万元用于…；30万元用于…；29.99万元用于…" — 89.99 > 89.97.
        const string text = "四、项目绩效情况\n本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。\n";
        var f = Assert.Single(new ListedPartsSum().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(89.99m, f.Computed);
        // Uses that leave some of the money unlisted are no error.
        Assert.Empty(new ListedPartsSum().Check(Read(text.Replace("29.99万元用于", "20万元用于", StringComparison.Ordinal))));
    }

    [Fact]
    public void Forms_of_other_provinces_funds_rows_are_checked()
    {
        // 金寨 2023: a 部门整体支出绩效自评表 as a web page's rows; 得分 left blank; 338.31 spent of a 329.77 budget.
        const string unit = "部门整体支出绩效自评表 | |||||||||||||\n(2023年度) | |||||||||||||\n部门 | 某县美丽乡村建设服务中心 | ||||||||||||\n预算资金 (万元) |\n"
            + "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||||||\n年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | ||||||||\n"
            + "其中:当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — | |||||||\n年度总体目标 | 预期目标 | 实际完成情况 | |||||||||||\n";
        var found = Auditor.Run(Read(unit)).Where(f => f.Severity != Severity.Note && f.RuleId.StartsWith("P-", StringComparison.Ordinal)).ToList();
        Assert.Contains(found, f => f.RuleId == "P-BLANK" && f.Message.Contains("年度资金总额的得分", StringComparison.Ordinal));
        Assert.Contains(found, f => f.RuleId == "P-EXECUTION" && f.Message.Contains("全年执行数 338.31 超过全年预算数 329.77", StringComparison.Ordinal));

        // 乐亭 2021: a cell to a line without "|"; 调整预算数 for 全年预算数; 全年执行数 left out, so 分值 10, 执行率 100%, 得分 99 read
        // from the right — 99 is more than the 10 the funds can score.
        const string line = "项目支出绩效自评表\n( 2021年度)\n项目名称\n双随机抽查委托审计费\n主管部门\n实施单位\n某县市场监督管理局\n项目资金\n(万元)\n"
            + "年初预算数\n调整预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n30\n30\n10\n100%\n99\n其中:当年财政拨款\n30\n30\n\n100%\n\n上年结转资金\n年度总体目标\n";
        var leting = Auditor.Run(Read(line)).Where(f => f.Severity != Severity.Note && f.RuleId.StartsWith("P-", StringComparison.Ordinal)).ToList();
        Assert.Contains(leting, f => f.RuleId == "P-SCORES" && f.Message.Contains("得分 99 超过分值 10", StringComparison.Ordinal));
        Assert.Contains(leting, f => f.RuleId == "P-BLANK" && f.Message.Contains("6 栏只印了 5 个数", StringComparison.Ordinal));

        // 鄂州 2023: amounts printed "150万"; 得分 98 for 执行率 83.5% of a 分值 100.
        const string wan = "项目支出绩效自评表\n项目名称 |\n市民中心运行维护费 |\n项目资金 |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率 |\n得分 |\n"
            + "年度资金总额 |\n150万 |\n150万 |\n125.25万 |\n100 |\n83.5% |\n98 |\n";
        Assert.Contains(Auditor.Run(Read(wan)), f => f.RuleId == "P-EXECUTION" && f.Message.Contains("预算执行率得分 98 ≠ 执行率 × 100 = 83.5", StringComparison.Ordinal));

        // 稷山 2020: a form whose cells the reader cannot place is not "left blank".
        const string jumbled = "稷山县项目支出绩效自评表 (2020年度)\n项目名称 建档立卡个人缴费县级配套资金 主管部门 某县医疗保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9\n";
        Assert.DoesNotContain(Auditor.Run(Read(jumbled)), f => f.RuleId == "P-BLANK");
    }

    [Fact]
    public void A_unit_forms_two_breakdowns_of_its_funds_are_one_sum()
    {
        // 贯塘乡 2023: a 部门整体支出绩效自评表 a cell to a line; 按收入性质分 2030.12 but 按支出性质分 1925.67.
        const string text = "附件二\n2023年度部门整体支出绩效自评表\n预算部门、单位名称\n某县某乡人民政府\n年度预算申请\n(万元\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n自评得分\n"
            + "年度资金总额\n861.10\n2030.12\n2030.12\n10\n100%\n10\n按收入性质分:2030.12\n\n按支出性质分:1925.67\n\n其中: 一般公共预算:1325.68\n";
        var report = Read(text);
        var e = Assert.Single(report.Evaluations);
        Assert.True(e.IsUnit);
        Assert.Equal((861.10m, 2030.12m, 10m), (e.InitialBudget!.Value, e.Budget!.Value, e.ExecutionScore!.Value));
        var f = Assert.Single(Auditor.Run(report), f => f.RuleId == "P-FUNDS");
        Assert.Contains("按收入性质分 2030.12 ≠ 按支出性质分 1925.67", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("1925.67", "2030.12", StringComparison.Ordinal))), f => f.RuleId == "P-FUNDS");
    }

    [Fact]
    public void A_rate_left_blank_after_a_change_of_no_named_item_is_the_changes()
    {
        // 丰都 2021: "收支较上年决算数增加22,373.87万元、增长%" — the rate never filled in.
        var f = Assert.Single(new BlankFigure().Check(Read("1.总体情况。2021年度收入总计22,373.87万元，支出总计22,373.87万元。收支较上年决算数增加22,373.87万元、增长%，主要原因是机构改革。\n")));
        Assert.Contains("没有填写增减率", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hubeis_project_form_scores_its_funds_out_of_the_weight_its_heading_names()
    {
        // 黄石 2022: "预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率)" over "年度财政资金总额 | 200 | 195.5 | 97.75% | 19.55".
        const string text = "2022年度某市申报工作经费项目自评表\n项目名称 | 某市申报工作经费 | ||||||||\n主管部门 | 某市住房和城乡建设局 | 项目实施单位 | 某市住房和城乡建设局 | ||||||\n"
            + "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n年度财政资金总额 | 200 | 195.5 | 97.75% | 19.55 | |||||\n";
        var e = Assert.Single(Read(text).Evaluations);
        Assert.Equal((200m, 195.5m, 20m, 19.55m), (e.Budget!.Value, e.Executed!.Value, e.FundsWeight!.Value, e.ExecutionScore!.Value));
        Assert.DoesNotContain(Auditor.Run(Read(text)), f => f.RuleId.StartsWith("P-", StringComparison.Ordinal) && f.Severity != Severity.Note);
        var wrong = Assert.Single(Auditor.Run(Read(text.Replace("| 19.55 |", "| 9.78 |", StringComparison.Ordinal))), f => f.RuleId == "P-EXECUTION");
        Assert.Contains("执行率 × 20 = 19.55", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contents_heading_of_last_year_on_a_page_without_a_title_is_found_by_its_bodys_year()
    {
        // 庆云学校 2023: the 目录 says "第二部分 2022年度单位决算情况说明5", the body's heading and figures 2023.
        const string text = "第一部分 单位概况\n一、主要职责4\n第二部分 2022年度单位决算情况说明5\n一、收入支出决算总体情况说明5\n第一部分 单位概况\n一、主要职责\n某学校实施义务教育。\n"
            + "第二部分 2023年度 单位决算情况说明\n一、 收入支出决算总体情况说明\n2023年度收、支总计1801.06万元。与2022年相比，收、支总计各减少4.99万元，下降0.28%。\n";
        var f = Assert.Single(new WrongYear().Check(Read(text)));
        Assert.Contains("“2022年度单位决算情况说明”的年度与报告年度 2023 不符", f.Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(text.Replace("第二部分 2022年度", "第二部分 2023年度", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_levels_weights_printed_in_their_labels_make_the_block_above_them()
    {
        // A 商务局's 2020 项目自评表, flattened: "年度 绩效 目标 (80 分) 产出指标 (60 分) … 效益指标 (40 分)" — 60 + 40 = 100, not 80.
        const string text = "2020年市级服务贸易发展资金项目自评表 单位名称:区商务局 填报日期:2021 年 4 月 22 日 项目名称 2020年市级服务贸易发展资金 主管部门 区商务局 "
            + "预算执行 情况(万元) (20 分) 一级指标 年度财政 资金总额 项目实施单位 投资促进中心 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) 285.84 285.84 100% 20 "
            + "三级指标 年初目标值 (A) 实际完成值 (B) 得分 服务外包在岸(万美元) 20000 23333.56 10 资金拨付及时性 98%以上 100% 10 "
            + "二级指标 数量指标 年度 绩效 目标 (80 分) 产出指标 (60 分) 时效指标 效益指标 (40 分) 总分 质量指标 20 20 100\n";
        var f = Assert.Single(new EvaluationWeights().Check(Read(text)));
        Assert.Contains("产出指标 60 + 效益指标 40 = 100 ≠ 年度绩效目标分值 80", f.Message, StringComparison.Ordinal);
        Assert.Empty(new EvaluationWeights().Check(Read(text.Replace("产出指标 (60 分)", "产出指标 (50 分)", StringComparison.Ordinal).Replace("效益指标 (40 分)", "效益指标 (30 分)", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_levels_weights_and_the_funds_make_a_hundred_unless_the_text_stops_before_the_last_level()
    {
        // 中江 2022 (re-set with spaces): 产出指标(70分) + 效益指标(20分) + 满意度指标(10分) beside the funds' 10 = 110.
        const string text = "附件: 项目支出绩效自评表 (2022年度) 项目名称 某水标尺制作安装项目 主管部门 某县水利局 实施单位 某县水利局 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            + "年度资金总额: 20 20 20 10 100% 10 其中:本年财政拨款 20 20 20 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 对农村地区供水计量设施设备进行改进 已完成改进 "
            + "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(70分) 数量指标 安装坡面水标尺 ≥266米 266 50 50 质量指标 验收合格率 100% 100% 20 20 "
            + "效益指标(20分) 社会效益指标 受益人口数 ≥1000人 1000 20 20 满意度指标(10分) 服务对象满意度指标 受益户满意度 ≥95% 95% 10 10\n";
        var f = Assert.Single(new EvaluationWeights().Check(Read(text)));
        Assert.Contains("产出指标 70 + 效益指标 20 + 满意度指标 10，加资金分值 10 = 110 ≠ 总分分值 100", f.Message, StringComparison.Ordinal);
        Assert.Empty(new EvaluationWeights().Check(Read(text.Replace("产出指标(70分)", "产出指标(60分)", StringComparison.Ordinal))));
        // Cut before 满意度指标: 70 + 20 + 10 ≤ 100 may yet be made up by the level not printed.
        Assert.Empty(new EvaluationWeights().Check(Read(text[..text.IndexOf("满意度指标(10分)", StringComparison.Ordinal)])));
    }

    [Fact]
    public void Figures_and_names_printed_as_asterisks_are_left_placeholders()
    {
        // 内蒙古 2023 (a mirror's copy): "项目全年预算数*元,执行数*元" and "78.*元"; 2020 "******人民政府对本项目下达的年度指标…".
        var masked = new Placeholders().Check(Read("1.某项目，项目全年预算数*元,执行数*元,完成预算的100%。\n2.某补助，项目全年预算数78.*元,执行数78.*元,完成预算的100%。\n")).ToList();
        Assert.Equal(2, masked.Count);
        Assert.Contains("金额印成了“78.*”", masked[1].Message, StringComparison.Ordinal);
        Assert.Contains("“******”未替换", Assert.Single(new Placeholders().Check(Read("******人民政府对本项目下达的年度指标进行分解细化。\n"))).Message, StringComparison.Ordinal);
        Assert.Empty(new Placeholders().Check(Read("1.某项目，项目全年预算数30万元,执行数30万元,完成预算的100%。注*为估计数。\n")));
    }

    [Fact]
    public void A_list_announced_with_rumian_and_the_next_sections_heading_straight_after_is_empty()
    {
        // 兴庆区 2022: "…绩效目标如下:" and then "二、绩效目标完成情况分析".
        const string text = "一、绩效目标分解下达情况\n中共某区委农村工作领导小组下达2022年乡村振兴衔接资金100万元。分解下达绩效目标要求,绩效目标如下:\n\n二、绩效目标完成情况分析\n项目已完成。\n";
        var f = Assert.Single(new Placeholders().Check(Read(text)));
        Assert.Contains("之后没有内容，紧接着就是下一节“二、绩效目标完成情况分析”", f.Message, StringComparison.Ordinal);
        Assert.Empty(new Placeholders().Check(Read(text.Replace("如下:\n", "如下:\n（一）产出指标：新建冷库1座。\n", StringComparison.Ordinal))));
        // "现将…公开如下：" over the report's first part is no empty list.
        Assert.Empty(new Placeholders().Check(Read("现将某局2022年度部门决算公开如下：\n第一部分 部门概况\n一、主要职责\n")));
    }

    [Fact]
    public void A_doubled_operator_and_a_run_of_question_marks_are_slips_of_the_text()
    {
        // 黑龙江 2019 "贫困地区农村集中供水率≥≥98%"; 江苏 2021 "…新增低压电线50m等。?????????".
        Assert.Contains("“≥≥”", Assert.Single(new DoubledPunctuation().Check(Read("贫困地区农村集中供水率≥≥98%；受益人口数≥24人。\n"))).Message, StringComparison.Ordinal);
        Assert.Contains("乱码", Assert.Single(new DoubledPunctuation().Check(Read("并新增低压电线50m等。?????????????\n"))).Message, StringComparison.Ordinal);
        Assert.Empty(new DoubledPunctuation().Check(Read("贫困地区农村集中供水率≥98%；是否达标？\n")));
    }

    [Fact]
    public void Percentages_printed_as_a_lone_percent_sign_are_blank_figures()
    {
        // 乐亭 2021: "…被标记为经营异常状态。%、%、%,未按规定公示年报信息的500户企业…".
        var f = Assert.Single(new BlankFigure().Check(Read("共开展抽查95批次，13户企业列入经营异常名录，22户个体工商户被标记为经营异常状态。%、%、%,未按规定公示年报信息的500户企业被列入经营异常名录。\n")));
        Assert.Contains("3 个百分比只印了“%”", f.Message, StringComparison.Ordinal);
        Assert.Empty(new BlankFigure().Check(Read("预算执行进度（%）\n抽查比例为5%、3%、2%，均已公示。\n")));
    }

    [Fact]
    public void A_page_without_a_title_takes_its_year_from_its_one_heading_not_from_the_years_it_compares_with()
    {
        // 柳州 2022: "第三部分:某办公室2022年度部门决算情况说明"; "在职人员2021年下半年增加2人…比上年增加" named 2021 the report's year.
        const string text = "第三部分:某市某办公室2022年度部门决算情况说明\n一、2022年度收入支出决算总体情况\n"
            + "(一)本部门2022年度总收入347.35万元,其中本年收入347.35万元,较2021年决算增加31.35万元,增长9.92%。\n"
            + "1.一般公共预算财政拨款收入347.35万元。较2021年决算增加31.35万元,增长9.92%,主要原因是:①在职人员2021年下半年增加2人;②社保、公积金等缴费数比上年增加。\n";
        Assert.Empty(new WrongYear().Check(Read(text)));
        // The same page comparing with its own year is still told.
        Assert.Single(new WrongYear().Check(Read(text.Replace("(一)本部门2022年度总收入347.35万元,其中本年收入347.35万元,较2021年决算", "(一)本部门2022年度总收入347.35万元,其中本年收入347.35万元,较2022年决算", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_appropriations_income_and_spending_totals_stated_in_two_sentences_are_one_figure()
    {
        // 柏林镇 2021: 财政拨款收入总计 2951.23 (the year's income alone) against 财政拨款支出总计 3084.82.
        const string text = "2021年度财政拨款收入总计2951.23万元,较上年决算数减少834.60万元,下降22.05%。2021年度财政拨款支出总计3084.82万元,较上年决算数减少567.42万元,下降15.54%。\n";
        var f = Assert.Single(new StatedTotalsBalance().Check(Read(text)));
        Assert.Contains("财政拨款收入总计 2951.23 万元 ≠ 财政拨款支出总计 3084.82 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("收入总计2951.23万元,较上年决算数减少834.60万元,下降22.05%", "收入总计3084.82万元,较上年决算数减少567.42万元,下降15.54%", StringComparison.Ordinal))));
    }

    [Fact]
    public void Parts_whose_shares_make_a_hundred_percent_are_the_whole_list()
    {
        // 沐溪小学 2021: 768.88 + 11.33 = 780.21, not 880.20 — 87.35% + 12.65% = 100% says nothing else is in it.
        const string text = "2021年本年支出合计880.20万元,其中:基本支出768.88万元,占87.35%;项目支出11.33万元,占12.65%。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("780.21", f.Message, StringComparison.Ordinal);
        // N-SHARE says which figure is the slip: 880.20 − 768.88 = 111.32 fits the printed 12.65%.
        Assert.Contains("本年支出合计减去其余各项为 111.32 万元，与所印占比相符", Assert.Single(new NarrativeShares().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("11.33万元", "111.32万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // Without the shares a family that may hold more (上缴上级支出, 经营支出…) is not short.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read("2021年本年支出合计880.20万元,其中:基本支出768.88万元;项目支出11.33万元。\n")), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_target_not_reached_or_a_ceiling_exceeded_with_full_marks_is_told()
    {
        // 濉溪 2019 "绩效目标自评表 (2019年度)", a web page's cells a line apiece: ≥4754人 / 4604人 / 5 of 5; ≤5300元/户 / 5830元/户 / 10 of 10.
        var cells = new[]
        {
            "绩效目标自评表 (2019年度) |", "||||||||", "项目名称 |", "临时救助 |", "|", "主管部门 |", "某县民政局 |", "|",
            "资金情况(万元) |", "|", "全年预算数(A) |", "全年执行数(B) |", "分值 |", "执行率(B/A) |", "得分 |", "||", "|", "年度资金总额: |", "30 |", "30 |", "10 |", "100% |", "10 |", "||",
            "|", "一级指标 |", "二级指标 |", "三级指标 |", "分值 |", "年度指标值 |", "全年实际值 |", "得分 |", "未完成原因及拟采取的改进措施 |",
            "|", "产出指标(50分) |", "数量指标 |", "特困人员救助供养人数(按月平均) |", "5 |", ">=4754人 |", "4604人 |", "5 |", "特困人员实行动态管理 |",
            "|", "|", "|", "|", "扶贫临时救助标准 |", "10 |", "<=5300元/户 |", "5830元/户 |", "10 |", "|",
            "|", "|", "|", "|", "受益建档立卡贫困人口数 |", "30 |", ">=80人 |", "87人 |", "30 |", "|",
        };
        var text = string.Join("\n", cells) + "\n";
        var e = Assert.Single(Read(text).Evaluations);
        Assert.Equal(3, e.Indicators.Count);
        var f = new ActualMatchesTarget().Check(Read(text)).ToList();
        Assert.Equal(2, f.Count);
        Assert.Contains("指标值 ≥4754人，完成值 4604人，未达到指标值，得分却为满分 5", f[0].Message, StringComparison.Ordinal);
        Assert.Contains("超出指标值", f[1].Message, StringComparison.Ordinal);
        Assert.Empty(new ActualMatchesTarget().Check(Read(text.Replace("4604人 |", "4760人 |", StringComparison.Ordinal).Replace("5830元/户 |", "5300元/户 |", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_rows_empty_cells_past_the_header_are_not_its_columns_and_a_cut_form_is_not_summed()
    {
        // 张庄寨镇 2021: "数量指标 | ★补助…种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||" — the name was taken to be "29.5亩"; the page
        // stops inside 满意度指标, so its weights (80 + 10) are not all there.
        const string text = "绩效目标自评表\n项目名称 | 某村特色种养补贴到户项目 | 项目负责人及电话 | 某某 | |||||||\n主管部门 | 县农业农村局 | 实施单位 | 某镇人民政府 | |||||||\n"
            + "资金情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | |||||\n年度资金总额: | 9.48 | 9.48 | 10 | 100% | 10 | |||||\n"
            + "绩效指标 | 一级 指标 |\n二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||\n产 出 指 标 (50分) |\n"
            + "数量指标 | ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||\n其中桃树种植面积 | 1.5亩 | 1.5亩 | ||||||||\n"
            + "★补助鱼塘面积 | 10 | 3亩 | 3亩 | 10 | ||||||\n质量指标 | ||||||||||\n种植作物成活率 | 5 | 95% | 95% | 5 | ||||||\n"
            + "效 益 指 标 (30分) |\n特色产业带动增加受益农户收入(总收入) | 20 | ≥11.376万元 | 12万元 | 20 | ||||||\n满意";
        var report = Read(text);
        var e = Assert.Single(report.Evaluations);
        Assert.Equal(["★补助各类瓜果蔬菜种植面积", "★补助鱼塘面积", "种植作物成活率", "特色产业带动增加受益农户收入(总收入)"], e.Indicators.Select(i => i.Name));
        Assert.Equal(("≥", "11.376", "12"), (e.Indicators[^1].Operator, e.Indicators[^1].Target, e.Indicators[^1].Actual));
        Assert.Empty(e.BlankCells);
        Assert.Empty(new EvaluationWeights().Check(report));
    }

    [Fact]
    public void A_task_completion_rate_agrees_with_its_counts()
    {
        // 无为 2022: "任务数为115户,实际完成农村危房改造264户" … "实际改造数超任务43%" — (264 − 115) ÷ 115 = 129.57%.
        const string text = "根据要求,我市2022年农村危房改造任务数为115户,实际完成农村危房改造264户,发放补助资金为278.8万元。\n由于改造户房屋年代久远,我市实际改造数超任务43%,\n";
        var f = Assert.Single(new TaskCompletion().Check(Read(text)));
        Assert.Contains("超任务 43% ≠ (264户 − 115户) ÷ 115户 = 129.57%", f.Message, StringComparison.Ordinal);
        Assert.Empty(new TaskCompletion().Check(Read(text.Replace("超任务43%", "超任务129.57%", StringComparison.Ordinal))));
        // 南县 2023: 2399 ÷ 2000 = 119.95%, 774 ÷ 645 = 120% — both printed 120%, right; 130% is not.
        const string of = "2023年度,已开展职业技能培训49期,培训2399人,完成市目标任务数2000人的120%。已获得创业培训合格证书学员有774人(共24期),完成市级下达任务人数645人的120%。\n";
        Assert.Empty(new TaskCompletion().Check(Read(of)));
        Assert.Contains("2399人 ÷ 2000人 = 119.95%", Assert.Single(new TaskCompletion().Check(Read(of.Replace("2000人的120%", "2000人的130%", StringComparison.Ordinal)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_forms_basic_and_project_spending_are_each_scored_by_their_execution()
    {
        // 绥阳 2021: "基本支出 | 985.19 | 914.97 |" / "10 | 10 |" — 914.97 ÷ 985.19 = 92.87%, 9.29 of 10; 项目支出 188.81% caps at 10.
        const string text = "部门整体支出绩效自评表 | |||||||||\n单位(盖章):某镇人民政府 | 填报日期:2022年2月3日 | ||||||||\n部门(单位)名称 | 某镇人民政府 | ||||||||\n"
            + "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | |||\n"
            + "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 | ||||\n基本支出 | 985.19 | 914.97 |\n10 | 10 | |||||\n"
            + "项目支出 | 187.36 | 353.75 | 10 | 10 | |||||\n其他 | |||||||||\n年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | |||||||\n";
        var report = Read(text);
        var e = Assert.Single(report.Evaluations);
        Assert.Equal(["基本支出", "项目支出"], e.FundsParts.Select(p => p.Label));
        var f = Assert.Single(Auditor.Run(report), f => f.Severity != Severity.Note && f.RuleId.StartsWith("P-", StringComparison.Ordinal));
        Assert.Equal("P-EXECUTION", f.RuleId);
        Assert.Contains("预算执行率得分 10 ≠ 执行率 × 10 = 9.29", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Auditor.Run(Read(text.Replace("914.97 |\n10 | 10", "914.97 |\n10 | 9.29", StringComparison.Ordinal))), f => f.Severity != Severity.Note && f.RuleId.StartsWith("P-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direction_word_with_a_minus_sign_after_it_says_the_change_twice()
    {
        // 寻甸 2018: "公务接待费支出决算为3.8万元,比上年减少-2.56%" — no amount beside it to compare the sign with.
        var f = Assert.Single(new DirectionWords().Check(Read("公务接待费支出决算为3.8万元,比上年减少-2.56%,占三公经费支出比重的52.78%。\n")), f => f.Severity == Severity.Warning);
        Assert.Contains("“减少”之后又写负号“-2.56%”", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new DirectionWords().Check(Read("公务接待费支出决算为3.8万元,比上年减少2.56%,占三公经费支出比重的52.78%。\n")), f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_reason_that_names_last_year_as_its_own_is_a_year_left_over()
    {
        // 衢江区 2016: "2015年衢江区“三公”经费支出决算同比下降的原因主要是:…" — a reason states no figure, so no statement.
        const string text = "衢江区2016年“三公”经费支出决算数2364万元,比上年决算数下降16.77%。\n2015年衢江区“三公”经费支出决算同比下降的原因主要是:区级各单位从严控制和压缩“三公”经费。\n"
            + "2016年公务接待费1356万元,比上年决算数下降3.14%。\n";
        var f = Assert.Single(new WrongYear().Check(Read(text)));
        Assert.Contains("“2015年”与报告年度 2016 不符", f.Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(text.Replace("2015年衢江区", "2016年衢江区", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_sentence_that_walks_the_money_from_the_opening_balance_must_arrive_at_the_closing_one()
    {
        // 舟曲 2023: 98.45 + 1095.76 − 1193.35 = 0.86, not 5862.89; "支出1193.35万元" beside 本年收入 is the year's spending.
        const string text = "2023年度上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,用事业基金弥补收支差额0万元,结余分配0万元,年末结转和结余资金为5862.89万元。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == "本年支出合计" && c.Number.Value == 1193.35m);
        var f = Assert.Single(new StatedTotalsBalance().Check(report));
        Assert.Contains("年末结转和结余 5862.89 万元 ≠ 上年结转和结余 98.45 万元 + 本年收入 1095.76 万元 − 本年支出 1193.35 万元 = 0.86 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("5862.89万元", "0.86万元", StringComparison.Ordinal))));
        // A balance something else moved (结余分配 of 20) is not walked.
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("结余分配0万元", "结余分配20万元", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_table_whose_figures_stand_a_line_apiece_under_blank_labels_is_not_empty()
    {
        // 徽州师范 2022: the 三公 table's header labels and its 合计 label are blank; "1.69" / "1.69" / "因公出国(境)费" / "0.00"…
        const string text = "某省某师范学校2022年度一般公共预算财政拨款“三公”经费支出决算公开\n\n发布日期:2023-11-24 10:28信息来源:某省某师范学校 责任编辑:某师范 阅读次数: 【字号:   收藏\n\n   一、2022年度一般公共预算财政拨款“三公”经费支出决算表\n\n单位:万元\n\n \n\n \n\n1.69\n\n1.69\n\n因公出国(境)费\n\n0.00\n\n0.00\n\n公务接待费\n\n1.50\n\n1.50\n\n公务用车购置及运行维护费\n\n0.19\n\n0.19\n\n  其中:公务用车购置费\n\n0.00\n\n0.00\n\n        公务用车运行维护费\n\n0.19\n\n0.19\n\n \n\n注:本表反映单位本年度一般公共预算财政拨款“三公”经费支出预决算情况。其中,预算数为“三公”经费全年预算数,反映按规定程序调整后的预算数;决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。                                       \n\n2022度一般公共预算财政拨款“三公”经费支出情况说明\n";
        Assert.Empty(new EmptyTableExplained().Check(Read(text)));
        // The same table with its figures gone is empty and unexplained.
        var bare = string.Join('\n', text.Split('\n').Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l.Trim(), @"^\d+\.\d+$")));
        Assert.Single(new EmptyTableExplained().Check(Read(bare)));
    }

    [Fact]
    public void A_completion_rate_right_only_with_both_amounts_in_one_unit_names_the_unit_slip()
    {
        // 昆明 2018: "预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%" — 115,749.56 ÷ 494,400 = 23.41%: the budget is in 元.
        const string text = "某局2018年度一般公共预算财政拨款“三公”经费支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%。\n";
        var f = Assert.Single(new CompletionAgainstBudget().Check(Read(text)));
        Assert.Contains("两数按同一单位计为 23.41%，与所印相符：预算数的单位印错了", f.Message, StringComparison.Ordinal);
        Assert.Empty(new CompletionAgainstBudget().Check(Read(text.Replace("494,400.00万元", "494,400.00元", StringComparison.Ordinal).Replace("23.42%", "23.41%", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_contents_entry_and_its_heading_differ_not_by_a_closing_mark_or_a_space()
    {
        // 融安 2021: 目录 "二、部门决算单位构成" / body "二、部门决算单位构成:"; 目录 "一、2021 年度收入支出决算总体情况。" / body without the 。.
        const string text = "目录\n第一部分 部门概况\n二、部门决算单位构成\n一、2021 年度收入支出决算总体情况。\n第一部分 部门概况\n一、主要职能\n某校实施义务教育。\n"
            + "二、部门决算单位构成:\n纳入本部门2021年度部门决算编制范围的单位共1个。\n一、2021年度收入支出决算总体情况\n2021年度收入总计534.96万元，支出总计534.96万元。\n";
        Assert.DoesNotContain(new ContentsMatchBody().Check(Read(text)), f => f.Severity != Severity.Note);
        Assert.Contains(new ContentsMatchBody().Check(Read(text.Replace("二、部门决算单位构成:\n", "二、部门决算机构构成:\n", StringComparison.Ordinal))), f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void The_vehicles_category_named_with_both_its_fees_is_one_category()
    {
        // 三江 2018: "三是公务用车购置费及运行维护费1001万元" — it was read as an unknown item "及运行维护费".
        const string text = "2018年全县“三公”经费支出1283万元，其中：因公出国（境）费0万元，公务接待费282万元，公务用车购置费及运行维护费1001万元。\n";
        var report = Read(text);
        Assert.Contains(report.Claims, c => c.Subject == Core.Published.NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费" && c.Number.Value == 1001m);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(report), f => f.Severity == Severity.Error);
        Assert.Contains(new PartsOfStatedTotal().Check(Read(text.Replace("1001万元", "1011万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_category_whose_own_change_is_not_stated_changed_by_its_parts_changes()
    {
        // 长乐 2017: 三公 −613.80; 出国 −28.23, 购置费 −79.4, 运行费 −596.98, 接待 +1.36 = −703.25.
        const string text = "2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年减少支出613.80万元。\n（一）因公出国（境）费22.00万元。与2016年相比，因公出国（境）经费支出减少28.23万元。\n"
            + "（二）公务用车购置及运行费1116.14万元。\n1、公务用车购置费34.71万元，与2016年相比，公务用车购置费减少79.4万元。\n2、公务用车运行费1081.43万元，与2016年相比，公务用车运行费减少596.98万元。\n"
            + "（三）公务接待费221.98万元。与2016年相比，公务接待费支出增加1.36万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("三公经费较上年的增减 -613.8 万元 ≠ 其中各项较上年的增减之和 -703.25 万元", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("减少支出613.80万元", "减少支出703.25万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_percentage_with_a_unit_of_money_after_it_is_a_slip()
    {
        // 酉阳 2021: "项目支出117.34万元，占8.8%元。"
        Assert.Contains("“8.8%元”", Assert.Single(new DoubledPunctuation().Check(Read("基本支出1216.5万元，占91.2%；项目支出117.34万元，占8.8%元。\n"))).Message, StringComparison.Ordinal);
        Assert.Empty(new DoubledPunctuation().Check(Read("基本支出1216.5万元，占91.2%；项目支出117.34万元，占8.8%。\n")));
    }

    [Fact]
    public void Staff_counts_printed_with_thousands_separators_are_added_up()
    {
        // 天山区 2022: 行政编制 20 + 事业编制 9,224 = 9,244, not the 10,450 stated.
        const string text = "第一部分 部门概况\n本部门编制人数10,450人，其中：行政编制20人、事业编制9,224人。\n";
        var f = Assert.Single(new HeadcountParts().Check(Read(text)));
        Assert.Contains("10450 人 ≠ 各部分之和 行政编制 20 + 事业编制 9224 = 9244 人", f.Message, StringComparison.Ordinal);
        Assert.Empty(new HeadcountParts().Check(Read(text.Replace("10,450", "9,244", StringComparison.Ordinal))));
        // A list of counts is no number with separators: "1，2" stays two figures.
        Assert.Empty(new HeadcountParts().Check(Read("第一部分 部门概况\n共3人，其中在职2人，退休1人，党员1，200人次参训。\n")));
    }

    [Fact]
    public void A_spending_total_with_a_character_dropped_is_still_the_spending_total()
    {
        // 阁溪 2022: "收入总计476.17万元、支总计460.06万元" — the two totals differ by 16.11.
        const string text = "一、收入支出决算总体情况说明\n2022年度收入总计476.17万元、支总计460.06万元，与上年相比，收入、支出总计分别下降18%、21.6%。\n";
        Assert.Contains("差 16.11 万元", Assert.Single(new StatedTotalsBalance().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("460.06", "476.17", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_payment_rate_is_the_amount_paid_over_the_budget_stated_beside_it()
    {
        // 2022 project self-evaluation: 100.6 ÷ 140 = 71.86%, not "拨付率100%".
        const string text = "（二）项目绩效自评结果\n农村人居环境整治项目全年预算数140万元，全年执行数100.6万元，资金拨付率100%。\n";
        var f = Assert.Single(new NarrativeExecutionRate().Check(Read(text)));
        Assert.Contains("拨付率 100% ≠ 100.6万元 ÷ 140万元 = 71.86%", f.Message, StringComparison.Ordinal);
        Assert.Empty(new NarrativeExecutionRate().Check(Read(text.Replace("100%", "71.86%", StringComparison.Ordinal))));
        // The rate in a sentence of its own takes the amounts of the sentence before it.
        Assert.Single(new NarrativeExecutionRate().Check(Read("（二）项目绩效自评结果\n全年预算140万元，实际拨付100.6万元。资金拨付率100%。\n")));
        // Amounts in 元 and 万元 are compared in one unit: 1,006,000 元 ÷ 140 万元 = 71.86%.
        Assert.Empty(new NarrativeExecutionRate().Check(Read("（二）项目绩效自评结果\n全年预算数140万元，全年执行数1,006,000元，执行率71.86%。\n")));
        // 昌宁一小 2023: "财政资金总额16.20万元，…拨付使用16.20万元，预算执行率100%" is right; with 12.20 paid out it is 75.31%.
        const string school = "（二）项目绩效\n我校教育专项工作经费项目财政资金总额16.20万元，全部为县级配套资金，拨付使用16.20万元，预算执行率100%。\n";
        Assert.Empty(new NarrativeExecutionRate().Check(Read(school)));
        Assert.Contains("12.20万元 ÷ 16.20万元 = 75.31%", Assert.Single(new NarrativeExecutionRate().Check(Read(school.Replace("拨付使用16.20", "拨付使用12.20", StringComparison.Ordinal)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_some_pair_of_the_sentences_amounts_gives_is_not_told_wrong()
    {
        IEnumerable<AuditFinding> Said(string text) => new NarrativeExecutionRate().Check(Read("（二）项目绩效自评结果\n" + text + "\n"));

        // The rate of the 财政资金 part: 380 ÷ 400 = 95%.
        Assert.Empty(Said("项目资金总额500万元，其中财政资金400万元，实际支出380万元，执行率95%。"));
        // Against the 全年预算 when both budgets are printed: 118 ÷ 120 = 98.33%.
        Assert.Empty(Said("年初预算数100万元，全年预算数120万元，全年执行数118万元，执行率98.33%。"));
        // More spent than budgeted, the rate capped at 100%.
        Assert.Empty(Said("全年预算1,000万元，执行1,050万元，执行率100%。"));
        // A department's rate stated before a project's amounts is not of them.
        Assert.Empty(Said("部门整体预算执行率为95%，其中项目A预算100万元、支出80万元。"));
        // Rounded as printed: 999.8 ÷ 1000 = 99.98% printed as 100%.
        Assert.Empty(Said("全年预算数1000万元，全年执行数999.8万元，预算执行率100%。"));
        // Cut to one decimal rather than rounded: 1 ÷ 3 = 33.33% printed as 33.3%.
        Assert.Empty(Said("全年预算数3万元，全年执行数1万元，预算执行率33.3%。"));
        // The rates of other subjects or years in the same sentence, whose amounts it does not print.
        Assert.Empty(Said("全年预算数1000万元，全年支出950万元，预算执行率95%，其中基本支出执行率100%，项目支出执行率87.5%。"));
        Assert.Empty(Said("2022年项目预算100万元，实际支出90万元，执行率90%，较2021年执行率85%提高5个百分点。"));
        // Another project's rate after a project's amounts; a budget added to during the year; rates not of money; a target.
        Assert.Empty(Said("A项目预算100万元，执行100万元，执行率100%。B项目执行率90%。"));
        Assert.Empty(Said("年初预算100万元，年中追加预算20万元，全年执行115万元，执行率95.83%。"));
        Assert.Empty(Said("项目预算100万元，已支出80万元，合同执行率100%。"));
        Assert.Empty(Said("项目预算资金100万元，实际到位资金80万元，人员到位率100%。"));
        Assert.Empty(Said("项目预算资金100万元，截至年底实际支出80万元，未达到预算执行率90%的目标要求。"));
        // But not the other way: 200 ÷ 200 = 100%, not 98.5%.
        Assert.Single(Said("项目预算资金200万元，实际支出200万元，预算执行率98.5%。"));
    }

    [Fact]
    public void A_county_statement_that_defines_its_scope_in_the_provinces_words_is_told()
    {
        // 施甸县 2016: "纳入省级财政预决算管理的“三公”经费，是指省级部门用财政拨款安排的…" under the county's title.
        const string text = "施甸县2016年“三公”经费决算情况统计表\n单位:万元\n“三公”经费口径说明\n一、纳入省级财政预决算管理的“三公”经费，是指省级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。\n";
        Assert.Single(new OtherLevelScope().Check(Read(text)));
        // The province's own statement says it rightly.
        Assert.Empty(new OtherLevelScope().Check(Read(text.Replace("施甸县", "云南省", StringComparison.Ordinal))));
        // A county report may name the province's money: only its scope words are the province's.
        Assert.Empty(new OtherLevelScope().Check(Read("某县农业农村局2022年度部门决算\n项目支出中省级专项资金120万元，由省级部门下达。\n")));
        // Only the defining frame: a county may "向省级各部门争取" money or cite "财政部会同各部门制定的…".
        Assert.Empty(new OtherLevelScope().Check(Read("某区教育局2022年度部门决算\n我局积极向省级各部门争取项目资金。根据财政部会同各部门制定的《政府收支分类科目》列支。\n")));
        // A province's 乡村振兴局 or 住房和城乡建设厅 is no township's.
        const string provincial = "是指省级部门用财政拨款安排的因公出国（境）费。\n";
        Assert.Empty(new OtherLevelScope().Check(Read("湖南省乡村振兴局2022年度部门决算\n" + provincial)));
        Assert.Empty(new OtherLevelScope().Check(Read("云南省住房和城乡建设厅2022年度部门决算\n" + provincial)));
        // A city's bureau is below the province too.
        Assert.Contains("“江苏省镇江市财政局”", Assert.Single(new OtherLevelScope().Check(Read("江苏省镇江市财政局2022年度部门决算\n" + provincial))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_years_staff_sentence_and_the_templates_notes_to_its_filler_are_residue()
    {
        // 玉溪镇 2022: "2021年末实有在职人员60人" in the 2022 report (a warning: the sentence may compare).
        const string staff = "重庆市潼南区玉溪镇人民政府2022年度部门决算\n2022年我单位共有行政编制24个，2021年末实有在职人员60人，退休25人。\n";
        Assert.Equal(Severity.Warning, Assert.Single(new WrongYear().Check(Read(staff))).Severity);
        Assert.Empty(new WrongYear().Check(Read(staff.Replace("2021年末", "2022年末", StringComparison.Ordinal))));
        Assert.Empty(new WrongYear().Check(Read(staff.Replace("2021年末实有在职人员60人", "实有在职人员60人，较2021年末增加2人", StringComparison.Ordinal))));
        // Last year's count as the base of this year's movement.
        Assert.Empty(new WrongYear().Check(Read("某局2022年度部门决算\n人员变动情况：2021年末实有人员58人，本年增加5人，减少3人。\n")));
        // 木塘垸 2018: the template's "(基层预算单位编写)" / "(主管部门编写)" printed.
        var notes = new TemplateInstructions().Check(Read("某乡2018年度部门决算编制说明\n一、决算信息来源说明(基层预算单位编写)\n二、决算汇编基本情况(主管部门编写)\n三、部门决算总体情况（由主管部门编写）\n")).ToList();
        Assert.Equal(3, notes.Count);
        // An indicator whose target the form left as "≥**平方米" (昌宁 2022), or without its value at all ("排污沟(≥米)").
        Assert.Equal(3, new Placeholders().Check(Read("公猪舍(≥**平方米)\n排污沟(≥米)\n隔离舍(≥300平方米)\n购置设备（≥ 台）\n购置设备（≥5台）\n")).Count());
    }

    [Fact]
    public void A_total_stated_with_another_totals_amount_is_told()
    {
        // 益阳五中 2020: 财政拨款支出 3611.81 twice, then "支出决算数为2112.86万元" — 2112.86 is the 本年收入合计.
        const string text = "二、收入决算情况说明\n本年收入合计2112.86万元，其中：财政拨款收入1865.86万元，占88.31%。\n四、财政拨款收入支出决算总体情况说明\n2020年度财政拨款支出3611.81万元，占本年支出合计的93.6%。\n"
            + "2020年度财政拨款支出3611.81万元，主要用于以下方面：基本支出3455.91万元，项目支出155.9万元。\n"
            + "五、一般公共预算财政拨款支出决算情况说明\n2020年度财政拨款支出年初预算数为1255.37万元，支出决算数为2112.86万元，完成年初预算的100%。\n";
        var f = Assert.Single(new AmountOfAnotherTotal().Check(Read(text)));
        Assert.Contains("而 2112.86 是本年收入合计", f.Message, StringComparison.Ordinal);
        // Said once each, the two amounts cannot tell which is the slip (in a department funded by appropriations alone the right
        // one equals the other totals).
        Assert.Empty(new AmountOfAnotherTotal().Check(Read(text.Replace("2020年度财政拨款支出3611.81万元，主要用于以下方面：", "主要用于以下方面：", StringComparison.Ordinal))));
        // Two different amounts neither of which is another total's are two scopes, not this rule's.
        Assert.Empty(new AmountOfAnotherTotal().Check(Read(text.Replace("支出决算数为2112.86万元", "支出决算数为2100.00万元", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_reason_after_items_that_went_both_ways_is_not_weighed_against_one_of_them()
    {
        // 黔南州中医医院 2016: 基本支出 fell 13, 医疗卫生支出 rose; "主要原因是运营成本费用和人员经费增加" is the rise's.
        const string text = "二、支出决算情况说明\n2016年总支出40976.5万元。其中：财政拨款基本支出1802万元、与去年相比减少了13万元；医疗卫生支出38021.5万元，较去年增加了2549.07万元。主要原因是运营成本费用和人员经费增加。\n";
        Assert.Empty(new ReasonDirection().Check(Read(text)));
        // One item, one way, and a reason the other way is still told.
        Assert.Single(new ReasonDirection().Check(Read("二、支出决算情况说明\n2016年财政拨款基本支出1802万元，与去年相比减少了13万元。主要原因是人员经费增加。\n")));
    }

    [Fact]
    public void A_budget_statement_recalling_last_years_accounts_owes_no_counts()
    {
        // 鄂尔多斯 2022: "一、2022年“三公”经费预算安排情况 … 二、2021年“三公”经费决算情况".
        const string text = "一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，公务用车运行费用10万元。\n"
            + "二、2021年“三公”经费决算情况\n2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。\n";
        Assert.DoesNotContain(new SectionsPresent().Check(Read(text)), f => f.Severity == Severity.Warning);
        Assert.Contains(new SectionsPresent().Check(Read(text[text.IndexOf("二、", StringComparison.Ordinal)..])), f => f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_funds_score_rule_printed_in_a_cell_of_its_own_gives_the_funds_weight()
    {
        // 昌宁 2022: "得分" / "(20分*执行率)" on lines of their own; 10 of 50 spent, 20% × 20 = 4 — not 20% × 10.
        const string text = "2022年度项目支出绩效自评表\n\n项目名称\n\n某生猪养殖场建设项目\n\n主管部门\n\n某县供销合作社联合社\n\n预算执行情况(万元)\n\n(20分)\n\n\n预算数(A)\n\n执行数(B)\n\n执行率(B/A)\n\n得分\n\n(20分*执行率)\n\n\n年度财政资金总额\n\n50\n\n10\n\n20\n\n4\n\n\n年度绩效目标\n\n(80分)\n";
        var e = Assert.Single(Read(text).Evaluations);
        Assert.Equal(20m, e.FundsWeight?.Value);
        Assert.Empty(new ExecutionRate().Check(Read(text)));
        Assert.Single(new ExecutionRate().Check(Read(text.Replace("\n\n4\n", "\n\n8\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void Batch_x_to_z_shapes_are_read_as_a_reviewer_reads_them()
    {
        // 某县委党校 2020: "本年收入的具体构成为：财政拨款收入213.24万元，占100%" under 本年收入合计 231.24 — 92.22%.
        const string opening = "二、收入决算情况说明\n本部门本年收入合计231.24万元。\n本年收入的具体构成为：财政拨款收入213.24万元，占100%；事业收入0万元，占0%。\n";
        Assert.Contains(new NarrativeShares().Check(Read(opening)), f => f.Severity == Severity.Error && f.Message.Contains("92.22%", StringComparison.Ordinal));
        Assert.DoesNotContain(new NarrativeShares().Check(Read(opening.Replace("213.24", "231.24", StringComparison.Ordinal))), f => f.Severity == Severity.Error);

        // 垫江殡仪馆 2020: "收入合计1238.61万元，总收入较上年决算数增加819.06万元，增长195.2%" — the 总收入 is that 合计 (819.06 ÷ 419.55).
        var income = Read("2.收入情况。2020年度收入合计1238.61万元，总收入较上年决算数增加819.06万元，增长195.2%。\n");
        Assert.Contains(income.Claims, c => c.Subject == "本年收入合计" && c.Measure == Core.Published.Measure.ChangeAmount);
        Assert.Empty(new NarrativeYearOnYear().Check(income));

        // 东坡区审计局 2014: "公务用车购置及运行维护费17.9万元…车辆保有量为3辆，全年车均运行维护费支出5.97元" — 5.97 万元 × 3.
        const string cars = "三、公务用车购置及运行维护费\n2014年公务用车购置及运行维护费17.9万元，较2013年决算数下降15.6%。\n截止2014年底，车辆保有量为3辆，全年车均运行维护费支出5.97元。\n";
        Assert.Equal(Severity.Error, Assert.Single(new RunningCostPerVehicle().Check(Read(cars))).Severity);
        // With purchases possibly in the category, a figure off by other than the unit says nothing.
        Assert.Empty(new RunningCostPerVehicle().Check(Read(cars.Replace("5.97元", "4.50万元", StringComparison.Ordinal))));

        // 中国文字博物馆 2013: "文化体育与传媒（类）" was the 类's name that year.
        const string culture = "五、一般公共预算财政拨款支出决算情况说明\n“文化体育与传媒（类）”支出82.51万元，占0.43%。\n";
        Assert.Empty(new UnknownItemName().Check(Read("某馆2013年度部门决算\n" + culture)));
        Assert.Single(new UnknownItemName().Check(Read("某馆2020年度部门决算\n" + culture)));

        // 雅安 2011: next year's budget against this year's accounts is no comparison of a year with itself.
        Assert.Empty(new WrongYear().Check(Read("某局2011年“三公”经费决算和2012年预算情况\n2012年安排公车运行维护费69.54万元，较2011年决算增长7%。\n")));
    }

    [Fact]
    public void The_opening_balance_is_last_years_closing_one()
    {
        // 巫溪检察院 2019: 收入总计 1046.61 − 本年收入合计 1011.83 = 34.78 opened the year, yet "年末结转和结余0.0万元，较上年决算数减少60.4万元"
        // closed last year at 60.40.
        const string text = "2019年度收入总计1046.61万元，支出总计1046.61万元。\n本年收入合计1011.83万元。\n年末结转和结余0.0万元，较上年决算数减少60.4万元。\n";
        var found = Assert.Single(new CarriedOverBalance().Check(Read(text)));
        Assert.Equal(Severity.Warning, found.Severity);
        Assert.Equal(60.4m, found.Computed);
        // Closing 0 after a fall of 34.78: last year closed at what this year opened with.
        Assert.Empty(new CarriedOverBalance().Check(Read(text.Replace("60.4万元", "34.78万元", StringComparison.Ordinal))));
        // A stated opening balance is taken as stated.
        Assert.Empty(new CarriedOverBalance().Check(Read("2019年度年初结转和结余60.40万元。\n年末结转和结余0.0万元，较上年决算数减少60.4万元。\n")));
        Assert.Single(new CarriedOverBalance().Check(Read("2019年度年初结转和结余50.40万元。\n年末结转和结余0.0万元，较上年决算数减少60.4万元。\n")));
        // A 收入总计 that is not the 支出总计 is misprinted itself and derives no opening balance.
        Assert.Empty(new CarriedOverBalance().Check(Read(text.Replace("支出总计1046.61", "支出总计1050.61", StringComparison.Ordinal))));
        // 事业基金 drawn between them: the difference is not the opening balance alone.
        Assert.Empty(new CarriedOverBalance().Check(Read(text + "用事业基金弥补收支差额10.00万元。\n")));
        // Without a change on last year, nothing tells last year's closing balance.
        Assert.Empty(new CarriedOverBalance().Check(Read(text.Replace("，较上年决算数减少60.4万元", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void Batch_aa_to_ac_shapes_are_read_as_a_reviewer_reads_them()
    {
        // 南宫检察院 2019: "财政拨款本年收入" is the 财政拨款收入, each fund's "…本年收入" that fund's, and the bare "本年支出" after a
        // fund's income that fund's spending. 979.53 + 225.58 = 1205.11, so no 国有资本经营预算 this year; its change can only be
        // a fall, so the funds' +28.13 and +161.78 cannot make +253.71.
        const string funds = "四、财政拨款收入支出决算总体情况说明\n本部门2019年度财政拨款本年收入1205.11万元，比2018年度增加253.71万元，增长27%。\n"
            + "一般公共预算财政拨款本年收入979.53万元，比上年增加28.13万元；本年支出869.0万元，比上年增加240.09万元，增长38%，主要是人员经费增加。\n"
            + "政府性基金预算财政拨款本年收入225.58万元，比上年增加161.78万元，增长253.57%；本年支出225.58万元，比上年增加161.78万元。\n";
        var report = Read(funds);
        Assert.Contains(report.Claims, c => c.Subject == "一般公共预算财政拨款收入" && c.Number.Value == 979.53m);
        Assert.Contains(report.Claims, c => c.Subject == Core.Published.NarrativeItems.GeneralBudgetExpenditure && c.Number.Value == 869.0m);
        Assert.DoesNotContain(report.Claims, c => c.Subject == "本年收入合计");
        var parts = Assert.Single(new PartsOfStatedTotal().Check(report), f => f.Severity == Severity.Error);
        Assert.Equal(253.71m, parts.Printed);
        Assert.Equal(189.91m, parts.Computed);
        // Changes that leave room for the absent fund's fall are only suspicious.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(funds.Replace("增加253.71万元，增长27%", "增加150.00万元，增长14.22%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(funds.Replace("增加253.71万元，增长27%", "增加189.91万元，增长18.71%", StringComparison.Ordinal))), f => f.Severity != Severity.Note);

        // "完成年初预算的70%" of 1205.11 ÷ 1742.46 = 69.16%: truncation gives 69, not 70 — an error, not a slip.
        const string completion = "本部门2019年度财政拨款本年收入1205.11万元，完成年初预算的70%，比年初预算减少537.35万元。\n";
        Assert.Equal(Severity.Error, Assert.Single(new CompletionAgainstBudget().Check(Read(completion))).Severity);
        Assert.Empty(new CompletionAgainstBudget().Check(Read(completion.Replace("70%", "69%", StringComparison.Ordinal))));
        // 1205.11 ÷ 1732.48 = 69.56%: "69%" is it truncated, a slip of the last digit.
        Assert.Equal(Severity.Warning, Assert.Single(new CompletionAgainstBudget().Check(Read(completion.Replace("70%", "69%", StringComparison.Ordinal).Replace("537.35", "527.37", StringComparison.Ordinal)))).Severity);

        // A Hunan scoring table: "." for "。", and the whole unit's rate after a 三公 indicator is not the 三公's.
        const string scoring = "8 三公经费 变动率Q0,计8分; 2018年度本单位预算安排 三公经费 总额为63.46万元,而2017年度预算安排的 三公经费 总额为32万元.本单位 三公经费 变动率=(63.46-32)÷32=98.31%\n"
            + "8 100%计满分,每低于5%扣2分,扣完为止. 年初结余未19.8万元;\n预算1922.76万元,本年追加预算767.86万元;\n年未结余数19.8万元.计算本单位预算完成率99.27%.\n";
        Assert.Empty(new CompletionAgainstBudget().Check(Read(scoring)));

        // 英德经信局 2016: last year's parts (12.5 + 45.2 = 57.70) above last year's total 57.55.
        const string priors = "某市经信局2016年“三公经费”预算对比增减说明\n2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元。其中:1、公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.5万元。2、公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元。\n";
        var above = Assert.Single(new PartsOfStatedTotal().Check(Read(priors)), f => f.Severity == Severity.Error);
        Assert.Equal(57.7m, above.Computed);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(priors.Replace("57.55", "57.70", StringComparison.Ordinal).Replace("24.55", "24.70", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // Parts that come to less than the total leave room for the one not named (因公出国 last year).
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(priors.Replace("57.55", "60.00", StringComparison.Ordinal).Replace("24.55", "27.00", StringComparison.Ordinal))), f => f.Severity == Severity.Error);

        // 梧州 2020: two slips in one sentence, the second a doubled 是; a comma between 共计 and its figure; "0.00 万，".
        var repeats = new RepeatedWords().Check(Read("其中，公务用车运行维护费比去年增加1.05万元，增加原因主要是主要是检测任务增加；公务接待费比去年增加0.5万元，增加原因主要是是接待任务增加。\n")).ToList();
        Assert.Equal(2, repeats.Count);
        Assert.Contains(repeats, f => f.Message.Contains("“是是”", StringComparison.Ordinal));
        Assert.Single(new DoubledPunctuation().Check(Read("全年因公出国（境）团组共计 ,0 个，累计 0 人次。\n")));
        Assert.Empty(new DoubledPunctuation().Check(Read("全年因公出国（境）团组共计0个，累计0人次。\n")));
        const string wan = "5.经营收入 0.00 万，为事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。较2022年度决算数增加0.00万元。\n";
        Assert.Single(new FigureWithoutUnit().Check(Read(wan)));
        Assert.Empty(new FigureWithoutUnit().Check(Read(wan.Replace("0.00 万，", "0.00 万元，", StringComparison.Ordinal))));

        // 南昌烈士陵园 2022: "约3000 平米;,编撰" — two marks where one belongs.
        Assert.Single(new DoubledPunctuation().Check(Read("环境整治绿化面积约3000 平米;,编撰南昌英烈50万字。\n")));
        // 湖南 2018: "年初结余未19.8万元", "年未结余数19.8万元"; "本年未发生" and "2023年未安排" are words.
        Assert.Equal(2, new CharacterSlips().Check(Read("年初结余未19.8万元；\n年未结余数19.8万元。\n")).Count());
        Assert.Empty(new CharacterSlips().Check(Read("本年未结转资金0万元，2023年未安排新增项目，本年未发生公务接待费。\n")));
    }

    [Fact]
    public void Review_30s_counter_examples_give_no_false_finding()
    {
        IEnumerable<AuditFinding> Said(string text, string rule) => Auditor.Run(Read(text)).Where(f => f.RuleId == rule && f.Severity != Severity.Note);

        // A list joined by "；": the next item's definition is that item's.
        Assert.Empty(Said("二、收入决算情况说明\n1.财政拨款收入900.00万元，主要是市财政拨付的人员经费和公用经费；2.事业收入100.00万元，为开展专业业务活动及其辅助活动取得的收入。\n", "W-DEFINITION"));
        // A carry-over is money the 财政 paid in an earlier year.
        Assert.Empty(Said("年初结转和结余35.20万元，主要是上年度财政拨付的资金尚未支付完毕，结转到本年继续使用。\n", "W-DEFINITION"));

        // One fund's closing balance is not the unit's.
        Assert.Empty(Said("某县农业农村局2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年度收入总计1230.00万元，其中：本年收入合计1000.00万元，年初结转和结余230.00万元。\n"
            + "二、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款本年支出900.00万元，年末结转和结余50.00万元，较上年增加20.00万元。\n", "N-CARRYOVER"));
        Assert.Empty(Said("某县人民医院2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年度收入总计5230.00万元，其中本年收入合计5000.00万元，年初结转和结余230.00万元。\n"
            + "二、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入支出总计1230.00万元。财政拨款年末结转和结余130.00万元，较上年增加100.00万元。\n", "N-CARRYOVER"));
        // A derived opening (收入总计 − 本年收入合计) holds any 使用非财政拨款结余 left unsaid: above last year's closing is no finding.
        Assert.Empty(Said("某县人民医院2023年度部门决算情况说明\n2023年度收入总计5230.00万元，支出总计5230.00万元。\n本年收入合计5000.00万元。\n年末结转和结余130.00万元，较上年增加100.00万元。\n", "N-CARRYOVER"));

        // People counted in 万 are no money.
        Assert.Empty(Said("本部门2023年度收入总计1000.00万元。\n本部门服务全县常住人口45.62万，其中农村人口30.15万。全年惠及困难群众1.25万，发放临时救助0.35万人次。\n", "R-UNIT"));
        // "主要是是否…" is "是否".
        Assert.Empty(Said("本年支出合计500.00万元，比上年增加20.00万元，考核的重点主要是是否按时完成年度普法任务。\n", "W-REPEAT"));
        // The list of offices ends where another body's count begins.
        Assert.Empty(Said("一、部门基本情况\n本局内设科室4个：办公室、财务股、执法股、综合股，下设二级事业单位2个：县消费者权益保护中心、县计量检定所。\n", "N-DIVISIONS"));
        // "以上各项合计，10.00万元" is a pause; "共计,12个" a slip.
        Assert.Empty(Said("2023年度“三公”经费支出10.00万元，其中：公务接待费4.00万元，公务用车购置及运行费6.00万元。以上各项合计，10.00万元。\n", "R-PUNCT"));
        Assert.Single(Said("全年政府采购项目共计,12个，合同金额50.00万元。\n", "R-PUNCT"));

        // The income named last before a bare 本年支出 decides whose spending it is: 其他收入 is no fund's.
        var unit = Read("2023年度本年收入1000.00万元，其中：财政拨款收入900.00万元，比上年增加30.00万元，其他收入100.00万元，比上年增加20.00万元；本年支出1000.00万元，比上年增加50.00万元。\n");
        Assert.Contains(unit.Claims, c => c.Subject == "本年支出合计" && c.Number.Value == 1000m);
        Assert.DoesNotContain(unit.Claims, c => c.Subject == Core.Published.NarrativeItems.AppropriationExpenditure);

        // A 三公 category the text never names may have fallen by what the others leave over: only an impossible rise is said.
        Assert.Empty(Said("某县司法局2023年度部门决算情况说明\n五、“三公”经费支出决算情况说明\n2023年度“三公”经费支出决算10.00万元，比预算减少5.00万元，比上年减少2.00万元。\n"
            + "公务接待费4.00万元，比预算减少2.00万元，比上年减少1.00万元。\n公务用车运行维护费6.00万元，比预算减少1.00万元，比上年增加1.00万元。\n", "N-PARTS"));
    }

    [Fact]
    public void Batch_ad_to_af_shapes_are_read_as_a_reviewer_reads_them()
    {
        // 云南省中西医结合医院 2017: "因公出国（境）费支出决算为4.46元" after a 三公 total of 13.07 万元.
        const string tiny = "五、一般公共预算财政拨款“三公”经费支出决算情况说明\n2017年度一般公共预算财政拨款“三公”经费支出预算为12.50万元，支出决算为13.07万元，完成预算104.56%。其中：因公出国（境）费支出决算为4.46元，完成预算的100%。\n";
        Assert.Contains("13.07 万元", Assert.Single(new FigureWithoutUnit().Check(Read(tiny))).Message, StringComparison.Ordinal);
        Assert.Empty(new FigureWithoutUnit().Check(Read(tiny.Replace("4.46元", "4.46万元", StringComparison.Ordinal))));

        // 德钦县移民局 2017: "二、支出决算情况说明" then "二、部门基本情况"; a table's numbered rows are no headings, and a part restarts at 一、.
        Assert.Single(new DamagedHeading().Check(Read("一、主要职能\n负责全县移民工作。\n二、支出决算情况说明\n2017年度支出合计2906万元。\n二、部门基本情况\n单位1个。\n")));
        Assert.Empty(new DamagedHeading().Check(Read("一、收入支出决算总表\n一、一般公共预算财政拨款收入\n100.00\n二、政府性基金预算财政拨款收入\n二、外交支出\n")));
        Assert.Empty(new DamagedHeading().Check(Read("第一部分 部门概况\n一、部门职责\n二、机构设置\n第二部分 情况说明\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n")));

        // 鼎城 2018: "第三部分 名称解释"; a standard heading with a word typed in twice.
        Assert.Contains("应为“名词解释”", Assert.Single(new DamagedHeading().Check(Read("第三部分 名称解释\n1.财政拨款收入：指本级财政当年拨付的资金。\n"))).Message, StringComparison.Ordinal);
        Assert.Single(new DamagedHeading().Check(Read("三、支出情况决算情况说明\n本年支出合计100万元。\n")));
        Assert.Empty(new DamagedHeading().Check(Read("第三部分 名词解释\n三、支出决算情况说明\n一、机关运行经费支出情况说明\n")));

        // 官仓镇 2015: "三公”经费" without its opening quote.
        Assert.Single(new DoubledPunctuation().Check(Read("官仓镇2015年三公”经费支出说明\n")));
        Assert.Empty(new DoubledPunctuation().Check(Read("官仓镇2015年“三公”经费支出说明\n")));

        // 阿坝 2021 (绩效自评报告): "（川财行2020〕189号）" lost its 〔, "《…通知》阿州财行〔2021〕15号）" closes a bracket nothing opened;
        // 临河 2023: "（巴财农2023〕444号）"; 廊坊 2019: the form's "2019年度）" under a title that opened no bracket.
        Assert.Contains("川财行2020〕189号", Assert.Single(new DoubledPunctuation().Check(Read("根据《关于下达2020年食品药品监管补助资金预算通知》（川财行2020〕189号）补助资金1.5万元。\n"))).Message, StringComparison.Ordinal);
        Assert.Single(new DoubledPunctuation().Check(Read("根据《关于提前下达2021年补助资金预算的通知》阿州财行〔2021〕15号）中央补助预算1.5万元。\n")));
        Assert.Single(new DoubledPunctuation().Check(Read("项目支出绩效自评表\n\n 2019 年度)\n项目名称 暖通改造经费\n")));
        Assert.Empty(new DoubledPunctuation().Check(Read("根据《关于下达2020年补助资金预算的通知》（川财行〔2020〕189号）补助资金1.5万元，阿州财行[2021]15号文件下达1.5万元。\n")));
        Assert.Empty(new DoubledPunctuation().Check(Read("根据《通知》（阿州财行〔2021〕15号）下达。\n")));
        Assert.Empty(new DoubledPunctuation().Check(Read("项目支出绩效自评表（\n2019年度）\n项目名称 暖通改造经费\n")));
        Assert.Empty(new DoubledPunctuation().Check(Read("项目支出绩效自评表\n（2019年度）\n")));

        // "财政拨款结转结余0万元" is the balance, not the 财政拨款支出; "调整数4610.19万元" is a budget.
        var balance = Read("四、财政拨款收入支出决算总体情况说明\n财政拨款支出4603.07万元，与上年相比，增加1612.54万元。财政拨款结转结余0万元，与上年相比，增加0万元。\n2017年预算数3786.71万元，调整数4610.19万元。\n");
        Assert.DoesNotContain(balance.Claims, c => c.Subject == Core.Published.NarrativeItems.AppropriationExpenditure && c.Number.Value == 0m);
        Assert.Contains(balance.Claims, c => c.Measure == Core.Published.Measure.Budget && c.Number.Value == 4610.19m);

        // 廊坊食品工程学校 2019: the funds' headings broken a word to a line ("年初" / "预算数" …); 10 × 37.24 ÷ 43.2 = 8.62 printed
        // whole as 9 is rounding (a note), 8 would be a slip.
        const string form = "项目支出绩效自评表\n\n项目名称\n\n暖通改造经费\n\n主管部门\n\n廊坊市发改委\n\n实施单位\n\n廊坊市食品工程学校\n\n项目资金\n(万元)\n\n \n\n"
            + "年初\n\n预算数\n\n全年\n\n预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n年度资金总额\n\n43.2\n\n43.2\n\n37.24\n\n10\n\n86%\n\n9\n\n"
            + "其中:当年财政拨款\n\n43.2\n\n43.2\n\n37.24\n\n \n\n上年结转资金\n\n \n\n其他资金\n\n \n\n年度总体目标\n\n预期目标\n\n实际完成情况\n";
        var e = Assert.Single(Read(form).Evaluations);
        Assert.Equal(37.24m, e.Executed?.Value);
        Assert.Equal(Severity.Note, Assert.Single(new ExecutionRate().Check(Read(form))).Severity);
        Assert.Equal(Severity.Error, Assert.Single(new ExecutionRate().Check(Read(form.Replace("86%\n\n9\n", "86%\n\n8\n", StringComparison.Ordinal)))).Severity);

        // 六安 2021: "其中:当年财政拨款 | 200 | 200 | 179.43 | 10 | 89.7% | 8" scored apart — 8.97 printed 8 is a slip.
        var source = Read(form.Replace("其中:当年财政拨款\n\n43.2\n\n43.2\n\n37.24\n\n \n", "其中:当年财政拨款\n\n43.2\n\n43.2\n\n37.24\n\n10\n\n86%\n\n8\n", StringComparison.Ordinal));
        Assert.Contains(new ExecutionRate().Check(source), f => f.Severity == Severity.Error && f.Message.StartsWith("预算执行率得分 8", StringComparison.Ordinal));

        // 中江 2022: a form run together into one line, "产出指标(70分)…效益指标(20分)", under its own note "一级指标分值统一设置为:产出指标50分、
        // 效益指标30分…".
        const string glued = "绩效目标自评表(2022年度)项目名称小型水库水标尺制作安装…绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10效益指标(20分)社会效益指标群众生产生活条件改善状况10显著提升显著提升10满意度指标(10分)服务对象满意度10≥95%≥95%10总分100100注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。\n";
        Assert.Contains("表注规定产出指标50分、效益指标30分", Assert.Single(new EvaluationWeights().Check(Read(glued))).Message, StringComparison.Ordinal);
        Assert.Empty(new EvaluationWeights().Check(Read(glued.Replace("(70分)", "(50分)", StringComparison.Ordinal).Replace("(20分)", "(30分)", StringComparison.Ordinal))));
    }

    [Fact]
    public void Batch_ag_to_ai_shapes_are_read_as_a_reviewer_reads_them()
    {
        // 镜湖区残联 2023: a prose indicator missed, no reason, while the report says the targets were met.
        const string prose = "对照总体绩效目标，该资金项目已按照计划完成目标。\n第三，发放燃油补贴人次数年初指标值为不低于180人，全年实际完成值164人。\n";
        Assert.Equal(Severity.Error, Assert.Single(new TargetMissedInProse().Check(Read(prose))).Severity);
        // Without the claim, the missing reason alone: a warning.
        Assert.Equal(Severity.Warning, Assert.Single(new TargetMissedInProse().Check(Read(prose.Replace("该资金项目已按照计划完成目标", "资金使用规范", StringComparison.Ordinal)))).Severity);
        // Met, or a ceiling kept, or a reason given: nothing.
        Assert.Empty(new TargetMissedInProse().Check(Read(prose.Replace("164人", "186人", StringComparison.Ordinal))));
        Assert.Empty(new TargetMissedInProse().Check(Read("投诉率年初指标值为不高于5%，全年实际完成值3%。\n")));
        Assert.Single(new TargetMissedInProse().Check(Read("投诉率年初指标值为不高于5%，全年实际完成值7%。\n")));
        Assert.Empty(new TargetMissedInProse().Check(Read(prose.Replace("164人。", "164人，主要原因是部分残疾人车辆报废。", StringComparison.Ordinal))));
        // A target and an actual in other units are not compared.
        Assert.Empty(new TargetMissedInProse().Check(Read("培训年初指标值为不低于10次，全年实际完成值8个班。\n")));

        // 庆城县文化馆 2017: each part's change on last year stands between the parts — 40 + 18 + 1 = 59, not 58.
        Assert.Contains("= 59 人", Assert.Single(new HeadcountParts().Check(Read("2017年末实有财政供养人数58人,其中:在职职工40人,与比上年减少4人;退休18人,与比上年减少 0人; 遗属 1人,与比上年增加0 人。\n"))).Message, StringComparison.Ordinal);
        Assert.Empty(new HeadcountParts().Check(Read("2017年末实有财政供养人数59人,其中:在职职工40人,与比上年减少4人;退休18人,与比上年减少 0人; 遗属 1人,与比上年增加0 人。\n")));

        // 小店区路灯管理所 2016: "比上年收入决算221.17万元减少15.9万元" — 221.17 is last year's.
        var prior = Read("某所2016年度部门决算\n2016年本年收入合计205.27万元,比上年收入决算221.17万元减少15.9万元,减少率为7.19%。\n");
        Assert.Contains(prior.Claims, c => c.Measure == Core.Published.Measure.PriorAmount && c.Number.Value == 221.17m);
        Assert.Empty(new NarrativeYearOnYear().Check(prior));

        // 内蒙古文化厅 2015: "…部门决算公示说明—三公经费" is the title, so "比201423.45万元" glues last year to its amount.
        var glued = Read("2015年内蒙古自治区文化厅部门决算公示说明—三公经费\n1、因公出国(境)费186.42万元比201423.45万元部门决算支出增加162.97万元。\n");
        Assert.Equal(2015, glued.Year?.Value);
        Assert.Contains(new WrongYear().Check(glued), f => f.Message.Contains("201423.45", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_32s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 青阳 2022: "减少0万元，下降0.0%，下降原因主要是无该项预算" — a fall that did not happen, explained: a warning; without the
        // reason the template's "减少0万元" stays a note. 宣州 2020: the reason in the next sentence.
        const string explained = "一、“三公”经费支出情况\n因公出国（境）费支出0万元，比2021年减少0万元，下降0.0%，下降原因主要是无该项支出。\n";
        Assert.Contains(Said(explained), f => f.RuleId == "N-DIRECTION" && f.Message.Contains("解释了减少的原因", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(explained.Replace("，下降原因主要是无该项支出", string.Empty, StringComparison.Ordinal)), f => f.RuleId == "N-DIRECTION");
        Assert.Contains(Said("一、“三公”经费支出情况\n公务用车购置及运行费支出0万元，与2019年相比，减少0万元，下降0%。下降的原因是2016年实行公车改革。\n"), f => f.RuleId == "N-DIRECTION");
        // Another item's reason later in the sentence is not this one's.
        Assert.DoesNotContain(Said("一、“三公”经费支出情况\n因公出国（境）费支出0万元，比上年减少0万元；公务接待费支出2.00万元，比上年减少1.00万元，下降33.33%，下降原因是厉行节约。\n"), f => f.RuleId == "N-DIRECTION");

        // The next sentence's reason is the other item's when the sentence holds a real change too; a reason before the zero
        // ("…下降原因是厉行节约；因公出国（境）费0万元，比2022年减少0万元") is the item's before it.
        Assert.DoesNotContain(Said("一、“三公”经费支出情况\n因公出国（境）费支出0万元，比上年减少0万元；公务接待费支出2.00万元，比上年减少1.00万元。下降的原因是厉行节约。\n"), f => f.RuleId == "N-DIRECTION");
        Assert.DoesNotContain(Said("一、“三公”经费支出情况\n2023年公务接待费支出2.00万元，比2022年减少1.00万元，下降33.33%，下降原因是厉行节约；因公出国（境）费支出0万元，比2022年减少0万元。\n"), f => f.RuleId == "N-DIRECTION");

        // 托克托 2024: "其中：教育支出29104元；…" — the parts make the total only with 29104 in 万元.
        const string list = "2024年民生支出累计完成131385万元，占一般公共预算支出63%。其中：教育支出29104元；文化旅游体育与传媒支出2267万元；社会保障和就业支出42366万元；卫生健康支出12988万元；节能环保支出1199万元；农林水支出32480万元；交通运输支出4948万元；住房保障支出6033万元。\n";
        Assert.Contains("“教育支出29104元”的单位应为万元", Assert.Single(Said(list), f => f.RuleId == "N-LISTSUM").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(list.Replace("29104元", "29104万元", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        // A part in 元 that is right in 元 (the list leaves other parts out) is no slip.
        Assert.DoesNotContain(Said("2024年支出合计500.00万元。其中：办公费3000元；印刷费20.00万元；差旅费10.00万元；会议费5.00万元。\n"), f => f.RuleId == "N-LISTSUM");

        // 九华山 2019: "因公出国（境）费支出决算0万元，0；公务接待费支出决算6.28万元，占34.88%" — the share lost its words and %.
        const string share = "一、“三公”经费支出情况\n2019年度“三公”经费支出决算中，因公出国（境）费支出决算0万元，0；公务接待费支出决算6.28万元，占100%。\n";
        Assert.Contains(Said(share), f => f.RuleId == "R-UNIT" && f.Message.StartsWith("“0”缺少“%”", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(share.Replace("0万元，0；", "0万元，占0%；", StringComparison.Ordinal)), f => f.RuleId == "R-UNIT");
    }

    [Fact]
    public void Batch_33s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 临翔 2023: 年初预算数 blank, the cell lost at the line's break — 32.4 and 31.69 are the budget and the spending, as the
        // printed 97.80% says; 10 × 97.81% = 9.78, printed 9.
        const string blank = "项目支出绩效自评表 |\n| ( 2023年度) |\n项目名称 | 收容所建设项目 |\n主管部门 | 某区林业和草原局 | 实施单位 | 某区林业和草原局 |\n项目资金 (万元) |\n"
            + "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 |\n| 32.4 | 31.69 | 10 | 97.80% | 9 |\n其中:当年财政拨款 |\n| 32.4 | 31.69 | 10 | 97.80% | 9 |\n"
            + "年度 总体 目标 | 预期目标 | 实际完成情况 |\n";
        Assert.Contains(Said(blank), f => f.RuleId == "P-EXECUTION" && f.Message.Contains("9.78", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(blank.Replace("| 9 |", "| 9.78 |", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION");
        // Hostile figures: a budget of almost nothing against an enormous spending is no rate (it overflowed the decimal once).
        Assert.DoesNotContain(Said(blank.Replace("| 32.4 | 31.69 | 10 | 97.80% | 9 |", "| 0.00000000001 | 99999999999999999999 | 10 | 97.80% | 9 |", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION");
        // The indicators' "分值 | 得分" is not the funds' wrapped 得分 heading: the funds row of four columns is read, its 90% wrong.
        Assert.Contains(Said("项目支出绩效自评表 |\n| ( 2023年度) |\n项目名称 | 办公楼维修项目 |\n主管部门 | 某县教育局 | 实施单位 | 某县教育局 |\n项目资金 (万元) |\n| 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n年度资金总额 |\n| 50 | 50 | 40 | 90% |\n"
            + "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| 产出指标 | 数量指标 | 维修面积 | ≥500平方米 | 520平方米 | 50 | 50 | 无 |\n"), f => f.RuleId == "P-EXECUTION" && f.Message.Contains("90%", StringComparison.Ordinal));

        // A rate that does not follow from the two amounts leaves them unplaced: which budget is blank is not known.
        Assert.DoesNotContain(Said(blank.Replace("97.80%", "50.00%", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION" && f.Message.Contains("9.78", StringComparison.Ordinal));

        // 上饶 2021: "执行率(全年 执行数/全年 预算数)" one heading; 得分 wrapped below the figures; 分值 100 with a score of 10.
        const string spaced = "附件1 项目支出绩效自评表 ( 2021 年度) 项目名称 司法业务经费 主管部门 某市司法局 项目资金(万元) 实施单位 某市司法局 年初预算数 全年预算数 全年执行数 分值 "
            + "执行率(全年 执行数/全年 预算数) 年度资金总额: 620.82万元 620.82万元 620.82万元 100 100% 10 其中:当年财政 拨款 620.82万元 620.82万元 620.82万元 100 100% 10 得分 上年结转资金 其他资金 预期目标 实际完成情况\n";
        Assert.Contains(Said(spaced), f => f.RuleId == "P-EXECUTION" && f.Message.Contains("10 ≠ 执行率 × 100", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(spaced.Replace(" 100 100% 10 其中", " 10 100% 10 其中", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION");

        // 成安 2020 (河北's form): a met indicator's 单项指标得分 printed as its weight, so 折算 takes the weight twice.
        const string hebei = "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分\n符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分\n"
            + "产出指标 质量指标 覆盖率 享受补贴政策人数占符合条件申报对象总数的比例 >= 98 %(百分比) 100% 完成 25.00 25.00 6.25\n";
        Assert.Contains("6.25 = 25 × 25%", Assert.Single(Said(hebei), f => f.RuleId == "P-MET").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(hebei.Replace("25.00 25.00 6.25", "100.00 25.00 25.00", StringComparison.Ordinal)), f => f.RuleId == "P-MET");

        // 岳阳 2018: "4.完成…。4.对受理的…。5.…"; 随县 2019's 目录: "3、机关运行经费支出说明" / "3、政府采购执行情况说明" / "4、…".
        Assert.Contains(Said("工作内容\n1.完成数字化城市管理监督。2.做好市级平台的日常维护。3.对各类信息的收集、分析和整理。4.完成各终端单位的考核考评。4.对受理的投诉进行处理。5.对各县市区的业务指导。\n"),
            f => f.RuleId == "W-NUMBERING" && f.Message.Contains("下一条为 5", StringComparison.Ordinal));
        const string contents = "目录\n1、部门决算收支情况说明\n2、关于“三公”经费支出说明\n3、机关运行经费支出说明\n3、政府采购执行情况说明\n4、国有资产占用情况说明\n";
        Assert.Contains(Said(contents), f => f.RuleId == "W-NUMBERING");
        // An item repeated with no next number, a list started again, a search excerpt's page numbers: no slip.
        Assert.DoesNotContain(Said(contents.Replace("4、国有资产", "（二）国有资产", StringComparison.Ordinal)), f => f.RuleId == "W-NUMBERING");
        Assert.DoesNotContain(Said("1、收入\n2、支出\n3、结余\n（二）本级\n1、收入\n2、支出\n3、结余\n"), f => f.RuleId == "W-NUMBERING");
        Assert.DoesNotContain(Said("1.工作一。2.工作二。3.工作三" + new string('。', 1) + "\n3、面等600平方米，共支出成本20万元，2022年全年已实际支付20万元。4、某某工程项目：预算1616万元，2022年全年实际支付1616万元，使用率100%。\n"),
            f => f.RuleId == "W-NUMBERING");

        // The review's counter-examples: a nested list whose outer list goes on, two lists under two labels, a long first item.
        Assert.DoesNotContain(Said("（三）支出决算情况\n1.收入情况\n2.支出情况：\n1.基本支出\n2.项目支出\n3.其他支出\n3.结余情况\n4.资产情况\n"), f => f.RuleId == "W-NUMBERING");
        Assert.DoesNotContain(Said("存在的问题：\n1.预算编制不够精细。\n2.绩效目标设置不够细化。\n改进措施：\n1.加强预算编制的精细化管理，提前谋划项目，充分论证项目的必要性和可行性，确保预算编制科学合理、准确完整。\n2.细化量化绩效目标。\n3.加强绩效运行监控。\n"),
            f => f.RuleId == "W-NUMBERING");

        // 江津 2024: "收支较上年减少484.05，降低11.1%" — the change has no unit.
        Assert.Contains(Said("2024年度收入总计3874.92万元，支出总计3874.92万元。收支较上年减少484.05，降低11.1%，主要原因是项目支出减少。\n"), f => f.RuleId == "R-UNIT" && f.Message.Contains("484.05", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("2024年度收入总计3874.92万元，支出总计3874.92万元。收支较上年减少484.05万元，降低11.1%，主要原因是项目支出减少。\n"), f => f.RuleId == "R-UNIT");

        // 株洲荷塘 2016: "（株荷财发〔2017〕31）号"; 南川 2024: "《关于印发<…方案>》的通知》" and "山王坪镇镇人民政府".
        Assert.Contains(Said("根据《关于开展2016年度部门整体支出绩效评价工作的通知》（株荷财发〔2017〕31）号文件精神，结合实际，现将自评结果报告如下。\n"), f => f.RuleId == "R-PUNCT" && f.Message.StartsWith("文号的括号位置不对", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("根据《关于开展2016年度部门整体支出绩效评价工作的通知》（株荷财发〔2017〕31号）文件精神，结合实际，现将自评结果报告如下。\n"), f => f.RuleId == "R-PUNCT");
        Assert.Contains(Said("机构名称按照《关于印发<重庆市某镇内设机构编制方案>》的通知》南委编委发〔2024〕51号设置。\n"), f => f.RuleId == "R-PUNCT" && f.Message.Contains("“》”", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("机构名称按照《关于印发<重庆市某镇内设机构编制方案>的通知》南委编委发〔2024〕51号设置。\n"), f => f.RuleId == "R-PUNCT");
        Assert.Contains(Said("纳入本部门2024年度决算编制的二级预算单位主要包括重庆市南川区山王坪镇镇人民政府（本级）。\n"), f => f.RuleId == "W-REPEAT" && f.Message.Contains("镇镇", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("纳入本部门2024年度决算编制的二级预算单位主要包括重庆市南川区山王坪镇人民政府（本级）。\n"), f => f.RuleId == "W-REPEAT");
        // 古镇 and 新镇 are towns: "中山市古镇镇人民政府" is whole.
        Assert.DoesNotContain(Said("纳入本部门2024年度决算编制的单位主要包括中山市古镇镇人民政府（本级）。\n"), f => f.RuleId == "W-REPEAT");

        // A rate where more is better, its target printed with no "≥": 95% of a 100% floor is not met, whatever the form's operator.
        var form = File.ReadAllText(Juesuan.Tests.Repo.Path("tests", "Juesuan.Audit.Tests", "Reproducers", "P-WEIGHTS", "report.txt"));
        var rate = form.Replace("培训合格率\t≥90%\t95%", "培训合格率\t100%\t95%", StringComparison.Ordinal);
        Assert.NotEqual(form, rate);
        Assert.Contains(Said(rate), f => f.RuleId == "P-ACTUAL" && f.Message.StartsWith("指标值 100%（未印“≥”", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(rate.Replace("培训合格率", "成本控制率", StringComparison.Ordinal)), f => f.RuleId == "P-ACTUAL");
        Assert.DoesNotContain(Said(rate.Replace("\t95%\t", "\t100%\t", StringComparison.Ordinal)), f => f.RuleId == "P-ACTUAL");

        // 重庆's 部门整体 form run together: "政府采购执行率%100%72.74%100%22是" — 72.74% of 100% at the full 得分系数.
        const string chongqing = "指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)指标权重(分)指标得分(分)是否核心指标财政供养人员控制率%定量指标100%92%100%22否"
            + "预算完成率%70%76%100%22是结转结余率%2%0100%22是公用经费控制率%100%97%100%22是政府采购执行率%100%72.74%100%22是管理制度健全性好好100%33否\n";
        Assert.Contains("完成值 72.74%", Assert.Single(Said(chongqing), f => f.RuleId == "P-ACTUAL" && f.Place.Contains("「政府采购执行率」", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(chongqing.Replace("72.74%100%22是", "72.74%72.74%1.45是", StringComparison.Ordinal)), f => f.RuleId == "P-ACTUAL");

        // 阜康 2023: "在2022年12月31日前至少给120人发放…" in the 2023 form's 年度总体目标.
        const string deadline = "项目支出绩效自评表\n（2023年度）\n年度总体目标 总体目标 总体目标完成情况\n1.根据《关于拨付专项经费的通知》在2022年12月31日前至少给120人发放以36.66元每月的记账户补贴费。\n";
        Assert.Contains(Said(deadline), f => f.RuleId == "R-YEAR" && f.Message.Contains("在2022年12月31日前", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(deadline.Replace("2022年12月31日前", "2023年12月31日前", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");
        // A history told, not a target: "原计划于2023年底前完工，因征地拆迁原因延期至2024年6月完成".
        Assert.DoesNotContain(Said(deadline.Replace("在2022年12月31日前至少给120人发放以36.66元每月的记账户补贴费", "原计划于2022年底前完工，因征地拆迁原因延期至2023年6月完成", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");
        Assert.DoesNotContain(Said("项目支出绩效自评表\n（2023年度）\n上年结转资金按规定应在2022年12月31日前使用完毕。\n"), f => f.RuleId == "R-YEAR");
    }

    [Fact]
    public void Batch_34s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 甘其毛都 2024: every column of a source's row printed, a dash where only the total is scored — "其他资金 | 0 | 1.8 | 1.8 |
        // —— | 0 | ——": all of it spent, its 执行率 printed 0 (a printed 0 is a figure, not a blank).
        const string parts = "项目支出绩效自评表 (2024年度) |\n|\n项目名称 |\n某局自然资源业务支出项目 |\n|\n主管部门 |\n某市自然资源局 |\n实施单位 |\n某分局 |\n|\n项目资金 (万元) |\n|\n"
            + "年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率(%) |\n得分 |\n|\n年度资金总额 |\n0 |\n2.38 |\n2.38 |\n10 |\n100 |\n10 |\n|\n"
            + "其中:财政拨款 |\n0 |\n0.58 |\n0.58 |\n—— |\n100 |\n—— |\n|\n其他资金 |\n0 |\n1.8 |\n1.8 |\n—— |\n0 |\n—— |\n|\n年度总体目标 |\n预期目标 |\n实际完成情况 |\n";
        var rate = Assert.Single(Said(parts), f => f.RuleId == "P-EXECUTION");
        Assert.Equal(Severity.Error, rate.Severity);
        Assert.Contains("资金「其他资金」", rate.Place, StringComparison.Ordinal);
        Assert.Contains("执行率 0% ≠ 1.8 ÷ 1.8 = 100%", rate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(parts.Replace("1.8 |\n—— |\n0 |", "1.8 |\n—— |\n100 |", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION");

        // 零陵 2021: a 部门整体 form named under "一级预算单位名称" (its "一" lost), a cell a line and 万元 after each amount — 3824.26 of
        // 4753.66 is 80.45%, printed 100% with the full 10.
        const string unit = "部门整体支出绩效自评表\n\n2021年度)\n\n级预算单位名称\n\n 陵区林业局\n\n年度预\n\n算申请\n\n(万元)\n\n年初\n\n预算数\n\n全年预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n"
            + "年度资金总额\n\n4753.66万元\n\n4753.66万元\n\n3824.26万元\n\n10\n\n100%\n\n10\n\n按收入性质分:\n\n按支出性质分:\n\n年度总体目标\n\n预期目标\n\n实际完成情况\n";
        var unitFindings = Said(unit).Where(f => f.RuleId == "P-EXECUTION").ToList();
        Assert.Contains(unitFindings, f => f.Message.Contains("执行率 100% ≠ 3824.26 ÷ 4753.66 = 80.45%", StringComparison.Ordinal));
        Assert.Contains(unitFindings, f => f.Message.Contains("8.04", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(unit.Replace("3824.26万元", "4753.66万元", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION");

        // 彭水 2024: a form's funds a line apiece — 166 + 136 + 20.25 = 322.25, not 321.25.
        const string lined = "计划生育家庭特别扶助制度补助资金(万元)\n年度预算资金总额: 321.25 \n其中:中央补助 166.00 \n市级资金 136.00 \n本级资金(包括结转结余) 20.25 \n其中:\n";
        var sum = Assert.Single(Said(lined), f => f.RuleId == "N-LISTSUM");
        Assert.Contains("322.25", sum.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(lined.Replace("20.25", "19.25", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        // Parts that leave something out may come to less than the total; a catch-all (本级) last takes the rest, so not then.
        Assert.DoesNotContain(Said(lined.Replace("本级资金(包括结转结余) 20.25", "省级资金 10.25", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        Assert.Single(Said(lined.Replace("20.25", "10.25", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");

        // 南湖新区 2016: 到位 170, 支出 179.6, 结余 printed 0 (P-BALANCE); 到位 179.6 would leave 0.
        const string balance = "实际到位资金\n\n(万元)\n\n170\n\n实际支出\n\n(万元)\n\n179.6\n\n结余(万元)\n\n0\n\n其中:中央财政\n";
        Assert.Contains("= -9.6", Assert.Single(Said(balance), f => f.RuleId == "P-BALANCE").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(balance.Replace("\n170\n", "\n179.6\n", StringComparison.Ordinal)), f => f.RuleId == "P-BALANCE");
        Assert.DoesNotContain(Said(balance.Replace("\n0\n", "\n-9.6\n", StringComparison.Ordinal)), f => f.RuleId == "P-BALANCE");

        // A review's shapes: a list after "：", numbered "（1）" or "1）", ending on its repeat within one line.
        const string lists = "第二部分 情况说明\n一、收入支出决算总体情况说明\n存在的问题：1.预算编制不够细化；2.资金支出进度偏慢；2.绩效目标设置不够明确。\n"
            + "主要做法：（1）加强预算管理；（2）规范资金使用；（3）强化绩效监控；（3）推进信息公开。\n下一步：1）完善制度；2）加强培训；2）严格考核。\n";
        Assert.Equal(3, Said(lists).Count(f => f.RuleId == "W-NUMBERING"));
        Assert.DoesNotContain(Said("第二部分 情况说明\n改进措施：1.细化预算；2.加快支出；3.完善目标。\n具体包括：（1）基本支出；（2）项目支出。（1）人员经费。\n"), f => f.RuleId == "W-NUMBERING");
        // "减少了484.05，降低11.1%", "收入增加20，增长25%": a change with no unit; "人数增加20，增长25%" counts people.
        Assert.Contains(Said("2023年度收支总计3874.92万元，收支较上年减少了484.05，降低11.1%。\n"), f => f.RuleId == "R-UNIT" && f.Message.Contains("484.05", StringComparison.Ordinal));
        Assert.Contains(Said("2023年度本年收入100万元，本年收入较上年增加20，增长25%。\n"), f => f.RuleId == "R-UNIT");
        Assert.DoesNotContain(Said("2023年末实有人数100人，较上年人数增加20，增长25%。\n"), f => f.RuleId == "R-UNIT");
        // "（某财行[2017]31）号": the number's bracket closed before its 号.
        Assert.Contains(Said("根据《关于规范公务接待的通知》（某财行[2017]31）号）执行。\n"), f => f.RuleId == "R-PUNCT");
    }

    [Fact]
    public void Batch_35s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 广西 2022: a date ten years before the document it received; 阳泉 2024: work done in 2023 on a 2024 document's order.
        Assert.Contains(Said("1.资金下达情况。2012年6月14日，广西收到《财政部关于下达2022年服务业发展资金预算的通知》（财建〔2022〕153号），下达资金14680万元。\n"),
            f => f.RuleId == "R-YEAR" && f.Message.Contains("2012年6月14日", StringComparison.Ordinal));
        const string ordered = "根据《某市财政局关于开展2024年重点绩效评价的通知》（某财绩〔2024〕14号）要求，某会计师事务所于2023年6月至9月对2023年衔接资金项目开展了绩效评价。\n";
        Assert.Contains(Said(ordered), f => f.RuleId == "R-YEAR" && f.Message.Contains("〔2024〕14号", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(ordered.Replace("于2023年6月至9月", "于2024年6月至9月", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");
        // (the year evaluated may come before the document: only a date something was done at counts)
        Assert.DoesNotContain(Said("根据（某财绩〔2024〕14号）要求，对2023年1月至12月的资金使用情况开展评价。\n"), f => f.RuleId == "R-YEAR");

        // 八塘 2018 (batch 32): changes and rates with no amounts fix last year's — a part's 400 above its whole's 99.53.
        const string bases = "2018年基本支出预算较上年增17.1万元,增幅17.18% 。主要变动原因如下:\n1.工资福利支出较上年增18.67万元,增21.86%。\n2.商品和服务支出较上年减0.04万元,减0.01%。\n3. 对个人和家庭补助支出较上年增加 0.11万元,增幅 0.01%。\n";
        Assert.Equal(2, Said(bases).Count(f => f.RuleId == "N-PARTS" && f.Message.Contains("推得上年", StringComparison.Ordinal)));
        Assert.DoesNotContain(Said(bases.Replace("减0.01%", "减0.29%", StringComparison.Ordinal).Replace("增幅 0.01%", "增幅 1.5%", StringComparison.Ordinal)), f => f.Message.Contains("推得上年", StringComparison.Ordinal));
        // (hostile figures: a change of fourteen digits at a rate of a ten-millionth is no overflow)
        Assert.Contains("对个人和家庭", Assert.Single(Said(bases.Replace("减0.04万元,减0.01%", "减99999999999999万元,减0.0000001%", StringComparison.Ordinal)), f => f.Message.Contains("推得上年", StringComparison.Ordinal)).Message, StringComparison.Ordinal);

        // 台江 2023: one sum told under the report's year, and further on under the year before.
        const string twice = "城乡义务教育补助经费转移支付2023年度绩效自评报告\n一、基本情况\n该项目在2023年度安排预算547.615万元。\n三、绩效情况分析\n2022年上级下达城乡义务教育生活补助资助项目资金共计547.615万元，实际支出547.615万元，资金执行率100%。\n";
        Assert.Contains("2022", Assert.Single(Said(twice), f => f.RuleId == "R-YEAR").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(twice.Replace("2022年上级", "2023年上级", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");
        // (a round sum recurs by chance; a sentence comparing the years names both rightly)
        Assert.DoesNotContain(Said(twice.Replace("547.615", "500.00", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");
        Assert.DoesNotContain(Said(twice.Replace("2022年上级下达", "与2022年持平，上级下达", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");

        // 洛王 2022: a section's heading in the 目录 of another year.
        const string contents = "某街道办事处2022年部门决算公开\n目录\n第一部分 概况\n十二、关于国有资产占用情况说明\n十三、关2020年度预算绩效情况的说明\n第四部分 名词解释\n";
        Assert.Contains(Said(contents), f => f.RuleId == "R-YEAR" && f.Message.Contains("2020年度预算绩效情况的说明", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(contents.Replace("关2020", "关于2022", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");

        // 簰洲湾镇 2022: "部门名称" left for the unit's name; the 支出决算表 said to have no data.
        Assert.Contains(Said("纳入部门名称2022年度部门决算编制范围的二级预算单位包括：\n"), f => f.RuleId == "R-PLACEHOLDER");
        Assert.Contains(Said("三、支出决算表\n我单位无此项内容，本表无数据\n"), f => f.RuleId == "R-EMPTYNOTE");
        Assert.DoesNotContain(Said("八、政府性基金预算财政拨款收入支出决算表\n我单位无此项内容，本表无数据\n"), f => f.RuleId == "R-EMPTYNOTE");

        // 散水头 2019: the text stops at its first body heading — the 目录's later entries are not missing headings.
        const string cut = "目录\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、支出决算情况说明\n第一部分 部门概况\n一、部门职责\n做好农业、农村、农民工作。\n第二部分 2019年部门决算情况说明\n一、收入支出决算总体情况说明\n";
        Assert.DoesNotContain(Said(cut), f => f.RuleId == "C-TOC");

        // 田家庵 2024: a central transfer's form, titled by its fund ("就业补助资金绩效自评表") and known by "转移支付(项目)名称";
        // 692.98 of 808.1 is 85.75% — "86%" is right, "80%" is not.
        const string transfer = "就业补助资金绩效自评表\n就业补助资金绩效自评表 | |||||||\n(2024年度) | |||||||\n转移支付(项目)名称 | 就业补助资金 | ||||||\n"
            + "中央主管部门 | 人力资源社会保障部 | ||||||\n资金使用单位 | 某区人力资源和社会保障局 | ||||\n资金投入情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
            + "年度资金总额: | 808.1 | 692.98 | 86% | ||||\n其中:中央财政资金 | 808.1 | 692.98 | 86% | ||||\n地方财政资金 | |||||||\n资金管理情况 | 情况说明 | 存在问题和改进措施 | |||||\n";
        Assert.DoesNotContain(Said(transfer), f => f.RuleId == "P-EXECUTION");
        Assert.Contains(Said(transfer.Replace("692.98 | 86% | ||||\n其中", "692.98 | 80% | ||||\n其中", StringComparison.Ordinal)), f => f.RuleId == "P-EXECUTION" && f.Message.Contains("85.75%", StringComparison.Ordinal));
        // …and its 执行准确性 cell says the spending did not stray far from the budget: 115.12 of 808.1 unspent says otherwise.
        const string accurate = "执行准确性 | 按照上级下达的金额执行,不存在执行数偏离预算数较多的问题。 | ||||||\n";
        Assert.Contains("85.75%", Assert.Single(Said(transfer + accurate), f => f.RuleId == "P-EXECUTION").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(transfer.Replace("692.98", "752.98", StringComparison.Ordinal).Replace("86%", "93%", StringComparison.Ordinal) + accurate), f => f.RuleId == "P-EXECUTION");
        Assert.DoesNotContain(Said(transfer + "执行准确性 | 部分指标无偏离 | ||||||\n"), f => f.RuleId == "P-EXECUTION");

        // 总寨镇 2016 (batch 34): "一、<![endif]>部门职能(为机构改革后“三定方案”确定的职能)" — a word processor's comment and the
        // template's note, both left in.
        var zongzhai = Said("第一部分 部门概况\n一、<![endif]>部门职能(为机构改革后“三定方案”确定的职能)\n负责全镇经济社会发展。\n").ToList();
        Assert.Contains(zongzhai, f => f.RuleId == "R-INSTRUCTION" && f.Message.Contains("三定方案", StringComparison.Ordinal));
        Assert.Contains(zongzhai, f => f.RuleId == "R-PUNCT" && f.Message.Contains("<![endif]>", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("第一部分 部门概况\n一、部门职能\n根据“三定方案”，负责全镇经济社会发展。\n"), f => f.RuleId is "R-INSTRUCTION" or "R-PUNCT");

        // 鹿寨 2019: 204.78 万元 for 100 vehicles is 2.05 万元 each.
        const string cars = "2019年公务用车购置费支出204.78万元，同比减少54.2万元，下降20.93%。\n2019年公务用车购置100辆，公务用车保有量345辆。\n";
        Assert.Contains("每辆 2.05 万元", Assert.Single(Said(cars), f => f.RuleId == "N-VEHICLE").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(cars.Replace("购置100辆", "购置10辆", StringComparison.Ordinal)), f => f.RuleId == "N-VEHICLE");
    }

    [Fact]
    public void Batch_36s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 呼和浩特 2023: seven named parts after their total come to 2253, not 2263 — the whole breakdown by its look, one figure wrong.
        const string water = "下达某县2023年中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,农村饮水工程维修养护55万元,小流域综合治理700万元,山洪灾害防治设施维养6万元,水资源管理14万元,农业水价改革18万元。\n";
        Assert.Contains("少 10 万元", Assert.Single(Said(water), f => f.RuleId == "N-LISTSUM").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(water.Replace("2263", "2253", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        // (a list that says it is partial, or covers far less than its total, leaves the rest to other uses)
        Assert.DoesNotContain(Said(water.Replace("农业水价改革18万元。", "农业水价改革18万元等。", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        Assert.DoesNotContain(Said(water.Replace("2263", "2663", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        Assert.Equal(Severity.Error, Assert.Single(Said(water.Replace("2263", "2163", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM").Severity);

        // 万源 2021: "川财社〔2020165号" — the 〕 lost, year and serial run together.
        Assert.Contains(Said("省级下达资金804万元（川财社〔2020165号）。\n"), f => f.RuleId == "R-PUNCT" && f.Message.Contains("〔2020165号", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("省级下达资金804万元（川财社〔2020〕165号）。\n"), f => f.RuleId == "R-PUNCT");

        // 芜湖 2022: "繁昌区" twice in the allocations, "繁昌县" once.
        const string places = "1.给予无为市34.7万元，繁昌区16.2万元，南陵县31.2万元。\n2.分配至无为市93万元，繁昌区25万元。\n3.分配湾沚区24.6万元，繁昌县56.5万元，南陵县74.1万元。\n";
        Assert.Contains("「繁昌县」", Assert.Single(Said(places), f => f.RuleId == "W-PLACE").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(places + "原繁昌县已撤县设区。\n"), f => f.RuleId == "W-PLACE");
        Assert.DoesNotContain(Said(places.Replace("繁昌县", "繁昌区", StringComparison.Ordinal)), f => f.RuleId == "W-PLACE");
    }

    [Fact]
    public void Batch_37s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));
        const string government = "关于某县2023年财政决算的报告\n——2024年7月在县人民代表大会常务委员会第十次会议上\n";

        // A county's 财政决算 (2020): 2.07 ÷ (78.14 − 2.07) is 2.72%, not 6.7% — read although it is no 部门决算.
        const string rate = government + "其中，全县一般公共预算收入完成78.14亿元（县本级60.4亿元，高新区17.74亿元），完成调整预算的102.72%，同比增收2.07亿元，增长6.7%。\n";
        Assert.Contains("2.72%", Assert.Single(Said(rate), f => f.RuleId == "N-ARITH").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(rate.Replace("增长6.7%", "增长2.7%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");
        // (a rate on a comparable basis need not follow from the raw figures)
        Assert.DoesNotContain(Said(rate.Replace("增长6.7%", "同口径增长6.7%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");
        // 营业税 (2013): "减收2.21万元" beside 15.28亿元 — the change fits its rate only in 亿元.
        var unit = Assert.Single(Said(government + "营业税完成15.28亿元，减收2.21万元，下降12.6%。\n"), f => f.RuleId == "N-ARITH");
        Assert.Contains("2.21亿元", unit.Message, StringComparison.Ordinal);
        // Last year's amount printed: (99895 − 110374) ÷ 110374 = −9.49%.
        Assert.DoesNotContain(Said(government + "全县大口径财政收入累计完成99895万元，较上年同期110374万元下降9.5%，减收10479万元。\n"), f => f.RuleId == "N-ARITH");
        Assert.Single(Said(government + "全县大口径财政收入累计完成99895万元，较上年同期110374万元下降19.5%。\n"), f => f.RuleId == "N-ARITH");

        // The sources a sentence lists before its 收入总计 add up to it (2021, a county's): a running subtotal, a minus sign and a
        // restated amount are read as such.
        const string sources = government + "2021年县级一般公共预算收入45343万元，返还性收入2971万元，一般性转移支付收入102775万元，专项转移支付收入15572万元，地方政府债券转贷收入28121万元，上年结余收入1003万元，调入资金6734万元，收入总计202519万元。\n";
        Assert.DoesNotContain(Said(sources), f => f.RuleId == "N-ARITH");
        Assert.Contains("202,419", Assert.Single(Said(sources.Replace("调入资金6734", "调入资金6634", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(government + "全县公共财政预算收入46900万元，加上级补助收入403127万元（其中：专项补助收入23843万元），地方政府一般债券转贷收入18195万元，全县一般预算总收入468222万元，加上年结余11080万元，加调入资金335万元，再加动用预算稳定调节基金1705万元，收入总计481342万元。\n"), f => f.RuleId == "N-ARITH");
        Assert.DoesNotContain(Said(government + "一般公共预算支出456269万元，上解上级支出3370万元，债务还本支出12667万元，安排预算稳定调节基金731万元，补充预算周转金-21万元，区域间转移性支出780万元，支出总计473796万元。\n"), f => f.RuleId == "N-ARITH");
        Assert.DoesNotContain(Said(government + "市本级一般公共预算支出168.23亿元，与执行数一致，剔除疫情防控保障等一次性因素后，为165.61亿元，增长5.2%，完成预算的99.7%；加上转移性支出298.39亿元，支出合计466.62亿元。\n"), f => f.RuleId == "N-ARITH");

        // 宁县 2024: the 171.47% is 63960 ÷ 37300, put on the 超收 26660.
        const string share = "宁县人民政府关于调整全县2024年财政支出预算的报告\n全县一般公共预算收入目标37300万元，预计可完成63960万元，超收26660万元，占预算目标37300万元的171.47%。\n";
        var wrong = Assert.Single(Said(share), f => f.RuleId == "N-ARITH");
        Assert.Equal(Severity.Warning, wrong.Severity);
        Assert.Contains("63960万元", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(share.Replace("171.47%", "71.47%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");
        // …and "13637元" among parts in 万元 that make 47349 only when it is 万元 too; the list stops at its "。".
        const string list = "宁县人民政府关于调整全县2024年财政支出预算的报告\n预算执行中，全年县级财力净增加24810万元（一是增加部分47349万元，其中：一般公共财政预算超收收入26660万元，县级基本财力保障奖补资金较预算增加1567万元，均衡性转移支付较预算增加2794万元，革命老区转移支付较预算增加14万元，长庆油田财力补助较预算增加41万元，新增债券转贷收入较预算增加13637元，盘活存量及其他资金调入较预算增加2636万元。二是减少部分22539万元，重点生态功能区转移支付较预算减少400万元，调整工资转移支付较预算减少576万元）。\n";
        Assert.Contains("13637元", Assert.Single(Said(list), f => f.RuleId == "N-LISTSUM").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(list.Replace("13637元", "13637万元", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");
        // (a change between a total and its 其中 is no total: "预算为11.4万元，比上年预算增加0.6万元，增加5%。其中：…" breaks down 11.4)
        Assert.DoesNotContain(Said("某局2022年度“三公”经费支出预算为11.4万元，比2021年预算增加0.6万元，增加5%。其中：因公出国（境）费支出预算为0万元，公务接待费支出预算为7.4万元，公务用车购置及运行费支出预算为4万元。\n"), f => f.RuleId == "N-LISTSUM");

        // 辽宁省水利行业协会 2024: numbered items below their total come to more than it.
        const string items = "2024年总支出2,067,796.51元，支出项目如下：\n1.业务活动成本\n业务活动成本1,165,708.98主要包含：座谈沙龙活动、培训等业务支出。\n2. 行政管理费用成本\n行政管理费用成本903,615.90元，主要包括：工资、福利费。\n";
        Assert.Contains("2,069,324.88", Assert.Single(Said(items), f => f.RuleId == "N-LISTSUM").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(items.Replace("903,615.90", "901,615.90", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");

        // 镇江 2021: "1.1亿元" is printed to a tenth of 亿: 21.25% is inside its rounding.
        Assert.DoesNotContain(Said("2021年财务决算情况\n财政补助收入1.1亿元，同比减少3016.53万元，降幅21.25%。\n"), f => f.RuleId == "N-YOY");
        // A table's number before a year, by spaces or by 表: no year with a digit too many.
        Assert.DoesNotContain(Said("一、2024年财务决算情况\n1             2024年协会财务收入明细表\n表12024年全区一般公共预算收支决算平衡表\n"), f => f.RuleId == "R-YEAR");
        Assert.Contains(Said("一、2024年财务决算情况\n截至22024年12月31日，收入合计100万元。\n"), f => f.RuleId == "R-YEAR");

        // 新绛 2018: a heading's ordinal lost, "、部门决算单位机构设置情况".
        Assert.Contains(Said("一、部门职责\n负责全镇工作。\n、部门决算单位机构设置情况\n纳入本级决算汇编范围的单位1个。\n"), f => f.RuleId == "W-HEADING");
        Assert.DoesNotContain(Said("一、部门职责\n内设党政综合办公室\n、扶贫办和农村经济管理中心，负责全镇工作。\n"), f => f.RuleId == "W-HEADING");

        // A 局 of 2015: 三公 defined as 公务用车、公务接待、公款出差学习; and 7 vehicles bought with appropriations at 0 万元.
        const string threePublic = "2015年我局“三公”经费公共预算财政拨款支出74.6万元，其中公务用车及运行维护费用61.8万元，公务接待费12.8万元。公务用车费用中含公车购置费0万元，公务用车运行维护费61.8万元。本年度使用公共预算财政拨款购置公务用车7辆，年末公共预算财政拨款开支运行维护费的公务用车保有7辆。\n我局进一步规范公务用车、公务接待、公款出差学习（简称“三公”）的管理。\n";
        Assert.Contains("公款出差学习", Assert.Single(Said(threePublic), f => f.RuleId == "W-DEFINITION").Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, Assert.Single(Said(threePublic), f => f.RuleId == "N-VEHICLE").Severity);
        Assert.DoesNotContain(Said(threePublic.Replace("公务用车、公务接待、公款出差学习", "因公出国（境）、公务用车、公务接待", StringComparison.Ordinal)), f => f.RuleId == "W-DEFINITION");
        // (bought, the sentence not saying with what: other funds may have paid — a warning)
        Assert.Equal(Severity.Warning, Assert.Single(Said(threePublic.Replace("本年度使用公共预算财政拨款购置公务用车7辆", "本年度购置公务用车7辆", StringComparison.Ordinal)), f => f.RuleId == "N-VEHICLE").Severity);

        // 嘉峪关 2019: 18 staff, 2 of them retired, on 15 places; and 石台 2018: "司法局局".
        Assert.Single(Said("截止2019年12月底，我委核定编制人数15人，实有人数18人，其中退休人数2人。\n"), f => f.RuleId == "N-HEADCOUNT");
        Assert.DoesNotContain(Said("截止2019年12月底，我委核定编制人数15人，实有人数17人，其中退休人数2人。\n"), f => f.RuleId == "N-HEADCOUNT");
        Assert.DoesNotContain(Said("截止2019年12月底，我委核定编制人数15人，实有人数18人，其中聘用人员3人。\n"), f => f.RuleId == "N-HEADCOUNT");
        Assert.Contains(Said("2018年石台县司法局局国内公务接待共151批次，1194人次，支出1.2万元。\n"), f => f.RuleId == "W-REPEAT");
        Assert.DoesNotContain(Said("2018年石台县司法局局长带队接待151批次，支出1.2万元；省水利厅厅直单位实施120项。\n"), f => f.RuleId == "W-REPEAT");
    }

    [Fact]
    public void Batch_38s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));
        const string government = "突泉县人民政府\n关于2021年财政决算草案的报告\n";

        // 突泉 2021: "同比增加2047万元，增长12%" is 11.49% rounded up past the half — one unit of the last digit, a warning;
        // "增长2%" for 2.34% is right.
        const string rounded = government + "2021年度一般公共预算收入累计完成35215万元，同比增加805万元，增长2%。其中：税收收入累计完成19860万元，同比增加2047万元，增长12%。\n";
        var up = Assert.Single(Said(rounded), f => f.RuleId == "N-ARITH");
        Assert.Equal(Severity.Warning, up.Severity);
        Assert.Contains("11.49%", up.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(rounded.Replace("增长12%", "增长11%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");
        Assert.Equal(Severity.Error, Assert.Single(Said(rounded.Replace("增长12%", "增长14%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH").Severity);

        // 天等 2023: "房产税收入同比增收531万元，同比减收24万元，下降4.32%" — 24 ÷ (531 + 24) is the 4.32%: the 531 is the amount.
        const string opposite = government + "税收收入主要项目变动如下：城市维护建设税798万元，同比减收194万元，下降19.56%；房产税收入同比增收531万元，同比减收24万元，下降4.32%；印花税收入302万元，同比减收71万元，下降19.03%。\n";
        Assert.Contains("531万元", Assert.Single(Said(opposite), f => f.RuleId == "N-ARITH").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(opposite.Replace("同比增收531万元", "531万元", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");

        // 磐安 2015: the income the list adds to stands before "加上", its amount in the sentence before — no shortfall.
        const string added = "受县人民政府委托，现将2015年全县财政预算执行情况提请审议。\n县级一般公共预算收入73220万元。县级一般公共预算收入加上预计上级各类补助收入124392万元、新增地方政府债券收入13000万元、调入结转结余资金收入21226万元，收入合计231838万元。\n";
        Assert.DoesNotContain(Said(added), f => f.RuleId == "N-ARITH");

        // 华容 2021: a government's "第一部分 决算报告" is its narrative (its 目录 also lists "第三部分 相关说明").
        const string parts = "2021年华容县政府决算公开\n目 录\n第一部分 决算报告\n第二部分 决算报表\n第三部分 相关说明\n第一部分 决算报告\n关于2021年财政决算草案\n我受县人民政府委托，向会议报告我县2021年财政决算草案，请予审查。\n2021年，全县一般公共预算收入完成112853万元，占年计划100500万元的112.29%，同比增长21.41%。\n";
        Assert.True(Read(parts).NarrativeFigureCount.Printed >= 3);
        Assert.DoesNotContain(Said(parts), f => f.RuleId == "N-ARITH");
        Assert.Single(Said(parts.Replace("112.29%", "121.29%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");
    }

    [Fact]
    public void Batch_39s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));
        const string government = "黄平县2022年预算执行情况和2023年预算草案的报告\n（2023年2月8日在县第十七届人民代表大会第二次会议上）\n";

        // 黄平 2022: "增收4,376万" (its 元 cut off with the page) is 万元: 4376 ÷ (30161 − 4376) = 16.97%, not 14.6%.
        const string bare = government + "地方一般公共预算收入（同口径）完成30,161万元，同比增长14.6%，增收4,376万";
        Assert.Contains("16.97%", Assert.Single(Said(bare), f => f.RuleId == "N-ARITH").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(bare.Replace("14.6%", "16.97%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");

        // …and a share of a whole an earlier sentence of the paragraph stated: 11136 ÷ 28583 = 38.96%.
        const string named = government + "1.本级征收完成数。地方一般公共预算收入完成28,583万元（自然口径），占调整预算105.47%，同比增长10.85%，增收2,798万元。从收入分类来看，税收收入完成11,136万元，占调整预算90.75%，占一般公共预算收入的39.96%；非税收入完成17,447万元，占调整预算117.66%，占一般公共预算收入的61.04%。\n";
        Assert.Contains("38.96%", Assert.Single(Said(named), f => f.RuleId == "N-ARITH").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(named.Replace("39.96%", "38.96%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");

        // 金溪 2022: fourteen taxes after their total (the list read to thirty parts), 10 short of it.
        const string taxes = government + "①税收收入42338万元。其中：增值税22515万元，企业所得税4531万元，个人所得税1136万元，资源税320万元，城建税3025万元，房产税646万元，印花税666万元，土地使用税1012万元，土地增值税 3188万元，车船税750万元，耕地占用税391万元，契税4030万元，环保税109万元，其他税收9万元。\n";
        Assert.Contains("少 10 万元", Assert.Single(Said(taxes), f => f.RuleId == "N-LISTSUM").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(taxes.Replace("42338", "42328", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM");

        // 新华网 2012: a news text quoting several departments — 中国人民银行's share is of its own 2466.37, not of the first
        // department's 三公经费.
        const string news = "国家税务总局2011年度“三公经费”财政拨款支出决算203842.15万元。\n中国人民银行2011年度“三公经费”预算数2491.68万元，全年支出决算2466.37万元。其中，因公出国（境）费1999.70万元，占81.08%。\n";
        Assert.DoesNotContain(Said(news), f => f.RuleId == "N-SHARE");
        Assert.Contains(Said(news.Replace("占81.08%", "占71.08%", StringComparison.Ordinal)), f => f.RuleId == "N-SHARE");
    }

    [Fact]
    public void Batch_40s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 宁国 2016: nothing spent abroad, yet "完成年初预算的100%" — 0 of any budget is 0%, of none no rate at all.
        const string zero = "二、2016年“三公”经费财政拨款支出决算情况说明\n某局2016年度“三公”经费财政拨款支出决算为68.3万元，完成年初预算的88.7%。其中：因公出国(境)费支出决算为0万元，完成年初预算的100%；公务接待费支出决算为26.4万元，完成年初预算的75.43%。\n";
        var nothing = Assert.Single(Said(zero), f => f.RuleId == "N-NOBUDGET");
        Assert.Equal(Severity.Warning, nothing.Severity);
        Assert.Contains("完成预算的100%", nothing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(zero.Replace("完成年初预算的100%", "年初未安排预算", StringComparison.Ordinal)), f => f.RuleId == "N-NOBUDGET");
        // A budget stated beside it makes the rate plainly wrong: an error.
        var budgeted = zero.Replace("因公出国(境)费支出决算为0万元，", "因公出国(境)费年初预算为5万元，支出决算为0万元，", StringComparison.Ordinal);
        Assert.Contains(Said(budgeted), f => f.RuleId == "N-NOBUDGET" && f.Severity == Severity.Error);

        // 汕尾 2018 (a reviewer's seeded copy): "比2017年增收" is a change on last year as much as "比上年增收": 12423 ÷ 117325 = 10.59%.
        const string government = "汕尾市2018年市级决算草案的报告\n";
        const string named = government + "2018年市级一般公共预算收入决算数129748万元，为调整预算数的100.66%，比2017年增收12423万元，增长11.59%；2018年市级一般公共预算支出决算数480691万元，为调整预算数的92.98%，比2017年增支8807万元，增长1.87%。\n";
        Assert.Contains("10.59%", Assert.Single(Said(named), f => f.RuleId == "N-ARITH").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(named.Replace("11.59%", "10.59%", StringComparison.Ordinal)), f => f.RuleId == "N-ARITH");

        // A 2022 government report naming classes by the names they had before the 2015 and 2019 科目 (BI03's shape).
        const string old = "某县2022年财政决算情况的报告\n一、一般公共预算收支决算情况\n2022年全县一般公共预算支出完成185432万元，主要支出项目完成情况如下：一般公共服务支出21345万元，增长3.2%；文化体育与传媒支出2345万元，下降4.5%；城乡社区事务支出8765万元，增长12.3%；农林水事务支出34567万元，增长8.9%。\n";
        var names = Said(old).Where(f => f.RuleId == "N-NAME").ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(names, f => f.Message.Contains("“城乡社区支出”", StringComparison.Ordinal));
        Assert.Contains(names, f => f.Message.Contains("“文化旅游体育与传媒支出”", StringComparison.Ordinal));
        // The same names were right in 2014; in 2016 only 文化体育与传媒 still was; a sentence telling of the renaming is no slip.
        Assert.DoesNotContain(Said(old.Replace("2022年", "2014年", StringComparison.Ordinal)), f => f.RuleId == "N-NAME");
        Assert.Equal(2, Said(old.Replace("2022年", "2016年", StringComparison.Ordinal)).Count(f => f.RuleId == "N-NAME"));
        Assert.DoesNotContain(Said(government.Replace("2018年", "2022年", StringComparison.Ordinal) + "2022年原文化体育与传媒支出科目调整为文化旅游体育与传媒支出，支出2345万元。\n"), f => f.RuleId == "N-NAME");
        // A 2018 report that looks ahead to 2019's budget still speaks of 2018, when the old name was the name.
        Assert.DoesNotContain(Said(government + "2018年文化体育与传媒支出2345万元，2019年预算安排2500万元。\n"), f => f.RuleId == "N-NAME");

        // BE03's shape: a government's 政府性基金 spending at 100.8% of its adjusted budget, and no word of why.
        const string over = "关于某县2022年财政决算的报告\n二、政府性基金预算收支决算情况\n政府性基金预算支出完成25437万元，为调整预算的100.8%，比上年增长3.1%。\n";
        Assert.Contains("100.8%", Assert.Single(Said(over), f => f.RuleId == "N-OVERSPEND").Message, StringComparison.Ordinal);
        // Within the budget, income above its own, or a reason in the sentence or the next: nothing to say.
        Assert.DoesNotContain(Said(over.Replace("100.8%", "99.8%", StringComparison.Ordinal)), f => f.RuleId == "N-OVERSPEND");
        Assert.DoesNotContain(Said(over.Replace("预算支出完成", "预算收入完成", StringComparison.Ordinal)), f => f.RuleId == "N-OVERSPEND");
        Assert.DoesNotContain(Said(over + "超出部分为上级年终追加的专项债券资金。\n"), f => f.RuleId == "N-OVERSPEND");
        Assert.DoesNotContain(Said(over.Replace("，比上年增长3.1%", "，主要是动用上年结转资金", StringComparison.Ordinal)), f => f.RuleId == "N-OVERSPEND");
        // (a department's 年初预算 is no ceiling: "完成年初预算的120%" is N-RATE's to weigh, not this rule's)
        Assert.DoesNotContain(Said(over.Replace("调整预算", "年初预算", StringComparison.Ordinal)), f => f.RuleId == "N-OVERSPEND");

        // 龙泉 2018: "与上年下降7.6%" lacks its 相比, yet says plainly what fell and by how much — a note, no warning.
        const string loose = "二、“三公”经费支出情况\n公务接待费决算1033万元，与上年下降7.6%。\n";
        Assert.DoesNotContain(Said(loose), f => f.RuleId == "W-COMPARE");
        Assert.Contains(Auditor.Run(Read(loose)), f => f.RuleId == "W-COMPARE" && f.Severity == Severity.Note);
    }

    [Fact]
    public void Batch_41s_misses_are_found()
    {
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // 泉州台商区 2022: two 款 new this year, each "增长100%" on nothing — two warnings, not a warning and a note.
        const string fresh = "二、一般公共预算财政拨款支出决算情况说明\n7、20109-海关事务50万元，较2021年决算数增加50万元，增长100%。\n10、20114-知识产权事务45万元，较2021年决算数增加45万元，增长100%。\n";
        Assert.Equal(2, Said(fresh).Count(f => f.RuleId == "N-YOY" && f.Severity == Severity.Warning));

        // 岳家镇 2017: "**个" for a count never filled in.
        const string stars = "一、部门基本情况\n下属二级单位6个，其中行政单位1个，参照公务员法管理的事业单位**个，其他事业单位5个。\n";
        Assert.Contains(Said(stars), f => f.RuleId == "R-PLACEHOLDER" && f.Message.Contains("“**”", StringComparison.Ordinal));
        Assert.DoesNotContain(Said("一、部门基本情况\n**一、部门职责**\n下属二级单位6个，其中行政单位1个。\n"), f => f.RuleId == "R-PLACEHOLDER");

        // 巴中 2015 (a hospital's 经济运行情况通报): the parts under "财政补助收入中" come to 14,219,710 元, not the 14,228,710 stated
        // before them; those under "医疗收入中" to more than it. Its 收入总计 and 支出总计 are revenue and expense, not a 决算's
        // balanced totals: they differ by the year's surplus.
        const string hospital = "某市中医院\n2015年度经济及财务运行情况通报\n(一)收入情况\n2015年度，医院收入总计173,828,234.00元，其中财政补助收入14,228,710元，医疗收入157,459,072.00元，其他收入2,140,452.00元。财政补助收入中，在职人员经费8,613,987.00元，退休人员经费2,804,723.00元，中医医院制剂室建设项目1,500,000元，中医诊疗设备项目资金1,000,000元，老年病科建设项目300,000元，中医人才培养资金1,000元。医疗收入中，门诊收入49,023,967.00元，住院收入108,435,105.00元，其他收入2,140,452.00元。\n(二)支出情况\n2015年度，医院支出总计168,675,680.00元，其中医疗业务成本支出143,295,500.00元，管理费用支出24,657,017.00元，其他支出723,163.00元。\n";
        var sums = Said(hospital).Where(f => f.RuleId == "N-LISTSUM").ToList();
        Assert.Equal(2, sums.Count);
        Assert.Contains(sums, f => f.Message.Contains("14,219,710", StringComparison.Ordinal));
        Assert.Contains(sums, f => f.Message.Contains("159,599,524", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(hospital), f => f.RuleId == "N-BALANCE");
        var fixedUp = hospital.Replace("中医人才培养资金1,000元", "中医人才培养资金10,000元", StringComparison.Ordinal).Replace("住院收入108,435,105.00元，其他收入2,140,452.00元", "住院收入108,435,105.00元", StringComparison.Ordinal);
        Assert.DoesNotContain(Said(fixedUp), f => f.RuleId == "N-LISTSUM");
        // A list of the main parts only may fall short of its whole.
        Assert.DoesNotContain(Said(hospital.Replace("财政补助收入中，", "财政补助收入中，主要是", StringComparison.Ordinal)), f => f.RuleId == "N-LISTSUM" && f.Message.Contains("14,219,710", StringComparison.Ordinal));
        // A 决算 still balances its totals.
        Assert.Contains(Said(hospital.Replace("经济及财务运行情况通报", "部门决算", StringComparison.Ordinal)), f => f.RuleId == "N-BALANCE");

        // 青海 2014: 收入总额 +238.23, yet 总支出 +357.81 and 年终结余 +188.72 move the other side by 546.53.
        const string total = "一、部门决算收支情况总体说明\n某大学2014年度收支总决算3746.39万元，比2013年收支总决算增238.23万元。主要原因是：（主要是收入总额比上年增加238.23万元；总支出比上年增加357.81万元，年终结余比上年增加188.72万元）。\n";
        Assert.Contains("546.53", Assert.Single(Said(total), f => f.RuleId == "N-BALANCE").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Said(total.Replace("357.81", "49.51", StringComparison.Ordinal)), f => f.RuleId == "N-BALANCE");

        // 普洱 2017 (a budget's 说明, its title undated by this reader): "2017年…较2017年的1.86万元增加" compares the year with itself.
        const string budget = "普洱市某中学2017年财政拨款“三公”经费预算情况说明\n二、公务接待费 2017年某中学拟安排公务接待费预算1.97万元，较2017年的1.86万元增加0.11万元，主要是由于学校工作导致增加。\n";
        Assert.Contains(Said(budget), f => f.RuleId == "R-YEAR" && f.Message.Contains("较2017年的1.86万元增加", StringComparison.Ordinal));
        Assert.DoesNotContain(Said(budget.Replace("较2017年", "较2016年", StringComparison.Ordinal)), f => f.RuleId == "R-YEAR");

        // 合肥 2023: "预算为0万元，支出决算为0万元，完成预算的0%" is the form's filler, contradicting no figure — a note.
        const string nothing = "二、“三公”经费支出决算情况说明\n因公出国(境)费预算为0万元，支出决算为0万元，完成预算的0%。\n";
        Assert.DoesNotContain(Said(nothing), f => f.RuleId == "N-NOBUDGET");
        Assert.Contains(Auditor.Run(Read(nothing)), f => f.RuleId == "N-NOBUDGET" && f.Severity == Severity.Note);
    }

    /// <summary>
    /// Ordinary sentences the reviewer of batches 37–39 wrote against their rules (a change against a budget beside a
    /// year-on-year rate, a part's change, last year's amount without 较, a 其中 sub-item in a list before its 总计, "委托",
    /// "院区", "局本级", a wrapped "、…", vehicles not bought with appropriations, digits of another script): each gave a false
    /// line or a crash before its fix, and none may give an error or warning of the rules it was written against.
    /// </summary>
    [Fact]
    public void The_39th_reviews_counter_examples_give_no_false_finding()
    {
        (string Name, string Text)[] cases =
        [
        ("b01", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n上级补助收入124392万元，较年初预算增加24392万元，同比增长5.1%。\n"),
        ("f01", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n全县一般公共预算收入完成45343万元，其中税收收入同比增收2000万元，增长7.2%。\n"),
        ("g01", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n全县一般公共预算收入完成1200万元，上年同期为1000万元，增加200万元，增长20%。\n"),
        ("d05", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n年末资产总额1200万元，2022年末资产总额1000万元，增加200万元，增长20%。\n"),
        ("a10", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n税收收入完成35亿元，同比增收3亿元，占一般公共预算收入50亿元的70%。\n"),
        ("a11", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n全县实现一般公共预算收入63960万元，超收26660万元，完成预算目标37300万元的171.47%。\n"),
        ("a12", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n人员经费50万元，公用经费30万元，分别占基本支出80万元的62.5%和37.5%。\n"),
        ("l01", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n收入方面：全县一般公共预算收入45343万元，上级补助收入124392万元，总收入169735万元；支出方面：一般公共预算支出150000万元，上解支出5000万元，结转下年14735万元，支出总计169735万元。\n"),
        ("l02", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n全县一般公共预算收入45343万元，上级补助收入124392万元，含一般性转移支付100000万元，调入资金6734万元，收入总计176469万元。\n"),
        ("l05", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n全县一般公共预算收入45343万元，上年同期为43100万元，上级补助收入124392万元，调入资金6734万元，收入总计176469万元。\n"),
        ("l06", "关于某县2023年财政决算的报告\n受县人民政府委托，现将2023年财政决算情况报告如下。\n一、一般公共预算收支决算情况\n全县一般公共预算收入年初预算45000万元，调整后为46000万元，实际完成45343万元，上级补助收入124392万元，调入资金6734万元，收入总计176469万元。\n"),
        ("s01", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n2023年下达中央水利发展资金2263万元，比上年增加了200万元。其中：中小河流治理工程1435万元，水土保持工程810万元，农业水价改革18万元。\n"),
        ("s02", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n2023年下达中央水利发展资金2263万元，比上年2063万元增加200万元。其中：中小河流治理工程1435万元，水土保持工程810万元，农业水价改革18万元。\n"),
        ("ls03", "某县财政局2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年项目支出2263万元，占本年支出合计的45%，比上年增加了263万元。其中：中小河流治理工程1435万元，水土保持工程810万元，农业水价改革18万元。\n"),
        ("n01", "某县文化馆2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n本年项目资金合计30万元，绩效目标完成情况如下：\n1.资金到位率100.00%\n2.资金执行率98.50%\n3.群众满意度95.00%\n"),
        ("n04", "某县文化馆2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n项目支出合计300万元，具体如下：\n1.文化惠民工程\n年初预算250万元，实际支出200万元。\n2.非遗保护项目\n年初预算120万元，实际支出100万元。\n"),
        ("h01", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n本单位核定编制15人，实有人数18人，其中在职15人，退休3人。\n"),
        ("h02", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n本单位核定编制15人，实有人数18人，其中：退休3人。\n"),
        ("h03", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n本单位核定编制15人，实有人数18人，其中离休1人、退休2人。\n"),
        ("h04", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n本单位核定编制15人，实有人员18人（含退休人员3人）。\n"),
        ("r01", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n受某县发改委委托，第三方机构对本单位项目开展了绩效评价。\n"),
        ("r02", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n本年度主要用于某县人民医院院区改造工程。\n"),
        ("r08", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n某县教育局局本级支出1000万元。\n"),
        ("r12", "某县财政局2023年度部门决算情况说明\n第一部分 部门概况\n某县住建局局面临困难。\n"),
        ("hd01", "某县财政局2023年度部门决算情况说明\n一、收入支出预算执行情况\n本部门2023年度一般公共预算财政拨款基本支出100万元，主要用于人员经费和公用经费\n、机关运行经费等方面的支出情况\n"),
        ("v01", "某县财政局2023年度部门决算情况说明\n四、财政拨款“三公”经费支出决算情况说明\n公务用车购置费0万元，与上年持平。本年度未使用财政拨款购置公务用车，使用单位自有资金购置公务用车1辆。\n"),
        ("x01", "某县文化馆2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2024年总支出300万元，支出项目如下：\n1٣.业务活动成本200万元\n2.行政管理费用100万元\n"),
        ("x02", "某县文化馆2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n本单位核定编制1٣人，实有人数18人。\n"),
        ("x03", "某县文化馆2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年下达中央水利发展资金2263万元，已拨付٣00万元。其中：中小河流治理工程1435万元，水土保持工程810万元，农业水价改革18万元。\n"),
        ("ry2", "某县财政局2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n截至 22023 年 12 月 31 日，本单位资产总额 100 万元。\n本单位 20239 月完成采购。\n"),
        ("p02", "某县文化馆2023年度部门决算\n第一部分 部门概况\n一、主要职责\n负责全县群众文化活动。\n第二部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年度收入总计500万元，支出总计500万元。与上年相比，收入、支出总计各增加50万元，增长11.1%。\n二、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出450万元，占本年支出合计的90%。\n第三部分 名词解释\n1.财政拨款收入：指本年度从本级财政部门取得的财政拨款。\n第四部分 部门整体支出绩效自评报告\n一、部门基本情况\n2023年度部门整体支出年初预算数520万元，全年预算数560万元，全年执行数500万元，预算执行率89.29%。\n二、绩效目标完成情况\n全年开展文化活动120场，较上年增加20场，增长20%。其中：送戏下乡60场，广场文艺40场，讲座培训30场。\n项目支出完成300万元，同比增加60万元，增长25%。\n收入总计600万元，支出总计580万元。\n"),
        ];
        foreach (var (name, text) in cases)
        {
            var findings = Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note).ToList();
            Assert.DoesNotContain(findings, f => f.RuleId == "INTERNAL");
            if (name == "ry2")
            {
                // "截至 22023 年": a PDF's single spaces between characters do not hide a year with a digit too many.
                Assert.Contains(findings, f => f.RuleId == "R-YEAR" && f.Message.Contains("22023", StringComparison.Ordinal));
                continue;
            }

            var wrong = findings.Where(f => f.RuleId is "N-ARITH" or "N-LISTSUM" or "N-HEADCOUNT" or "W-REPEAT" or "W-HEADING" or "R-YEAR"
                || (f.RuleId == "N-VEHICLE" && f.Severity == Severity.Error)).Select(f => $"{name}: {f.RuleId} {f.Message}");
            Assert.Empty(wrong);
        }
    }

    [Fact]
    public void The_reviews_counter_examples_give_no_false_finding()
    {
        // Ordinary texts a reviewer of this stop's rules wrote against them; each gave a false line before its fix.
        IEnumerable<AuditFinding> Said(string text) => Auditor.Run(Read(text)).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES"));

        // "增长-2.56%" is negative growth, a fall — not a slip.
        Assert.DoesNotContain(Said("2023年公务接待费支出决算为3.80万元，比上年增长-2.56%，主要原因是厉行节约。\n"), f => f.RuleId == "N-DIRECTION");
        // Another section's target is another task.
        Assert.DoesNotContain(Said("一、产出情况\n全年农村危房改造任务数为100户，实际完成改造100户，全部通过验收。\n二、效益情况\n全年招商引资到位资金5.2亿元，超额完成目标任务15%。\n"), f => f.RuleId == "N-TASK");
        // "2,399人": the thousands separator is part of the count.
        Assert.DoesNotContain(Said("2023年度,培训农民工2,399人,完成市目标任务数2000人的120%。\n"), f => f.RuleId == "N-TASK");
        // The bare 支出 after a fund's income is that fund's, not the year's spending.
        Assert.DoesNotContain(Read("2023年度本年收入1000.00万元，其中一般公共预算财政拨款收入800.00万元，支出780.00万元。\n").Claims, c => c.Subject == "本年支出合计");
        // A PDF line that wrapped before its "%".
        Assert.DoesNotContain(Said("2023年本年支出合计880.20万元，其中基本支出768.88万元，占本年支出合计的87.35\n%，项目支出111.32万元，占12.65%。\n"), f => f.RuleId == "N-BLANK");
        // A rate of 0 is wrong, not a unit slip.
        Assert.DoesNotContain(Said("2023年度一般公共预算财政拨款“三公”经费支出预算为100.00万元，支出决算为5.00万元，完成预算的0.00%。\n"), f => f.Message.Contains("单位印错", StringComparison.Ordinal));
        // An organisation chart lost from a page's text is no empty list.
        Assert.DoesNotContain(Said("第一部分 部门概况\n一、部门职责\n负责全县教育工作。\n二、机构设置\n本部门内设机构及所属单位如下：\n\n三、部门决算单位构成\n纳入本部门决算编制范围的单位共2个。\n"), f => f.RuleId == "R-PLACEHOLDER");
        // A walk that names no other movement may have left a 结余分配 out: a warning, not an error.
        Assert.Equal(Severity.Warning, Assert.Single(Said("2023年度上年结转和结余100.00万元，本年收入1000.00万元，本年支出1000.00万元，年末结转和结余90.00万元。\n"), f => f.RuleId == "N-BALANCE").Severity);
        // A form's cells run together: "时效指标" then "指标1：" is no 指标 typed twice; a target and its result, each a line of its
        // own and joined by the reading ("逐步提高" / "逐步提高"), were not typed twice either (batch 34's 02 and 04).
        Assert.DoesNotContain(Said("二级指标三级指标年度指标值实际完成值合格合格2020指标2：时效指标指标1：指标2：成本指标演出设备成本件/件2万元2万元\n"), f => f.RuleId == "W-REPEAT");
        var cells = "年度绩效指标完成情况|一级指标|二级指标|三级指标|年度指标值|实际完成指标值|50|产出指标|质量指标|指标1:食品安全监管人员培训|已完成|已完成|5|指标2:违法案件查办率|100%|100%|4|指标3:食品经营环节风险分级|100%|100%|5|指标4:开展食品安全宣传周等科普宣传活|已完成|已完成|3|指标5:冷链食品应急处置示范演练|已完成|已完成|3|指标6:食品安全投诉举报处置率|100%|100%|3|时效指标|指标1:食品监管专项工作整体完成时间|2021年12月31日|2021年12月31日|5|效益指标|社会效益指标|指标1:辖区内重大食品安全监管责任事故发生数|0次|0次|3|指标2:辖区内公众食品安全科普知识素养|逐步提高|逐步提高|3".Replace("|", "\n\n", StringComparison.Ordinal) + "\n";
        Assert.DoesNotContain(Said(cells), f => f.RuleId == "W-REPEAT");
        Assert.Contains(Said("2021年项目支出20万元，主要用于用于食品安全抽检。\n"), f => f.RuleId == "W-REPEAT");

        // A page's link to last year's report is no heading of this one.
        Assert.DoesNotContain(Said("发布日期：2024-09-10\n第二部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n2023年度收、支总计1801.06万元。与2022年相比，收、支总计各减少4.99万元，下降0.28%。\n相关链接：某县某局2022年度部门决算\n"), f => f.RuleId == "R-YEAR");
    }
}
