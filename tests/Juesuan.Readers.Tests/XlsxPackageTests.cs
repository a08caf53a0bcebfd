using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Xlsx;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

/// <summary>The workbook form of a package: the same facts and the same located errors as the CSV form.</summary>
public sealed class XlsxPackageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-xlsx-" + Guid.NewGuid().ToString("N"));

    public XlsxPackageTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string SampleWorkbook()
    {
        var sample = PackageReader.Read(Repo.Sample);
        Assert.True(sample.Success, string.Join("\n", sample.Errors));
        var file = Path.Combine(_dir, "sample.xlsx");
        using var stream = File.Create(file);
        PackageTemplateWriter.Write(stream, sample.Accounts!);
        return file;
    }

    [Fact]
    public void The_sample_as_a_workbook_reads_into_the_same_facts()
    {
        var csv = PackageReader.Read(Repo.Sample).Accounts!;
        var xlsx = PackageReader.Read(SampleWorkbook());
        Assert.True(xlsx.Success, string.Join("\n", xlsx.Errors));
        var a = xlsx.Accounts!;
        Assert.Equal(csv.Department, a.Department);
        Assert.Equal(csv.Units, a.Units);
        Assert.Equal(csv.Expenditure.Select(e => e with { Source = SourceRef.None }), a.Expenditure.Select(e => e with { Source = SourceRef.None }));
        Assert.Equal(csv.Narrative.Select(e => e with { Source = SourceRef.None }), a.Narrative.Select(e => e with { Source = SourceRef.None }));
        Assert.Equal(new SourceRef("支出", 3, "支出"), a.Expenditure[1].Source);
    }

    [Fact]
    public void The_untouched_template_is_refused_saying_what_is_missing()
    {
        // The template names no department: its 清单 lists the fields with their values left to fill.
        var file = Path.Combine(_dir, "template.xlsx");
        using (var stream = File.Create(file))
        {
            PackageTemplateWriter.Write(stream);
        }

        var r = PackageReader.Read(file);
        Assert.False(r.Success);
        var errors = string.Join("\n", r.Errors);
        Assert.Contains("部门名称", errors, StringComparison.Ordinal);
        Assert.Contains("年度", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_a_workbook_name_the_sheet_row_and_column()
    {
        var file = SampleWorkbook();
        using (var doc = SpreadsheetDocument.Open(file, true))
        {
            var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "支出");
            var ws = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
            var cell = ws.Descendants<Cell>().Single(c => c.CellReference == "B14");
            cell.DataType = CellValues.InlineString;
            cell.CellValue = null;
            cell.InlineString = new InlineString(new Text("2089998"));
        }

        var r = PackageReader.Read(file);
        var e = Assert.Single(r.Errors);
        Assert.Equal("工作表「支出」第 14 行 B 列（功能分类科目）：功能分类科目 2089998 不在 2024 版目录中（如为新增科目，请在「目录补充」表中登记）", e.ToString());
    }

    [Fact]
    public void Numbers_typed_as_numbers_are_read_exactly()
    {
        var file = SampleWorkbook();
        using (var doc = SpreadsheetDocument.Open(file, true))
        {
            var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "收入");
            var ws = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
            var code = ws.Descendants<Cell>().Single(c => c.CellReference == "C2");
            code.DataType = null;
            code.InlineString = null;
            code.CellValue = new CellValue("2013201");
            ws.Descendants<Cell>().Single(c => c.CellReference == "D2").CellValue = new CellValue("1852440.0000000002");
        }

        var r = PackageReader.Read(file);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        var first = r.Accounts!.Income[0];
        Assert.Equal("2013201", first.Function.Value);
        Assert.Equal(1852440.00m, first.Amount.Value);
    }

    [Fact]
    public void A_text_file_named_xlsx_is_refused_clearly()
    {
        var file = Path.Combine(_dir, "fake.xlsx");
        File.WriteAllText(file, "单位编码,金额\n1,2\n");
        var e = Assert.Single(PackageReader.Read(file).Errors);
        Assert.Equal(MessageId.FileUnreadable, e.Id);
        Assert.Contains("不是有效的 .xlsx 文件", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_workbook_is_refused_clearly()
    {
        var bytes = File.ReadAllBytes(SampleWorkbook());
        var file = Path.Combine(_dir, "cut.xlsx");
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var e = Assert.Single(PackageReader.Read(file).Errors);
        Assert.Equal(MessageId.FileUnreadable, e.Id);
        Assert.Contains("cut.xlsx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_any_xml_is_parsed()
    {
        var file = Path.Combine(_dir, "bomb.xlsx");
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 210; i++)
            {
                s.Write(zeros);
            }
        }

        Assert.True(new FileInfo(file).Length < 2 * 1024 * 1024);
        var e = Assert.Single(PackageReader.Read(file).Errors);
        Assert.Contains("压缩炸弹", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sheet_is_named_as_a_sheet()
    {
        var file = SampleWorkbook();
        using (var doc = SpreadsheetDocument.Open(file, true))
        {
            var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "收入");
            sheet.Name = "收入（旧）";
        }

        var e = Assert.Single(PackageReader.Read(file).Errors);
        Assert.Equal(MessageId.MissingSheet, e.Id);
        Assert.Contains("缺少工作表「收入」", e.Message, StringComparison.Ordinal);
    }
}
