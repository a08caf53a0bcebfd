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
    private const int Columns = 11;

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
            new([C(0, "项目（政策）名称", 2, bold: true), C(2, e.Name, 9)]),
            new([C(0, "主管部门", 2, bold: true), C(2, a.Department.Name, 9)]),
            new([C(0, "实施单位", 2, bold: true), C(2, UnitName(a, e.UnitCode), 9)]),
            new([
                C(0, "项目预算金额（万元）", 2, bold: true), C(2, Wan(e.Budget), 2, right: true), C(4, "全年执行数（万元）", 2, bold: true),
                C(6, Wan(e.Executed), 2, right: true), C(8, "执行率", bold: true), C(9, Rate(s.ExecutionRate), 2, right: true),
            ]),
            new([C(0, "年度总体目标", 1, 2, bold: true), C(1, "年初设定目标", 5, bold: true), C(6, "全年实际完成情况", 5, bold: true)]),
            new([C(1, e.Goal, 5), C(6, e.Achieved, 5)]),
        };
        rows.AddRange(IndicatorRows(e.Indicators));
        rows.Add(new GridRow([
            C(0, "指标自评得分小计", 2, bold: true), C(2, Score(s.Subtotal), right: true), C(3, "预算执行率得分", 2, bold: true),
            C(5, Score(s.ExecutionScore), right: true), C(6, "减分项", bold: true), C(7, s.Deduction.ToString("0.####", CultureInfo.InvariantCulture), right: true),
            C(8, "绩效自评总得分", 2, bold: true), C(10, Score(s.Total), right: true, bold: true),
        ]));
        return new GridBlock("预算项目（政策）绩效自评表", $"（{a.Year}年度）", Columns, rows) { ColumnWidths = [8, 10, 20, 5, 7, 6, 8, 6, 7, 6, 10] };
    }

    private static GridBlock UnitTable(FinalAccounts a, Evaluation e)
    {
        var s = Scoring.Score(e);
        var rows = new List<GridRow>
        {
            new([C(0, "部门（单位）名称", 2, bold: true), C(2, $"{e.UnitCode}{UnitName(a, e.UnitCode)}", 9)]),
            new([C(0, "部门年初预算支出金额（万元）", 2, bold: true), C(2, Wan(e.Budget), 9)]),
            new([
                C(0, "年度主要任务", 1, e.Tasks.Count + 1, bold: true), C(1, "对应项目", 4, bold: true), C(5, "项目下达金额", bold: true),
                C(6, "项目执行金额", 2, bold: true), C(8, "项目执行率", bold: true), C(9, "分值", bold: true), C(10, "得分", bold: true),
            ]),
        };
        foreach (var t in e.Tasks)
        {
            rows.Add(new GridRow([
                C(1, t.Name, 4), C(5, Wan(t.Assigned), right: true), C(6, Wan(t.Executed), 2, right: true),
                C(8, Rate(Scoring.ExecutionRate(t.Assigned, t.Executed)), right: true), C(9, Score(t.Weight), right: true), C(10, Score(t.Score), right: true),
            ]));
        }

        rows.Add(new GridRow([C(0, "年度目标", 1, 2, bold: true), C(1, "年初总体目标", 5, bold: true), C(6, "全年完成情况", 5, bold: true)]));
        rows.Add(new GridRow([C(1, e.Goal, 5), C(6, e.Achieved, 5)]));
        rows.AddRange(IndicatorRows(e.Indicators));
        rows.Add(new GridRow([C(0, "总评价得分", 10, bold: true), C(10, Score(s.Total), right: true, bold: true)]));
        return new GridBlock("部门（单位）整体绩效自评表", $"{a.Year}年度", Columns, rows) { ColumnWidths = [8, 10, 20, 5, 7, 6, 8, 6, 7, 6, 10] };
    }

    /// <summary>The indicator header and rows; equal consecutive 一级/二级 are merged down as printed.</summary>
    private static IEnumerable<GridRow> IndicatorRows(IReadOnlyList<Indicator> indicators)
    {
        yield return new GridRow(
        [
            C(0, "一级指标"), C(1, "二级指标"), C(2, "三级指标"), C(3, "运算符号"), C(4, "指标值"), C(5, "度量单位"),
            C(6, "全年完成值"), C(7, "完成程度"), C(8, "分值"), C(9, "得分"), C(10, "偏差原因分析及改进措施"),
        ], IsHeader: true);
        for (var i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            var cells = new List<GridCell>();
            if (i == 0 || indicators[i - 1].Level1 != x.Level1)
            {
                cells.Add(C(0, x.Level1, rowSpan: Run(indicators, i, y => y.Level1)));
            }

            if (i == 0 || indicators[i - 1].Level2 != x.Level2 || indicators[i - 1].Level1 != x.Level1)
            {
                cells.Add(C(1, x.Level2, rowSpan: Run(indicators, i, y => y.Level1 + "|" + y.Level2)));
            }

            cells.AddRange(
            [
                C(2, x.Name), C(3, x.Operator), C(4, x.Target), C(5, x.Unit), C(6, x.Actual), C(7, x.Completion),
                C(8, Score(x.Weight), right: true), C(9, Score(x.Score), right: true), C(10, string.Empty),
            ]);
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
