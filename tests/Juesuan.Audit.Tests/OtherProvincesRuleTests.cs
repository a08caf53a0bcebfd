using Juesuan.Audit.Messages;
using Juesuan.Audit.Rules;
using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// Rules on sentences in the wordings of other provinces (四川, 重庆, 安徽, 广西, 广东 …), cut down from published reports read
/// by hand; each figure was recomputed, and each test also shows that the right figures give no finding.
/// </summary>
public sealed class OtherProvincesRuleTests
{
    private static Core.Published.PublishedReport Read(string text) => TextReportReader.Read(text, "r.txt");

    [Fact]
    public void Parts_on_the_lines_after_their_total_are_added_up()
    {
        // 大邑: 基本支出 911.7 万元，其中： 人员经费 489.18 + 公用经费 46.89 = 536.07, 375.63 short.
        var text = "六、一般公共预算财政拨款基本支出决算情况说明\n2023年一般公共预算财政拨款基本支出911.7万元，其中：\n"
            + "人员经费489.18万元，主要包括：基本工资、津贴补贴。\n公用经费46.89万元，主要包括：办公费、印刷费。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)));
        Assert.Contains("911.7 万元 ≠ 其中各项之和 536.07 万元", f.Message, StringComparison.Ordinal);
        Assert.Contains("差 375.63", f.Message, StringComparison.Ordinal);

        Assert.Empty(new PartsOfStatedTotal().Check(Read(text.Replace("911.7", "536.07", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_breakdown_with_shares_is_added_up_against_the_total_stated_before_it()
    {
        // 三公 3.46 万元 in (一); (二) lists 0 + 1.4 + 0.28 = 1.68 with shares of the whole: 1.78 short.
        var text = "（一）“三公”经费财政拨款支出决算总体情况说明\n2023年“三公”经费财政拨款支出决算为3.46万元，完成预算100%。\n"
            + "（二）“三公”经费财政拨款支出决算具体情况说明\n2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；"
            + "公务用车购置及运行维护费支出决算1.4万元，占40.46%；公务接待费支出决算0.28万元，占8.09%。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)));
        Assert.Contains("三公经费 3.46 万元 ≠ 其中各项之和 1.68 万元", f.Message, StringComparison.Ordinal);

        var right = text.Replace("1.4万元，占40.46%", "3.18万元，占91.91%", StringComparison.Ordinal);
        Assert.Empty(new PartsOfStatedTotal().Check(Read(right)));
    }

    [Fact]
    public void A_sentence_of_the_year_before_that_compares_with_last_year_is_a_wrong_year()
    {
        var text = "六、基本支出决算情况说明\n2023年一般公共预算财政拨款基本支出911.7万元。\n2023年人员经费864.81万元。\n"
            + "2022年“三公”经费财政拨款支出决算为3.46万元，完成预算100%，较上年增加2.4万元，增长226.42%。\n";
        var f = Assert.Single(new WrongYear().Check(Read(text)));
        Assert.StartsWith("“2022年”与报告年度 2023 不符", f.Message, StringComparison.Ordinal);

        Assert.Empty(new WrongYear().Check(Read(text.Replace("2022年“三公”", "2023年“三公”", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_templates_alternative_in_brackets_is_residue()
    {
        var text = "七、“三公”经费情况说明\n决算数小于预算数(或与预算数持平)的主要原因是公务用车年久失修。\n";
        var f = Assert.Single(new TemplateInstructions().Check(Read(text)));
        Assert.Contains("“小于预算数（或与预算数持平）”", f.Message, StringComparison.Ordinal);

        Assert.Empty(new TemplateInstructions().Check(Read(text.Replace("(或与预算数持平)", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_rate_printed_to_one_decimal_is_judged_at_one_decimal()
    {
        // 减少 956.31 of 5,654.07 is 16.914%: "16.9%" is right; "16.8%" is not.
        var text = "一、收入支出决算总体情况说明\n2024年度收入总计4697.76万元，与2023年度相比，减少956.31万元，下降16.9%。\n";
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text)));
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(text.Replace("16.9%", "16.8%", StringComparison.Ordinal))));
        Assert.Contains("增减率应为 -16.91%", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_is_weighed_with_the_rate_of_its_own_sentence()
    {
        // 铜梁: 较上年减少 0.71 万元 of 9.78 is 7.26%, printed 7.83% (0.71 ÷ 9.07, this year's); the first rate of the
        // report's 三公 (54.65% against the budget, another sentence) is not this one's.
        var text = "一、“三公”经费情况说明\n2021年“三公”经费支出决算9.07万元，较年初预算数减少10.93万元，下降54.65%。\n"
            + "2021年“三公”经费支出决算9.07万元，较上年支出数减少0.71万元，下降7.83%。\n";
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(text)));
        Assert.Contains("增减率应为 -7.26%，情况说明写 -7.83%", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_comparisons_in_one_sentence_are_not_two_directions()
    {
        // 广东: +38.97 (+168.7%) on 上年, −24.87 (−28.6%) on 2019: each amount agrees with its own rate.
        var text = "一、“三公”经费情况说明\n2023年“三公”经费支出决算62.07万元，比上年决算数增加38.97万元，增长168.7%，比2019年决算数减少24.87万元，降低28.6%。\n";
        Assert.DoesNotContain(new DirectionWords().Check(Read(text)), f => f.Severity == Severity.Error);

        var wrong = text.Replace("增加38.97万元，增长168.7%", "增加38.97万元，下降168.7%", StringComparison.Ordinal);
        Assert.Contains(new DirectionWords().Check(Read(wrong)), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void An_increase_of_nothing_is_flat()
    {
        var text = "二、收入决算情况说明\n经营收入0.00万元，较2022年度决算数增加0.00万元，增长0%，主要原因是无变化。\n";
        var f = Assert.Single(new DirectionWords().Check(Read(text)));
        Assert.Equal(Severity.Note, f.Severity); // a template's mechanical wording, right in its figures
        Assert.Contains("没有变化应写“持平”", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_budget_beside_a_figure_with_decimals_is_exact()
    {
        // 寿县: 0.53 ÷ 1 = 53%, printed 47% (the shortfall). Taken as 0.5–1.5 the budget let 35%–106% pass.
        var text = "七、“三公”经费情况说明\n公务接待费预算为1万元，支出决算为0.53万元，完成预算的47%。\n";
        var f = Assert.Single(new CompletionAgainstBudget().Check(Read(text)));
        Assert.Contains("0.53 ÷ 1 = 53.00%", f.Message, StringComparison.Ordinal);
        Assert.Empty(new CompletionAgainstBudget().Check(Read(text.Replace("47%", "53%", StringComparison.Ordinal))));
    }

    [Fact]
    public void Income_and_expenditure_totals_stated_apart_are_an_error()
    {
        var text = "一、收入支出决算总体情况说明\n2024年度收入总计4125.49万元，支出总计4143.91万元。\n";
        var f = Assert.Single(new StatedTotalsBalance().Check(Read(text)));
        Assert.Contains("差 -18.42 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("4143.91", "4125.49", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_completion_rate_is_weighed_against_the_budget_a_stated_difference_implies()
    {
        // 天水: 1741.75 is 55.93 above the budget, so the budget was 1685.82 and 100% is 103.32%.
        var text = "一、支出情况说明\n一般公共预算财政拨款支出1741.75万元，完成年初预算100%，决算数大于预算数55.93万元。\n";
        var f = Assert.Single(new CompletionAgainstBudget().Check(Read(text)));
        Assert.Contains("1,741.75 ÷ 1,685.82 = 103.32%", f.Message, StringComparison.Ordinal);
        Assert.Empty(new CompletionAgainstBudget().Check(Read(text.Replace("100%", "103.32%", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_difference_from_the_budget_and_its_rate_agree()
    {
        // 9.07 is 10.93 below a budget of 20.00: 54.65%, printed 45.65%.
        var text = "一、“三公”经费情况说明\n2021年“三公”经费支出决算9.07万元，较年初预算数减少10.93万元，下降45.65%。\n";
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(text)));
        Assert.Contains("预算数应为 20 万元，增减率应为 -54.65%，情况说明写 -45.65%", f.Message, StringComparison.Ordinal);
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text.Replace("45.65%", "54.65%", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_appropriation_totals_stated_apart_in_one_sentence_are_an_error()
    {
        // 大邑: 财政拨款收入总计 1614.63 万元，支出总计 1870.91 万元 (256.28 apart).
        var text = "一、财政拨款收入支出决算总体情况说明\n2020年财政拨款收入总计1614.63万元，与2019年相比增加540.23万元，增长50.28%；财政拨款支出总计1870.91万元。\n";
        var f = Assert.Single(new StatedTotalsBalance().Check(Read(text)));
        Assert.Contains("差 -256.28 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new StatedTotalsBalance().Check(Read(text.Replace("1870.91", "1614.63", StringComparison.Ordinal))));

        // A government's accounts net 总收入 and 总支出 into the balance: no finding.
        var government = "一、收支情况\n2023年总收入为58.90亿元。\n2023年总支出为58.43亿元。总收支相抵后，结转结余为0.47亿元。\n";
        Assert.Empty(new StatedTotalsBalance().Check(Read(government)));
    }

    [Fact]
    public void A_budget_estimated_too_low_does_not_explain_spending_below_it()
    {
        var text = "一、支出情况说明\n机关事业单位基本养老保险缴费支出年初预算为60万元，支出决算为53.72万元，完成年初预算的89.53%，决算数小于预算数的主要原因是年初预算估算不足。\n";
        var f = Assert.Single(new ReasonDirection().Check(Read(text)));
        Assert.Contains("说的却是增加", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_are_owed_only_where_three_public_money_was_spent()
    {
        var none = "七、“三公”经费支出情况说明\n2018年度“三公”经费财政拨款支出0万元，其中：因公出国（境）费0万元，公务接待费0万元，公务用车购置及运行费0万元。\n";
        Assert.DoesNotContain(Auditor.Run(Read(none)), f => f.RuleId == "C-SECTIONS" && f.Message.Contains("数量", StringComparison.Ordinal));
    }

    [Fact]
    public void No_change_against_the_budget_is_weighed_against_the_budget()
    {
        // 杜集: "与2021年度预算相比无变化" for 2.48 spent of a budget of 15.
        var text = "一、“三公”经费情况说明\n公务用车购置费年初预算为15万元，支出决算为2.48万元，与2021年度预算相比无变化。\n";
        var f = Assert.Single(new BudgetRelationWords().Check(Read(text)));
        Assert.Contains("决算数小于预算数", f.Message, StringComparison.Ordinal);
        Assert.Empty(new BudgetRelationWords().Check(Read(text.Replace("2.48", "15", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_share_left_blank_is_an_error()
    {
        // 湛江: the template's "占 %" left unfilled after each category's amount.
        var text = "一、“三公”经费情况说明\n其中：因公出国（境）费0万元，占 %；公务接待费5万元，占 %；公务用车购置及运行维护费30万元，占 %。\n";
        var found = new BlankFigure().Check(Read(text)).ToList();
        Assert.Equal(3, found.Count);
        Assert.All(found, f => Assert.EndsWith("没有填写占比", f.Message, StringComparison.Ordinal));
        Assert.Empty(new BlankFigure().Check(Read(text.Replace("占 %；公务接待费", "占0%；公务接待费", StringComparison.Ordinal)
            .Replace("占 %；公务用车", "占14.29%；公务用车", StringComparison.Ordinal).Replace("占 %。", "占85.71%。", StringComparison.Ordinal))));
    }

    // Sentences from a second round of reading (湖南, 云南, 甘肃, 江苏, 浙江, 广西, 福建 …): each test states the hand-checked
    // figures, and shows that the corrected sentence gives no finding.

    [Fact]
    public void The_templates_ellipses_and_its_note_to_the_preparer_are_residue()
    {
        var text = "第一部分 部门概况\n一、机构设置\n根据部门职责分工，本部门内设机构包括…… 。本部门下属单位包括：……。（注：如无下属单位，应写明“本部门无下属单位”）\n";
        Assert.Contains("“包括……”", Assert.Single(new Placeholders().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Contains("（注：如无下属单位，应写明", Assert.Single(new TemplateInstructions().Check(Read(text))).Message, StringComparison.Ordinal);

        var filled = "第一部分 部门概况\n一、机构设置\n本部门内设机构包括办公室、财务科。本部门无下属单位。主要工作……略有调整。\n";
        Assert.Empty(new Placeholders().Check(Read(filled)));
        Assert.Empty(new TemplateInstructions().Check(Read(filled)));
    }

    [Fact]
    public void A_base_year_two_years_back_or_the_reports_own_year_is_flagged()
    {
        // A 2017 report: 5834 against 2015, while every other comparison is against 上年 (2016).
        var text = "一、“三公”经费情况说明\n2017年一般公共预算财政拨款支出9000万元，较上年增加5万元。\n2017年“三公”经费5834万元，较2015年下降2.3%。其中：公车运行及维护4612万元，较上年下降21%；公务接待费430万元，与上年持平。\n";
        var f = Assert.Single(new WrongYear().Check(Read(text)));
        Assert.Contains("比较的基年是 2015 年，不是上年 2016 年", f.Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(text.Replace("较2015年下降", "较2015年（十三五初）下降", StringComparison.Ordinal))));
        Assert.Empty(new WrongYear().Check(Read(text.Replace("较2015年下降", "较上年下降", StringComparison.Ordinal))));

        // A 2022 report whose items compare with 2021's 决算; one of them with 2022's own.
        var own = "一、支出决算情况说明\n2022年度一般公共预算支出数为2422.59万元。\n20101-人大事务156万元，比2021年决算数增加6万元。\n20102-政协事务100万元，比2021年决算数减少2万元。\n"
            + "20103-政府办公厅100万元，比2021年决算数增加3万元。\n20123-民族事务156万元，与2022年决算数持平。\n";
        var g = Assert.Single(new WrongYear().Check(Read(own)));
        Assert.Contains("与报告年度 2022 本身比较", g.Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(own.Replace("与2022年决算数持平", "与2021年决算数持平", StringComparison.Ordinal))));
        Assert.Empty(new WrongYear().Check(Read(own.Replace("与2022年决算数持平", "与2022年预算数持平", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_year_that_lost_its_nian_is_broken()
    {
        var text = "一、基本情况\n新建教学楼于20209月投入使用，投资120.5万元。\n";
        Assert.Contains("“20209月”", Assert.Single(new WrongYear().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(text.Replace("20209月", "2020年9月", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_figure_in_yuan_that_the_same_sentence_prints_in_wan_yuan_is_a_unit_slip()
    {
        // 甘南: "公务接待费1.58元" and, in the same sentence, 1.58万元.
        var text = "一、“三公”经费情况说明\n2015年部门决算公开公务接待费1.58元，经核查，2015年度我单位支出公务接待费为1.58万元，较2014年减少0.26万元。\n";
        Assert.Contains("“1.58元”的单位疑为“万元”", Assert.Single(new FigureWithoutUnit().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new FigureWithoutUnit().Check(Read(text.Replace("1.58元", "1.58万元", StringComparison.Ordinal))));

        // 梧州: "0.00 万，" — the 元 fell off.
        var wan = "一、“三公”经费情况说明\n公务用车购置费0.00 万，比上年减少2.50万元。\n";
        Assert.Contains("“0.00万”缺少“元”", Assert.Single(new FigureWithoutUnit().Check(Read(wan))).Message, StringComparison.Ordinal);
        Assert.Empty(new FigureWithoutUnit().Check(Read("一、基本情况\n服务群众1.2万人次，支出12.00万元。\n")));
    }

    [Fact]
    public void No_difference_from_the_budget_is_not_an_increase()
    {
        var text = "一、“三公”经费情况说明\n2020年“三公”经费支出决算5.48万元，比预算增加0万元，比上年增加1.55万元，增长39.4%。\n";
        var f = Assert.Single(new DirectionWords().Check(Read(text)));
        Assert.Contains("“增加0万元”——没有变化应写“持平”", f.Message, StringComparison.Ordinal);
        Assert.Empty(new DirectionWords().Check(Read(text.Replace("比预算增加0万元", "与预算持平", StringComparison.Ordinal))));
    }

    [Fact]
    public void Roughly_flat_with_a_small_change_is_not_a_contradiction()
    {
        var text = "一、“三公”经费情况说明\n决算车辆运行维护费用2.94万元，比去年3.01万元少0.07万元，基本持平。\n";
        Assert.Empty(new DirectionWords().Check(Read(text)));
    }

    [Fact]
    public void The_changes_of_the_parts_add_up_to_the_change_of_the_total()
    {
        // 昌宁: 1957.23 = 65.98 + 918.5 + 972.75, and +53.75 − 58.8 + 8.56 = +3.51, yet the total "减少3.51万元".
        var text = "一、“三公”经费情况说明\n2015年“三公”经费决算支出数为1957.23万元，较2014年决算数1953.72万元减少3.51万元。"
            + "其中，因公出国（境）费65.98万元，增加53.75万元；公务接待费918.5万元，减少58.8万元；公务用车购置及运行维护费972.75万元，增加8.56万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("三公经费较上年的增减 -3.51 万元 ≠ 其中各项较上年的增减之和 3.51 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new PartsOfStatedTotal().Check(Read(text.Replace("减少3.51万元。", "增加3.51万元。", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_paragraph_that_opens_with_its_parts_is_added_up_to_the_total_before_it()
    {
        // The total and its change close one paragraph; "其中：" opens the next, one part to a sentence.
        // 0 + 300.50 + 0.00 = 300.50; changes 0 − 40.20 − 0.15 = −40.35.
        var text = "二、“三公”经费支出总体情况\n2019年度，本级“三公”经费支出合计300.50万元，同比减少40.35万元，各单位厉行节约。\n"
            + "其中：因公出国（境）经费0万元，同比减少0万元，全年未安排出国。公务用车购置及运行费300.50万元，同比减少40.20万元"
            + "（公务用车购置费0万元，同比减少0万元；公务用车运行维护费300.50万元，同比减少40.20万元）。公务接待费0.00万元，同比减少0.15万元，严控接待。\n";
        Assert.Empty(new PartsOfStatedTotal().Check(Read(text)));

        var amount = Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("合计300.50万元", "合计310.50万元", StringComparison.Ordinal))));
        Assert.Equal(Severity.Error, amount.Severity);
        Assert.Contains("三公经费 310.5 万元 ≠ 其中各项之和 300.5 万元", amount.Message, StringComparison.Ordinal);

        var change = Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("同比减少0.15万元", "同比减少10.15万元", StringComparison.Ordinal))));
        Assert.Equal(Severity.Error, change.Severity);
        Assert.Contains("三公经费较上年的增减 -40.35 万元 ≠ 其中各项较上年的增减之和 -50.35 万元", change.Message, StringComparison.Ordinal);

        // The total's change is the vehicles' alone, the reception's 0.15 forgotten: "0万元" beside hundredths is nothing,
        // not 0 ± 0.5, so 0.15 is beyond the rounding of the four figures (4 × 0.005).
        var forgotten = Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("同比减少40.35万元", "同比减少40.20万元", StringComparison.Ordinal))));
        Assert.Contains("差 0.15", forgotten.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_a_hundredth_off_their_total_are_a_note_of_rounding()
    {
        // 0 + 120.12 + 80.22 = 200.34 against 200.35: within 3 × 0.005 (the 0 beside hundredths is nothing), 尾差.
        // Changes −0.50 − 4.20 − 1.16 = −5.86 against −5.85: 尾差 too.
        var text = "一、“三公”经费情况说明\n“三公”经费支出200.35万元，同比减少5.85万元，其中：因公出国（境）费0.00万元，同比减少0.50万元；"
            + "公务用车购置及运行费120.12万元，同比减少4.20万元；公务接待费80.22万元，同比减少1.16万元。\n";
        var notes = new PartsOfStatedTotal().Check(Read(text)).ToList();
        Assert.All(notes, f => Assert.Equal(Severity.Note, f.Severity));
        Assert.Equal([AuditMessageId.PartsWithinRounding, AuditMessageId.ChangesOfPartsWithinRounding], notes.Select(f => f.MessageId!.Value).Order());
        Assert.Contains("相差 0.01", notes.Single(f => f.MessageId == AuditMessageId.PartsWithinRounding).Message, StringComparison.Ordinal);

        // Agreeing to the hundredth, nothing is said.
        Assert.Empty(new PartsOfStatedTotal().Check(Read(text.Replace("200.35", "200.34", StringComparison.Ordinal).Replace("1.16万元", "1.15万元", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_vehicle_costs_short_parts_add_up_to_them()
    {
        // 20.50 = 5.20 + 15.30; 21.50 is not.
        var text = "一、“三公”经费情况说明\n公务用车购置及运行费20.50万元（包括购置费5.20万元、运行费15.30万元），减少1.10万元。\n";
        Assert.Empty(new PartsOfStatedTotal().Check(Read(text)));
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("运行费20.50", "运行费21.50", StringComparison.Ordinal))));
        Assert.Contains("公务用车购置及运行费 21.5 万元 ≠ 其中各项之和 20.5 万元", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vehicle_kinds_with_a_parenthesis_in_their_names_add_up_to_the_fleet()
    {
        // 1 + 3 + 16 = 20; a fleet of 21 is not.
        var text = "一、基本情况\n公务用车总数20辆（其中：副部（省）级及以上领导用车1辆，主要领导干部用车3辆，其他用车16辆）。\n";
        Assert.Empty(new PartsOfStatedTotal().Check(Read(text)));
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text.Replace("总数20辆", "总数21辆", StringComparison.Ordinal))));
        Assert.Contains("21", f.Message, StringComparison.Ordinal);
        Assert.Contains("副部（省）级及以上领导用车", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parts_own_parts_are_not_added_beside_it()
    {
        // 五华: 769.70 is 100% of 三公 both as 公务用车购置及运行维护费 and as its part 公务用车运行维护费.
        var text = "一、“三公”经费情况说明\n2021年度三公经费支出决算中，因公出国（境）费支出0.00万元，占0.00%；公务用车购置及运行维护费支出769.70万元，占100%"
            + "（其中：公务用车购置费0万元，占0.00%；公务用车运行维护费769.70万元，占100%）；公务接待费支出0.00万元，占0.00%。\n";
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text)), f => f.Message.Contains("比例之和", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nothing_beside_a_change_in_hundredths_is_nothing()
    {
        // 0 − (−0.86) = 0.86 last year, so −100% is right; −90% is not.
        var text = "一、“三公”经费情况说明\n公务接待费为0万元，较上年减少0.86万元，下降100%。\n";
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text)));
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(text.Replace("下降100%", "下降90%", StringComparison.Ordinal))));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Counts_in_chinese_numerals_or_one_cell_per_line_are_counts()
    {
        const string head = "第二部分 2017年度部门决算情况说明\n七、“三公”经费财政拨款支出决算情况说明\n2017年“三公”经费支出决算12.50万元。\n";
        Assert.Contains(new SectionsPresent().Check(Read(head)), f => f.Message.Contains("数量", StringComparison.Ordinal));
        Assert.DoesNotContain(new SectionsPresent().Check(Read(head + "公务车辆现保有量为壹辆。\n")), f => f.Message.Contains("数量", StringComparison.Ordinal));
        Assert.DoesNotContain(new SectionsPresent().Check(Read(head + "公务用车保有量\n\n694\n")), f => f.Message.Contains("数量", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_glued_to_the_base_amount_is_flagged()
    {
        // 2020 report: "与2019498.83万元相比" is 2019年 and 498.83 万元 (498.83 − 424.71 = 74.12).
        var text = "一、收入支出决算总体情况说明\n2020年度收入总计424.71万元，较上年减少74.12万元。\n与2019498.83万元相比，收入总计减少74.12万元。\n";
        var f = Assert.Single(new WrongYear().Check(Read(text)));
        Assert.Contains("年份 2019 与金额 498.83 万元连在一起", f.Message, StringComparison.Ordinal);
        Assert.Empty(new WrongYear().Check(Read(text.Replace("与2019498.83万元", "与2019年498.83万元", StringComparison.Ordinal))));

        // A real base that starts with the digits of last year is a thousand times smaller than that.
        Assert.Empty(new WrongYear().Check(Read("一、收入支出决算总体情况说明\n2020年度收入总计20695.36万元，较上年增加500.00万元。\n与20195.36万元相比，收入总计增加500.00万元。\n")));
    }

    [Fact]
    public void Quotes_turned_the_wrong_way_round_sangong_are_flagged()
    {
        var text = "一、“三公”经费情况说明\n2015年”三公“经费支出决算4.9万元。\n";
        Assert.Contains("引号有误", Assert.Single(new DoubledPunctuation().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new DoubledPunctuation().Check(Read(text.Replace("”三公“", "“三公”", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_final_accounts_report_that_speaks_of_its_budget_scope_kept_the_budget_reports_words()
    {
        var text = "2018年度万安镇部门决算\n第一部分 部门概况\n纳入本级部门预算汇编范围的单位1个，即万安镇人民政府。\n";
        Assert.Contains("“纳入本级部门预算汇编范围”", Assert.Single(new TemplateInstructions().Check(Read(text))).Message, StringComparison.Ordinal);
        Assert.Empty(new TemplateInstructions().Check(Read(text.Replace("预算汇编范围", "决算汇编范围", StringComparison.Ordinal))));
        Assert.Empty(new TemplateInstructions().Check(Read(text.Replace("部门决算", "部门预算", StringComparison.Ordinal))));
    }

    [Fact]
    public void Parts_after_a_qizhong_of_its_own_are_added_up()
    {
        // 长乐: 1116.14 ≠ 34.71 + 1116.14; "其中:" is a sentence of its own at the end of the line.
        var text = "一、“三公”经费情况说明\n（二）公务用车购置及运行费1116.14万元。其中:\n1、公务用车购置费34.71万元，用于购置1辆中巴车。\n"
            + "2、公务用车运行费1116.14万元，主要用于燃油、维修、保险等支出。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)));
        Assert.Contains("公务用车购置及运行费 1,116.14 万元 ≠ 其中各项之和 1,150.85 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new PartsOfStatedTotal().Check(Read(text.Replace("2、公务用车运行费1116.14", "2、公务用车运行费1081.43", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_headcount_whose_missing_part_follows_in_the_same_sentence_adds_up()
    {
        // 南康: 149 = 119 + 1 + 0, and the 29 others after the "；".
        var text = "第一部分 部门概况\n本部门2021年年末实有人数149人，其中在职人员119人，离休人员1人，退休人员0人；年末其他人员29人。\n";
        Assert.Empty(new HeadcountParts().Check(Read(text)));
        var f = Assert.Single(new HeadcountParts().Check(Read(text.Replace("其他人员29人", "其他人员28人", StringComparison.Ordinal))));
        Assert.Contains("149 人 ≠ 各部分之和 在职 119 + 离休 1 + 退休 0 = 120 人", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_is_the_difference_of_the_two_amounts_the_sentence_prints()
    {
        // 昌宁: 1957.23 − 1953.72 = +3.51, printed "减少3.51万元".
        var text = "一、“三公”经费情况说明\n2015年“三公”经费决算支出数为1957.23万元，较2014年决算数1953.72万元减少3.51万元，下降0.2%。\n";
        Assert.Contains(new NarrativeYearOnYear().Check(Read(text)), f => f.Message.Contains("本年 1957.23 万元 − 上年 1953.72 万元 = 3.51 万元", StringComparison.Ordinal));

        // "比上年累计支出285万元下降34万元": 285 is last year's, and 251 − 285 = −34, −34 ÷ 285 = −11.93% ≈ 12%.
        Assert.Empty(new NarrativeYearOnYear().Check(Read("一、“三公”经费情况说明\n2020年“三公”经费支出251万元，比上年累计支出285万元下降34万元，下降12%。\n")));
    }

    [Fact]
    public void A_rate_cut_off_rather_than_rounded_is_a_note()
    {
        // 15.18 ÷ (201.25 − 15.18) = 8.158%: "8.15%" is cut off — a hundredth, which reviewers take for rounding.
        var text = "一、“三公”经费情况说明\n公务接待费201.25万元，比上年增加15.18万元，增长8.15%。\n";
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(text)));
        Assert.Equal(Severity.Note, f.Severity);
        Assert.Equal(Severity.Error, Assert.Single(new NarrativeYearOnYear().Check(Read(text.Replace("8.15%", "8.05%", StringComparison.Ordinal)))).Severity);
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text.Replace("8.15%", "8.16%", StringComparison.Ordinal))));
    }

    [Fact]
    public void Mixed_marks_and_a_stray_point_are_flagged()
    {
        Assert.Single(new DoubledPunctuation().Check(Read("一、“三公”经费情况说明\n支出决算147.28万元，完成预算的87.39%，；\n")));
        Assert.Single(new DoubledPunctuation().Check(Read("一、“三公”经费情况说明\n支出决算104.46万元,完成预算的87.39%,;公务用车\n")));
        Assert.Contains("多了一个小数点", Assert.Single(new FigureWithoutUnit().Check(Read("一、支出决算情况说明\n财政拨款本年支出488.8. 万元。\n"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_running_cost_per_vehicle_is_the_running_cost_over_the_vehicles_kept()
    {
        // 28.50 万元 over 5 vehicles kept = 5.70 万元 a vehicle.
        const string text = "一、“三公”经费财政拨款支出决算情况说明\n2019年公务用车运行维护费支出28.50万元，主要用于车辆燃料、维修、保险等。年末公务用车保有量5辆，车均运行维护费5.70万元。\n";
        Assert.Empty(new RunningCostPerVehicle().Check(Read(text)));

        // Printed in 元: the digits fit, the unit does not — an error.
        var slip = Assert.Single(new RunningCostPerVehicle().Check(Read(text.Replace("5.70万元。", "5.70元。", StringComparison.Ordinal))));
        Assert.Equal(Severity.Error, slip.Severity);
        Assert.Contains("= 57000.00 元：按“万元”计则相符", slip.Message, StringComparison.Ordinal);

        // Another average: a warning (the report may divide by a count it does not print).
        var other = Assert.Single(new RunningCostPerVehicle().Check(Read(text.Replace("5.70万元。", "6.20万元。", StringComparison.Ordinal))));
        Assert.Equal(Severity.Warning, other.Severity);
        Assert.Contains("= 5.70 万元", other.Message, StringComparison.Ordinal);

        // "人均" is not a per-vehicle figure and checks nothing here.
        Assert.Empty(new RunningCostPerVehicle().Check(Read(text.Replace("车均运行维护费5.70万元", "人均公务接待费0.20万元", StringComparison.Ordinal))));
    }

    [Fact]
    public void Small_and_micro_firms_are_among_the_small_and_medium_ones()
    {
        // 900 of 1000 to SMEs (90.0%), 150 of them to small and micro firms (15.0%): nested, not 105%.
        const string text = "七、政府采购支出情况\n本年度政府采购支出总额1000.00万元，其中授予中小企业合同金额900.00万元，占政府采购支出总额的90.0%，其中授予小微企业合同金额150.00万元，占政府采购支出总额的15.0%。\n";
        Assert.DoesNotContain(Auditor.Run(Read(text)), f => f.RuleId == "N-PARTS");
    }

    [Fact]
    public void Nothing_spent_against_a_budget_not_printed_is_zero_percent_rightly()
    {
        // The budget is not stated anywhere: 0 spent is 0% of whatever it was.
        const string text = "一、“三公”经费财政拨款支出决算情况说明\n1.因公出国（境）经费支出0万元，完成预算0%。全年未安排因公出国（境）团组。\n";
        Assert.Empty(new CompletionOfNoBudget().Check(Read(text)));

        // Stated as zero, the 0% means nothing.
        Assert.Single(new CompletionOfNoBudget().Check(Read(text.Replace("经费支出0万元", "经费预算0万元，支出0万元", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_text_cut_off_inside_a_sentence_is_not_blamed_for_what_the_cut_took()
    {
        const string text = "（二）“三公”经费财政拨款支出决算具体情况说明\n2017年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算8.47万";
        var report = Read(text);
        Assert.True(report.EndsMidSentence);
        var findings = Auditor.Run(report);
        Assert.DoesNotContain(findings, f => f.RuleId == "R-UNIT");
        Assert.DoesNotContain(findings, f => f.RuleId == "C-SECTIONS" && f.Severity != Severity.Note);

        // Cut after a digit, or inside a parenthesis, it is still cut; a table row at the end is not a sentence cut off.
        Assert.True(Read("（二）“三公”经费具体情况\n公务用车运行维护费支出决算减少41,799.16元,下降96.78%;公务接待费支出决算减少12,625.00元,下降7").EndsMidSentence);
        Assert.False(Read("公开09表 国有资本经营预算财政拨款支出决算表\n合计，其中 1,234.56 1,000.00 234.56").EndsMidSentence);

        // Whole, the same statement owes its unit.
        var whole = Read(text + "元，占100%。\n");
        Assert.False(whole.EndsMidSentence);
        Assert.Contains(Auditor.Run(Read(text + "，公务接待费0万元。\n")), f => f.RuleId == "R-UNIT" && f.Message.Contains("8.47万", StringComparison.Ordinal));
    }

    [Fact]
    public void The_total_is_this_years_income_and_what_was_carried_over()
    {
        // 390.55 + 190.89 = 581.44 against 581.45: a rounding of the printed parts, a note (尾差). A total of 563.00 is less than
        // its parts (a total may exceed the parts a sentence names, never fall short of them).
        const string text = "一、收入支出决算总体情况说明\n本单位2021年度总收入581.45万元，其中本年收入390.55万元，上年结转190.89万元。\n";
        var tail = Assert.Single(Auditor.Run(Read(text)), f => f.RuleId == "N-PARTS");
        Assert.Equal(Severity.Note, tail.Severity);
        Assert.Equal(AuditMessageId.PartsWithinRounding, tail.MessageId);
        var f = Assert.Single(Auditor.Run(Read(text.Replace("总收入581.45", "总收入563.00", StringComparison.Ordinal))), f => f.RuleId == "N-PARTS");
        Assert.Contains("581.44", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_amounts_add_up_to_the_sum_printed_after_them_whatever_they_are_called()
    {
        // A town's revenue: 1986 + 16 + 2085 = 4087, not 3988. None of the names is one the reader knows.
        const string text = "一、收入情况\n全镇完成财政总收入4087万元，其中国税1986万元，非税收入16万元，上级拨款2085万元，合计3988万元。\n";
        var f = Assert.Single(new ListedPartsSum().Check(Read(text)));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("≠ 其中所列各项之和 4,087 万元", f.Message, StringComparison.Ordinal);

        Assert.Empty(new ListedPartsSum().Check(Read(text.Replace("合计3988", "合计4087", StringComparison.Ordinal))));
        // Shares after the parts are allowed; parts in another unit than the sum are not added.
        Assert.Empty(new ListedPartsSum().Check(Read("其中：基本支出60.00万元，占60.00%；项目支出40.00万元，占40.00%；合计100.00万元。\n")));
        Assert.Single(new ListedPartsSum().Check(Read("其中：基本支出60.00万元，占60.00%；项目支出41.00万元，占40.00%；合计100.00万元。\n")));
        Assert.Empty(new ListedPartsSum().Check(Read("其中：甲项6000元，乙项4000元，合计2.00万元。\n")));
    }

    /// <summary>安徽 三公 statement: its table prints each category's 预算数 and 决算数; the sentences compare with the budget.</summary>
    private const string ThreePublicStatement = "一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n"
        + "项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n49.9 |\n7.69 |\n因公出国(境)费 |\n20 |\n|\n公务接待费 |\n14.9 |\n5.21 |\n"
        + "公务用车购置及运行维护费 |\n15 |\n2.48 |\n其中:公务用车运行维护费 |\n15 |\n2.48 |\n公务用车购置费 |\n0 |\n0 |\n"
        + "二、2021年度一般公共预算财政拨款“三公”经费支出情况说明\n"
        + "1.因公出国(境)费支出0万元，与2021年度预算相比无增减。\n"
        + "2.公务接待费支出5.21万元，与2021年度预算相比，减少0.1万元，下降0.006%。\n"
        + "3.公务用车购置及运行维护费支出2.48万元，与2021年度预算相比无变化。其中，公务用车购置费0万元，与2021年度预算相比无变化。\n";

    [Fact]
    public void A_category_said_equal_to_its_budget_is_weighed_against_the_table()
    {
        // Budget 20, spent 0: "无增减" is wrong; budget 15, spent 2.48: "无变化" is wrong; budget 0, spent 0: right.
        var findings = new BudgetRelationWords().Check(Read(ThreePublicStatement)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.Contains("但“三公”经费支出决算表决算数", f.Message, StringComparison.Ordinal)); // the statement numbers no 公开07表
        Assert.Contains(findings, f => f.Message.Contains("因公出国（境）费", StringComparison.Ordinal) && f.Message.Contains("预算数 20 万元", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("公务用车购置及运行费", StringComparison.Ordinal) && f.Message.Contains("预算数 15 万元", StringComparison.Ordinal));

        var right = ThreePublicStatement.Replace("因公出国(境)费 |\n20 |", "因公出国(境)费 |\n0 |", StringComparison.Ordinal)
            .Replace("公务用车购置及运行维护费 |\n15 |", "公务用车购置及运行维护费 |\n2.48 |", StringComparison.Ordinal)
            .Replace("其中:公务用车运行维护费 |\n15 |", "其中:公务用车运行维护费 |\n2.48 |", StringComparison.Ordinal);
        Assert.Empty(new BudgetRelationWords().Check(Read(right)));
    }

    [Fact]
    public void A_change_against_the_budget_is_taken_from_the_table_budget()
    {
        // 5.21 − 14.9 = −9.69 (−65.03%), not "减少0.1万元，下降0.006%".
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(ThreePublicStatement)));
        Assert.Contains("应减少 9.69 万元（下降 65.03%）", f.Message, StringComparison.Ordinal);

        var right = ThreePublicStatement.Replace("减少0.1万元，下降0.006%", "减少9.69万元，下降65.03%", StringComparison.Ordinal);
        Assert.Empty(new NarrativeYearOnYear().Check(Read(right)));
        var wrongRate = ThreePublicStatement.Replace("减少0.1万元，下降0.006%", "减少9.69万元，下降6.5%", StringComparison.Ordinal);
        Assert.Contains("增减率应为 -65.03%", Assert.Single(new NarrativeYearOnYear().Check(Read(wrongRate))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vehicle_rows_of_a_three_public_table_are_found_by_their_names_whatever_the_numbering()
    {
        // 其中：公务用车运行维护费 165 + 公务用车购置费 80 = 245 (budget); 87.07 + 78.16 = 165.23 (actual): nothing to say.
        var text = "一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n项目 | 预算数 | 决算数 |\n合计 | 246 | 167.37 |\n因公出国(境)费 | 0 | 0 |\n"
            + "公务接待费 | 1 | 2.14 |\n公务用车购置及运行维护费 | 245 | 165.23 |\n其中:公务用车运行维护费 | 165 | 87.07 |\n公务用车购置费 | 80 | 78.16 |\n";
        Assert.Empty(new ThreePublicTable().Check(Read(text)));
        Assert.Single(new ThreePublicTable().Check(Read(text.Replace("| 80 | 78.16 |", "| 90 | 78.16 |", StringComparison.Ordinal))));
    }

    [Fact]
    public void No_change_said_flat_is_no_contradiction()
    {
        // 徐闻: "因公出国（境）费支出决算减少0万元，与上年持平" — right; only a change said flat is wrong.
        const string text = "一、“三公”经费情况说明\n其中：因公出国（境）费支出决算减少0万元，与上年持平；公务接待费支出决算减少0.69万元，下降10.08%。\n";
        Assert.DoesNotContain(new DirectionWords().Check(Read(text)), f => f.Severity != Severity.Note);
        Assert.Contains(new DirectionWords().Check(Read(text.Replace("减少0万元，与上年持平", "减少2万元，与上年持平", StringComparison.Ordinal))), f => f.Severity != Severity.Note);
    }

    [Fact]
    public void Nothing_of_nothing_completed_is_a_warning_and_money_of_nothing_an_error()
    {
        const string text = "一、“三公”经费情况说明\n其中：因公出国（境）费支出决算为0万元，完成预算0万元的100%。\n";
        Assert.Equal(Severity.Warning, Assert.Single(new CompletionAgainstBudget().Check(Read(text))).Severity);
        Assert.Equal(Severity.Error, Assert.Single(new CompletionAgainstBudget().Check(Read(text.Replace("决算为0万元", "决算为3万元", StringComparison.Ordinal)))).Severity);
    }

    [Fact]
    public void A_text_that_stops_at_an_open_bracket_or_title_mark_is_cut_off()
    {
        Assert.True(Read("一、“三公”经费情况说明\n公务接待费支出决算为6.15万元。\n（\n").EndsMidSentence);
        Assert.True(Read("一、“三公”经费情况说明\n公务接待费支出决算为6.15万元。\n按照中央八项规定和《党政机关\n").EndsMidSentence);
        Assert.False(Read("一、“三公”经费情况说明\n公务接待费支出决算为6.15万元。\n").EndsMidSentence);
    }

    [Fact]
    public void Budget_differences_stated_item_by_item_add_up_to_the_total()
    {
        // 宜宾 2017: items 99 + 1014 + 2712 = 3825 (the total), but their differences from the budget add to −988, not −1188.
        const string text = "“三公”经费决算情况\n2017年“三公”经费支出总额3825万元，比预算数减少1188万元。\n一、因公出国（境）经费\n2017年因公出国（境）费99万元，比预算数减少31万元。\n"
            + "二、公务接待费\n2017年公务接待费1014万元，比预算数减少850万元。\n三、公务用车购置及运行维护费\n2017年公务用车购置及运行维护费2712万元，比预算数减少107万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("-988", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("减少1188万元", "减少988万元", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_budget_statements_change_on_last_year_is_checked_against_its_budgets()
    {
        // 西安 2019 部门预算 三公: 2.30 + 1.5 = 3.80 last year, so the fall is 39.47%, not 42.86%.
        const string text = "2019年部门预算“三公”经费公开说明\n公务接待费2.30万元，较上年减少1.5万元（42.86%），主要原因是压减接待。\n";
        var report = Read(text);
        Assert.Equal(Core.Published.DocumentNature.Budget, report.Nature);
        Assert.Contains("增减率应为 -39.47%", Assert.Single(new NarrativeYearOnYear().Check(report)).Message, StringComparison.Ordinal);
        Assert.Empty(new NarrativeYearOnYear().Check(Read(text.Replace("42.86%", "39.47%", StringComparison.Ordinal))));
    }

    /// <summary>鄂城 2022 三公 (paraphrased): the totals count 会议费 and 培训费, and the change contradicts the two totals.</summary>
    private const string MeetingsCounted = "2022年一般公共预算“三公”经费决算执行情况说明\n"
        + "2022年的“三公”经费决算数合计为1000.86万元，其中：因公出国（境）费0万元、公务用车购置费399.25万元、公务用车运行维护费472.38万元、公务接待费43.77万元、会议费34.10万元、培训费51.37万元。"
        + "2021年的三公经费决算数合计为807.95万元，其中：因公出国（境）费0万元、公务用车购置费272.53万元、公务用车运行维护费327.67万元、公务接待费39.43万元、会议费121.61万元、培训费46.71万元。\n"
        + "2022年“三公”经费决算数相较于上年增加275.76万元，主要原因是更换车辆。\n";

    [Fact]
    public void A_three_public_total_that_counts_meetings_and_training_is_wrong()
    {
        // 0 + 399.25 + 472.38 + 43.77 = 915.40; with 34.10 + 51.37 it makes the printed 1000.86.
        var findings = new PartsOfStatedTotal().Check(Read(MeetingsCounted)).Where(f => f.MessageId == AuditMessageId.ThreePublicCountsOthers).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("应为 915.4 万元", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("应为 639.63 万元", StringComparison.Ordinal));
        // Listed beside a total that does not count them, they are not said to be counted.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(MeetingsCounted.Replace("合计为1000.86万元", "合计为915.40万元", StringComparison.Ordinal))),
            f => f.MessageId == AuditMessageId.ThreePublicCountsOthers && f.Message.Contains("915.4 万元 把", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_stated_apart_is_the_difference_of_the_two_years_stated_before_it()
    {
        // 1000.86 − 807.95 = 192.91, not 275.76.
        var f = Assert.Single(new NarrativeYearOnYear().Check(Read(MeetingsCounted)));
        Assert.Contains("= 192.91 万元", f.Message, StringComparison.Ordinal);
        Assert.Empty(new NarrativeYearOnYear().Check(Read(MeetingsCounted.Replace("增加275.76万元", "增加192.91万元", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_three_public_table_titled_with_last_year_is_a_wrong_year()
    {
        const string text = "某县2018年“三公”经费决算情况说明\n2018年全县“三公”经费决算数为1224.42万元，比上年增加93.27万元。\n某县2017年“三公”经费决算统计表\n单位:万元\n";
        Assert.Contains(new WrongYear().Check(Read(text)), f => f.Message.Contains("写的是 2017 年度", StringComparison.Ordinal));
        Assert.DoesNotContain(new WrongYear().Check(Read(text.Replace("某县2017年", "某县2018年", StringComparison.Ordinal))), f => f.Message.Contains("统计表", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_misprinted_in_one_figure_is_not_also_a_wrong_change()
    {
        // "本年252.5元，上年231.5万元，增加21万元": 252.5 − 231.5 = 21 as printed; the 元 is R-UNIT's finding, not a sum.
        const string text = "一、支出决算情况说明\n基本支出本年252.5元，上年231.5万元，增加21万元。\n";
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(Read(text)), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_template_note_on_what_a_basic_unit_may_leave_out_is_an_instruction()
    {
        const string text = "第一部分 部门概况\n一、部门职责\n负责全县教育工作。\n二、机构设置\n（注：如果是基层预算单位，没有下属单位的，可只说明单位内设机构即可。）\n";
        Assert.Contains(new TemplateInstructions().Check(Read(text)), f => f.Message.Contains("如果是基层预算单位", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contents_entry_is_not_paired_with_a_table_of_another_part_that_shares_its_number()
    {
        // The 目录 lists 第三部分's 说明 items; the text is cut off in 第二部分's list of tables (公开报表), numbered alike.
        const string text = "某小学2022年度部门决算公开报告\n目录\n第一部分 基本情况 3\n一、部门职责 3\n第二部分 2022年度部门决算公开表 3\n"
            + "第三部分 2022年度部门决算情况说明 4\n一、收入支出总体情况说明 4\n四、财政拨款收入支出决算情况说明 5\n"
            + "第一部分 基本情况\n一、部门职责\n负责小学教育。\n第二部分 2022年度部门决算公开报表\n一、收入支出决算公开表\n四、财政拨款收入支出决算公开表\n";
        var findings = new ContentsMatchBody().Check(Read(text)).ToList();
        Assert.DoesNotContain(findings, f => f.Message.Contains("公开表」", StringComparison.Ordinal) && f.Message.Contains("情况说明", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("公开报表", StringComparison.Ordinal));
        // A 说明 worded differently from the body's 说明 of the same number is still one.
        var differs = text + "第三部分 2022年度部门决算情况说明\n四、财政拨款收支决算情况的说明\n";
        Assert.Contains(new ContentsMatchBody().Check(Read(differs)), f => f.Message.Contains("财政拨款收支决算情况的说明", StringComparison.Ordinal));
    }

    [Fact]
    public void Vehicle_rows_left_blank_under_their_total_are_unfilled_not_wrong_sums()
    {
        const string text = "一、2023年度一般公共预算财政拨款“三公”经费支出决算表\n项目 | 预算数 | 决算数 |\n合计 | 3 | 1.71 |\n因公出国(境)费 | 0 | 0 |\n"
            + "公务接待费 | 1 | 0.53 |\n公务用车购置及运行维护费 | 2 | 1.18 |\n其中:公务用车运行维护费 | | |\n公务用车购置费 | | |\n";
        var findings = new ThreePublicTable().Check(Read(text)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Contains("均未填列", f.Message, StringComparison.Ordinal));
        var wrong = text.Replace("其中:公务用车运行维护费 | | |", "其中:公务用车运行维护费 | 1 | 0.5 |", StringComparison.Ordinal);
        Assert.Contains(new ThreePublicTable().Check(Read(wrong)), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Each_class_of_a_budget_page_is_weighed_against_its_own_budget()
    {
        // 梧州-style 预算 page (figures hand-checked): each class's change is its own, against its own budget, not the whole's
        // nor another section's amount; 对个人和家庭补助支出 is a class of its own.
        const string text = "二、基本支出预算情况\n1.基本支出预算2476260.58元，占一般公共预算支出的84.06%，同比减少4966.66元，下降0.2%。\n"
            + "工资福利支出预算2016908.34元，占基本支出预算81.45%，同比增加33279.22元，增长1.68%。\n"
            + "商品和服务支出预算445372.24元，占基本支出预算17.99%，同比减少36235.88元，下降7.52%。\n"
            + "对个人和家庭补助支出预算13980元，占基本支出预算0.56%，同比减少2010元，下降12.57%。\n"
            + "三、项目支出预算情况\n工资福利支出12000元，占项目支出预算2.56%，同比增加12000元，去年项目支出未列该项。\n"
            + "商品和服务支出426000元，占项目支出预算90.73%，同比增加36600元，增长9.4%。\n";
        var report = Read(text);
        Assert.DoesNotContain(new NarrativeYearOnYear().Check(report), f => f.Severity != Severity.Note);
        Assert.DoesNotContain(new NarrativeShares().Check(report), f => f.Severity != Severity.Note);
        Assert.Contains(report.Claims, c => c.Subject == "经济:对个人和家庭的补助" && c.Measure == Core.Published.Measure.Budget && c.Number.Value == 1.398m);
        // The rate of a class against its own budget is still weighed: 36235.88 ÷ 481608.12 = 7.52%, not 9.52%.
        Assert.Single(new NarrativeYearOnYear().Check(Read(text.Replace("下降7.52%", "下降9.52%", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Alternatives_left_with_a_slash_are_unchosen()
    {
        const string text = "一、“三公”经费情况说明\n因公出国（境）费支出0万元，比上年增加/减少0万元，增长/下降0%。\n";
        Assert.Contains(new TemplateInstructions().Check(Read(text)), f => f.Severity == Severity.Error && f.Message.Contains("增加/减少", StringComparison.Ordinal));
        Assert.Empty(new TemplateInstructions().Check(Read(text.Replace("增加/减少0万元，增长/下降0%", "减少0万元，下降0%", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_units_counted_into_another_years_accounts_is_a_wrong_year()
    {
        const string text = "某幼儿园2021年度部门决算\n第一部分 部门概况\n纳入本部门2020年度决算编制的二级预算单位共0个。\n2021年度收入总计500万元。\n";
        Assert.Contains(new WrongYear().Check(Read(text)), f => f.Message.Contains("纳入本部门2020年度决算编制", StringComparison.Ordinal));
        Assert.DoesNotContain(new WrongYear().Check(Read(text.Replace("纳入本部门2020年度", "纳入本部门2021年度", StringComparison.Ordinal))), f => f.Message.Contains("决算编制", StringComparison.Ordinal));
    }

    [Fact]
    public void A_budget_page_without_a_title_may_speak_of_the_end_of_last_year()
    {
        // A 2023 部门预算 page: its assets "截至2022年12月31日" are rightly last year's; no year is owed there.
        const string text = "三、部门预算情况说明\n2023年一般公共预算支出预算1000元，比上年增加100元。2023年基本支出预算800元，比上年增加50元。\n截至2022年12月31日，本单位共有车辆2辆。\n";
        Assert.DoesNotContain(new WrongYear().Check(Read(text)), f => f.Message.Contains("截至", StringComparison.Ordinal));
    }
}
