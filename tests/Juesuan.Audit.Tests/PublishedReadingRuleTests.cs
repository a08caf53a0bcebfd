using Juesuan.Audit.Rules;
using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// Rules on small texts in the Liaoning form, each the shape of an error a synthetic region planted and the audit
/// missed (bench/results/synthetic-region-recall.md), with the figures checked by hand.
/// </summary>
public sealed class PublishedReadingRuleTests
{
    private static string ThreePublicTable(string total, string reception, string vehicles, string operation, string purchase) => string.Join('\n',
        "财政拨款“三公”经费支出决算表", "公开07表", "金额单位：万元", "项 目\t预算数\t决算数",
        $"合 计\t{total}", "1、因公出国（境）费\t\t", $"2、公务接待费\t{reception}", $"3、公务用车购置及运行费\t{vehicles}",
        $"其中：（1）公务用车运行维护费\t{operation}", $"（2）公务用车购置费\t{purchase}", "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。") + "\n";

    [Fact]
    public void A_three_public_completion_rate_without_its_budget_is_taken_against_table_07()
    {
        // 公务用车购置及运行费 26.26 of a budget printed 31 (30.5–31.5): 83.37%–86.10%, never 104.86%.
        var text = "三、财政拨款“三公”经费支出决算情况说明\n3. 公务用车购置及运行费26.26万元，占“三公”经费支出的87.52%。完成预算的104.86%。\n"
            + ThreePublicTable("35\t30", "4\t4", "31\t26", "11\t8", "20\t18");
        var f = Assert.Single(new CompletionAgainstBudget().Check(TextReportReader.Read(text, "r.txt")));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("完成预算的 104.86%，但 26.26 ÷ 31（公开07表的预算数） = 84.71%", f.Message, StringComparison.Ordinal);

        var right = text.Replace("完成预算的104.86%", "完成预算的84.71%", StringComparison.Ordinal);
        Assert.Empty(new CompletionAgainstBudget().Check(TextReportReader.Read(right, "r.txt")));
    }

