using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Readers.Published;

/// <summary>
/// The text of a Word or Excel report in the reader's shape: paragraphs as lines, table rows as
/// tab-separated cells (a merged cell's covered positions as empty cells), page breaks as form feeds.
/// </summary>
public static class OfficeText
{
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
                        foreach (var row in t.Elements<W.TableRow>())
                        {
                            var cells = new List<string>();
                            foreach (var cell in row.Elements<W.TableCell>())
                            {
                                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
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
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var cells = new List<string>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = ColumnIndex(cell.CellReference?.Value ?? string.Empty);
                        while (cells.Count < column)
                        {
                            cells.Add(string.Empty);
                        }

                        cells.Add(CellText(cell, shared));
                    }

                    while (cells.Count > 0 && cells[^1].Length == 0)
                    {
                        cells.RemoveAt(cells.Count - 1);
                    }

                    if (cells.Count > 0)
                    {
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

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            n = (n * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return Math.Max(0, n - 1);
    }

    private static void CheckZip(string path, string name)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Sum(e => e.Length) > 200L * 1024 * 1024)
            {
                throw new PublishedReadException($"「{name}」解压后过大，已拒绝（可能是压缩炸弹）");
            }
        }
        catch (InvalidDataException)
        {
            throw new PublishedReadException($"「{name}」不是有效的 Office 文件（不是 zip 格式）");
        }
    }
}
