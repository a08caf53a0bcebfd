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
        Assert.Equal(Severity.Warning, f.Severity);
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
}
