namespace Juesuan.Synthetic.Planting;

/// <summary>
/// A kind of error real reports contain (issue 9), as planted into a written report: its id, what it is in Chinese,
/// and the audit rule expected to find it. The sites where each kind can be planted are found by <see cref="ReportPlanter"/>.
/// </summary>
/// <param name="Id">Short id, as in planted.csv (narrative-total, share …).</param>
/// <param name="Label">What a reviewer would call it.</param>
/// <param name="Rule">The audit rule expected to find it (docs/audit-rules.md).</param>
/// <param name="InTables">Planted in a table cell (so also in tables.xlsx), not in a sentence.</param>
public sealed record PlantKind(string Id, string Label, string Rule, bool InTables)
{
    public static readonly PlantKind NarrativeTotal = new("narrative-total", "说明中的总计与表不符", "N-AMOUNT", false);
    public static readonly PlantKind Share = new("share", "占比不等于部分÷总体", "N-SHARE", false);
    /// <summary>N-RATE where the sentence states its budget; N-COMPLETION for a 项 rate stated alone (Liaoning).</summary>
    public static readonly PlantKind Completion = new("completion", "完成率按错误的预算数计算", "N-RATE", false);
    public static readonly PlantKind YearOnYear = new("yoy", "增减率与增减额不符", "N-YOY", false);
    public static readonly PlantKind Relation = new("relation", "“决算数大于预算数”而预算数更大", "N-RELATION", false);
    public static readonly PlantKind Direction = new("direction", "数字下降却写“增加”", "N-DIRECTION", false);
    public static readonly PlantKind Placeholder = new("placeholder", "模板占位符 XX局 未替换", "R-PLACEHOLDER", false);
    public static readonly PlantKind WrongYear = new("year", "正文中出现其他年度", "R-YEAR", false);
    public static readonly PlantKind TableCell = new("table-cell", "表中一格改动，合计不再相符", "T-LEVELS", true);
    public static readonly PlantKind ThreePublicParts = new("three-public-parts", "“三公”经费分项之和不等于合计", "T07-TOTALS", true);
    public static readonly PlantKind ItemName = new("item-name", "功能分类科目名称写错", "C-CODES", true);

    /// <summary>A registered department that published nothing (listed in planted.csv; found by the batch inspection, not by one file's audit).</summary>
    public static readonly PlantKind Unpublished = new("unpublished", "名录中的部门未公开", "未公开", false);

    /// <summary>The kinds planted into reports.</summary>
    public static IReadOnlyList<PlantKind> InReports { get; } =
        [NarrativeTotal, Share, Completion, YearOnYear, Relation, Direction, Placeholder, WrongYear, TableCell, ThreePublicParts, ItemName];
}
