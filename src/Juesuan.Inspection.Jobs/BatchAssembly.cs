using Juesuan.Inspection.Across;

namespace Juesuan.Inspection.Jobs;

/// <summary>
/// What the finishing job makes of a batch's inspected files: the <see cref="InspectionResult"/> with the checks across
/// reports. The register and the scores come from the local batch engine (branch wip/inspect) when it offers one
/// assembly for both; until then files are grouped by the department they name and no score is given.
/// </summary>
public static class BatchAssembly
{
    public static InspectionResult Assemble(string source, IReadOnlyList<InspectedFile> files, DateTimeOffset at)
    {
        var findings = CrossReportChecks.Run(files, [], []);
        return new InspectionResult(source, at, files, [], [], findings, []);
    }
}
