using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Core.Model;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>
/// A package as one XLSX workbook: one sheet per fact kind, found by its Chinese name (or its key /
/// file name). Cell texts are read exactly as stored — numbers as their stored decimal text, never
/// through <c>double</c> — with real row numbers for messages.
/// </summary>
public sealed partial class XlsxPackageSource : IPackageSource
{
    /// <summary>Refuse workbooks whose parts unpack to more than this (zip bombs).</summary>
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;

    /// <summary>Refuse sheets with more rows than this.</summary>
    public const int MaxRows = 200_000;

    /// <summary>A package sheet has at most 13 columns; a typed cell beyond this one is refused, not padded to.</summary>
    public const int MaxColumns = 64;

    private readonly Dictionary<string, List<RawRow>> _sheets;

    private XlsxPackageSource(string path, Dictionary<string, List<RawRow>> sheets)
    {
        Path = path;
        _sheets = sheets;
    }

    public string Path { get; }

    public bool IsWorkbook => true;

    /// <summary>The workbook's sheets in their order (a register or any list read from its first sheet).</summary>
    public IReadOnlyList<string> SheetNames => [.. _sheets.Keys];

    /// <summary>A sheet's rows by its name, as read (header first); null when there is no such sheet.</summary>
    public IReadOnlyList<RawRow>? Rows(string sheetName) => _sheets.TryGetValue(sheetName, out var rows) ? rows : null;

