using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Renderers.Docx;

namespace Juesuan.Renderers.Tests.Report;

public sealed class DocxReportWriterTests
{
    private static WordprocessingDocument Open(Reporting.Document.ReportDocument doc)
    {
        var ms = new MemoryStream();
        DocxReportWriter.Write(doc, ms);
        ms.Position = 0;
        return WordprocessingDocument.Open(ms, false);
    }

    [Fact]
    public void The_document_has_a_toc_field_headings_and_page_numbers()
    {
        using var word = Open(SampleReport.Document);
        var body = word.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o \"1-2\"", StringComparison.Ordinal));
        var styles = body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToHashSet();
        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);
        Assert.Contains("Heading3", styles);
        var footer = word.MainDocumentPart.FooterParts.Single().Footer;
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        Assert.True(word.MainDocumentPart.DocumentSettingsPart!.Settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void Headings_use_a_cjk_sans_and_the_body_a_cjk_serif()
    {
        using var word = Open(SampleReport.Document);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("黑体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("宋体", styles["BodyText"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void Tables_repeat_their_header_rows_merge_spans_and_sit_in_landscape_sections()
    {
        using var word = Open(SampleReport.Document);
        var body = word.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().ToList();
        Assert.True(tables.Count >= 9);
        var gk05 = tables.First(t => t.InnerText.Contains("一般公共服务支出", StringComparison.Ordinal) && t.Descendants<GridColumn>().Count() == 5);
        var header = gk05.Elements<TableRow>().Take(3).ToList();
        Assert.All(header, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Contains(gk05.Descendants<GridSpan>(), g => g.Val!.Value == 3);               // 本年支出
        Assert.Contains(tables.SelectMany(t => t.Descendants<VerticalMerge>()), v => v.Val?.Value == MergedCellValues.Restart); // 公开02表 本年收入合计
        Assert.Contains(body.Descendants<PageSize>(), p => p.Orient?.Value == PageOrientationValues.Landscape);
        Assert.Contains(body.Descendants<PageSize>(), p => p.Orient?.Value == PageOrientationValues.Portrait);
        // The 合计 row as printed.
        Assert.Contains(gk05.Elements<TableRow>(), r => r.InnerText == "合计7,9431,4236,520");
    }

    [Fact]
    public void Grids_merge_rows_and_columns()
    {
        using var word = Open(SampleReport.Hostile());
        var table = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(MergedCellValues.Restart, rows[0].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(MergedCellValues.Continue, rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(3, rows[0].Elements<TableCell>().ElementAt(1).TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Contains("测试局<script>alert(1)</script>", word.MainDocumentPart.Document.Body!.InnerText, StringComparison.Ordinal);
    }
}
