using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Xlsx;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Renderers.Tests.Xlsx;

/// <summary>tables.xlsx, opened part by part as a spreadsheet program would.</summary>
public sealed class TablesWorkbookWriterTests
{
    private static readonly Lazy<byte[]> Workbook = new(() =>
    {
        var r = PackageReader.Read(Repo.Sample);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        using var ms = new MemoryStream();
        TablesWorkbookWriter.Write(NineTables.Build(r.Accounts!, r.Catalogs!), ms);
        return ms.ToArray();
    });

    private static SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(Workbook.Value), false);

    private static (WorksheetPart Part, Worksheet Sheet) SheetNamed(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        return (part, part.Worksheet);
    }

    private static Cell CellAt(Worksheet ws, string reference) =>
        ws.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string TextOf(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty;

    [Fact]
    public void One_sheet_per_table_named_by_its_number()
    {
        using var doc = Open();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"公开0{i}表"), doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void The_title_block_and_merged_header_are_as_printed()
    {
        using var doc = Open();
        var (_, ws) = SheetNamed(doc, "公开05表");
        Assert.Equal("一般公共预算财政拨款支出决算表", TextOf(CellAt(ws, "A1")));
        Assert.Equal("公开05表", TextOf(CellAt(ws, "E2")));
        Assert.Equal("部门：辽宁省朝阳市凌源市人力资源和社会保障局", TextOf(CellAt(ws, "A3")));
        Assert.Equal("金额单位：万元", TextOf(CellAt(ws, "E3")));
        var merges = ws.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A1:E1", merges);
        Assert.Contains("A4:B4", merges);   // 项目
        Assert.Contains("C4:E4", merges);   // 本年支出
        Assert.Contains("A6:B6", merges);   // 栏次
        Assert.Equal("本年支出", TextOf(CellAt(ws, "C4")));
        Assert.Equal("小计", TextOf(CellAt(ws, "C5")));
    }

    [Fact]
    public void Amounts_are_numbers_in_wan_with_thousands_format_and_codes_stay_text()
    {
        using var doc = Open();
        var (_, ws) = SheetNamed(doc, "公开05表");
        // Row 7 is 合计: 7,943 / 1,423 / 6,520.
        var total = CellAt(ws, "C7");
        Assert.Null(total.DataType);
        Assert.Equal("7943", total.CellValue!.Text);
        var style = (CellFormat)doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)total.StyleIndex!.Value);
        Assert.Equal(3u, style.NumberFormatId!.Value); // #,##0
        var code = CellAt(ws, "A8");
        Assert.Equal(CellValues.InlineString, code.DataType!.Value);
        Assert.Equal("201", TextOf(code));
        // 2080501 行政单位离退休 (0.12 万元) prints 0, project column 0 in this table.
        var row = ws.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => TextOf(c) == "2080501"));
        Assert.Equal(["2080501", "行政单位离退休", "0", "0", "0"], row.Elements<Cell>().Select(TextOf));
    }

    [Fact]
    public void Empty_cells_stay_empty_and_keep_their_borders()
    {
        using var doc = Open();
        var (_, ws) = SheetNamed(doc, "公开08表");
        var totalRow = ws.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => TextOf(c) == "合计"));
        Assert.Equal(8, totalRow.Elements<Cell>().Count());
        Assert.All(totalRow.Elements<Cell>().Skip(2), c => Assert.Null(c.CellValue));
    }

    [Fact]
    public void Pages_are_a4_landscape_one_page_wide_with_the_header_repeated()
    {
        using var doc = Open();
        var (_, ws) = SheetNamed(doc, "公开03表");
        var setup = ws.GetFirstChild<PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.True(ws.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var titles = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        Assert.Equal(9, titles.Count);
        Assert.Equal("'公开03表'!$1:$6", titles.Single(t => t.LocalSheetId!.Value == 2).Text);
    }

    [Fact]
    public void The_notes_follow_the_table()
    {
        using var doc = Open();
        var (_, ws) = SheetNamed(doc, "公开07表");
        var texts = ws.Descendants<Cell>().Select(TextOf).ToList();
        Assert.Contains("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。", texts);
        Assert.Contains("如本表为空，则我部门本年度无此类资金收支余。", texts);
    }
}
