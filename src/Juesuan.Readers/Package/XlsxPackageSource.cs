using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>
/// A package as one XLSX workbook: one sheet per fact kind, found by its Chinese name (or its key /
/// file name). Cell texts are read exactly as stored — numbers as their stored decimal text, never
/// through <c>double</c> — with real row numbers for messages.
/// </summary>
public sealed class XlsxPackageSource : IPackageSource
{
    /// <summary>Refuse workbooks whose parts unpack to more than this (zip bombs).</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Refuse sheets with more rows than this.</summary>
    public const int MaxRows = 200_000;

    private readonly Dictionary<string, List<RawRow>> _sheets;

    private XlsxPackageSource(string path, Dictionary<string, List<RawRow>> sheets)
    {
        Path = path;
        _sheets = sheets;
    }

    public string Path { get; }

    public bool IsWorkbook => true;

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
            throw new PackageSourceException($"无法打开工作簿「{System.IO.Path.GetFileName(path)}」：{ex.Message}", ex);
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
            var workbook = doc.WorkbookPart ?? throw new PackageSourceException($"「{name}」不是有效的 Excel 工作簿（缺少工作簿部件）");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sheets = new Dictionary<string, List<RawRow>>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Name?.Value is not { } sheetName || sheet.Id?.Value is not { } id)
                {
                    continue;
                }

                var part = (WorksheetPart)workbook.GetPartById(id);
                sheets[sheetName.Trim()] = ReadRows(part, shared, sheetName, name);
            }

            return new XlsxPackageSource(path, sheets);
        }
        catch (PackageSourceException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException
            or InvalidOperationException or ArgumentException or System.Xml.XmlException or KeyNotFoundException)
        {
            throw new PackageSourceException($"无法读取工作簿「{name}」：文件已损坏或不是 Excel 2007 及以上版本的 .xlsx 文件（{ex.GetType().Name}）", ex);
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
                    throw new PackageSourceException($"工作簿「{name}」解压后超过 {MaxUncompressedBytes / 1024 / 1024} MB，已拒绝（可能是压缩炸弹）");
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new PackageSourceException($"「{name}」不是 Excel 工作簿：压缩包中没有 [Content_Types].xml");
            }
        }
        catch (InvalidDataException)
        {
            throw new PackageSourceException($"「{name}」不是有效的 .xlsx 文件（不是 zip 格式；如为加密或 .xls 旧格式，请在 Excel 中另存为不加密的 .xlsx）");
        }
    }

    private static List<RawRow> ReadRows(WorksheetPart part, List<string> shared, string sheetName, string file)
    {
        var rows = new List<RawRow>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null)
        {
            return rows;
        }

        var next = 1;
        foreach (var row in data.Elements<Row>())
        {
            var number = row.RowIndex?.Value is { } ri ? (int)ri : next;
            next = number + 1;
            if (rows.Count >= MaxRows)
            {
                throw new PackageSourceException($"工作簿「{file}」的工作表「{sheetName}」超过 {MaxRows} 行，已拒绝");
            }

            var cells = new List<string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(CellText(cell, shared));
                position = column + 1;
            }

            rows.Add(new RawRow(number, cells));
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                n = (n * 26) + (ch - 'A' + 1);
            }
            else if (ch is >= 'a' and <= 'z')
            {
                n = (n * 26) + (ch - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return n - 1;
    }

    private static string CellText(Cell cell, List<string> shared)
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
