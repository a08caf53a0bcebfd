using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Juesuan.Synthetic.Planting;

/// <summary>
/// Applies the table edits planted in report.txt to tables.xlsx: the row whose cells read as the text's row (the n-th
/// such row over the sheets in order), the cell written as a number or as text like its neighbours.
/// </summary>
public static class XlsxPlanter
{
    /// <summary>Plants the table edits among <paramref name="edits"/> in the workbook; returns the edits placed.</summary>
    public static IReadOnlyList<LineEdit> Apply(byte[] xlsx, IReadOnlyList<LineEdit> edits, out byte[] planted)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        var placed = new List<LineEdit>();
        using (var doc = SpreadsheetDocument.Open(ms, isEditable: true))
        {
            var workbook = doc.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>()
                .Select(s => (WorksheetPart)workbook.GetPartById(s.Id!.Value!)).ToList();
            foreach (var e in edits.Where(e => e.Cell >= 0))
            {
                var cells = e.OldText.Split('\t').Select(Normalise).ToArray();
                var rows = sheets.SelectMany(s => s.Worksheet.Descendants<Row>())
                    .Where(r => DocxPlanter.SameCells(Texts(r), cells)).ToList();
                if (rows.Count <= e.Occurrence)
                {
                    continue;
                }

                var row = rows[e.Occurrence];
                var cell = Cells(row).ElementAtOrDefault(e.Cell);
                if (cell is null)
                {
                    continue;
                }

                var value = e.NewText.Split('\t')[e.Cell];
                var number = Normalise(value);
                cell.RemoveAllChildren();
                if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                {
                    cell.DataType = null;
                    cell.CellValue = new CellValue(number);
                }
                else
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(value));
                }

                placed.Add(e);
            }

            foreach (var s in sheets)
            {
                s.Worksheet.Save();
            }
        }

        planted = ms.ToArray();
        return placed;
    }

    private static string Normalise(string cell) => cell.Replace(",", string.Empty, StringComparison.Ordinal).Trim();

    private static List<Cell> Cells(Row row) => row.Elements<Cell>().ToList();

    private static List<string> Texts(Row row) =>
        Cells(row).Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).Select(Normalise).ToList();
}
