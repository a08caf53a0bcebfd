namespace Juesuan.Core.Tables;

/// <summary>
/// What one public table is: its identity and stable id (gk01 … gk09, for files, anchors and the API), its shape,
/// its standard name (the 财政部 format's, used in messages), the number, heading and title each template profile
/// prints, the other titles templates print for it, its amount columns and its fixed rows. The builders, the
/// published-report reader, the completeness rules and the profiles all read this; <see cref="TableSpecs"/> holds
/// the nine.
/// </summary>
public sealed record TableSpec
{
    public required PublicTable Table { get; init; }

    /// <summary>gk01 … gk09.</summary>
    public required string Id { get; init; }

    public required TableShape Shape { get; init; }

    /// <summary>The standard name, as the completeness rule names a missing table.</summary>
    public required string Name { get; init; }

    /// <summary>Number, heading and title per template profile (liaoning-2024, shanghai-2024).</summary>
    public required IReadOnlyDictionary<string, TableInProfile> Profiles { get; init; }

    /// <summary>
    /// The titles a reader recognises the table by, as printed anywhere (the profiles' own and other templates'):
    /// a line is this table's title when it ends with one of them after at most a short number or prefix.
    /// </summary>
    public required IReadOnlyList<string> Titles { get; init; }

    /// <summary>
    /// For a table often empty, the words a report uses to say it has none of such funds ("本部门无政府性基金预算
    /// 财政拨款收入和支出"): 无 or 没有 followed by them explains an empty table (rule C-EMPTY).
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>The amount columns, in order (for side-by-side tables: the 支出 side's).</summary>
    public required IReadOnlyList<TableColumn> Columns { get; init; }

    /// <summary>
    /// The column arithmetic (栏目勾稽): each total column's index (0 = the first amount column) with the indexes of the
    /// columns that are parts of it (<see cref="TableColumn.PartOf"/>), in column order. 公开03表: 0 → 1, 2, 3, 4, 5.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> Sums => ComputeSums();

    /// <summary>The indexes of the parts of total column <paramref name="total"/> (none when it is no total).</summary>
    public IReadOnlyList<int> PartsOf(int total) => Sums.TryGetValue(total, out var parts) ? parts : [];

    private Dictionary<int, IReadOnlyList<int>> ComputeSums()
    {
        var result = new Dictionary<int, IReadOnlyList<int>>();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].PartOf is not { } name)
            {
                continue;
            }

            var total = Columns.Select((c, index) => (c, index)).Where(x => x.c.Name == name).Select(x => x.index).DefaultIfEmpty(-1).First();
            if (total < 0 || total == i)
            {
                throw new InvalidOperationException($"表 {Id} 的栏目「{Columns[i].Name}」是「{name}」的一部分，但没有这样的合计栏");
            }

            result[total] = [.. result.GetValueOrDefault(total, []), i];
        }

        return result.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    /// <summary>The fixed rows the table prints, where it has any (公开01/04/06表), from Tables/Data/*.csv.</summary>
    public IReadOnlyList<LayoutRow> Layout => layout?.Value ?? [];

    private Lazy<IReadOnlyList<LayoutRow>>? layout;

    /// <summary>The data file of the fixed rows (Tables/Data/NAME.csv: group,code,label or code,label).</summary>
    public string? LayoutFile
    {
        get;
        init
        {
            field = value;
            layout = value is null ? null : new Lazy<IReadOnlyList<LayoutRow>>(() => TableSpecs.LoadLayout(value));
        }
    }

    /// <summary>How <paramref name="profile"/> prints the table.</summary>
    public TableInProfile In(string profile) =>
        Profiles.TryGetValue(profile, out var p) ? p : throw new ArgumentException($"表 {Id} 没有模板「{profile}」的标题", nameof(profile));
}
