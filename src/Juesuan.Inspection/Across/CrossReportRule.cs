namespace Juesuan.Inspection.Across;

/// <summary>One check across reports: its id (I-…), what it compares, and how serious its findings are.</summary>
/// <param name="Title">What it checks (Chinese, for docs/compliance-score.md and the 检查通报).</param>
/// <param name="Compares">Which figures or lists of which files it compares.</param>
public sealed record CrossReportRule(string Id, string Title, string Compares, string Severities);