    /// <summary>Opens and reads the whole workbook, or throws <see cref="PackageSourceException"/> with a clear message.</summary>
    public static XlsxPackageSource Open(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Open(file, path);
        }
        catch (IOException ex)
        {
            throw new PackageSourceException(InputMessages.WorkbookCannotOpen(System.IO.Path.GetFileName(path), ex.Message), inner: ex);
        }
    }

    /// <summary>A workbook held in memory (an upload); <paramref name="path"/> names it in messages.</summary>
    public static XlsxPackageSource Open(Stream stream, string path)
    {
        var name = System.IO.Path.GetFileName(path);
        CheckZip(stream, name);
        stream.Position = 0;
        try
        {
            using var doc = SpreadsheetDocument.Open(stream, false);
            var workbook = doc.WorkbookPart ?? throw new PackageSourceException(InputMessages.WorkbookPartMissing(name));
            var shared = SharedStrings(workbook.SharedStringTablePart);
            var sheets = new Dictionary<string, List<RawRow>>(StringComparer.OrdinalIgnoreCase);
            // Null when the workbook part cannot be loaded (its XML was one stray byte, found by fuzzing).
            var root = workbook.Workbook ?? throw new PackageSourceException(InputMessages.WorkbookPartMissing(name));
            foreach (var sheet in root.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Name?.Value is not { } sheetName || sheet.Id?.Value is not { } id)
                {
                    continue;
                }

                // A relationship can point at any part (a fuzzed workbook's did): only a worksheet is read.
                var part = workbook.GetPartById(id) as WorksheetPart
                    ?? throw new PackageSourceException(InputMessages.SheetNotWorksheet(name, sheetName));
                sheets[sheetName.Trim()] = ReadRows(part, shared, sheetName, name);
            }

            return new XlsxPackageSource(path, sheets);
        }
        catch (PackageSourceException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException
            or InvalidOperationException or ArgumentException or System.Xml.XmlException or KeyNotFoundException or FormatException or InvalidCastException)
        {
            throw new PackageSourceException(InputMessages.WorkbookCorrupt(name, ex.GetType().Name), inner: ex);
        }
    }

    public RawSheet? Read(FactSheet sheet)
    {
        var key = new[] { sheet.SheetName, sheet.Key, System.IO.Path.GetFileNameWithoutExtension(sheet.FileName) }
            .FirstOrDefault(_sheets.ContainsKey);
        return key is null ? null : new RawSheet(sheet, sheet.SheetName, true, _sheets[key]);
    }

    /// <summary>Checks the file is a zip whose parts are of a sane size, before any XML is parsed.</summary>
    private static void CheckZip(Stream stream, string name)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new PackageSourceException(InputMessages.WorkbookTooLarge(name, MaxUncompressedBytes));
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new PackageSourceException(InputMessages.WorkbookNoContentTypes(name));
            }
        }
        catch (InvalidDataException)
        {
            throw new PackageSourceException(InputMessages.WorkbookNotZip(name));
        }
    }

    /// <summary>
    /// Reads a sheet row by row (never the whole sheet as one tree). Row numbers and cell references are checked
    /// against Excel's grid before anything is placed, and only cells up to <see cref="MaxColumns"/> are kept:
    /// empty cells are not padded out, and a typed cell further right is refused, so no reference can make the
    /// reader allocate more than the text it holds.
    /// </summary>
    private static List<RawRow> ReadRows(WorksheetPart part, List<string> shared, string sheetName, string file)
    {
        var where = $"工作表「{sheetName}」";
        var rows = new List<RawRow>();
        using var reader = OpenXmlReader.Create(part);
        var previous = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = previous + 1;
            if (row.RowIndex?.InnerText is { Length: > 0 } typed)
            {
                if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number > InputMessages.ExcelMaxRows || number <= previous)
                {
                    throw new PackageSourceException(InputMessages.RowNumberOutOfRange(typed), where, previous + 1);
                }
            }

            previous = number;
            if (rows.Count >= MaxRows)
            {
                throw new PackageSourceException(InputMessages.SheetTooManyRows(MaxRows), where, number);
            }

            var cells = new List<string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = position;
                if (cell.CellReference?.InnerText is { Length: > 0 } reference)
                {
                    column = ColumnIndex(reference);
                    if (column < 0)
                    {
                        throw new PackageSourceException(InputMessages.CellReferenceOutOfRange(reference), where, number);
                    }
                }

                position = column + 1;
                // The SDK throws on reading a type outside its enumeration (t="x", found by fuzzing): checked here, in place.
                if (cell.DataType is { } dataType && !dataType.HasValue)
                {
                    throw new PackageSourceException(InputMessages.CellTypeUnknown(dataType.InnerText ?? ""), where, number, column);
                }

                var text = CellText(cell, shared);
                if (text.Length == 0)
                {
                    continue;
                }

                if (column >= MaxColumns)
                {
                    throw new PackageSourceException(InputMessages.ColumnBeyondSheet(PackageError.ColumnLetter(column), MaxColumns), where, number, column);
                }

                while (cells.Count <= column)
                {
                    cells.Add(string.Empty);
                }

                cells[column] = text;
            }

            rows.Add(new RawRow(number, cells));
        }

        return rows;
    }

    /// <summary>The 0-based column of a reference such as B14, or -1 when it is not a reference inside Excel's grid (A1–XFD1048576).</summary>
    internal static int ColumnIndex(string reference)
    {
        var letters = 0;
        var n = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            if (++letters > 3)
            {
                return -1;
            }

            n = (n * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        var row = reference[letters..];
        return letters == 0 || n > InputMessages.ExcelMaxColumns || row.Length is 0 or > 7 || !row.All(char.IsAsciiDigit)
            || int.Parse(row, CultureInfo.InvariantCulture) is < 1 or > InputMessages.ExcelMaxRows ? -1 : n - 1;
    }

    /// <summary>The shared strings, read one item at a time.</summary>
    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }

        return strings;
    }

    /// <summary>
    /// A cell's text as Excel means it: Excel writes a character XML cannot carry (a control character such as
    /// U+0000) as the escape _xHHHH_ (ECMA-376 ST_Xstring; _x005F_ is the underscore), so it is decoded here and a
    /// control character typed in Excel reaches the check every cell gets — refused at its cell — rather than being
    /// read as the six letters of its escape.
    /// </summary>
    internal static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? XmlEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()) : text;

    [System.Text.RegularExpressions.GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial System.Text.RegularExpressions.Regex XmlEscape();

    private static string CellText(Cell cell, List<string> shared) => Unescape(RawCellText(cell, shared));

    private static string RawCellText(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return raw;
        }

        // A number: keep its stored decimal text; expand an exponent without going through double, and
        // cut binary noise past Excel's 15 significant digits (12345.670000000001 is what was typed as 12345.67).
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return raw;
        }

        var digits = raw.Count(char.IsAsciiDigit);
        if (digits > 15 || raw.Contains('E', StringComparison.OrdinalIgnoreCase))
        {
            var integerDigits = Math.Truncate(Math.Abs(d)).ToString(CultureInfo.InvariantCulture).TrimStart('0').Length;
            d = Math.Round(d, Math.Clamp(15 - integerDigits, 0, 28), MidpointRounding.AwayFromZero);
            var text = d.ToString(CultureInfo.InvariantCulture);
            return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
        }

        return raw;
    }
}
