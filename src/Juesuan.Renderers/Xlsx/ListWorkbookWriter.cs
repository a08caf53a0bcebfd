using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Juesuan.Renderers.Xlsx.XlsxKit;

namespace Juesuan.Renderers.Xlsx;

/// <summary>
/// A workbook of lists: each sheet a header row, then one row per item (numbers as numbers, text as text), with an
/// autofilter on the header and the header frozen. Used for findings downloads and the inspection workbook.
/// </summary>
public static class ListWorkbookWriter
{
    /// <param name="widths">column widths in characters, one per header cell</param>
    /// <param name="rows">cells are <see cref="string"/>, <see cref="decimal"/> or null (empty)</param>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IReadOnlyList<double> widths,
        IEnumerable<IReadOnlyList<object?>> rows) =>
        Write(output, [new ListSheet(sheetName.Length > 31 ? sheetName[..31] : sheetName, widths, [new ListSection(null, header, rows.ToList()) { Filtered = true }])]);

    /// <summary>Writes the sheets in order; refuses a sheet name Excel would refuse (before writing anything).</summary>
    public static void Write(Stream output, IReadOnlyList<ListSheet> sheets)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            if (sheet.Name.Length is 0 or > 31 || sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0
                || sheet.Name.StartsWith('\'') || sheet.Name.EndsWith('\'') || !names.Add(sheet.Name))
            {
                throw new ArgumentException($"工作表名称「{sheet.Name}」无效或重复（1–31 个字符，不含 []:*?/\\，不能重名）", nameof(sheets));
            }
        }

        using var doc = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var filter = WriteWorksheet(part, sheet);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(s + 1), Name = sheet.Name });
            if (filter is not null)
            {
                var absolute = string.Join(':', filter.Split(':').Select(r => "$" + new string(r.TakeWhile(char.IsAsciiLetter).ToArray()) + "$" + new string(r.SkipWhile(char.IsAsciiLetter).ToArray())));
                definedNames.Append(new DefinedName($"'{sheet.Name}'!{absolute}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)s, Hidden = true });
            }
        }

        workbookPart.Workbook.Append(sheetList);
        if (definedNames.HasChildren)
        {
            workbookPart.Workbook.Append(definedNames);
        }

        workbookPart.Workbook.Save();
    }

    /// <summary>
    /// Writes a sheet row by row through <see cref="OpenXmlWriter"/>: a row's cells exist only while it is written, so a
    /// list of hundreds of thousands of findings takes the memory of one row, not of the sheet (the DOM took ~1 KB a cell).
    /// Returns the autofilter's range, placed from the sections' row counts before any row is written.
    /// </summary>
    private static string? WriteWorksheet(WorksheetPart part, ListSheet sheet)
    {
        // Where each section's rows fall: a blank row between lists, a title line when there is one, the header.
        string? filter = null;
        var r = 0;
        foreach (var section in sheet.Sections)
        {
            r += (r > 0 ? 1 : 0) + (section.Title is not null ? 1 : 0) + 1;
            var headerRow = r;
            r += section.Rows.Count;
            if (section.Filtered && filter is null)
            {
                filter = $"{Ref(0, headerRow)}:{Ref(Math.Max(0, section.Header.Count - 1), r)}";
            }
        }

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.Sections.Count > 0 && sheet.Sections[0].Title is null)
        {
            writer.WriteElement(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }));
        }

        writer.WriteElement(Widths(sheet.Widths));
        writer.WriteStartElement(new SheetData());
        r = 0;
        foreach (var section in sheet.Sections)
        {
            if (r > 0)
            {
                r++; // a blank row between two lists
            }

            if (section.Title is not null)
            {
                r++;
                writer.WriteElement(new Row(TextCell(0, r, section.Title, XStyle.SectionTitle)) { RowIndex = (uint)r });
            }

            r++;
            var header = r;
            writer.WriteElement(new Row(section.Header.Select((h, c) => TextCell(c, header, h, XStyle.Header))) { RowIndex = (uint)r });
            foreach (var row in section.Rows)
            {
                r++;
                var cells = new Cell[row.Count];
                for (var c = 0; c < row.Count; c++)
                {
                    cells[c] = row[c] switch
                    {
                        decimal d => NumberCell(c, r, d, XStyle.ListNumber),
                        string text => TextCell(c, r, text, XStyle.ListText),
                        _ => EmptyCell(c, r, XStyle.ListText),
                    };
                }

                writer.WriteElement(new Row(cells) { RowIndex = (uint)r });
            }
        }

        writer.WriteEndElement(); // sheetData
        if (filter is not null)
        {
            writer.WriteElement(new AutoFilter { Reference = filter });
        }

        writer.WriteEndElement(); // worksheet
        return filter;
    }
}
