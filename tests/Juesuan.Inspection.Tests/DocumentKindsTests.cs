using System.Text;
using Juesuan.Inspection.Reading;

namespace Juesuan.Inspection.Tests;

public sealed class DocumentKindsTests
{
    [Theory]
    [InlineData("上海市普陀区财政局 2024年度部门决算", DocumentKind.DepartmentFinalAccounts)]
    [InlineData("上 海 市 普 陀 区 规 划 和 自 然 资 源 局 2024 年 度 部 门 决 算", DocumentKind.DepartmentFinalAccounts)]
    [InlineData("上海市普陀区环境监测站 2024年度单位决算", DocumentKind.UnitFinalAccounts)]
    [InlineData("上海市普陀区财政局 2025年度部门预算", DocumentKind.DepartmentBudget)]
    [InlineData("上海市普陀区环境监测站2025年单位预算", DocumentKind.UnitBudget)]
    [InlineData("普陀区财政局2024年度“三公”经费决算情况说明", DocumentKind.ThreePublicStatement)]
    [InlineData("凌源市人社局2024年预算公开", DocumentKind.DepartmentBudget)]
    public void A_title_says_what_the_document_is(string title, DocumentKind expected) =>
        Assert.Equal(expected, DocumentKinds.FromWords(title));

    [Theory]
    [InlineData("关于召开会议的通知")]
    [InlineData("")]
    public void Words_without_budget_or_final_accounts_say_nothing(string title) => Assert.Null(DocumentKinds.FromWords(title));

    [Fact]
    public void A_budget_is_listed_and_not_audited_as_final_accounts()
    {
        var text = "上海市普陀区财政局\n2025年度部门预算\n目录\n一、收入支出预算总表\n二、收入预算表\n三、支出预算表\n\f收入支出预算总表\n项目\t预算数\n一般公共预算拨款收入\t1,000.00\n收入总计\t1,000.00\n";
        var file = Inspector.InspectFile(Encoding.UTF8.GetBytes(text), "财政局/预算2025.txt");
        Assert.Null(file.Unreadable);
        Assert.Equal(DocumentKind.DepartmentBudget, file.Kind);
        Assert.Empty(file.Findings);
        Assert.Empty(file.Figures);
    }

    [Fact]
    public void What_the_reader_found_the_text_to_be_decides_over_its_file_name()
    {
        // A government's 财政决算 report filed as a 部门决算 is no department's document; a statement that only ever speaks of
        // budgets ("预算数为…", never 决算) is a budget, not audited as final accounts.
        var government = "关于某区2020年财政决算情况的报告\n受区人民政府委托，现将2020年财政决算情况报告如下。\n全区一般公共预算收入总量120846万元。\n";
        Assert.Equal(DocumentKind.Unrecognised, Inspector.InspectFile(Encoding.UTF8.GetBytes(government), "某区/2020年部门决算.txt").Kind);
        var budget = "某局2018年工作情况\n2018年机关经费预算数为20.1万元，与上年相比减少0.2万元。\n其中：办公费预算数为16.7万元，印刷费预算数为3.4万元。\n";
        var file = Inspector.InspectFile(Encoding.UTF8.GetBytes(budget), "某局/2018年部门决算.txt");
        Assert.Equal(DocumentKind.DepartmentBudget, file.Kind);
        Assert.Empty(file.Findings);
    }

    [Fact]
    public void A_title_page_with_one_paragraph_is_a_fragment_and_audited()
    {
        var text = "上海市普陀区某某局\n2024年度部门决算\n第一部分 概况\n一、主要职能\n负责全区的某某工作。\n";
        var file = Inspector.InspectFile(Encoding.UTF8.GetBytes(text), "fragment.txt");
        Assert.Equal(DocumentKind.Fragment, file.Kind);
        Assert.Contains(file.Findings, f => f.RuleId == "C-TABLES"); // the missing tables are named
    }

    [Fact]
    public void A_file_name_decides_when_the_title_says_nothing()
    {
        var text = "某某单位\n一、基本情况\n本单位主要负责某某工作。\n";
        var file = Inspector.InspectFile(Encoding.UTF8.GetBytes(text), "某某局2025年部门预算.txt");
        Assert.Equal(DocumentKind.DepartmentBudget, file.Kind);
    }

    [Fact]
    public void An_unreadable_file_is_returned_with_its_reason_never_thrown()
    {
        var file = Inspector.InspectFile([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "a/b/broken.docx");
        Assert.NotNull(file.Unreadable);
        Assert.Contains("broken.docx", file.Unreadable, StringComparison.Ordinal);
        Assert.Equal(DocumentKind.Unrecognised, file.Kind);
        Assert.Equal(64, file.Sha256.Length);
    }
}
