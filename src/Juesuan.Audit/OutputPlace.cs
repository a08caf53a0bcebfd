using System.Globalization;

namespace Juesuan.Audit;

/// <summary>
/// Where a finding on Juesuan's own report stands in the files a build writes: the line of report.txt (as an editor or
/// <c>grep -n</c> numbers it) and, when report.pdf was rendered, the page or pages of report.pdf that print that line,
/// found in the PDF's own text. A PDF page is counted as a PDF viewer and <c>pdftotext -f</c> count it, from the cover;
/// <see cref="PdfPageNumber"/> is the number printed in that page's footer (第 N 页), which starts after the 目录.
/// </summary>
/// <param name="TextLine">The line of report.txt, 1-based.</param>
public sealed record OutputPlace(int TextLine)
{
    /// <summary>The name the text report has in a build's output folder.</summary>
    public const string TextFile = "report.txt";

    /// <summary>The name the PDF report has in a build's output folder.</summary>
    public const string PdfFile = "report.pdf";

    /// <summary>The first page of report.pdf that prints the line, 1-based; null when no PDF was rendered.</summary>
    public int? PdfPage { get; init; }

    /// <summary>The last page of report.pdf that prints the line when it runs on over a page break, else <see cref="PdfPage"/>.</summary>
    public int? PdfLastPage { get; init; }

    /// <summary>The page number printed in the footer of <see cref="PdfPage"/>; null on an unnumbered page (cover, 目录).</summary>
    public int? PdfPageNumber { get; init; }

    /// <summary>The page number printed in the footer of <see cref="PdfLastPage"/>.</summary>
    public int? PdfLastPageNumber { get; init; }

    /// <summary>"report.pdf 第8页（页脚第6页），report.txt 第158行"; "report.txt 第158行" when no PDF was rendered.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{TextFile} 第{TextLine}行");
        if (PdfPage is not { } first)
        {
            return text;
        }

        var last = PdfLastPage ?? first;
        var pages = last == first ? Number(first) : $"{Number(first)}–{Number(last)}";
        var printed = PdfPageNumber is { } a
            ? PdfLastPageNumber is { } b && b != a && last != first ? $"{Number(a)}–{Number(b)}" : Number(a)
            : null;
        var footer = printed is not null && printed != pages ? $"（页脚第{printed}页）" : string.Empty;
        return $"{PdfFile} 第{pages}页{footer}，{text}";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
