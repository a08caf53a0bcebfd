using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Juesuan.Audit;
using Juesuan.Core.Tables;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Juesuan.Renderers.Pdf;
using Juesuan.Renderers.PlainText;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Publishing.Tests;

/// <summary>
/// Issue 11 item 6, issue 9 item 6: a finding on Juesuan's own report names the page of report.pdf and the line of
/// report.txt, and both are where the finding's words and figure are. The sample is built with two errors planted in
/// its document (a narrative figure and a table cell, so that report.txt and report.pdf carry them alike), rendered
/// through LibreOffice (required, as in PdfReportWriterTests: ./run-tests installs it), audited and placed; each
/// place is then checked with pdftotext (poppler, not the PdfPig reading the places came from) on that page.
/// </summary>
public sealed class OwnReportPlacesTests : IClassFixture<OwnReportPlacesTests.PlantedReport>
{
    private const string Narrative = "公益性岗位补贴（项）1193.01万元";
    private const string PlantedNarrative = "公益性岗位补贴（项）1293.01万元";
    private const string PlantedCell = "46";

    private readonly PlantedReport _report;

    public OwnReportPlacesTests(PlantedReport report) => _report = report;

    /// <summary>The sample with two errors planted, as report.txt and report.pdf, audited and placed once for the tests of this class.</summary>
    public sealed class PlantedReport : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-places-").FullName;
        private readonly Dictionary<int, string> _pages = [];

        public PlantedReport()
        {
            Assert.True(PdfReportWriter.FindConverter() is not null, "LibreOffice is required: scripts/install-prerequisites.sh");
            var package = PackageReader.Read(Repo.Sample);
            var built = BuiltReport.Build(package.Accounts!, package.Catalogs!, "sample");
            var document = Plant(built.Document);
            var text = TextReportWriter.Write(document);
            var published = TextReportReader.Read(text, "sample", built.Catalogs) with
            {
                Template = built.Published.Template,
                TemplateWordings = built.Published.TemplateWordings,
            };
            var audited = Auditor.Run(published);
            var planted = built with
            {
                Document = document,
                ReportText = text,
                Published = published,
                Audited = audited,
                Findings = OwnReportPlaces.Locate(audited, null),
            };
            TextOnly = planted.Findings;

            var docx = Path.Combine(_dir, "report.docx");
            File.WriteAllBytes(docx, planted.Docx());
            Pdf = Path.Combine(_dir, "report.pdf");
            PdfReportWriter.Convert(docx, Pdf);
            Built = planted.WithPdf(Pdf);
            Lines = text.Split('\n');
        }

        public BuiltReport Built { get; }

        /// <summary>The same findings before the PDF was read: report.txt's lines only.</summary>
        public IReadOnlyList<AuditFinding> TextOnly { get; }

        public string Pdf { get; }

        /// <summary>report.txt's lines, as an editor numbers them (index + 1).</summary>
        public string[] Lines { get; }

        public int PageCount => Built.PdfPages!.PageCount;

        /// <summary>Page <paramref name="n"/> as pdftotext reads it, without white space.</summary>
        public string Page(int n)
        {
            if (!_pages.TryGetValue(n, out var text))
            {
                text = _pages[n] = Compact(Run("pdftotext", "-f", Number(n), "-l", Number(n), Pdf, "-"));
            }

            return text;
        }

