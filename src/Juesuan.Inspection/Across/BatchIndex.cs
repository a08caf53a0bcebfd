namespace Juesuan.Inspection.Across;

/// <summary>
/// The readable final accounts of a batch (部门决算 and 单位决算 that name a year and an organisation), each with its
/// organisation and figures by key, in the batch's order (relative path): what the checks across reports look in.
/// Budgets, fragments and unreadable files take no part. A report's figures by key are made when a check asks for them
/// and only the most recent are kept (<see cref="FigureMaps"/>).
/// </summary>
public sealed class BatchIndex
{
    private readonly Dictionary<(string Key, int Year), List<IndexedReport>> _byOrganization = [];
    private readonly FigureMaps _figures = new();

    /// <summary>How many reports' figures by key are kept at once (the rest are read again when asked).</summary>
    public const int FiguresKept = FigureMaps.Capacity;

    public BatchIndex(IReadOnlyList<InspectedFile> files, IReadOnlyList<RegisterMatch> matches)
    {
        var byPath = new Dictionary<string, RegisterMatch>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            byPath.TryAdd(m.RelativePath, m);
        }

        var reports = new List<IndexedReport>();
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            if (file.Unreadable is not null || file.Year is null
                || file.Kind is not (DocumentKind.DepartmentFinalAccounts or DocumentKind.UnitFinalAccounts)
                || FileOrganization.Of(file, byPath) is not { } organization)
            {
                continue;
            }

            var report = new IndexedReport(file, organization, _figures.Of(file));
            reports.Add(report);
            var key = (organization.Key, report.Year);
            if (!_byOrganization.TryGetValue(key, out var list))
            {
                _byOrganization[key] = list = [];
            }

            list.Add(report);
        }

        Reports = reports;
    }

    public IReadOnlyList<IndexedReport> Reports { get; }

    /// <summary>The reports of one organisation and year, by relative path.</summary>
    public IReadOnlyList<IndexedReport> Of(string organizationKey, int year) =>
        _byOrganization.TryGetValue((organizationKey, year), out var list) ? list : [];

    /// <summary>Every group of reports of one organisation and year, in the order first met.</summary>
    public IEnumerable<IReadOnlyList<IndexedReport>> Groups => _byOrganization.Values;
}
