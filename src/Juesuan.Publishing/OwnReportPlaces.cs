using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit;

namespace Juesuan.Publishing;

/// <summary>
/// Places the findings on Juesuan's own report in the files a build writes. The audit reads report.txt back, so a
/// finding's <see cref="AuditFinding.At"/> has the line of report.txt and, as its page, the part of report.txt (the
/// text report's parts are separated by form feeds) — a page no one can open. Here each finding gets its
/// <see cref="OutputPlace"/> (that line, and the page of report.pdf that prints it, when the PDF was rendered), and
/// every 第P页 第L行 its place or message names (<see cref="Core.Published.PrintedPlace.ToString"/>) is written as
/// "report.pdf 第8页，report.txt 第158行"; a place that names no line gets it at its end.
/// </summary>
public static partial class OwnReportPlaces
{
    /// <summary>The findings placed in report.txt, and in report.pdf when <paramref name="pdf"/> is given.</summary>
    public static IReadOnlyList<AuditFinding> Locate(IEnumerable<AuditFinding> findings, ReportPdfPages? pdf) =>
        findings.Select(f => Locate(f, pdf)).ToList();

    public static AuditFinding Locate(AuditFinding finding, ReportPdfPages? pdf)
    {
        if (finding.At?.Line is not { } line)
        {
            return finding;
        }

        var output = Place(line, pdf);
        var place = PageAndLine().IsMatch(finding.Place)
            ? Rewrite(finding.Place, pdf)
            : $"{finding.Place} {output}";
        return finding with { Place = place, Message = Rewrite(finding.Message, pdf), Output = output };
    }

    /// <summary>Line <paramref name="line"/> of report.txt, with the pages of report.pdf that print it when they are known.</summary>
    public static OutputPlace Place(int line, ReportPdfPages? pdf)
    {
        if (pdf?.PagesOf(line) is not { } pages)
        {
            return new OutputPlace(line);
        }

        return new OutputPlace(line)
        {
            PdfPage = pages.First,
            PdfLastPage = pages.Last,
            PdfPageNumber = pdf.PrintedNumber(pages.First),
            PdfLastPageNumber = pdf.PrintedNumber(pages.Last),
        };
    }

    private static string Rewrite(string text, ReportPdfPages? pdf) =>
        PageAndLine().Replace(text, m => Place(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), pdf).ToString());

    /// <summary>The page and line as <see cref="Core.Published.PrintedPlace.ToString"/> writes them: 第3页 第158行.</summary>
    [GeneratedRegex(@"第\d+页 第(\d+)行")]
    private static partial Regex PageAndLine();
}
