using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// 文件性质: a government's 财政决算 report is not a 部门决算 (its figures are left unread, what it is is said once), a
/// 部门预算 statement owes no counts and its amounts are budgets, a reposted news item in traditional script is news.
/// The texts paraphrase the shapes of real pages.
/// </summary>
public sealed class DocumentNatureTests
{
    private const string GovernmentReport = """
        关于某县2023年财政决算的报告
        ——2024年7月20日在某县第十八届人民代表大会
        常务委员会第十次会议上
        某县财政局
        主任、各位副主任、各位委员：
        受县人民政府委托，现将2023年财政决算情况报告如下，请予审议。
        一、2023年财政决算情况
        2023年全县一般公共预算收入5.20亿元，完成调整预算的101.20%，同比增长3.10%，上级补助收入12.40亿元，债务转贷收入0.80亿元，调入资金1.10亿元，收入总量为19.50亿元。
        一般公共预算支出17.60亿元，上解上级支出0.40亿元，支出总量为18.00亿元。
        """;

    [Fact]
    public void A_government_fiscal_report_is_recognised_and_its_figures_left_unread()
    {
        var report = TextReportReader.Read(GovernmentReport, "财政决算.txt");
        Assert.Equal(DocumentNature.GovernmentFiscalReport, report.Nature);
        Assert.Empty(report.Claims);
        var (printed, understood) = report.NarrativeFigureCount;
        Assert.Equal(0, understood);
        Assert.True(printed >= 10, $"printed {printed}");

        var findings = Auditor.Run(report);
        var note = Assert.Single(findings, f => f.RuleId is "C-TABLES" or "C-SECTIONS");
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal(AuditMessageId.GovernmentReportNotChecked, note.MessageId);
        Assert.DoesNotContain(findings, f => f.Severity != Severity.Note);
    }

    [Fact]
    public void A_government_report_without_its_title_is_recognised_by_its_words()
    {
        // A page that starts at the first part: 上级补助收入 alone would not say it, 债务转贷收入 and 调入资金 with 总收入 do.
        var text = """
            一、一般公共预算收支决算情况
            2023年某区一般公共预算收入4.98亿元，为调整预算数的107.40%，加上上级补助收入、债务转贷收入、调入资金和动用预算稳定调节基金92.69亿元，总收入为97.67亿元。
            """;
        Assert.Equal(DocumentNature.GovernmentFiscalReport, TextReportReader.Read(text, "决算.txt").Nature);
    }

    [Fact]
    public void A_department_report_that_mentions_higher_level_grants_stays_a_department_report()
    {
        var text = """
            某县教育局2023年度部门决算
            一、收入支出决算总体情况说明
            2023年度收入总计1200.00万元，其中：财政拨款收入1000.00万元，上级补助收入200.00万元。
            """;
        var report = TextReportReader.Read(text, "部门决算.txt");
        Assert.Equal(DocumentNature.FinalAccounts, report.Nature);
        Assert.Contains(report.Claims, c => c.Subject == "上级补助收入" && c.Measure == Measure.Amount && c.Number.Value == 200.00m);
        Assert.DoesNotContain(Auditor.Run(report), f => f.MessageId == AuditMessageId.GovernmentReportNotChecked);
    }

    [Fact]
    public void A_three_public_summary_filed_under_government_accounts_is_not_a_government_report()
    {
        // The site's breadcrumb names the column (政府决算); the page is a county's 三公 statement, read as one.
        var text = """
            您当前的位置：首页 >信息公开 >政府决算
            某区本级2023年度“三公”经费决算汇总说明
            2023年度区本级“三公”经费决算汇总数300.00万元，其中：因公出国（境）费0万元，公务接待费100.00万元，公务用车购置及运行维护费200.00万元。
            """;
        var report = TextReportReader.Read(text, "三公.txt");
        Assert.Equal(DocumentNature.FinalAccounts, report.Nature);
        Assert.Contains(report.Claims, c => c.Subject == NarrativeItems.ThreePublicTotal && c.Number.Value == 300.00m);
    }

