using Juesuan.Audit.Rules;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Tests;

/// <summary>The wording and annex-consistency rules on tiny hand-made reports: one firing and one clean case each.</summary>
public sealed class WordingRuleTests
{
    private static PrintedLine L(int line, string text) => new(text, new PrintedPlace(1, line));

    private static PublishedReport Doc(string[] contents, params string[] body)
    {
        var n = 0;
        var toc = contents.Select(c => L(++n, c)).ToList();
        return new PublishedReport
        {
            Document = "测试",
            DepartmentName = "凌源市人力资源和社会保障局",
            Contents = toc,
            Lines = [L(0, "目录"), .. toc, .. body.Select(b => L(++n, b))],
        };
    }

    [Fact]
    public void Toc_entries_must_read_as_the_body_headings()
    {
        string[] toc = ["第一部分 概况", "一、主要职责", "二、凌源市人力资源和社会保障局决算单位构成", "第四部分 部门决算表", "九、国有资本经营预算财政拨款支出决算表"];
        var clean = Doc(toc, "第一部分 概况", "一、主要职责", "二、凌源市人力资源和社会保障局决算单位构成", "第四部分 部门决算表", "国有资本经营预算财政拨款支出决算表");
        Assert.Empty(new ContentsMatchBody().Check(clean));

        var bad = Doc(toc, "第一部分 概况", "一、主要职责", "二、部门决算单位构成", "第四部分 部门决算表", "国有资本经营预算财政拨款收入支出决算表");
        var findings = new ContentsMatchBody().Check(bad).ToList();
        Assert.Equal(2, findings.Count);
        // The department named in the 目录 where the body says 部门: one heading worded apart, a note.
        Assert.Equal(Severity.Note, Assert.Single(findings, f => f.Message.Contains("与正文「二、部门决算单位构成」", StringComparison.Ordinal)).Severity);
        Assert.Equal(Severity.Warning, Assert.Single(findings, f => f.Message.Contains("与正文「国有资本经营预算财政拨款收入支出决算表」", StringComparison.Ordinal)).Severity);
    }

