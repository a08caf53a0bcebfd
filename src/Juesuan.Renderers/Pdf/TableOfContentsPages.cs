using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Juesuan.Renderers.Docx;
using UglyToad.PdfPig;

namespace Juesuan.Renderers.Pdf;

/// <summary>
/// Numbers a 目录 (table of contents) from the pages of a first conversion: each entry gets the number printed
/// in the footer (第 N 页) of the first page, at or after the previous entry's, that carries its heading.
/// </summary>
public static partial class TableOfContentsPages
{
    /// <summary>Footer letters lie in the bottom inch of a page (the footer is set 0.5 inch from the edge).</summary>
    private const double FooterBand = 72;

    /// <summary>
    /// Writes <paramref name="output"/>: <paramref name="docx"/> with its 目录's page numbers filled from
    /// <paramref name="pdf"/>. False (and nothing written) when the document has no 目录 to fill.
    /// </summary>
    public static bool Fill(string docx, string pdf, string output)
    {
        var pages = NumberedPages(pdf);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.Copy(docx, output, overwrite: true);
        var filled = 0;
        using (var word = WordprocessingDocument.Open(output, isEditable: true))
        {
            var entries = DocxReportWriter.TocEntryPageRuns(word);
            var from = 0;
            foreach (var (heading, run) in entries)
            {
                var key = Compact(heading);
                var at = pages.FindIndex(from, p => p.Text.Contains(key, StringComparison.Ordinal));
                if (at < 0)
                {
                    continue;
                }

                run.Text = pages[at].Label;
                from = at;
                filled++;
            }

            if (filled > 0)
            {
                word.MainDocumentPart!.Document!.Save();
            }
        }

        if (filled == 0)
        {
            File.Delete(output);
        }

        return filled > 0;
    }

    /// <summary>The pages that carry a page number, in order: their text without white space and the number.</summary>
    public static List<(string Text, string Label)> NumberedPages(string pdf)
    {
        var pages = new List<(string, string)>();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var footer = string.Concat(page.Letters.Where(l => l.StartBaseLine.Y < FooterBand).Select(l => l.Value));
            if (PageNumber().Match(Compact(footer)) is { Success: true } m)
            {
                pages.Add((Compact(page.Text), m.Groups[1].Value));
            }
        }

        return pages;
    }

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("第(\\d+)页")]
    private static partial Regex PageNumber();
}