    [Fact]
    public void A_department_s_own_accounts_titled_without_the_word_department_stay_final_accounts()
    {
        // "某局本级…决算" is the department's own level, not a region's 市本级决算.
        var text = "2023年度某区某局本级决算\n一、收入支出决算总体情况说明\n2023年度收入总计1200.00万元，支出总计1200.00万元。\n";
        Assert.Equal(DocumentNature.FinalAccounts, TextReportReader.Read(text, "决算.txt").Nature);
        Assert.Equal(DocumentNature.GovernmentFiscalReport, TextReportReader.Read(text.Replace("2023年度某区某局本级决算", "关于2023年市本级决算的报告", StringComparison.Ordinal), "决算.txt").Nature);
    }

    private const string BudgetStatement = """
        某区某局2024年部门预算“三公”经费公开说明
        一、“三公”经费情况说明
        2024年本部门一般公共预算“三公”经费预算支出12.00万元，较上年减少3.00万元，主要原因是公务用车运行维护费减少。
        其中：因公出国（境）经费0万元；公务用车购置及运行维护费8.00万元；公务接待费4.00万元。
        """;

    [Fact]
    public void A_budget_statement_owes_no_counts_and_its_amounts_are_budgets()
    {
        var report = TextReportReader.Read(BudgetStatement, "预算说明.txt");
        Assert.Equal(DocumentNature.Budget, report.Nature);
        Assert.Contains(report.Claims, c => c.Subject == NarrativeItems.ThreePublicTotal && c.Measure == Measure.Budget && c.Number.Value == 12.00m);
        Assert.DoesNotContain(report.Claims, c => c.Measure == Measure.Amount);
        Assert.DoesNotContain(Auditor.Run(report), f => f.MessageId == AuditMessageId.ThreePublicCountsMissing);
    }

    [Fact]
    public void The_same_statement_as_final_accounts_owes_its_counts()
    {
        // The contrast: as a 决算 statement the same sentences state money spent, and the counts are owed.
        var text = BudgetStatement.Replace("2024年部门预算“三公”经费公开说明", "2024年度“三公”经费决算情况说明", StringComparison.Ordinal)
            .Replace("预算支出", "支出决算", StringComparison.Ordinal);
        var report = TextReportReader.Read(text, "决算说明.txt");
        Assert.Equal(DocumentNature.FinalAccounts, report.Nature);
        Assert.Contains(Auditor.Run(report), f => f.MessageId == AuditMessageId.ThreePublicCountsMissing && f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_news_item_in_traditional_script_is_news()
    {
        var text = """
            某省2015年“三公”經費支出減少3.3億元
            10月18日從某省財政廳了解到，某省2015年省級一般公共預算安排的“三公”經費支出5億元，比上年減少3.3億元，下降39.8%。其中，公務接待費0.9億元，公務用車購置及運行費3.3億元。
            據省財政廳有關負責人分析，“三公”經費減少的主要原因是各部門嚴格執行有關規定。
            """;
        var findings = Auditor.Run(TextReportReader.Read(text, "新闻.txt"));
        Assert.DoesNotContain(findings, f => f.MessageId == AuditMessageId.ThreePublicCountsMissing);
        Assert.Contains(findings, f => f.RuleId == "C-TABLES" && f.Message.Contains("新闻报道", StringComparison.Ordinal));
    }

    private const string HeadingOfLastYear = """
        某州州本级2023年度“三公”经费决算支出情况说明
        某州州本级2022年度“三公”经费决算支出情况说明
        2023年，州本级一般公共预算财政拨款“三公”经费支出决算数为500万元，较上年520万元减少20万元，下降4%。
        2023年，公务接待费支出决算数为100万元，较上年110万元减少10万元，下降9%。
        """;

    [Fact]
    public void A_three_public_heading_of_another_year_is_found()
    {
        var f = Assert.Single(Auditor.Run(TextReportReader.Read(HeadingOfLastYear, "三公.txt")), f => f.RuleId == "R-YEAR");
        Assert.Equal(AuditMessageId.HeadingYearWrong, f.MessageId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(2, f.At?.Line);
        Assert.Contains("2022 年度", f.Message, StringComparison.Ordinal);
        Assert.Contains("2023 年度", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_of_the_report_year_comparing_with_last_year_is_not()
    {
        var text = HeadingOfLastYear.Replace("某州州本级2022年度“三公”经费决算支出情况说明\n", "（三）2022年度与2023年度“三公”经费对比说明\n", StringComparison.Ordinal);
        Assert.DoesNotContain(Auditor.Run(TextReportReader.Read(text, "三公.txt")), f => f.RuleId == "R-YEAR");
    }
}
