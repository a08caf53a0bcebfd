namespace Juesuan.Inspection.Outputs;

/// <summary>
/// Writes an inspection as the bureau circulates it: the workbook (ranking, every finding with filters, one sheet
/// per department), CSV and JSON of the same, and the 检查通报 DOCX. (Being written on branch wip/inspect-out.)
/// </summary>
public static class InspectionOutputs
{
    /// <summary>Writes every output into <paramref name="folder"/> (created if missing) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(InspectionResult result, string folder) =>
        throw new NotSupportedException("inspection outputs land with branch wip/inspect-out");
}
