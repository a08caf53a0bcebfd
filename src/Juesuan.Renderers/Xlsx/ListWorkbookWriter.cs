using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Juesuan.Renderers.Xlsx.XlsxKit;

namespace Juesuan.Renderers.Xlsx;

/// <summary>
/// A one-sheet workbook of a list: a header row, then one row per item (numbers as numbers, text as text), with an
/// autofilter on the header and the header frozen. Used for findings downloads.
/// </summary>
public static class ListWorkbookWriter
{
    /// <param name="widths">column widths in characters, one per header cell</param>
    /// <param name="rows">cells are <see cref="string"/>, <see cref="decimal"/> or null (empty)</param>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IReadOnlyList<double> widths,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var doc = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var part = workbookPart.AddNewPart<WorksheetPart>();

        var data = new SheetData();
        data.Append(new Row(header.Select((h, c) => TextCell(c, 1, h, XStyle.Header))) { RowIndex = 1 });
        var r = 1;
        foreach (var row in rows)
        {
            r++;
            var cells = new List<Cell>();
            for (var c = 0; c < row.Count; c++)
            {
                cells.Add(row[c] switch
                {
                    decimal d => NumberCell(c, r, d, XStyle.ListNumber),
                    string s => TextCell(c, r, s, XStyle.ListText),
                    _ => EmptyCell(c, r, XStyle.ListText),
                });
            }

            data.Append(new Row(cells) { RowIndex = (uint)r });
        }

        var last = Column(header.Count - 1);
        var views = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 });
        part.Worksheet = new Worksheet(views, Widths(widths), data, new AutoFilter { Reference = $"A1:{last}{r}" });
        var name = sheetName.Length > 31 ? sheetName[..31] : sheetName;
        workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = name }));
        workbookPart.Workbook.Append(new DefinedNames(new DefinedName($"'{name}'!$A$1:${last}${r}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        workbookPart.Workbook.Save();
    }
}
