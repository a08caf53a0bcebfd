using System.Text;
using Juesuan.Renderers.Csv;
using Juesuan.Renderers.Pdf;

namespace Juesuan.Publishing;

/// <summary>
/// One output of a built report: its format name (as in a download URL), its label, the file name it has in a
/// build's output folder, whether the web offers it as a download, and how it is written.
/// </summary>
/// <param name="Format">The short name: <c>docx</c>, <c>pdf</c>, <c>csv</c> …</param>
/// <param name="Label">What a person calls it (「Word 报告」).</param>
/// <param name="FileName">Its name in an output folder; <c>tables/gk01.csv … gk09.csv</c> for the CSV tables.</param>
/// <param name="Download">Offered as a download by the web (HTML is the page itself).</param>
/// <param name="NeedsLibreOffice">Written through LibreOffice (PDF): slow, and skipped by <c>--no-pdf</c>.</param>
/// <param name="WriteTo">Writes the output into a folder.</param>
public sealed record ReportOutput(
    string Format,
    string Label,
    string FileName,
    bool Download,
    bool NeedsLibreOffice,
    Action<BuiltReport, string> WriteTo)
{
    /// <summary>The media type the web serves the download as (the CSV tables: their zip).</summary>
    public string MediaType { get; init; } = "application/octet-stream";

    /// <summary>
    /// The download's bytes, made from the built report: one file (the CSV tables zipped); null where it is not
    /// made in memory (the PDF, converted by LibreOffice from the DOCX's bytes; the HTML, which is the page).
    /// </summary>
    public Func<BuiltReport, byte[]>? Bytes { get; init; }

    /// <summary>The one file a download is kept as (<c>tables-csv.zip</c> for the CSV tables, else <see cref="FileName"/>).</summary>
    public string DownloadFile { get => field ?? FileName; init; }

    /// <summary>What a download's name ends with after its department, year and version (<c>-公开表.xlsx</c>).</summary>
    public string DownloadSuffix { get => field ?? "." + Format; init; }
}

/// <summary>The outputs of a built report, in the order they are listed and written (the CLI's build, its help, the web's downloads).</summary>
public static class ReportOutputs
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static IReadOnlyList<ReportOutput> All { get; } =
    [
        new("docx", "Word 报告", "report.docx", Download: true, NeedsLibreOffice: false,
            (b, dir) => File.WriteAllBytes(Path.Combine(dir, "report.docx"), b.Docx()))
        {
            MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Bytes = b => b.Docx(),
        },
        new("pdf", "PDF 报告", "report.pdf", Download: true, NeedsLibreOffice: true, WritePdf) { MediaType = "application/pdf" },
        new("html", "网页报告", "report.html", Download: false, NeedsLibreOffice: false,
            (b, dir) => File.WriteAllText(Path.Combine(dir, "report.html"), b.Html(), Utf8))
        {
            MediaType = "text/html; charset=utf-8",
        },
        new("txt", "纯文本报告", "report.txt", Download: true, NeedsLibreOffice: false,
            (b, dir) => File.WriteAllText(Path.Combine(dir, "report.txt"), b.Text(), Utf8))
        {
            MediaType = "text/plain; charset=utf-8", Bytes = b => Utf8.GetBytes(b.Text()),
        },
        new("xlsx", "Excel 公开表", "tables.xlsx", Download: true, NeedsLibreOffice: false,
            (b, dir) => File.WriteAllBytes(Path.Combine(dir, "tables.xlsx"), b.TablesXlsx()))
        {
            MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Bytes = b => b.TablesXlsx(), DownloadSuffix = "-公开表.xlsx",
        },
        new("csv", "CSV 公开表（zip）", "tables/gk01.csv … gk09.csv", Download: true, NeedsLibreOffice: false, WriteCsv)
        {
            MediaType = "application/zip", Bytes = b => b.TablesCsvZip(), DownloadFile = "tables-csv.zip", DownloadSuffix = "-公开表-csv.zip",
        },
        new("json", "JSON 数据", "data.json", Download: true, NeedsLibreOffice: false,
            (b, dir) => File.WriteAllText(Path.Combine(dir, "data.json"), b.DataJson(), Utf8))
        {
            MediaType = "application/json; charset=utf-8", Bytes = b => Utf8.GetBytes(b.DataJson()),
        },
    ];

    /// <summary>The outputs the web offers as downloads.</summary>
    public static IReadOnlyList<ReportOutput> Downloads { get; } = All.Where(o => o.Download).ToList();

    /// <summary>The output of a format name, or null.</summary>
    public static ReportOutput? Find(string format) => All.FirstOrDefault(o => string.Equals(o.Format, format, StringComparison.Ordinal));

    private static void WriteCsv(BuiltReport built, string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "tables"));
        foreach (var t in built.Tables)
        {
            File.WriteAllText(Path.Combine(dir, "tables", t.Id + ".csv"), TableCsvWriter.Write(t), Utf8);
        }
    }

    /// <summary>report.pdf: the report's DOCX converted by LibreOffice (<see cref="PdfConversionException"/> when it cannot be).</summary>
    private static void WritePdf(BuiltReport built, string dir)
    {
        var work = Path.Combine(Path.GetTempPath(), "juesuan-docx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var docx = Path.Combine(work, "report.docx");
            File.WriteAllBytes(docx, built.Docx());
            PdfReportWriter.Convert(docx, Path.Combine(dir, "report.pdf"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