        /// <summary>Page <paramref name="n"/> as pdftotext -layout sets it: a table row on one line.</summary>
        public string[] LayoutLines(int n) => Run("pdftotext", "-layout", "-f", Number(n), "-l", Number(n), Pdf, "-").Split('\n');

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        /// <summary>The narrative's 2080705 figure raised by 100 万元, and 公开03表's 2101102 本年支出合计 printed 46 instead of 41.</summary>
        private static ReportDocument Plant(ReportDocument document)
        {
            var narrative = 0;
            var cell = 0;
            var blocks = document.Blocks.Select(b =>
            {
                if (b is Paragraph p && p.Text.Contains(Narrative, StringComparison.Ordinal))
                {
                    narrative++;
                    return p with { Runs = [.. p.Runs.Select(r => r with { Text = r.Text.Replace(Narrative, PlantedNarrative, StringComparison.Ordinal) })] };
                }

                if (b is TableBlock t && t.Table.Table == PublicTable.Expenditure)
                {
                    var rows = t.Table.Rows.Select(r =>
                    {
                        var at = r.Cells.ToList().FindIndex(c => c.Kind == CellKind.Amount);
                        if (r.Code != "2101102" || at < 0 || r.Cells[at].Text != "41")
                        {
                            return r;
                        }

                        cell++;
                        return r with { Cells = [.. r.Cells.Select((c, i) => i == at ? c with { Text = PlantedCell } : c)] };
                    }).ToList();
                    return t with { Table = t.Table with { Rows = rows } };
                }

                return b;
            }).ToList();
            Assert.Equal((1, 1), (narrative, cell));
            return document with { Blocks = blocks };
        }
    }

    [Fact]
    public void The_planted_narrative_figure_is_found_on_the_pdf_page_and_txt_line_its_finding_names()
    {
        var line = Array.FindIndex(_report.Lines, l => l.Contains(PlantedNarrative, StringComparison.Ordinal)) + 1;
        var finding = Assert.Single(_report.Built.Findings, f => f.Severity == Severity.Error && f.Output?.TextLine == line);
        var output = finding.Output!;

        // The page that prints the figure, found by pdftotext on its own, is the finding's page.
        var printed = Compact(PlantedNarrative);
        var pages = Enumerable.Range(1, _report.PageCount).Where(n => _report.Page(n).Contains(printed, StringComparison.Ordinal)).ToList();
        var page = Assert.Single(pages);
        Assert.InRange(page, output.PdfPage!.Value, output.PdfLastPage!.Value);
        Assert.Contains($"report.pdf 第{page.ToString(CultureInfo.InvariantCulture)}页", finding.Place, StringComparison.Ordinal);
        Assert.Contains($"report.txt 第{line.ToString(CultureInfo.InvariantCulture)}行", finding.Place, StringComparison.Ordinal);
        // Not the text report's part (第2部分 is its third form-feed page), which is what the place said before.
        Assert.NotEqual(finding.At!.Page, page);
        Assert.True(page > 3, "the narrative comes after the cover and the 目录");
    }

    [Fact]
    public void The_planted_table_cell_is_found_on_the_pdf_page_its_row_s_finding_names()
    {
        // 公开03表's row as pdftotext -layout sets it: the code, the name and the planted total on one line.
        var row = new Regex(@"^\s*2101102\s+事业单位医疗\s+" + PlantedCell + @"\s");
        var page = Assert.Single(Enumerable.Range(1, _report.PageCount), n => _report.LayoutLines(n).Any(row.IsMatch));
        var line = Array.FindIndex(_report.Lines, l => l.StartsWith("2101102\t事业单位医疗\t" + PlantedCell + "\t", StringComparison.Ordinal)) + 1;

        var findings = _report.Built.Findings.Where(f => f.Severity == Severity.Error && f.Output?.TextLine == line).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal((page, page), (f.Output!.PdfPage, f.Output.PdfLastPage));
            Assert.EndsWith($"report.txt 第{line.ToString(CultureInfo.InvariantCulture)}行", f.Place, StringComparison.Ordinal);
        });
        // Its parent 21011, no longer the sum of its rows, is on the same page: the line above it in report.txt.
        var parent = Assert.Single(_report.Built.Findings, f => f.Severity == Severity.Error && f.RuleId == "T-LEVELS" && f.Place.StartsWith("公开03表", StringComparison.Ordinal));
        Assert.Contains("21011", _report.Lines[parent.Output!.TextLine - 1], StringComparison.Ordinal);
        Assert.Contains("行政事业单位医疗", _report.Page(parent.Output.PdfPage!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_s_page_of_report_pdf_and_line_of_report_txt_print_its_words_and_figure()
    {
        var placed = _report.Built.Findings.Where(f => f.At?.Line is not null).ToList();
        Assert.True(placed.Count >= 30, $"{placed.Count} findings with a place");
        Assert.All(placed, f =>
        {
            var output = f.Output;
            Assert.NotNull(output);
            Assert.NotNull(output.PdfPage);
            Assert.DoesNotMatch(@"第\d+页 第\d+行", f.Place + f.Message);
            Assert.Contains(output.ToString(), f.Place, StringComparison.Ordinal);

            var line = _report.Lines[output.TextLine - 1];
            Assert.False(string.IsNullOrWhiteSpace(line), $"{f}: report.txt line {output.TextLine} is blank");
            var pages = string.Concat(Enumerable.Range(output.PdfPage!.Value, output.PdfLastPage!.Value - output.PdfPage.Value + 1).Select(_report.Page));

            // The line's words: most of its pieces (cells, clauses) are on the page.
            var pieces = Regex.Split(line, "[\t，。；：、]").Select(Compact).Where(p => p.Length >= 2).ToList();
            var found = pieces.Count(p => pages.Contains(p, StringComparison.Ordinal));
            Assert.True(found * 2 >= pieces.Count, $"{f}: {found} of {pieces.Count} pieces of report.txt line {output.TextLine} on report.pdf page {output.PdfPage}");

            // The figure the finding weighs, where the line prints it.
            var figures = Figures(f.Printed).Where(x => Regex.IsMatch(Compact(line), $@"(?<![\d.,]){Regex.Escape(x)}(?![\d])")).ToList();
            Assert.True(figures.Count == 0 || figures.Any(x => pages.Contains(x, StringComparison.Ordinal)),
                $"{f}: {string.Join("/", figures)} not on report.pdf page {output.PdfPage}");
        });
    }

    [Fact]
    public void Before_the_pdf_is_read_a_finding_names_the_line_of_report_txt_alone()
    {
        Assert.Equal(_report.Built.Findings.Count, _report.TextOnly.Count);
        Assert.All(_report.TextOnly.Where(f => f.Output is not null), f =>
        {
            Assert.Null(f.Output!.PdfPage);
            Assert.DoesNotContain("report.pdf", f.Place, StringComparison.Ordinal);
            Assert.Contains($"report.txt 第{f.Output.TextLine.ToString(CultureInfo.InvariantCulture)}行", f.Place, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"第\d+页", f.Place + f.Message);
        });

        // data.json's findings carry the place as fields.
        var line = Array.FindIndex(_report.Lines, l => l.Contains(PlantedNarrative, StringComparison.Ordinal)) + 1;
        var finding = _report.Built.Findings.First(f => f.Output?.TextLine == line);
        var json = JsonNode.Parse(_report.Built.DataJson())!["findings"]!.AsArray().First(f => f!["txt"]?["line"]?.GetValue<int>() == line)!;
        Assert.Equal("report.txt", json["txt"]!["file"]!.GetValue<string>());
        Assert.Equal("report.pdf", json["pdf"]!["file"]!.GetValue<string>());
        Assert.Equal(finding.Output!.PdfPage, json["pdf"]!["page"]!.GetValue<int>());
        Assert.Equal(finding.Output.PdfPageNumber, json["pdf"]!["printedPage"]!.GetValue<int>());
        Assert.Null(json["page"]);
    }

    /// <summary>How a figure may be printed: 1,193 and 1193 in the tables, 1193.01 in the narrative, 89 on a score.</summary>
    private static IEnumerable<string> Figures(decimal? value)
    {
        if (value is not { } v || v == 0m)
        {
            return [];
        }

        var c = CultureInfo.InvariantCulture;
        return new[] { v.ToString("#,##0.##", c), v.ToString("0.##", c), v.ToString("#,##0.00", c), v.ToString("0.00", c) }.Distinct();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Compact(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)))
        {
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Run(string program, params string[] args) => ExternalTool.Output(program, null, args);
}
