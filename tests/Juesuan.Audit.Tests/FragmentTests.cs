using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// A fragment — a stand-alone 三公 statement, a narrative whose tables were published apart — is audited for what it
/// holds; what it lacks is said once, as a note, never as a missing-table error.
/// </summary>
public sealed class FragmentTests
{
    private const string ThreePublicStatement = """
        上海市普陀区某局 2024 年度“三公”经费财政拨款支出情况说明
        “三公”经费财政拨款支出年初预算为 21.00 万元，支出决算为 16.95 万元，完成预算的 80.71%，其中：因公出国（境）费决算为 0.00 万元；公务用车购置及运行维护费支出决算为 16.95 万元；公务接待费支出决算为 0.00 万元。
        全年安排因公出国（境）团组 0 个、累计 0 人次。开支财政拨款的公务用车保有量为 9 辆。
        """;

    [Fact]
    public void A_stand_alone_three_public_statement_is_a_fragment()
    {
        var report = TextReportReader.Read(ThreePublicStatement, "三公说明.txt");
        var findings = Auditor.Run(report);
        Assert.DoesNotContain(findings, f => f.RuleId is "C-TABLES" or "C-SECTIONS" && f.Severity != Severity.Note);
        var note = Assert.Single(findings, f => f.RuleId == "C-TABLES");
        Assert.Contains("不是完整的决算报告", note.Message, StringComparison.Ordinal);
        Assert.Contains("缺少的 9 张表", note.Message, StringComparison.Ordinal);

        // What it holds is still audited: 16.95 ÷ 21.00 = 80.71%, and the parts add to the total.
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        Assert.Equal(16.95m, report.Claims.Single(c => c.Subject == "三公经费" && c.Measure == Core.Published.Measure.Amount).Number.Value);
    }

    [Fact]
    public void A_fragment_with_a_wrong_rate_is_still_found_wrong()
    {
        var report = TextReportReader.Read(ThreePublicStatement.Replace("80.71%", "85.71%", StringComparison.Ordinal), "三公说明.txt");
        var f = Assert.Single(Auditor.Run(report), f => f.Severity == Severity.Error);
        Assert.Equal("N-RATE", f.RuleId);
        Assert.Contains("16.95 ÷ 21 = 80.71%", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_only_the_contents_gets_no_warning_per_entry()
    {
        // A 目录 whose body was published as attachments (详见附件1…): the entries have no headings to match here.
        var text = "致公党某市委2023年度部门决算\n目录\n第一部分 部门概况\n第二部分 2023年度部门决算表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n第三部分 2023年度部门决算情况说明\n第四部分 名词解释\n详见附件1。\n";
        var findings = Auditor.Run(TextReportReader.Read(text, "目录.txt"));
        Assert.DoesNotContain(findings, f => f.RuleId == "C-TOC");
        Assert.Contains(findings, f => f.RuleId == "C-TABLES" && f.Severity == Severity.Note);
    }

    [Fact]
    public void A_narrative_that_says_its_tables_are_attached_elsewhere_is_a_fragment()
    {
        var text = "某中学2018年度部门决算\n目录\n一、部门概况\n二、部门决算表\n三、部门决算情况说明\n四、名词解释\n五、机关运行经费\n"
            + "三、部门决算情况说明\n本单位2018年度收入总计1085.31万元，支出总计1085.31万元（决算公开表格附后）。\n";
        var findings = Auditor.Run(TextReportReader.Read(text, "说明.txt"));
        Assert.DoesNotContain(findings, f => f.RuleId is "C-TABLES" or "C-SECTIONS" or "C-TOC" && f.Severity != Severity.Note);
        Assert.Contains(findings, f => f.RuleId == "C-TABLES" && f.Severity == Severity.Note);
    }

    [Fact]
    public void A_year_with_a_digit_too_many_is_broken()
    {
        var text = "一、收入支出决算总体情况说明\n22017年预算数3786.71万元，决算数4610.19万元。\n";
        var f = Assert.Single(new Rules.WrongYear().Check(TextReportReader.Read(text, "r.txt")));
        Assert.Equal("年份残缺：“22017年”", f.Message);
    }

    [Fact]
    public void A_news_article_about_three_public_costs_owes_no_counts()
    {
        // Written for this test in the way wire reports about published 三公 figures open.
        var article = """
            某部门公布2016年“三公”经费决算
            新华社北京7月20日电（记者 张某某）某部门20日公布了2016年度部门决算。
            一、“三公”经费支出情况
            2016年“三公”经费财政拨款支出决算为1286.40万元，比上年减少95.60万元，下降6.92%。
            """;
        var findings = Auditor.Run(TextReportReader.Read(article, "新闻.txt"));
        Assert.DoesNotContain(findings, f => f.RuleId == "C-SECTIONS" && f.Severity != Severity.Note);
        Assert.Contains(findings, f => f.RuleId == "C-TABLES" && f.Message.StartsWith("本文件是新闻报道", StringComparison.Ordinal));

        // The same statement published by the department itself still owes them.
        var own = Auditor.Run(TextReportReader.Read(article.Replace("新华社北京7月20日电（记者 张某某）", "", StringComparison.Ordinal), "三公说明.txt"));
        Assert.Contains(own, f => f.RuleId == "C-SECTIONS" && f.Severity == Severity.Warning && f.Message.Contains("数量", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_on_a_provinces_published_bill_is_news()
    {
        // Written for this test after the opening of a provincial paper's report on 三公 figures.
        var article = """
            近期，某省财政厅晒出2016年省级“三公”经费决算支出账单。从公布的数据来看，“三公”经费大幅下降。
            2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到27.76%。
            """;
        var findings = Auditor.Run(TextReportReader.Read(article, "新闻.txt"));
        Assert.DoesNotContain(findings, f => f.RuleId == "C-SECTIONS" && f.Severity != Severity.Note);
        Assert.Contains(findings, f => f.RuleId == "C-TABLES" && f.Message.StartsWith("本文件是新闻报道", StringComparison.Ordinal));
    }
}
