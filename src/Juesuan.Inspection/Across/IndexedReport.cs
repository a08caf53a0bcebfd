namespace Juesuan.Inspection.Across;

/// <summary>A readable final-accounts file of the batch with its organisation and its figures by key.</summary>
public sealed record IndexedReport(InspectedFile File, FileOrganization Organization, IReadOnlyDictionary<string, ReportFigure> Figures)
{
    public int Year => File.Year ?? 0;

    public string Path => File.RelativePath;

    public ReportFigure? Figure(string key) => Figures.GetValueOrDefault(key);
}
