using System.Diagnostics;
using Juesuan.Renderers.Docx;
using Juesuan.Renderers.Pdf;

namespace Juesuan.Renderers.Tests.Report;

/// <summary>
/// report.pdf through LibreOffice. On CI the converter must be there (./run-tests installs it): a missing
/// converter fails rather than skips. Figures are read back with pdftotext.
/// </summary>
public sealed class PdfReportWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-pdf-test-" + Guid.NewGuid().ToString("N"));

    public PdfReportWriterTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    [Fact]
    public void The_sample_report_becomes_a_searchable_pdf_with_embedded_cjk_fonts()
    {
        Assert.True(PdfReportWriter.FindConverter() is not null, "LibreOffice is required: scripts/install-prerequisites.sh");
        var docx = Path.Combine(_dir, "report.docx");
        using (var s = File.Create(docx))
        {
            DocxReportWriter.Write(SampleReport.Document, s);
        }

        var pdf = Path.Combine(_dir, "report.pdf");
        PdfReportWriter.Convert(docx, pdf);

        // pdftotext puts spaces between CJK text and figures; compare without white space.
        var text = string.Concat(Run("pdftotext", "-layout", pdf, "-").Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("辽宁省朝阳市凌源市人力资源和社会保障局", text, StringComparison.Ordinal);
        Assert.Contains("收入总计7972.87万元", text, StringComparison.Ordinal);
        Assert.Contains("完成年初预算的453.74%", text, StringComparison.Ordinal);
        Assert.Contains("7,973", text, StringComparison.Ordinal);
        Assert.Contains("公开09表", text, StringComparison.Ordinal);

        var fonts = Run("pdffonts", pdf);
        Assert.Contains("CJK", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain(fonts.Split('\n').Skip(2).Where(l => l.Contains("CJK", StringComparison.Ordinal)), l => l.Contains(" no ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_input_is_a_clear_conversion_error()
    {
        Assert.True(PdfReportWriter.FindConverter() is not null, "LibreOffice is required: scripts/install-prerequisites.sh");
        var ex = Assert.Throws<PdfConversionException>(() => PdfReportWriter.Convert(Path.Combine(_dir, "nothing.docx"), Path.Combine(_dir, "x.pdf")));
        Assert.Contains("LibreOffice", ex.Message, StringComparison.Ordinal);
    }
}
