namespace Juesuan.Inspection.Outputs;

/// <summary>
/// One line of the ranking: a score with its dimension scores (in <see cref="ComplianceDimension"/> order; null where
/// not scored) and its reasons. <paramref name="Level"/> says whether it ranks a department (among departments, code
/// of the register or the name it prints) or one report (among reports, by file): a department with its own 部门决算
/// has both a department line and a report line, ranked in two lists, which the 级别 column tells apart.
/// </summary>
public sealed record RankingRow(int Rank, ScoreLevel Level, string Subject, string Name, int? Year, decimal Total, IReadOnlyList<decimal?> Dimensions, string Reasons)
{
    public static IReadOnlyList<string> Header { get; } =
        ["名次", "级别", "部门（单位）", "代码或文件", "年度", "总分", .. Enum.GetValues<ComplianceDimension>().Select(ChineseNames.Of), "扣分原因"];

    /// <summary>部门 or 报告, as the 级别 column prints it.</summary>
    public string LevelName => ChineseNames.Of(Level);

    public IReadOnlyList<object?> Cells() => [(decimal)Rank, LevelName, Name, Subject, Year is { } y ? (decimal)y : null, Total, .. Dimensions.Cast<object?>(), Reasons];
}
