namespace Juesuan.Readers.Published.Statements;

/// <summary>
/// A figure a sentence prints with its unit: "7972.87万元", "100.00%", "5辆", "95.28分". Years, dates, ordinals,
/// codes and thresholds ("单价100万元（含）以上") are not stated figures and are not found.
/// </summary>
internal sealed record StatedFigure(int Start, int End, string Text, decimal Value, decimal Precision, string Unit)
{
    /// <summary>The number as printed, without its unit ("95.89" of "95.89%").</summary>
    public string NumberText { get; init; } = Text;

    public bool IsMoney => Unit is "万元" or "元" or "亿元";

    public bool IsPercent => Unit is "%";

    public bool IsCount => !IsMoney && !IsPercent && Unit is not "分" and not "个百分点";
}
