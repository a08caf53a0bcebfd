using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Juesuan.Renderers.Xlsx;

/// <summary>The cell styles both workbooks use (indexes into cellXfs).</summary>
internal enum XStyle : uint
{
    Default = 0,
    Title = 1,
    Right = 2,
    Left = 3,
    Center = 4,
    Header = 5,
    Text = 6,
    Code = 7,
    Amount = 8,
    LineNumber = 9,
    TotalText = 10,
    TotalAmount = 11,
    Note = 12,
    TemplateHeader = 13,
    Example = 14,
    TextInput = 15,
    MoneyInput = 16,
    Wrapped = 17,
    ListText = 18,
    ListNumber = 19,
    SectionTitle = 20,
}

/// <summary>Small helpers over the OpenXml SDK: a fixed stylesheet, cells by reference, merges.</summary>
internal static class XlsxKit
{
    /// <summary>A CJK font both Excel (宋体) and LibreOffice (substituted by Noto CJK) render.</summary>
    public const string Font = "宋体";

    public static string Column(int index)
    {
        var s = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    public static string Ref(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static Cell TextCell(int column, int row, string text, XStyle style) => new()
    {
        CellReference = Ref(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = (uint)style,
    };

    public static Cell NumberCell(int column, int row, decimal value, XStyle style) => new()
    {
        CellReference = Ref(column, row),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = (uint)style,
    };

    public static Cell EmptyCell(int column, int row, XStyle style) => new() { CellReference = Ref(column, row), StyleIndex = (uint)style };

    public static MergeCell Merge(int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        new() { Reference = $"{Ref(firstColumn, firstRow)}:{Ref(lastColumn, lastRow)}" };

    public static void AddStyles(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        DocumentFormat.OpenXml.Spreadsheet.Font MakeFont(double size, bool bold, bool italic = false, string? color = null)
        {
            var f = new DocumentFormat.OpenXml.Spreadsheet.Font();
            if (bold)
            {
                f.Append(new Bold());
            }

            if (italic)
            {
                f.Append(new Italic());
            }

            f.Append(new FontSize { Val = size });
            if (color is not null)
            {
                f.Append(new Color { Rgb = color });
            }

            f.Append(new FontName { Val = Font });
            f.Append(new FontFamilyNumbering { Val = 3 });
            f.Append(new FontCharSet { Val = 134 });
            return f;
        }

        var fonts = new Fonts(
            MakeFont(10.5, false),                 // 0 body
            MakeFont(10.5, true),                  // 1 bold
            MakeFont(16, true),                    // 2 title
            MakeFont(10.5, false, true, "FF808080")); // 3 example (grey italic)
        fonts.Count = (uint)fonts.ChildElements.Count;

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        fills.Count = 3;

        BorderPropertiesType Thin<T>()
            where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF000000" } };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()));
        borders.Count = 2;

        CellFormat Xf(uint font, uint fill, uint border, uint numFmt, HorizontalAlignmentValues h, bool wrap = false, VerticalAlignmentValues? v = null) => new(
            new Alignment { Horizontal = h, Vertical = v ?? VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numFmt,
            ApplyFont = true,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numFmt != 0,
            ApplyAlignment = true,
        };

        var left = HorizontalAlignmentValues.Left;
        var right = HorizontalAlignmentValues.Right;
        var center = HorizontalAlignmentValues.Center;
        var xfs = new CellFormats(
            Xf(0, 0, 0, 0, HorizontalAlignmentValues.General),   // Default
            Xf(2, 0, 0, 0, center),                              // Title
            Xf(0, 0, 0, 0, right),                               // Right
            Xf(0, 0, 0, 0, left),                                // Left
            Xf(0, 0, 0, 0, center),                              // Center
            Xf(1, 2, 1, 0, center, wrap: true),                  // Header
            Xf(0, 0, 1, 0, left, wrap: true),                    // Text
            Xf(0, 0, 1, 49, left),                               // Code (@)
            Xf(0, 0, 1, 3, right),                               // Amount (#,##0)
            Xf(0, 0, 1, 0, center),                              // LineNumber
            Xf(1, 0, 1, 0, left, wrap: true),                    // TotalText
            Xf(1, 0, 1, 3, right),                               // TotalAmount
            Xf(0, 0, 0, 0, left, wrap: true, VerticalAlignmentValues.Top), // Note
            Xf(1, 2, 1, 0, center, wrap: true),                  // TemplateHeader
            Xf(3, 0, 0, 49, left),                               // Example
            Xf(0, 0, 0, 49, left),                               // TextInput (@)
            Xf(0, 0, 0, 4, right),                               // MoneyInput (#,##0.00)
            Xf(0, 0, 0, 0, left, wrap: true, VerticalAlignmentValues.Top), // Wrapped
            Xf(0, 0, 1, 0, left, wrap: true, VerticalAlignmentValues.Top), // ListText
            Xf(0, 0, 1, 0, right, v: VerticalAlignmentValues.Top), // ListNumber (General: as many decimals as the value has)
            Xf(1, 0, 0, 0, left));                               // SectionTitle (bold, no border)
        xfs.Count = (uint)xfs.ChildElements.Count;

        part.Stylesheet = new Stylesheet(
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    public static Columns Widths(IEnumerable<double> widths)
    {
        var cols = new Columns();
        uint i = 1;
        foreach (var w in widths)
        {
            cols.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = i, Max = i, Width = w, CustomWidth = true });
            i++;
        }

        return cols;
    }
}
