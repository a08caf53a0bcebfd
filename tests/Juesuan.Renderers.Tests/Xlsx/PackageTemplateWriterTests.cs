using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Core.Package;
using Juesuan.Renderers.Xlsx;

namespace Juesuan.Renderers.Tests.Xlsx;

public sealed class PackageTemplateWriterTests
{
    private static SpreadsheetDocument Template(TemplateExamples examples = TemplateExamples.OnExampleSheet)
    {
        var ms = new MemoryStream();
        PackageTemplateWriter.Write(ms, examples);
        ms.Position = 0;
        return SpreadsheetDocument.Open(ms, false);
    }

    private static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static List<string> RowTexts(Worksheet ws, uint row) =>
        ws.Descendants<Row>().Single(r => r.RowIndex! == row).Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList();

    [Fact]
    public void Every_fact_sheet_is_there_with_its_headers_after_the_instructions()
    {
        using var doc = Template();
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["填报说明", .. PackageFormat.Sheets.Select(s => s.SheetName), "示例（不导入）", "目录"], names);
        foreach (var sheet in PackageFormat.Sheets)
        {
            Assert.Equal(sheet.Columns.Select(c => c.Header), RowTexts(Sheet(doc, sheet.SheetName), 1));
        }
    }

    [Fact]
    public void The_template_is_empty_no_department_is_filled_in()
    {
        using var doc = Template();
        foreach (var sheet in PackageFormat.Sheets.Where(s => !s.IsKeyValue))
        {
            Assert.Equal([1u], Sheet(doc, sheet.SheetName).Descendants<Row>().Select(r => r.RowIndex!.Value));
        }

        // 清单 lists the fields to fill; only the workbook's own format version has a value.
        var manifest = Sheet(doc, "清单");
        Assert.Equal(["部门名称", string.Empty], RowTexts(manifest, 2));
        Assert.Equal(["地区", string.Empty], RowTexts(manifest, 4));
        Assert.Equal(["年度", string.Empty], RowTexts(manifest, 5));
        Assert.DoesNotContain("凌源", string.Concat(PackageFormat.Sheets.Select(s => Sheet(doc, s.SheetName).InnerText)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_examples_are_on_a_sheet_marked_as_not_imported()
    {
        using var doc = Template();
        var examples = Sheet(doc, "示例（不导入）");
        Assert.StartsWith("【示例】本工作表只是填写示例，导入时不读取", RowTexts(examples, 1)[0], StringComparison.Ordinal);
        var rows = examples.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? string.Empty).ToList()).ToList();
        var expenditure = rows.FindIndex(r => r.Count > 0 && r[0].StartsWith("「支出」", StringComparison.Ordinal));
        Assert.Equal(PackageFormat.Expenditure.Columns.Select(c => c.Header), rows[expenditure + 1]);
        Assert.Equal("2013201", rows[expenditure + 2][1]);
        Assert.Contains(rows, r => r.SequenceEqual(["部门名称", "凌源市人力资源和社会保障局"]));
    }

    [Fact]
    public void On_request_each_fact_sheet_has_one_marked_example_row()
    {
        using var doc = Template(TemplateExamples.InPlace);
        var example = RowTexts(Sheet(doc, "支出"), 2);
        Assert.StartsWith(PackageFormat.ExampleMarker, example[0], StringComparison.Ordinal);
        Assert.Equal("2013201", example[1]);
        Assert.Equal("一般公共预算财政拨款", example[3]);
        Assert.Equal(["部门名称", string.Empty], RowTexts(Sheet(doc, "清单"), 2));
    }

    [Fact]
    public void Coded_and_choice_columns_have_pick_lists()
    {
        using var doc = Template();
        var validations = Sheet(doc, "支出").Descendants<DataValidation>().ToList();
        string FormulaFor(string column) =>
            validations.Single(v => (v.SequenceOfReferences?.InnerText ?? string.Empty).StartsWith(column + "2", StringComparison.Ordinal)).Formula1?.Text ?? string.Empty;
        Assert.Equal("\"一般公共预算财政拨款,政府性基金预算财政拨款,国有资本经营预算财政拨款,非财政拨款资金\"", FormulaFor("D"));
        Assert.StartsWith("'目录'!$A$2:$A$", FormulaFor("B"), StringComparison.Ordinal);
        Assert.StartsWith("'目录'!$D$2:$D$", FormulaFor("C"), StringComparison.Ordinal);
        Assert.StartsWith("'单位'!$A$2", FormulaFor("A"), StringComparison.Ordinal);       // units from row 2: no example row above them
        var catalog = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "目录");
        Assert.Equal(SheetStateValues.Hidden, catalog.State!.Value);
    }
}
