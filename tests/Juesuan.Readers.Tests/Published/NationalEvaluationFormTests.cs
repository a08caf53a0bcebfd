using Juesuan.Core.Published;
using Juesuan.Readers.Published;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// The national 项目支出绩效自评表 (财预〔2020〕10号's form) in the shapes real reports print it: a row to a line (a DOCX
/// or XLSX as tab-separated text), a web page's rows ("a | b |"), a web page's cells a line apiece ("|" alone for a blank
/// cell), and a PDF's lines with each cell's x. The figures are one hand-made form: 10 + 20 + 15 + 15 + 30 + 10 = 100;
/// scores 9 + 20 + 15 + 14 + 28 + 10 = 96.
/// </summary>
public sealed class NationalEvaluationFormTests
{
    private static readonly string[][] Rows =
    [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "职业技能培训补贴", "", "", "", "", "", ""],
        ["主管部门", "某县人力资源和社会保障局", "", "", "实施单位", "某县就业服务中心", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100", "120", "108", "10", "90%", "9"],
        ["", "其中：当年财政拨款", "100", "120", "108", "—", "", "—"],
        ["", "上年结转资金", "", "", "", "—", "", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "完成培训1000人次", "", "", "完成培训1100人次", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["", "产出指标", "数量指标", "培训人数", "≥1000人", "1100人", "20", "20", ""],
        ["", "", "质量指标", "培训合格率", "≥90%", "95%", "15", "15", ""],
        ["", "", "时效指标", "补贴发放及时率", "=100%", "98%", "15", "14", "个别批次延迟"],
        ["", "效益指标", "社会效益指标", "培训后就业率", "≥60%", "65%", "30", "28", ""],
        ["", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "10", "10", ""],
        ["", "", "", "指标1：", "", "", "", "", ""],
        ["总分", "", "", "", "", "", "100", "96", ""],
    ];

    public static TheoryData<string> Shapes => new() { "tabs", "pipe rows", "pipe cells", "pdf", "spaces" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_reads_the_same_form(string shape)
    {
        var e = Assert.Single(Read(Text(Rows, shape)).Evaluations);
        Assert.False(e.IsUnit);
        Assert.Equal("项目支出绩效自评表", e.Title);
        Assert.Equal("职业技能培训补贴", e.Name);
        Assert.Equal("某县就业服务中心", e.ImplementingUnit);
        Assert.Equal(100m, e.InitialBudget?.Value);
        Assert.Equal(120m, e.Budget?.Value);
        Assert.Equal(108m, e.Executed?.Value);
        Assert.Equal(10m, e.FundsWeight?.Value);
        Assert.Equal(90m, e.ExecutionRate?.Value);
        Assert.Equal(9m, e.ExecutionScore?.Value);
        Assert.False(e.IndicatorsIncomplete);
        Assert.Equal(["培训人数", "培训合格率", "补贴发放及时率", "培训后就业率", "学员满意度"], e.Indicators.Select(i => i.Name));
        Assert.Equal([20m, 15m, 15m, 30m, 10m], e.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20m, 15m, 14m, 28m, 10m], e.Indicators.Select(i => i.Score!.Value));
        var first = e.Indicators[0];
        Assert.Equal(("≥", "1000", "人", "1100"), (first.Operator, first.Target, first.Unit, first.Actual));
        Assert.Equal("产出指标", first.Level1);
        Assert.Equal("数量指标", first.Level2);
        Assert.Equal("满意度指标", e.Indicators[^1].Level1);
        Assert.Equal(100m, e.TotalWeight?.Value);
        Assert.Equal(96m, e.Total?.Value);
        Assert.Empty(e.BlankCells);
    }

    [Fact]
    public void A_row_of_a_name_and_two_figures_in_a_spaced_text_is_scored_without_its_target_and_actual()
    {
        // 天长 2022: "质量指标 指标1:工程质量合格 10 10" — full marks, the 年度指标值 and 实际完成值 never filled in.
        var rows = Rows.Select(r => r.ToArray()).ToArray();
        rows[12][4] = string.Empty;
        rows[12][5] = string.Empty;
        var e = Assert.Single(Read(Text(rows, "spaces")).Evaluations);
        Assert.Equal(["「培训合格率」的指标值和完成值"], e.BlankCells);
        Assert.Equal((15m, 15m), (e.Indicators[1].Weight!.Value, e.Indicators[1].Score!.Value));
        Assert.Null(e.Indicators[1].Target);
        // A name that carries its target ("补贴发放及时率100%") is no blank.
        rows[12][3] = "补贴发放及时率100%";
        Assert.Empty(Assert.Single(Read(Text(rows, "spaces")).Evaluations).BlankCells);
    }

    [Theory]
    [InlineData("tabs")]
    [InlineData("pipe rows")]
    [InlineData("pipe cells")]
    public void Blank_cells_are_named_where_the_text_keeps_them(string shape)
    {
        // 青神 2023's shape: a named indicator whose 实际完成值 and 得分 were never filled in, 全年执行数 left blank.
        var rows = Rows.Select(r => r.ToArray()).ToArray();
        rows[5][4] = string.Empty;
        rows[12][5] = string.Empty;
        rows[12][7] = string.Empty;
        var e = Assert.Single(Read(Text(rows, shape)).Evaluations);
        Assert.Equal(["年度资金总额的全年执行数", "「培训合格率」的完成值", "「培训合格率」的得分"], e.BlankCells);
        Assert.Null(e.Indicators[1].Score);
        Assert.Equal(5, e.Indicators.Count);
    }

    [Fact]
    public void A_pdf_keeps_no_blank_cells_and_reports_none()
    {
        var rows = Rows.Select(r => r.ToArray()).ToArray();
        rows[12][5] = string.Empty;
        var e = Assert.Single(Read(Text(rows, "pdf")).Evaluations);
        Assert.Empty(e.BlankCells);
        Assert.Null(e.Indicators[1].Actual);
        Assert.Equal(15m, e.Indicators[1].Score?.Value);
    }

    [Fact]
    public void Column_letters_and_a_title_with_its_year_are_the_same_form()
    {
        // The 2021 form: "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"; the title "2023年度项目支出绩效自评表".
        var rows = Rows.Select(r => r.ToArray()).ToArray();
        rows[0][0] = "2023年度项目支出绩效自评表";
        rows[4][3] = "全年预算数（A）";
        rows[4][4] = "全年执行数（B）";
        rows[4][6] = "执行率（B/A）";
        var e = Assert.Single(Read(Text(rows, "tabs")).Evaluations);
        Assert.Equal((120m, 108m, 90m), (e.Budget!.Value, e.Executed!.Value, e.ExecutionRate!.Value));
        Assert.Equal("2023年度项目支出绩效自评表", e.Title);
    }

    [Fact]
    public void A_hostile_row_of_a_hundred_thousand_cells_reads_in_bounds()
    {
        var rows = Rows.Select(r => r.ToArray()).ToList();
        rows.Insert(12, [.. Enumerable.Repeat("9", 100_000)]);
        var e = Assert.Single(Read(Text([.. rows], "tabs")).Evaluations);
        Assert.True(e.IndicatorsIncomplete);
    }

    [Fact]
    public void A_form_flattened_onto_one_line_is_read_word_by_word()
    {
        // 棠溪镇 2022: a document's text with the table's cells run together by spaces; the 偏差原因 cells are lost.
        const string text = "附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 某镇人民政府 实施单位 某镇人民政府 项目资金 (万元) "
            + "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 "
            + "年度总体目标 预期目标 实际完成情况 完成委托业务 完成委托业务 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            + "产出指标(50分) 数量指标 委托业务项目数量 ≥50个 50 8 8 质量指标 报告合格率 ≥100% 100% 8 8 总分 100 90\n";
        var e = Assert.Single(Read(text).Evaluations);
        Assert.Equal("委托业务项目", e.Name);
        Assert.Equal((0m, 0m, 10m), (e.InitialBudget!.Value, e.Executed!.Value, e.FundsWeight!.Value));
        var part = Assert.Single(e.FundsParts);
        Assert.Equal(("本年财政拨款", 90m, 89.974m, 89.974m), (part.Label, part.InitialBudget!.Value, part.Budget!.Value, part.Executed!.Value));
        Assert.Contains(e.Indicators, i => i.Name == "委托业务项目数量" && i.Operator == "≥" && i.Target == "50" && i.Score!.Value == 8m);
        Assert.Empty(e.BlankCells);
    }

    [Fact]
    public void A_contents_line_naming_the_form_is_no_form()
    {
        var report = Read("目录\n四、项目支出绩效自评表\n第一部分 部门概况\n");
        Assert.Empty(report.Evaluations);
    }

    private static PublishedReport Read(string text) => TextReportReader.Read(text, "form.txt");

    private static string Text(string[][] rows, string shape) => shape switch
    {
        "tabs" => string.Join('\n', rows.Select(r => string.Join('\t', r))) + "\n",
        "pipe rows" => string.Join('\n', rows.Select(r => string.Join(" | ", r) + " |")) + "\n",
        // A web page's table a cell to a line: merged cells (the blank level cells) are not repeated; a blank value is "|".
        "pipe cells" => string.Join('\n', rows.SelectMany(PipeCells)) + "\n",
        "pdf" => string.Join('\n', rows.Select(Anchored).Where(l => l.Length > 0)) + "\n",
        // 天长 2022: a page's text with the cells set apart by spaces, indented, blank cells gone.
        "spaces" => string.Join('\n', rows.Select(r => "    " + string.Join(' ', r.Where(c => c.Length > 0)))) + "\n",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static IEnumerable<string> PipeCells(string[] row)
    {
        if (row.Length == 1)
        {
            return [row[0]];
        }

        // The leading blank cells are a merged cell's continuation: a web page prints nothing for them.
        var from = Array.FindIndex(row, c => c.Length > 0);
        return row.Skip(from < 0 ? row.Length : from).Select(c => c.Length == 0 ? "|" : c + " |");
    }

    /// <summary>A PDF line: each non-empty cell marked with its column's x (80 points apart), blank cells absent.</summary>
    private static string Anchored(string[] row) => row.Length == 1
        ? row[0]
        : string.Join('\t', row.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).Select(x => $"\u001F{40 + (80 * x.i)}\u001F{x.c}"));
}
