namespace Juesuan.Inspection.Across;

/// <summary>
/// Checks across reports: a department against its units, this year's 上年 against last year's report, two files of
/// one department and year that disagree. (Being written on branch wip/inspect-out.)
/// </summary>
public static class CrossReportChecks
{
    public static IReadOnlyList<InspectionFinding> Run(IReadOnlyList<InspectedFile> files, IReadOnlyList<RegisterEntry> register, IReadOnlyList<RegisterMatch> matches) =>
        throw new NotSupportedException("checks across reports land with branch wip/inspect-out");
}
