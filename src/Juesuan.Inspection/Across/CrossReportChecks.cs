namespace Juesuan.Inspection.Across;

/// <summary>
/// Checks across reports — what no single-report audit can see: a department against its units (I-UNITS), this
/// year's 上年 against last year's report (I-PRIOR), two files of one organisation and year that disagree
/// (I-DUPLICATE). Files are grouped by their register entry where matched, else by the department name and year
/// they print.
/// </summary>
public static class CrossReportChecks
{
    /// <summary>The rules, in the order their findings are returned (docs/compliance-score.md lists them).</summary>
    public static IReadOnlyList<CrossReportRule> Rules { get; } = [UnitsCheck.Rule, PriorYearCheck.Rule, DuplicateCheck.Rule];

    public static IReadOnlyList<InspectionFinding> Run(IReadOnlyList<InspectedFile> files, IReadOnlyList<RegisterEntry> register, IReadOnlyList<RegisterMatch> matches)
    {
        // The register speaks through the matches (an entry and its parent); unmatched files go by the names they print.
        _ = register;
        var batch = new BatchIndex(files, matches);
        return [.. UnitsCheck.Check(batch), .. PriorYearCheck.Check(batch), .. DuplicateCheck.Check(batch)];
    }
}
