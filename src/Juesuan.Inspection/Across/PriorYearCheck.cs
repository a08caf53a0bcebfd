using System.Globalization;
using Juesuan.Audit;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Inspection.Across;

/// <summary>
/// I-PRIOR: the 上年 figures a report's narrative states ("上年/…") against last year's published report of the same
/// organisation: the figure its narrative states for that item ("说明/…"), else the table row that holds it (the
/// totals of 公开01/04表, a 功能分类 row of 公开05表 or 公开03表). Each printed figure stands for ± half its precision.
/// </summary>
public static class PriorYearCheck
{
    public const string Id = "I-PRIOR";

    public static CrossReportRule Rule { get; } = new(Id, "上年数与上年已公开的决算一致",
        "本年报告说明中的上年数（上年/…）↔ 同一部门或单位上年报告说明中的本年数（说明/…），没有时 ↔ 上年报告表中对应的数（公开01/04表总计，公开05/03表的功能分类行）；各 ± 半个印刷单位",
        "警告：不一致（上年数如有口径调整，应在说明中注明）");

    public static IEnumerable<InspectionFinding> Check(BatchIndex batch)
    {
        foreach (var report in batch.Reports)
        {
            var prior = report.Figures.Values.Where(f => f.Key.StartsWith(PriorPrefix, StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
            if (prior.Count == 0)
            {
                continue;
            }

            var last = batch.Of(report.Organization.Key, report.Year - 1).FirstOrDefault(r => r.File.Kind == report.File.Kind);
            if (last is null)
            {
                continue;
            }

            foreach (var stated in prior)
            {
                var item = stated.Key[PriorPrefix.Length..];
                if (LastYears(last, item) is not { } published || PrintedAgreement.Agree(stated, published))
                {
                    continue;
                }

                var tolerance = PrintedAgreement.ToleranceOfPair(stated, published);
                var y = report.Year.ToString(CultureInfo.InvariantCulture);
                var ly = last.Year.ToString(CultureInfo.InvariantCulture);
                yield return new InspectionFinding(Id, Severity.Warning, report.Organization.Entry?.Code, [report.Path, last.Path], stated.Place,
                    $"{report.Organization.Name} {y} 年度报告所述上年{item} {Tolerance.Format(stated.Value)} 万元 ≠ {ly} 年度报告（{last.Path}）{published.Place} {Tolerance.Format(published.Value)} 万元（差 {Tolerance.Format(stated.Value - published.Value)}，容差 {Tolerance.Format(tolerance)}）")
                {
                    Printed = stated.Value,
                    Computed = published.Value,
                };
            }
        }
    }

    private static readonly string PriorPrefix = ReportFigureKeys.PriorYear(string.Empty);

    /// <summary>Last year's figure for a narrative item: as its narrative states it, else from its tables.</summary>
    private static ReportFigure? LastYears(IndexedReport last, string item) =>
        last.Figure(ReportFigureKeys.Narrative(item)) ?? TableKeys(item).Select(last.Figure).FirstOrDefault(f => f is not null);

    /// <summary>The table rows (column 1: 合计/金额) that hold a narrative item, most specific first.</summary>
    public static IEnumerable<string> TableKeys(string item)
    {
        string Row(PublicTable t, string label) => ReportFigureKeys.TableRow(t, label, 1);
        switch (item)
        {
            case NarrativeItems.IncomeTotal:
                return [Row(PublicTable.IncomeExpenditureSummary, "收入总计"), Row(PublicTable.IncomeExpenditureSummary, "总计")];
            case NarrativeItems.ExpenditureTotal:
                return [Row(PublicTable.IncomeExpenditureSummary, "支出总计"), Row(PublicTable.IncomeExpenditureSummary, "总计")];
            case NarrativeItems.IncomeAndExpenditureTotal:
                return [Row(PublicTable.IncomeExpenditureSummary, "总计")];
            case NarrativeItems.AppropriationTotal:
                return [Row(PublicTable.AppropriationSummary, "总计")];
            case NarrativeItems.GeneralBudgetExpenditure:
                return [Row(PublicTable.GeneralBudgetExpenditure, "合计"), Row(PublicTable.GeneralBudgetExpenditure, "总计")];
        }

        foreach (var prefix in new[] { NarrativeItems.ClassPrefix, NarrativeItems.KuanPrefix, NarrativeItems.ItemPrefix })
        {
            if (item.StartsWith(prefix, StringComparison.Ordinal) && item[prefix.Length..] is { Length: 3 or 5 or 7 } code && code.All(char.IsAsciiDigit))
            {
                return [Row(PublicTable.GeneralBudgetExpenditure, code), Row(PublicTable.Expenditure, code)];
            }
        }

        return [];
    }
}
