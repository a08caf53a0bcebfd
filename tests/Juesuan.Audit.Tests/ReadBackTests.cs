using Juesuan.Cli;
using Juesuan.Core.Published;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Juesuan.Renderers.Docx;
using Juesuan.Renderers.Xlsx;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>A report rendered and read back gives the same figures, and the audit finds no error in it.</summary>
public sealed class ReadBackTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-readback-" + Guid.NewGuid().ToString("N"));

    public ReadBackTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_word_report_reads_back_to_the_reference_figures_without_error()
    {
        var r = PackageReader.Read(Repo.Sample);
        var tables = NineTables.Build(r.Accounts!, r.Catalogs!);
        var doc = ReportComposer.Compose(new ReportInputs(r.Accounts!, r.Catalogs!, tables), ReportProfile.Load("liaoning-2024"));
        var file = Path.Combine(_dir, "report.docx");
        using (var s = File.Create(file))
        {
            DocxReportWriter.Write(doc, s);
        }

        var report = PublishedReportReader.Read(file);
        Assert.Equal("辽宁省朝阳市凌源市人力资源和社会保障局", report.DepartmentName);
        Assert.Equal(9, report.Tables.Count);
        Assert.Equal(18, report.Evaluations.Count);
        Assert.Equal(7972.87m, report.Narrative.First(f => f.Item == "收入总计" && f.Kind == FigureKind.Amount).Number.Value);
        Assert.Equal(7943m, report.Table(PublishedTableKind.GeneralBudgetExpenditure)!.Rows[0].Cells[0]!.Value);
        Assert.DoesNotContain(Auditor.Run(report), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void The_tables_workbook_reads_back_and_only_misses_the_narrative()
    {
        var r = PackageReader.Read(Repo.Sample);
        var file = Path.Combine(_dir, "tables.xlsx");
        using (var s = File.Create(file))
        {
            TablesWorkbookWriter.Write(NineTables.Build(r.Accounts!, r.Catalogs!), s);
        }

        var report = PublishedReportReader.Read(file);
        Assert.Equal(9, report.Tables.Count);
        var findings = Auditor.Run(report);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error && f.RuleId != "C-SECTIONS");
        Assert.Contains(findings, f => f.RuleId == "C-SECTIONS" && f.Message == "没有「名词解释」");
    }

    [Fact]
    public void The_text_report_of_a_package_is_what_check_audits()
    {
        var r = PackageReader.Read(Repo.Sample);
        var report = CheckCommand.ReportOfPackage(r.Accounts!, r.Catalogs!, "sample");
        Assert.Equal(181, report.Narrative.Count);
        Assert.Equal(2080199.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Narrative.First(f => f.Item == "项:2080199").Item[2..]);
    }
}
