namespace Juesuan.Inspection.Outputs;

/// <summary>The "summary" of 检查结果.json: the counts of the 通报's summary paragraph (the rows are the result's).</summary>
public sealed record InspectionJsonCounts(
    int? Year, int DepartmentsToPublish, int DepartmentsPublished, int? DepartmentsOnTime, decimal? AverageScore,
    int Files, int FilesUnreadable, int FilesUnmatched, int Errors, int Warnings, int Notes);
