namespace Juesuan.Inspection.Outputs;

/// <summary>检查结果.json as a whole: its format, the summary's counts, the inspection result.</summary>
public sealed record InspectionJsonDocument(string Schema, InspectionJsonCounts Summary, InspectionResult Result);
