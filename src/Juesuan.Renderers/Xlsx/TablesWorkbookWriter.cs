using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Reporting.Tables;
using static Juesuan.Renderers.Xlsx.XlsxKit;

namespace Juesuan.Renderers.Xlsx;

/// <summary>
/// tables.xlsx: one sheet per disclosure table, laid out as printed — title, 公开NN表, 部门/年度/金额单位,
/// merged multi-level header, bordered body with amounts as numbers in <c>#,##0</c>, notes — and set up
/// for A4 landscape printing one page wide with the header rows repeated on every page.
/// </summary>
public static class TablesWorkbookWriter
{
    /// <summary>Tables with at most this many body rows are fitted onto one landscape page.</summary>
    public const int OnePageRows = 40;

    public static void Write(IReadOnlyList<DisclosureTable> tables, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var name = SheetName(table, sheetId);
            var titleRows = WriteSheet(part, table);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });
            definedNames.Append(new DefinedName($"'{name}'!$1:${titleRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 1 });
            sheetId++;
        }

        workbookPart.Workbook.Append(sheets);
        workbookPart.Workbook.Append(definedNames);
        workbookPart.Workbook.Save();
    }

    /// <summary>The sheet name: the table's number (公开01表), or its id when unnumbered; at most 31 characters.</summary>
    private static string SheetName(DisclosureTable t, uint index) =>
        (t.Number.Length > 0 ? t.Number : index.ToString("00", CultureInfo.InvariantCulture) + " " + t.Title) is var s && s.Length > 31 ? s[..31] : s;

    /// <summary>Writes the sheet; returns the number of rows to repeat when printing (title block and header).</summary>
    private static int WriteSheet(WorksheetPart part, DisclosureTable t)
    {
        var n = t.ColumnCount;
        var last = n - 1;
        var data = new SheetData();
        var merges = new MergeCells();

        // Title block.
        data.Append(new Row(TextCell(0, 1, t.Title, XStyle.Title)) { RowIndex = 1, Height = 30, CustomHeight = true });
        merges.Append(Merge(0, 1, last, 1));
        data.Append(new Row(TextCell(last, 2, t.Number, XStyle.Right)) { RowIndex = 2 });
        var middle = n / 2;
        var departmentSpan = Math.Max(0, middle - 1);
        data.Append(new Row(
            TextCell(0, 3, "部门：" + t.DepartmentName, XStyle.Left),
            TextCell(middle, 3, t.Year.ToString() + " 年度", XStyle.Center),
            TextCell(last, 3, "金额单位：" + t.AmountUnit, XStyle.Right))
        { RowIndex = 3 });
        if (departmentSpan > 0)
        {
            merges.Append(Merge(0, 3, departmentSpan, 3));
        }

        // Header grid: every position gets a bordered cell; spans become merges.
        var headerTop = 4;
        var headerRows = t.HeaderRowCount;
        var grid = new Cell?[headerRows, n];
        foreach (var h in t.Header)
        {
            grid[h.Row, h.Column] = TextCell(h.Column, headerTop + h.Row, h.Text, XStyle.Header);
            if (h.RowSpan > 1 || h.ColSpan > 1)
            {
                merges.Append(Merge(h.Column, headerTop + h.Row, h.Column + h.ColSpan - 1, headerTop + h.Row + h.RowSpan - 1));
            }
        }

        for (var r = 0; r < headerRows; r++)
        {
            var row = new Row { RowIndex = (uint)(headerTop + r) };
            for (var c = 0; c < n; c++)
            {
                row.Append(grid[r, c] ?? EmptyCell(c, headerTop + r, XStyle.Header));
            }

            data.Append(row);
        }

        // Body.
        var rowIndex = headerTop + headerRows;
        foreach (var r in t.Rows)
        {
            var row = new Row { RowIndex = (uint)rowIndex };
            var total = r.Kind == RowKind.Total;
            for (var c = 0; c < n; c++)
            {
                var cell = r.Cells[c];
                row.Append(cell.Kind switch
                {
                    CellKind.Amount when cell.Printed is { } v && cell.Text.Length > 0 => NumberCell(c, rowIndex, v, total ? XStyle.TotalAmount : XStyle.Amount),
                    CellKind.Amount => EmptyCell(c, rowIndex, total ? XStyle.TotalAmount : XStyle.Amount),
                    CellKind.Code => TextCell(c, rowIndex, cell.Text, XStyle.Code),
                    CellKind.LineNumber => TextCell(c, rowIndex, cell.Text, XStyle.LineNumber),
                    _ when cell.Text.Length == 0 => EmptyCell(c, rowIndex, total ? XStyle.TotalText : XStyle.Text),
                    _ => TextCell(c, rowIndex, cell.Text, total ? XStyle.TotalText : XStyle.Text),
                });
                if (cell.ColSpan > 1)
                {
                    merges.Append(Merge(c, rowIndex, c + cell.ColSpan - 1, rowIndex));
                }
            }

            data.Append(row);
            rowIndex++;
        }

        // Notes, each across the table's width.
        rowIndex++;
        foreach (var note in t.Notes)
        {
            data.Append(new Row(TextCell(0, rowIndex, note, XStyle.Note)) { RowIndex = (uint)rowIndex, Height = note.Length > 60 ? 30 : 16, CustomHeight = true });
            merges.Append(Merge(0, rowIndex, last, rowIndex));
            rowIndex++;
        }

        var widths = t.ColumnWidths.Count == n ? t.ColumnWidths.Select(w => (double)w + 2) : Enumerable.Repeat(14d, n);
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            new SheetFormatProperties { DefaultRowHeight = 16 },
            Widths(widths),
            data);
        if (merges.HasChildren)
        {
            worksheet.Append(merges);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                // One page when the table is short enough to stay legible, else one page wide and as many long as needed.
                PaperSize = 9,
                Orientation = OrientationValues.Landscape,
                FitToWidth = 1,
                FitToHeight = t.Rows.Count <= OnePageRows ? 1u : 0u,
            },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        part.Worksheet = worksheet;
        return headerTop + headerRows - 1;
    }
}
