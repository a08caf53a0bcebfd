namespace Juesuan.Inspection.Outputs;

/// <summary>One file of the batch as the outputs list it: what it is, whom it was matched to, what was read and found.</summary>
public sealed record FileRow(
    string Path,
    string Kind,
    string Department,
    int? Year,
    string? EntryCode,
    string? EntryName,
    decimal? Confidence,
    string? MatchReason,
    ReportCounts Counts,
    int Errors,
    int Warnings,
    int Notes,
    string? Unreadable)
{
    public required string DepartmentKey { get; init; }

    public static readonly string[] Header =
        ["文件", "类型", "部门（单位）", "年度", "名录代码", "名录名称", "匹配置信度", "匹配依据", "表", "说明数字", "已理解", "绩效自评表", "错误", "警告", "提示", "无法读取的原因"];

    public IReadOnlyList<object?> Cells() =>
    [
        Path, Kind, Department, Year is { } y ? (decimal)y : null, EntryCode, EntryName, Confidence, MatchReason,
        (decimal)Counts.Tables, (decimal)Counts.NarrativePrinted, (decimal)Counts.NarrativeUnderstood, (decimal)Counts.Evaluations,
        (decimal)Errors, (decimal)Warnings, (decimal)Notes, Unreadable,
    ];
}