    [Fact]
    public void A_three_public_amount_the_table_contradicts_is_one_finding_not_two()
    {
        // shiquanlu's own slip, cut down: the sentence gives 公务接待费's budget 1.53 as its 决算 (the table: 1.53 budget, 0 spent).
        var text = "七、财政拨款“三公”经费支出决算情况说明\n2. 公务接待费支出决算为1.53万元，完成预算的0%。\n"
            + ThreePublicTable("1.53\t0", "1.53\t0", "\t", "\t", "\t");
        var report = TextReportReader.Read(text, "r.txt");
        Assert.Empty(new CompletionAgainstBudget().Check(report)); // 0 ÷ 1.53 is 0%: the rate follows the table
        Assert.Empty(new CompletionOfNoBudget().Check(report)); // and the budget was 1.53, not zero
        Assert.Contains(new NarrativeAmounts().Check(report), f => f.Severity == Severity.Error && f.Message.StartsWith("情况说明 公务接待费 1.53 万元 ≠", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_07_names_the_one_part_that_would_make_it_add_up()
    {
        // 公务接待费's budget raised from 1 to 13: 合计 14 ≠ 13 + 13; only 公务接待费 back at 1 fits (公务用车 = its parts).
        var report = TextReportReader.Read(ThreePublicTable("14\t13", "13\t1", "13\t12", "13\t12", "\t"), "r.txt");
        var f = Assert.Single(new ThreePublicTable().Check(report));
        Assert.Equal("合计 14 ≠ 三项之和 26（差 -12，容差 0.5×2）；只有「公务接待费」13 改为 1 能使各项相符，或是合计有误", f.Message);

        // Two parts could each be the one: none is named.
        var either = TextReportReader.Read(ThreePublicTable("14\t13", "13\t1", "13\t12", "1\t12", "\t"), "r.txt");
        Assert.Contains(new ThreePublicTable().Check(either), g => g.Message.StartsWith("合计 14 ≠ 三项之和 26（差 -12，容差 0.5×2）", StringComparison.Ordinal) && !g.Message.Contains("只有", StringComparison.Ordinal));
    }

    [Fact]
    public void The_appropriation_expenditure_the_narrative_states_is_table_04s()
    {
        var text = string.Join('\n', "二、财政拨款支出决算情况说明", "2024年度财政拨款支出1895.09万元，其中：基本支出2183.67万元，项目支出141.55万元。",
            "财政拨款收入支出决算总表", "公开04表", "金额单位：万元",
            "收入\t\t\t支出\t\t\t\t\t", "项目\t行\t金额\t项目\t行\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款",
            "栏次\t\t1\t栏次\t\t2\t3\t4\t5",
            "一、一般公共预算财政拨款\t1\t2,325\t一、一般公共服务支出\t33\t2,325\t2,325\t\t",
            "本年收入合计\t4\t2,325\t本年支出合计\t66\t2,325\t2,325\t\t",
            "总计\t8\t2,325\t总计\t70\t2,325\t2,325\t\t", "注：本表反映部门本年度财政拨款收支余情况。") + "\n";
        var findings = new NarrativeAmounts().Check(TextReportReader.Read(text, "r.txt")).ToList();
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Message == "情况说明 财政拨款支出 1,895.09 万元 ≠ 财政拨款收入支出决算总表 的 2,325（差 -429.91）");
    }

    [Fact]
    public void The_sme_share_of_one_procurement_kind_is_not_the_whole_sme_amount_over_that_kind()
    {
        var text = "（二）政府采购支出情况。\n2024年政府采购支出总额429.85万元，其中：政府采购货物支出195.80万元，政府采购工程支出0.00万元，政府采购服务支出234.05万元。"
            + "授予中小企业合同金额367.29万元，占政府采购支出总额的85.45%，其中：授予小微企业合同金额301.65万元，占中小企业采购支出总额的82.13%；"
            + "货物采购授予中小企业合同金额占货物支出金额的84.11%；服务采购授予中小企业合同金额占服务支出金额的86.56%。\n";
        var report = TextReportReader.Read(text, "r.txt");
        Assert.DoesNotContain(new NarrativeShares().Check(report), f => f.Severity == Severity.Error);
        Assert.Contains(report.Claims, c => c.Subject == "采购:货物中小企业" && c.Measure == Juesuan.Core.Published.Measure.Share && c.Number.Text == "84.11");
    }

    [Fact]
    public void Flat_with_a_reason_for_a_fall_is_weighed_even_when_the_reason_is_on_the_next_line()
    {
        // putuo-finance page 21, as its text layer breaks it: the reason follows "主要原因：" on a line of its own.
        var text = "四、财政拨款收入支出决算总体情况说明\n上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，\n财政拨款收入支出总计持平。主要原因：\n"
            + "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。\n";
        var f = Assert.Single(new ReasonDirection().Check(TextReportReader.Read(text, "f.txt")));
        Assert.Equal("财政拨款收入支出总计“持平”，所述原因“基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付”说的却是减少", f.Message);

        // No spending in either year is flat, and "未产生" says why.
        var zero = "七、财政拨款“三公”经费支出决算情况说明\n1. 因公出国（境）费支出0万元，与上年持平，主要原因是2023、2024年均未产生因公出国（境）费用。\n";
        Assert.Empty(new ReasonDirection().Check(TextReportReader.Read(zero, "z.txt")));
    }

    [Fact]
    public void A_class_under_the_government_fund_heading_is_the_funds_in_table_08()
    {
        // 212 城乡社区支出 spends 4,158.56 万元 of the fund (公开08表) and 495 万元 of the general budget (公开05表): the
        // sentence under "（三）政府性基金…" speaks of the first. Written 4258.56 it differs from 08表's 4,159.
        string Text(string amount) => string.Join('\n', "（三）政府性基金预算财政拨款支出情况。", $"1. 城乡社区支出{amount}万元，具体包括：",
            "政府性基金预算财政拨款收入支出决算表", "公开08表", "金额单位：万元",
            "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余", "功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t",
            "栏次\t\t1\t2\t3\t4\t5\t6", "合计\t\t\t4,159\t4,159\t\t4,159\t", "212\t城乡社区支出\t\t4,159\t4,159\t\t4,159\t",
            "21208\t国有土地使用权出让收入安排的支出\t\t4,159\t4,159\t\t4,159\t", "2120803\t城市建设支出\t\t4,159\t4,159\t\t4,159\t",
            "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "一般公共预算财政拨款支出决算表", "公开05表", "金额单位：万元",
            "项目\t\t本年支出\t\t", "功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出", "栏次\t\t1\t2\t3",
            "合计\t\t495\t\t495", "212\t城乡社区支出\t495\t\t495", "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。") + "\n";
        Assert.DoesNotContain(new NarrativeAmounts().Check(TextReportReader.Read(Text("4158.56"), "g.txt")), f => f.Severity == Severity.Error);
        var f = Assert.Single(new NarrativeAmounts().Check(TextReportReader.Read(Text("4258.56"), "g.txt")));
        Assert.Equal("情况说明 212 城乡社区支出 4,258.56 万元 ≠ 政府性基金预算财政拨款收入支出决算表 的 4,159（差 99.56）", f.Message);
    }

    [Fact]
    public void A_page_number_between_two_halves_of_a_sentence_is_not_read_into_it()
    {
        // A synthetic report's PDF broke "中小企业" over a page whose footer is 第5页: read as "占中第5页小企业…", the
        // whole was lost and 31.61 was taken against 支出总计.
        var text = "（二）政府采购支出情况。\n2024 年政府采购支出总额 39.25 万元。授予中小企业合同金额 38.46 万元，占政府采购支出总额的 97.98%，其中：授予小微企业合同金额 31.61 万元，占中\n第5页\n\f小企业采购支出总额的 82.20%。\n";
        var report = TextReportReader.Read(text, "p.txt");
        Assert.Contains(report.Claims, c => c.Subject == "采购:小微企业" && c.Measure == Juesuan.Core.Published.Measure.Share && c.Whole == "采购:中小企业");
        Assert.Empty(new NarrativeShares().Check(report));
    }

    [Fact]
    public void Less_than_the_budget_with_both_printed_alike_is_only_noted()
    {
        var text = "三、财政拨款“三公”经费支出决算情况说明\n2024年度财政拨款安排的“三公”经费支出1.36万元，年初预算为1.36万元，决算数小于预算数的主要原因是厉行节约。\n";
        var f = Assert.Single(new BudgetRelationWords().Check(TextReportReader.Read(text, "r.txt")));
        Assert.Equal(Severity.Note, f.Severity);
        Assert.EndsWith("决算数等于预算数（印出的数字相同，元位上可能确有差异）", f.Message, StringComparison.Ordinal);
    }
}
