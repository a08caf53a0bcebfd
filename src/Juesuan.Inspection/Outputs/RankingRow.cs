namespace Juesuan.Inspection.Outputs;

/// <summary>One line of the ranking: a score with its dimension scores (in <see cref="ComplianceDimension"/> order; null where not scored) and its reasons.</summary>
public sealed record RankingRow(int Rank, string Subject, string Name, decimal Total, IReadOnlyList<decimal?> Dimensions, string Reasons)
{
    public static IReadOnlyList<string> Header { get; } =
        ["名次", "部门（单位）", "代码或文件", "总分", .. Enum.GetValues<ComplianceDimension>().Select(ChineseNames.Of), "扣分原因"];

    public IReadOnlyList<object?> Cells() => [(decimal)Rank, Name, Subject, Total, .. Dimensions.Cast<object?>(), Reasons];
}
