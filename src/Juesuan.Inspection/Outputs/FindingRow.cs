using Juesuan.Audit;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// One finding as every output lists it: a report's own audit finding (来源 审核, one file) or a finding of the
/// inspection (来源 检查: across reports, register), with the department it is filed under.
/// </summary>
/// <param name="Files">The files concerned, "；"-separated (none for 未公开).</param>
public sealed record FindingRow(
    int Number,
    string Source,
    string RuleId,
    Severity Severity,
    string Department,
    string? EntryCode,
    string Files,
    string Place,
    string Message,
    decimal? Printed,
    decimal? Computed,
    decimal? Tolerance)
{
    public decimal? Difference => Printed is { } p && Computed is { } c ? p - c : null;

    /// <summary>The department group the row is filed under (<see cref="DepartmentGroup.Key"/>).</summary>
    public required string DepartmentKey { get; init; }

    public static readonly string[] Header = ["序号", "来源", "级别", "规则", "部门（单位）", "名录代码", "文件", "位置", "说明", "印刷数", "计算数", "差额", "容差"];

    public IReadOnlyList<object?> Cells() =>
        [(decimal)Number, Source, ChineseNames.Of(Severity), RuleId, Department, EntryCode, Files, Place, Message, Printed, Computed, Difference, Tolerance];
}
