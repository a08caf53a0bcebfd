using Juesuan.Inspection.Batch;

namespace Juesuan.Inspection.Jobs;

/// <summary>
/// What the finishing job makes of a batch's inspected files: the same conclusion as the local batch
/// (<see cref="BatchInspection.Conclude"/>: register matches, unreadable files, checks across reports, scores), so that
/// a batch run by workers and one run by <c>juesuan inspect</c> give one result. No register is stored with a batch
/// yet: files are grouped by the department they name.
/// </summary>
public static class BatchAssembly
{
    public static InspectionResult Assemble(string source, IReadOnlyList<InspectedFile> files) =>
        BatchInspection.Conclude(source, files, new InspectionOptions());
}
