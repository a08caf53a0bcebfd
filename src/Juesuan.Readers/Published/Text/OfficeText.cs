using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Core.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Readers.Published.Text;

/// <summary>
/// The text of a Word or Excel report in the reader's shape: paragraphs as lines, table rows as
/// tab-separated cells (a merged cell's covered positions as empty cells), page breaks as form feeds.
/// </summary>
public static class OfficeText
{
    /// <summary>A report's table is far narrower; a cell typed further right (or a span wider) is refused or cut, never padded to.</summary>
    public const int MaxColumns = 256;

    /// <summary>One XML part of a report (a 100-page report's body is a few megabytes).</summary>
    public const long MaxXmlPartBytes = 50L * 1024 * 1024;

    public static string FromDocx(string path)
    {
        var name = Path.GetFileName(path);
        CheckZip(path, name);
        try
        {
            using var doc = WordprocessingDocument.Open(path, false);
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new PublishedReadException($"「{name}」没有正文");
            var sb = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case W.Paragraph p:
                        if (p.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page) || p.ParagraphProperties?.SectionProperties is not null)
                        {
                            sb.Append('\f');
                        }

                        var text = p.InnerText;
                        if (text.Length > 0)
                        {
                            sb.Append(text).Append('\n');
                        }

                        break;
                    case W.Table t:
                        var grid = GridColumns(t);
                        foreach (var row in t.Elements<W.TableRow>())
                        {
                            var cells = new List<string>();
                            foreach (var cell in row.Elements<W.TableCell>())
                            {
                                // A merged cell spans at most the grid's columns left of it: a span of 10^9 is not 10^9 cells.
                                var span = Math.Clamp(GridSpan(cell), 1, Math.Max(1, grid - cells.Count));
                                var continued = cell.TableCellProperties?.VerticalMerge is { } v && (v.Val is null || v.Val.Value == W.MergedCellValues.Continue);
                                cells.Add(continued ? string.Empty : string.Join("", cell.Elements<W.Paragraph>().Select(x => x.InnerText)));
                                for (var i = 1; i < span; i++)
                                {
                                    cells.Add(string.Empty);
                                }
                            }

                            sb.Append(string.Join('\t', cells)).Append('\n');
                        }

                        break;
                    case W.SdtBlock sdt:
                        foreach (var p in sdt.Descendants<W.Paragraph>())
                        {
                            sb.Append(p.InnerText).Append('\n');
                        }

                        break;
                }
            }

            return sb.ToString();
        }
        catch (Exception ex) when (ex is not PublishedReadException and not OutOfMemoryException)
        {
            throw new PublishedReadException($"无法读取 Word 文件「{name}」：文件已损坏或不是 .docx（{ex.GetType().Name}）", ex);
        }
    }

    public static string FromXlsx(string path)
    {
        var name = Path.GetFileName(path);
        CheckZip(path, name);
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var workbook = doc.WorkbookPart ?? throw new PublishedReadException($"「{name}」没有工作簿");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sb = new StringBuilder();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id)
                {
                    continue;
                }

                if (sb.Length > 0)
                {
                    sb.Append('\f');
                }

                var part = (WorksheetPart)workbook.GetPartById(id);
                var previous = 0;
                foreach (var row in Rows(part))
                {
                    var number = previous + 1;
                    if (row.RowIndex?.InnerText is { Length: > 0 } typed
                        && (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number > InputMessages.ExcelMaxRows || number <= previous))
                    {
                        throw new PublishedReadException($"「{name}」工作表「{sheet.Name?.Value}」第 {previous + 1} 行：{InputMessages.RowNumberOutOfRange(typed).Text}");
                    }

                    previous = number;
                    var cells = new List<string>();
                    var width = 0; // blank cells the sheet holds count: "1、因公出国（境）费" with two blank cells is a row of three
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var reference = cell.CellReference?.InnerText ?? string.Empty;
                        var column = reference.Length == 0 ? cells.Count : Package.XlsxPackageSource.ColumnIndex(reference);
                        if (column < 0)
                        {
                            throw new PublishedReadException($"「{name}」工作表「{sheet.Name?.Value}」第 {number} 行：{InputMessages.CellReferenceOutOfRange(reference).Text}");
                        }

                        var text = CellText(cell, shared);
                        if (text.Length == 0)
                        {
                            width = column < MaxColumns ? Math.Max(width, column + 1) : width;
                            continue;
                        }

                        if (column >= MaxColumns)
                        {
                            throw new PublishedReadException($"「{name}」工作表「{sheet.Name?.Value}」第 {number} 行 {Package.PackageError.ColumnLetter(column)} 列：报告的表格最多 {MaxColumns} 列，此处超出");
                        }

                        while (cells.Count < column)
                        {
                            cells.Add(string.Empty);
                        }

                        if (column < cells.Count)
                        {
                            cells[column] = text;
                        }
                        else
                        {
                            cells.Add(text);
                        }
                    }

                    if (cells.Any(c => c.Length > 0))
                    {
                        while (cells.Count < width)
                        {
                            cells.Add(string.Empty);
                        }

                        sb.Append(string.Join('\t', cells)).Append('\n');
                    }
                }
            }

            return sb.ToString();
        }
        catch (Exception ex) when (ex is not PublishedReadException and not OutOfMemoryException)
        {
            throw new PublishedReadException($"无法读取 Excel 文件「{name}」：文件已损坏或不是 .xlsx（{ex.GetType().Name}）", ex);
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        // A number in a table of 万元 integers prints with thousands separators, as the PDF would.
        return decimal.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && d == Math.Round(d)
            ? d.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture)
            : raw;
    }

    /// <summary>A sheet's rows read one at a time (never the sheet as one tree).</summary>
    private static IEnumerable<Row> Rows(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                yield return (Row)reader.LoadCurrentElement()!;
            }
        }
    }

    /// <summary>The columns of a Word table's grid (w:tblGrid), or <see cref="MaxColumns"/> when it has none.</summary>
    private static int GridColumns(W.Table table) =>
        table.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>().Count() is { } n and > 0 ? Math.Min(n, MaxColumns) : MaxColumns;

    /// <summary>w:gridSpan as typed, read without overflow (a value that is not a small number counts as 1).</summary>
    private static int GridSpan(W.TableCell cell) =>
        int.TryParse(cell.TableCellProperties?.GridSpan?.Val?.InnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var span) ? span : 1;

    private static void CheckZip(string path, string name)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Sum(e => e.Length) > 200L * 1024 * 1024)
            {
                throw new PublishedReadException($"「{name}」解压后过大，已拒绝（可能是压缩炸弹）");
            }

            // The text parts are parsed (a Word body as one tree): each is bounded, whatever the images weigh.
            if (zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.Length > MaxXmlPartBytes) is { } big)
            {
                throw new PublishedReadException($"「{name}」的 {big.FullName} 解压后 {big.Length / 1024 / 1024} MB，超过 {MaxXmlPartBytes / 1024 / 1024} MB 上限，已拒绝");
            }
        }
        catch (InvalidDataException)
        {
            throw new PublishedReadException($"「{name}」不是有效的 Office 文件（不是 zip 格式）");
        }
    }
}
