using System.Globalization;
using Juesuan.Core.Model;
using Juesuan.Core.Performance;
using Juesuan.Reporting.Document;

namespace Juesuan.Reporting.Performance;

/// <summary>
/// The 绩效自评表 of 第五部分 附件 as grids laid out like the reference's: unit tables
/// (部门（单位）整体绩效自评表) first, then project tables (预算项目（政策）绩效自评表). Scores are computed
/// by <see cref="Scoring"/>; amounts are printed in 万元 with two decimals.
/// </summary>
public static class EvaluationTables
{
    /// <summary>
    /// 部门（单位）整体绩效自评表: 绩效指标 | 一级 | 二级 | 三级 | 运算符号 | 指标值 | 度量单位 | 全年完成值 | 完成程度 |
    /// 分值 | 得分 | 偏差原因分析 (经费/制度/人员/硬件条件保障原因分析, 其他原因分析) | 改进措施 — the reference's 17 columns.
    /// </summary>
    private const int UnitColumns = 17;

    /// <summary>
    /// 预算项目（政策）绩效自评表: 绩效指标 | 一级 | 二级 | 三级 | 年度目标值 (运算符号, 内容, 度量单位) | 全年完成值 |
    /// 完成程度 | 分值 | 得分 | 未完成原因分析 (经费/制度/人员/硬件条件保障, 其他, 原因说明) | 改进措施 — 18 columns.
    /// </summary>
    private const int ProjectColumns = 18;

    public static IReadOnlyList<ReportBlock> Build(FinalAccounts a)
    {
        var blocks = new List<ReportBlock>();
        foreach (var e in a.Evaluations.Where(e => e.Kind == EvaluationKind.Unit))
        {
            blocks.Add(UnitTable(a, e));
        }

        foreach (var e in a.Evaluations.Where(e => e.Kind == EvaluationKind.Project))
        {
            blocks.Add(ProjectTable(a, e));
        }

        return blocks;
    }

    private static string Wan(Yuan y) => PrintFormat.NarrativeAmount(y);

