using Juesuan.Core.Model;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>One row of a sheet as typed: its 1-based row number in the file/sheet and its cell texts.</summary>
public sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public bool IsExample => Cell(0).TrimStart().StartsWith(PackageFormat.ExampleMarker, StringComparison.Ordinal);
}

/// <summary>
/// A fact sheet as read from a CSV file or a workbook sheet: the header row first, then data rows.
/// Cell texts are exactly what was typed (numbers in invariant culture, no float rounding).
/// </summary>
public sealed record RawSheet(FactSheet Sheet, string Location, bool IsWorkbook, IReadOnlyList<RawRow> Rows);

/// <summary>Where a package's sheets come from: a folder of CSV files or one XLSX workbook.</summary>
public interface IPackageSource
{
    /// <summary>The path read, for messages.</summary>
    string Path { get; }

    bool IsWorkbook { get; }

    /// <summary>The sheet, or null when the package does not have it.</summary>
    RawSheet? Read(FactSheet sheet);
}

/// <summary>
/// A source that cannot be read at all (not a workbook, corrupt zip, a cell outside Excel's grid, …): the message
/// from the catalogue and, when known, where — the sheet or file, row and 0-based column.
/// </summary>
public sealed class PackageSourceException(InputMessage message, string? location = null, int? row = null, int? column = null, Exception? inner = null)
    : Exception(message.Text, inner)
{
    public InputMessage Input { get; } = message;

    public string? Location { get; } = location;

    public int? Row { get; } = row;

    public int? Column { get; } = column;

    public PackageError ToError(string path) => new(Input.Id, Location ?? path, Row, Column, null, null, Input.Text);
}
