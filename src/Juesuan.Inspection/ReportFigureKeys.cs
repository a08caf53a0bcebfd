using Juesuan.Core.Tables;

namespace Juesuan.Inspection;

/// <summary>The keys of <see cref="ReportFigure"/>: one place that spells them, so that reports compare.</summary>
public static class ReportFigureKeys
{
    /// <summary>A row of a table, by its 功能分类 code ("Expenditure/2080101/1") or its label ("IncomeExpenditureSummary/收入总计/1"); column 1-based.</summary>
    public static string TableRow(PublicTable table, string codeOrLabel, int column) => $"{table}/{codeOrLabel}/{column}";

    /// <summary>A prior-year figure the narrative states ("上年/支出总计"): compared with last year's report of the same department.</summary>
    public static string PriorYear(string narrativeItem) => $"上年/{narrativeItem}";

    /// <summary>A figure the narrative states for this year ("说明/支出总计").</summary>
    public static string Narrative(string narrativeItem) => $"说明/{narrativeItem}";
}
