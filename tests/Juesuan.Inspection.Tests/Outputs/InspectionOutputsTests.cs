using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Audit;
using Juesuan.Core.Model;
using Juesuan.Inspection.Outputs;

namespace Juesuan.Inspection.Tests.Outputs;

public sealed class InspectionOutputsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "juesuan-inspection-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IReadOnlyList<string> WriteSample() => InspectionOutputs.Write(SampleInspection.Result(), _folder);

    [Fact]
    public void Every_output_is_written_into_the_folder()
    {
        var written = WriteSample();
        Assert.Equal(["检查结果.xlsx", "检查结果.csv", "检查结果.json", "检查通报.docx"], written.Select(Path.GetFileName));
        Assert.All(written, p => Assert.True(new FileInfo(p).Length > 0, p));
    }

    [Fact]
    public void The_summary_counts_what_the_sample_holds()
    {
        var s = InspectionSummary.Of(SampleInspection.Result());
        // Register: 3 departments; 财政局 and 规划资源局 published a 部门决算; 社会工作部 did not.
        Assert.Equal((3, 2), (s.DepartmentsToPublish, s.DepartmentsPublished));
        // (91.5 + 88 + 0) / 3 = 59.833… → 59.83; both scored 及时性 lost nothing (no reasons), 社会工作部 has none.
        Assert.Equal(59.83m, s.AverageScore);
        Assert.Equal(2, s.DepartmentsOnTime);
        // Errors: T-SUM, I-UNITS (300 ≠ 100 + 190), I-UNPUBLISHED; warning: R-UNIT.
        Assert.Equal((3, 1, 0), (s.Errors, s.Warnings, s.Notes));
        Assert.Equal((1, 1), (s.FilesUnreadable, s.FilesUnmatched));
        Assert.Equal(["上海市普陀区财政局", "上海市普陀区规划和自然资源局", "中共上海市普陀区委社会工作部", "（未识别部门）"], s.Departments.Select(d => d.Name));
        // The units' files and the I-UNITS finding are filed under their department.
        var finance = s.Departments[0];
        Assert.Equal(3, finance.Files.Count);
        Assert.Equal("I-UNITS", Assert.Single(finance.Findings).RuleId);
    }

    [Fact]
    public void The_workbook_has_the_ranking_all_findings_files_and_a_sheet_per_department()
    {
        WriteSample();
        using var doc = SpreadsheetDocument.Open(Path.Combine(_folder, "检查结果.xlsx"), false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["排名", "全部问题", "文件", "上海市普陀区财政局", "上海市普陀区规划和自然资源局", "中共上海市普陀区委社会工作部", "（未识别部门）"], sheets);

        var findings = Rows(doc, "全部问题");
        Assert.Equal(FindingRow.Header, findings[0]);
        // The planted T-SUM: 规划资源局's file, its place and figures, severity in Chinese.
        var tsum = Assert.Single(findings, r => r.Count > 3 && r[3] == "T-SUM");
        Assert.Equal(["审核", "错误", "T-SUM", "上海市普陀区规划和自然资源局", "102", "规划资源局/2024.pdf", "公开03表 行 2080101 栏1"], tsum.Skip(1).Take(7));
        Assert.Equal(["120", "118", "2", "1"], tsum.Skip(9).Take(4));
        var sheet = Worksheet(doc, "全部问题");
        Assert.Equal("A1:M5", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        Assert.Equal(13, sheet.GetFirstChild<Columns>()!.Elements<Column>().Count());

        var ranking = Rows(doc, "排名");
        Assert.Equal(["1", "部门", "上海市普陀区规划和自然资源局", "102", "2024", "91.5", "100", "100", "80", "97.5", "80"], ranking[1].Take(11));
        Assert.Equal("真实性：T-SUM 公开03表 行 2080101 栏1；规范性：R-UNIT 说明 第5页第3行", ranking[1][11]);

        var files = Rows(doc, "文件");
        Assert.Contains(files, r => r[0] == "其他/扫描件.pdf" && r[1] == "未识别" && r[^1] == "没有文字层（扫描件）");

        // A department's sheet: its files, then its findings under the filter.
        var finance = Rows(doc, "上海市普陀区财政局");
        Assert.Equal("上海市普陀区财政局：文件 3 个", finance[0][0]);
        Assert.Contains(finance, r => r.Count > 3 && r[3] == "I-UNITS" && r[2] == "错误");
    }

    [Fact]
    public void The_csv_begins_with_the_bom_and_lists_every_finding_under_the_header()
    {
        WriteSample();
        var bytes = File.ReadAllBytes(Path.Combine(_folder, "检查结果.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.NotEqual(0xEF, bytes[3]); // one mark, not two
        var records = CsvText.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal(FindingRow.Header, records[0].Fields);
        Assert.Equal(5, records.Count); // header + T-SUM, R-UNIT, I-UNITS, I-UNPUBLISHED
        var unpublished = Assert.Single(records, r => r.Fields[3] == "I-UNPUBLISHED").Fields;
        Assert.Equal(["检查", "错误", "I-UNPUBLISHED", "中共上海市普陀区委社会工作部", "103", ""], unpublished.Skip(1).Take(6));
    }

    [Fact]
    public void The_json_gives_the_whole_result_back()
    {
        WriteSample();
        var text = File.ReadAllText(Path.Combine(_folder, "检查结果.json"));
        Assert.Contains("\"schema\": \"juesuan-inspection/1\"", text, StringComparison.Ordinal);
        Assert.Contains("\"departmentsToPublish\": 3", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"DepartmentFinalAccounts\"", text, StringComparison.Ordinal);

        var original = SampleInspection.Result();
        var back = InspectionJson.Read(text);
        Assert.Equal((original.Source, original.InspectedAt), (back.Source, back.InspectedAt));
        Assert.Equal(original.Files.Select(f => (f.RelativePath, f.Kind, f.Year, f.Unreadable)), back.Files.Select(f => (f.RelativePath, f.Kind, f.Year, f.Unreadable)));
        Assert.Equal(original.Files.SelectMany(f => f.Figures), back.Files.SelectMany(f => f.Figures));
        var tsum = back.Files.Single(f => f.RelativePath == "规划资源局/2024.pdf").Findings[0];
        Assert.Equal((Severity.Error, 120m, 118m, 1m), (tsum.Severity, tsum.Printed, tsum.Computed, tsum.Tolerance));
        Assert.Equal(original.Findings.Select(f => (f.RuleId, f.Message, f.Printed)), back.Findings.Select(f => (f.RuleId, f.Message, f.Printed)));
        Assert.Equal(original.Scores.Select(s => (s.Subject, s.Total, s.Rank)), back.Scores.Select(s => (s.Subject, s.Total, s.Rank)));
        Assert.Equal(original.Register.Select(e => (e.Code, e.Level, e.ParentCode)), back.Register.Select(e => (e.Code, e.Level, e.ParentCode)));
        Assert.Null(back.Matches.Single(m => m.RelativePath == "其他/扫描件.pdf").Entry);
    }

    [Fact]
    public void A_json_of_another_format_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => InspectionJson.Read("{\"schema\":\"other/9\"}"));
        Assert.Contains("other/9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_has_the_title_summary_ranking_problems_with_examples_and_requirements()
    {
        WriteSample();
        using var doc = WordprocessingDocument.Open(Path.Combine(_folder, "检查通报.docx"), false);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal("关于2024年度部门决算公开检查情况的通报", paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Contains("应公开2024年度部门决算的部门 3 个，已公开 2 个，未公开 1 个；按时公开 2 个，平均得分 59.83 分。", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("上海市普陀区规划和自然资源局（规划资源局/2024.pdf，公开03表 行 2080101 栏1）：公开03表 2080101", StringComparison.Ordinal));
        Assert.Contains("四、整改要求", paragraphs);
        var table = doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["名次", "部门（单位）", "总分", "完整性", "细化程度", "真实性", "规范性", "及时性"], rows[0]);
        Assert.Equal(["2", "上海市普陀区财政局", "88", "100", "100", "60", "100", "80"], rows[2]);
    }

    [Fact]
    public void A_department_and_its_own_report_are_two_labelled_lines_and_the_notice_ranks_departments_once()
    {
        // 甲局's 部门决算 has one T-TOTAL error (真实性 95: (30×100 + 20×100 + 30×95 + 20×100) / 100 = 98.5); 乙局's none (100).
        var register = new[] { new RegisterEntry("1", "甲局", [], OrganizationLevel.Department, null), new RegisterEntry("2", "乙局", [], OrganizationLevel.Department, null) };
        InspectedFile F(string path, string name, params AuditFinding[] findings) =>
            new(path, path.PadRight(64, '0'), 1, DocumentKind.DepartmentFinalAccounts, name, 2024, [], findings, new ReportCounts(9, 0, 0, 0), [], null);
        var files = new[] { F("甲/2024.txt", "甲局", new AuditFinding("T-TOTAL", Severity.Error, "公开01表", "合计不等")), F("乙/2024.txt", "乙局") };
        var result = Batch.BatchInspection.Conclude("region", files, new Batch.InspectionOptions { Register = register });
        var s = InspectionSummary.Of(result);

        Assert.Equal(
            [(1, "部门", "2", "乙局", 100m), (2, "部门", "1", "甲局", 98.5m), (1, "报告", "乙/2024.txt", "乙局", 100m), (2, "报告", "甲/2024.txt", "甲局", 98.5m)],
            s.Ranking.Select(r => (r.Rank, r.LevelName, r.Subject, r.Name, r.Total)));
        Assert.Equal(s.Ranking.Count, s.Ranking.Select(r => (r.Level, r.Subject)).Distinct().Count());
        Assert.Equal(["乙局", "甲局"], s.DepartmentRanking.Select(r => r.Name));

        InspectionOutputs.Write(result, _folder);
        using (var xlsx = SpreadsheetDocument.Open(Path.Combine(_folder, "检查结果.xlsx"), false))
        {
            var ranking = Rows(xlsx, "排名");
            Assert.Equal(["名次", "级别", "部门（单位）", "代码或文件"], ranking[0].Take(4));
            Assert.Equal(["部门", "部门", "报告", "报告"], ranking.Skip(1).Select(r => r[1]));
        }

        using var docx = WordprocessingDocument.Open(Path.Combine(_folder, "检查通报.docx"), false);
        var table = docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        var names = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Skip(1).Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ElementAt(1).InnerText);
        Assert.Equal(["乙局", "甲局"], names);
    }

    [Fact]
    public void Sheet_names_are_cut_to_31_cleaned_and_made_unique()
    {
        var names = new UniqueSheetNames(InspectionSummary.FixedSheets);
        var longName = new string('局', 40);
        Assert.Equal(new string('局', 31), names.Take(longName));
        Assert.Equal(new string('局', 28) + "(2)", names.Take(longName));
        Assert.Equal("排名(2)", names.Take("排名"));
        Assert.Equal("ab", names.Take("[a]:*?/\\b"));
        Assert.Equal("部门", names.Take("'?'"));
    }

    private static Worksheet Worksheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet!;
    }

    /// <summary>A sheet's rows as text (inline strings and numbers; an empty cell is "").</summary>
    private static List<List<string>> Rows(SpreadsheetDocument doc, string name) =>
        Worksheet(doc, name).Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())
            .ToList();
}