    private static string Score(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Rate(decimal? r) => r is { } v ? PrintFormat.PercentText(v) : "—";

    private static GridCell C(int column, string text, int colSpan = 1, int rowSpan = 1, bool bold = false, bool right = false) =>
        new(column, text, colSpan, rowSpan, bold, right);

    private static string UnitName(FinalAccounts a, string code) => a.Unit(code)?.Name ?? code;

    private static GridBlock ProjectTable(FinalAccounts a, Evaluation e)
    {
        var s = Scoring.Score(e);
        var rows = new List<GridRow>
        {
            new([C(0, "项目（政策）名称", 2, bold: true), C(2, e.Name, 16)]),
            new([C(0, "主管部门", 2, bold: true), C(2, a.Department.Name, 16)]),
            new([C(0, "实施单位", 2, bold: true), C(2, UnitName(a, e.UnitCode), 16)]),
            new([
                C(0, "项目预算金额（万元）", 2, bold: true), C(2, Wan(e.Budget), 3, right: true), C(5, "全年执行数（万元）", 3, bold: true),
                C(8, Wan(e.Executed), 3, right: true), C(11, "执行率", 3, bold: true), C(14, Rate(s.ExecutionRate), 4, right: true),
            ]),
            new([C(0, "年度总体目标", 1, 2, bold: true), C(1, "年初设定目标", 9, bold: true), C(10, "全年实际完成情况", 8, bold: true)]),
            new([C(1, e.Goal, 9), C(10, e.Achieved, 8)]),
            new([
                C(0, "绩效指标", rowSpan: 2), C(1, "一级指标", rowSpan: 2), C(2, "二级指标", rowSpan: 2), C(3, "三级指标", rowSpan: 2),
                C(4, "年度目标值", 3), C(7, "全年完成值", rowSpan: 2), C(8, "完成程度", rowSpan: 2), C(9, "分值", rowSpan: 2), C(10, "得分", rowSpan: 2),
                C(11, "未完成原因分析", 6), C(17, "改进措施", rowSpan: 2),
            ], IsHeader: true),
            new([
                C(4, "运算符号"), C(5, "内容"), C(6, "度量单位"),
                C(11, "经费保障"), C(12, "制度保障"), C(13, "人员保障"), C(14, "硬件条件保障"), C(15, "其他"), C(16, "原因说明"),
            ], IsHeader: true),
        };
        rows.AddRange(IndicatorRows(e.Indicators, reasons: 6));
        rows.Add(new GridRow([
            C(0, "指标自评得分小计", 3, bold: true), C(3, Score(s.Subtotal), 3, right: true), C(6, "预算执行率得分", 3, bold: true),
            C(9, Score(s.ExecutionScore), 2, right: true), C(11, "减分项", 2, bold: true), C(13, s.Deduction.ToString("0.####", CultureInfo.InvariantCulture), 2, right: true),
            C(15, "绩效自评总得分", 2, bold: true), C(17, Score(s.Total), right: true, bold: true),
        ]));
        return new GridBlock("预算项目（政策）绩效自评表", $"（{a.Year}年度）", ProjectColumns, rows)
        {
            ColumnWidths = [4, 6, 8, 12, 4, 6, 4, 11, 5, 4, 4, 4, 4, 4, 5, 4, 6, 6],
        };
    }

    private static GridBlock UnitTable(FinalAccounts a, Evaluation e)
    {
        var s = Scoring.Score(e);
        var name = e.Name.Length > 0 ? e.Name : UnitName(a, e.UnitCode);

        // The package holds one 年初预算 per unit evaluation; a unit's budget is drawn up balanced, so its
        // 年初预算收入 is its 年初预算支出 (as in every unit table of the reference).
        var rows = new List<GridRow>
        {
            new([C(0, "部门（单位）名称", 2, bold: true), C(2, $"{e.UnitCode}{name}", 15)]),
            new([C(0, "部门年初预算收入金额（万元）", 2, bold: true), C(2, Wan(e.Budget), 15)]),
            new([C(0, "部门年初预算支出金额（万元）", 2, bold: true), C(2, Wan(e.Budget), 15)]),
            new([
                C(0, "年度主要任务", 1, e.Tasks.Count + 1, bold: true), C(1, "对应项目", 9, bold: true), C(10, "项目下达金额", bold: true),
                C(11, "项目执行金额", bold: true), C(12, "项目执行率", bold: true), C(13, "分值", bold: true), C(14, "得分", 3, bold: true),
            ]),
        };
        foreach (var t in e.Tasks)
        {
            rows.Add(new GridRow([
                C(1, t.Name, 9), C(10, Wan(t.Assigned), right: true), C(11, Wan(t.Executed), right: true),
                C(12, Rate(Scoring.ExecutionRate(t.Assigned, t.Executed)), right: true), C(13, Score(t.Weight), right: true), C(14, Score(t.Score), 3, right: true),
            ]));
        }

        rows.Add(new GridRow([C(0, "年度目标", 1, 2, bold: true), C(1, "年初总体目标", 9, bold: true), C(10, "全年完成情况", 7, bold: true)]));
        rows.Add(new GridRow([C(1, e.Goal, 9), C(10, e.Achieved, 7)]));
        rows.Add(new GridRow(
        [
            C(0, "绩效指标", rowSpan: 2), C(1, "一级指标", rowSpan: 2), C(2, "二级指标", rowSpan: 2), C(3, "三级指标", rowSpan: 2),
            C(4, "运算符号", rowSpan: 2), C(5, "指标值", rowSpan: 2), C(6, "度量单位", rowSpan: 2), C(7, "全年完成值", rowSpan: 2),
            C(8, "完成程度", rowSpan: 2), C(9, "分值", rowSpan: 2), C(10, "得分", rowSpan: 2), C(11, "偏差原因分析", 5), C(16, "改进措施", rowSpan: 2),
        ], IsHeader: true));
        rows.Add(new GridRow(
        [
            C(11, "经费保障原因分析"), C(12, "制度保障原因分析"), C(13, "人员保障原因分析"), C(14, "硬件条件保障原因分析"), C(15, "其他原因分析"),
        ], IsHeader: true));
        rows.AddRange(IndicatorRows(e.Indicators, reasons: 5));
        rows.Add(new GridRow([C(0, "总评价得分", 10, bold: true), C(10, Score(s.Total), right: true, bold: true), C(11, string.Empty, 6)]));
        return new GridBlock("部门（单位）整体绩效自评表", $"{a.Year}年度", UnitColumns, rows)
        {
            ColumnWidths = [4, 6, 8, 12, 4, 6, 4, 11, 5, 4, 6, 6, 7, 6, 6, 5, 6],
        };
    }

    /// <summary>
    /// The indicator rows under their header (column 0 continues the 绩效指标 label, merged down): 一级/二级/三级,
    /// target, actual, 完成程度, 分值, 得分, then <paramref name="reasons"/> blank reason columns and 改进措施.
    /// Equal consecutive 一级 are merged down, and equal consecutive 二级 too, each column on its own as the
    /// reference's sheets are merged: 190001's 预算执行效率 runs on past 一级 预算执行 into 预算管理 (rows 7–12),
    /// so the reference prints no 二级 in rows 10–12; likewise 190005's 基础管理 and 190006's 预算管理规范性.
    /// </summary>
    private static IEnumerable<GridRow> IndicatorRows(IReadOnlyList<Indicator> indicators, int reasons)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            // Column 0 continues the 绩效指标 label: one blank cell merged down the indicator rows.
            var cells = i == 0 ? [C(0, string.Empty, rowSpan: indicators.Count)] : new List<GridCell>();
            if (i == 0 || indicators[i - 1].Level1 != x.Level1)
            {
                cells.Add(C(1, x.Level1, rowSpan: Run(indicators, i, y => y.Level1)));
            }

            if (i == 0 || indicators[i - 1].Level2 != x.Level2)
            {
                cells.Add(C(2, x.Level2, rowSpan: Run(indicators, i, y => y.Level2)));
            }

            cells.AddRange(
            [
                C(3, x.Name), C(4, x.Operator), C(5, x.Target), C(6, x.Unit), C(7, x.Actual), C(8, x.Completion),
                C(9, Score(x.Weight), right: true), C(10, Score(x.Score), right: true),
            ]);
            cells.AddRange(Enumerable.Range(11, reasons + 1).Select(c => C(c, string.Empty)));
            yield return new GridRow(cells);
        }
    }

    private static int Run(IReadOnlyList<Indicator> list, int from, Func<Indicator, string> key)
    {
        var k = key(list[from]);
        var n = 1;
        while (from + n < list.Count && key(list[from + n]) == k)
        {
            n++;
        }

        return n;
    }
}