    [Fact]
    public void A_heading_wrapped_in_the_body_or_followed_by_a_remark_still_matches()
    {
        var wrapped = Doc(["第二部分 2024 年度部门决算情况说明"], "第二部分 2024 年度部门决算", "情况说明");
        Assert.Empty(new ContentsMatchBody().Check(wrapped));
        var remark = Doc(["二、部门决算单位构成"], "二、部门决算单位构成（仅有一个单位的部门不列）");
        Assert.Empty(new ContentsMatchBody().Check(remark));
        var missing = Doc(["第二部分 部门决算表"], "第三部分 情况说明");
        Assert.Contains("在正文中没有相同的标题", Assert.Single(new ContentsMatchBody().Check(missing)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_thing_has_one_name()
    {
        var two = Doc([], "公务用车购置及运行维护费 9.47 万元", "3. 公务用车购置及运行费 9.47 万元");
        var f = Assert.Single(new TermVariants().Check(two));
        Assert.Contains("「公务用车购置及运行维护费」", f.Message, StringComparison.Ordinal);
        Assert.Contains("「公务用车购置及运行费」", f.Message, StringComparison.Ordinal);
        // the longer name contains neither variant; 国有资本经营预算财政拨款 alone is one name
        Assert.Empty(new TermVariants().Check(Doc([], "公务用车购置及运行维护费", "国有资本经营预算财政拨款收入")));
    }

    private static Claim Rate(string item, string text) => new(item, Measure.Completion, PrintedNumber.TryParse(text, new PrintedPlace(1, 1))!);

    [Fact]
    public void A_rate_printed_at_another_precision_is_a_note()
    {
        var mixed = new PublishedReport
        {
            Document = "测试",
            Claims = [Rate("项:1", "93.14"), Rate("项:2", "93.05"), Rate("项:3", "82.63"), Rate("项:4", "25"), Rate("项:5", "0")],
        };
        var f = Assert.Single(new PercentPrecision().Check(mixed));
        Assert.Equal(Severity.Note, f.Severity);
        Assert.Contains("「25%」", f.Message, StringComparison.Ordinal);
        Assert.Empty(new PercentPrecision().Check(mixed with { Claims = mixed.Claims.Take(3).ToList() }));
    }

    [Fact]
    public void An_enumeration_names_as_many_as_it_counts()
    {
        var twelve = Doc([], "反映A项目、B项目、C项目等 4 个项目绩效自评结果。");
        var f = Assert.Single(new EnumerationCount().Check(twelve));
        Assert.Equal((Severity.Note, 4m, 3m), (f.Severity, f.Printed!.Value, f.Computed!.Value));
        Assert.Equal(Severity.Warning, Assert.Single(new EnumerationCount().Check(Doc([], "反映A、B、C、D、E等 4 个项目。"))).Severity);
        Assert.Empty(new EnumerationCount().Check(Doc([], "反映A、B、C、D等 4 个项目。")));
    }

    private static PublishedIndicator I(string name, string op, string target, string unit, string actual, string weight, string score) =>
        new("产出指标", "数量指标", name, op, target, unit, actual, PrintedNumber.TryParse(weight, new PrintedPlace(1, 1)), PrintedNumber.TryParse(score, new PrintedPlace(1, 1)), new PrintedPlace(1, 1));

    private static PublishedEvaluation Unit(string name, params PublishedIndicator[] indicators) =>
        new(true, name, new PrintedPlace(1, 1)) { Indicators = indicators };

    [Fact]
    public void An_equals_target_scored_full_must_have_its_value()
    {
        var bad = new PublishedReport { Document = "测试", Evaluations = [Unit("社保中心", I("退休人员养老金纳入社保人数", "=", "2300", "人", "100", "6.6", "6.6"))] };
        Assert.Contains("疑为百分比", Assert.Single(new ActualMatchesTarget().Check(bad)).Message, StringComparison.Ordinal);
        var ok = new PublishedReport { Document = "测试", Evaluations = [Unit("社保中心", I("退休人员养老金纳入社保人数", "=", "2300", "人", "2300", "6.6", "6.6"))] };
        Assert.Empty(new ActualMatchesTarget().Check(ok));
        var deducted = new PublishedReport { Document = "测试", Evaluations = [Unit("社保中心", I("人数", "=", "2300", "人", "100", "6.6", "3"))] };
        Assert.Empty(new ActualMatchesTarget().Check(deducted));
    }

    [Fact]
    public void A_shared_indicator_with_an_outlying_value_is_a_note()
    {
        PublishedEvaluation U(string n, string actual) => Unit(n, I("预算调整率", "<=", "5", "%", actual, "5", "5"));
        var report = new PublishedReport { Document = "测试", Evaluations = [U("甲", "5"), U("乙", "5"), U("丙", "1"), U("丁", "5")] };
        var f = Assert.Single(new IndicatorConsistency().Check(report));
        Assert.Contains("完成值 1", f.Message, StringComparison.Ordinal);
        Assert.Empty(new IndicatorConsistency().Check(report with { Evaluations = [U("甲", "5"), U("乙", "5"), U("丙", "5")] }));
    }

    [Fact]
    public void A_project_is_implemented_by_a_listed_unit()
    {
        PublishedEvaluation P(string unit) => new(false, "国有企业职教幼教退休人员生活补助", new PrintedPlace(1, 1)) { ImplementingUnit = unit };
        var report = new PublishedReport
        {
            Document = "测试",
            DepartmentName = "辽宁省朝阳市凌源市人力资源和社会保障局",
            Units = ["辽宁省朝阳市凌源市人力资源和社会保障局（本级）", "辽宁省朝阳市凌源市人力资源和社会保障事务服务中心"],
            Evaluations = [P("凌源市人力资源和社会保障事务服务中心"), P("凌源市人力资源和社会保障局事务服务中心")],
        };
        var f = Assert.Single(new ImplementingUnitNamed().Check(report));
        Assert.Contains("「凌源市人力资源和社会保障局事务服务中心」", f.Message, StringComparison.Ordinal);
        Assert.Contains("最接近的是「辽宁省朝阳市凌源市人力资源和社会保障事务服务中心」", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_narrative_names_projects_as_the_annex_does()
    {
        var place = new PrintedPlace(1, 1);
        var report = new PublishedReport
        {
            Document = "测试",
            Evaluations = [new(false, "工伤5-6级人员伤残津贴", place), new(false, "就业见习补贴", place)],
            Claims =
            [
                new(NarrativeItems.PerformanceProjectPrefix + "工伤5至6级伤残津贴:预算", Measure.Amount, PrintedNumber.TryParse("18.9", place)!),
                new(NarrativeItems.PerformanceProjectPrefix + "就业见习补贴项目", Measure.Score, PrintedNumber.TryParse("100", place)!),
            ],
        };
        var f = Assert.Single(new ProjectNames().Check(report));
        Assert.Contains("「工伤5-6级人员伤残津贴」", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_says_so()
    {
        var place = new PrintedPlace(1, 10) { Table = "政府性基金预算财政拨款收入支出决算表" };
        var empty = new PublishedTable(PublicTable.GovernmentFund, "政府性基金预算财政拨款收入支出决算表", null, []) { PrintedEmpty = true, Place = place };
        PublishedReport With(params string[] lines) => new()
        {
            Document = "测试",
            Tables = [empty],
            Lines = lines.Select((l, i) => L(11 + i, l)).ToList(),
        };
        var silent = Assert.Single(new EmptyTableExplained().Check(With("科目编码 科目名称 本年收入")));
        Assert.Equal(Severity.Warning, silent.Severity);
        Assert.Empty(new EmptyTableExplained().Check(With("说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")));
        Assert.Empty(new EmptyTableExplained().Check(With("科目编码", "如本表为空，则我部门本年度无此类资金收支余。")));
    }

    private static PrintedNumber N(string s) => PrintedNumber.TryParse(s, new PrintedPlace(1, 1))!;

    private static PublishedRow Coded(string code, string label, params string[] cells) =>
        new(label, code.Length == 0 ? null : code, null, cells.Select(c => c.Length == 0 ? null : N(c)).ToList(), new PrintedPlace(1, 1));

    [Fact]
    public void Tables_agree_class_by_class_and_by_fund()
    {
        PublishedReport Report(string fund08, string lei05)
        {
            var t03 = new PublishedTable(PublicTable.Expenditure, "支出决算表", null, [Coded("", "合计", "100"), Coded("208", "社会保障和就业支出", "100")]);
            var t04 = new PublishedTable(PublicTable.AppropriationSummary, "财政拨款收入支出决算总表", null,
            [
                new("二、政府性基金预算财政拨款", null, null, [N("20")], new PrintedPlace(1, 1)) { Side = 0 },
                new("八、社会保障和就业支出", null, null, [N("90"), N("70"), N("20"), null], new PrintedPlace(1, 1)) { Side = 1 },
                new("本年支出合计", null, null, [N("90"), N("70"), N("20"), null], new PrintedPlace(1, 1)) { Side = 1 },
            ]);
            var t05 = new PublishedTable(PublicTable.GeneralBudgetExpenditure, "一般公共预算财政拨款支出决算表", null,
                [Coded("", "合计", lei05), Coded("208", "社会保障和就业支出", lei05)]);
            var t08 = new PublishedTable(PublicTable.GovernmentFund, "政府性基金预算财政拨款收入支出决算表", null,
                [Coded("", "合计", "0", fund08, fund08), Coded("208", "社会保障和就业支出", "0", fund08, fund08)]);
            return new PublishedReport { Document = "测试", Tables = [t03, t04, t05, t08] };
        }

        Assert.DoesNotContain(new CrossTableTotals().Check(Report("20", "70")), f => f.Severity == Severity.Error);
        var fund = new CrossTableTotals().Check(Report("25", "70")).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(fund, f => f.Place == "公开04表 ↔ 公开08表" && f.Message.Contains("08表本年支出", StringComparison.Ordinal));
        var lei = new CrossTableTotals().Check(Report("20", "75")).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(lei, f => f.Place.StartsWith("公开04表 八、社会保障和就业支出 ↔ 公开05表 208", StringComparison.Ordinal));
        var over = new CrossTableTotals().Check(Report("40", "70")).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(over, f => f.Message.Contains("大于 03表支出合计 100", StringComparison.Ordinal));
    }
}

/// <summary>N-REASON weighs whose increase a reason speaks of: the budget's or the spending's.</summary>
public sealed class ReasonDirectionTests
{
    private static List<AuditFinding> Findings(string reason) =>
        new ReasonDirection().Check(Juesuan.Readers.Published.TextReportReader.Read(
            "第二部分 2024 年度部门决算情况说明\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项），年初预算为 220.00 万元，支出决算为 198.43 万元，"
            + "决算数小于预算数的主要原因：" + reason + "\n", "reason.txt")).ToList();

    [Fact]
    public void Increases_the_initial_budget_allowed_for_explain_spending_below_it() =>
        // The Shanghai wording of the sample: the budget was generous, so 决算 < 预算 follows.
        Assert.Empty(Findings("三保预算按要求足额保障，2024年年初预算考虑了晋级、滚动、保险等部分增资因素。"));

    [Fact]
    public void Money_added_during_the_year_or_spending_that_grew_does_not_explain_spending_below_the_budget()
    {
        Assert.Contains("说的却是增加", Assert.Single(Findings("年中追加项目经费。")).Message, StringComparison.Ordinal);
        Assert.Single(Findings("参保人数增加，缴费基数提高。"));
    }
}
