namespace Juesuan.Renderers.Xlsx;

/// <summary>
/// One sheet of a list workbook: its sections one under another (a blank row between), the column widths in
/// characters. Sheet names are Excel's: 1–31 characters, none of []:*?/\, unique in the workbook (case ignored).
/// </summary>
public sealed record ListSheet(string Name, IReadOnlyList<double> Widths, IReadOnlyList<ListSection> Sections);

/// <summary>
/// A list on a sheet: an optional title line, a header row, then one row per item (cells are <see cref="string"/>,
/// <see cref="decimal"/> or null). <see cref="Filtered"/> puts the sheet's one autofilter on it; the header of a
/// sheet's first section, when it has no title, is frozen.
/// </summary>
public sealed record ListSection(string? Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public bool Filtered { get; init; }
}
