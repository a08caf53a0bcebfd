using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Juesuan.Audit;
using Juesuan.Audit.Package;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published;
using Juesuan.Renderers.Csv;
using Juesuan.Renderers.Docx;
using Juesuan.Renderers.Html;
using Juesuan.Renderers.Json;
using Juesuan.Renderers.PlainText;
using Juesuan.Renderers.Xlsx;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;

namespace Juesuan.Publishing;

/// <summary>
/// One department's year built from its facts, once: the nine tables, the report composed for one profile, its
/// text, that text read back the way any published report is read, and the audit of what was read. The findings
/// therefore belong to the document the user gets, whichever profile it is written in. The CLI's build/check and
/// the web application both go through here.
/// </summary>
public sealed record BuiltReport(
    FinalAccounts Accounts,
    CatalogSet Catalogs,
    IReadOnlyList<DisclosureTable> Tables,
    ReportDocument Document,
    IReadOnlyList<AuditFinding> Findings)
{
    public const string DefaultProfile = TableSpecs.Liaoning;

    /// <summary>The profile the report was composed for (liaoning-2024, shanghai-2024).</summary>
    public string Profile { get; init; } = DefaultProfile;

    /// <summary>The report as plain text, as written once (report.txt).</summary>
    public string ReportText { get; init; } = string.Empty;

    /// <summary>The report as a reader sees it: <see cref="ReportText"/> read back; what the audit checked.</summary>
    public required PublishedReport Published { get; init; }

    /// <summary>Reads nothing twice: builds the tables, composes the report and writes its text once, reads that text back and audits it.</summary>
    /// <param name="ct">checked between the stages (the web's time limit stops a build there)</param>
    public static BuiltReport Build(FinalAccounts accounts, CatalogSet catalogs, string documentName, string profile = DefaultProfile, CancellationToken ct = default)
    {
        var tables = NineTables.Build(accounts, catalogs, profile);
        ct.ThrowIfCancellationRequested();
        var template = ReportProfile.Load(profile);
        var document = ReportComposer.Compose(new ReportInputs(accounts, catalogs, tables), template);
        ct.ThrowIfCancellationRequested();
        var text = TextReportWriter.Write(document);
        ct.ThrowIfCancellationRequested();
        var published = TextReportReader.Read(text, documentName, catalogs) with
        {
            Template = template.Name,
            TemplateWordings = template.TemplateWordings.ToHashSet(),
        };
        ct.ThrowIfCancellationRequested();
        // The printed report's audit, and the facts' own balance in exact yuan (package mode).
        IReadOnlyList<AuditFinding> audited = [.. PackageBalance.Check(accounts), .. Auditor.Run(published, ct: ct)];
        return new BuiltReport(accounts, catalogs, tables, document, OwnReportPlaces.Locate(audited, null))
        {
            Profile = profile,
            ReportText = text,
            Published = published,
            Audited = audited,
        };
    }

    /// <summary>The findings as the audit wrote them, placed in the text read back (its parts as pages); <see cref="Findings"/> are placed in report.txt and report.pdf.</summary>
    public IReadOnlyList<AuditFinding> Audited { get; init; } = [];

    /// <summary>The pages of report.pdf, once it was rendered and <see cref="WithPdf"/> read it; null before.</summary>
    public ReportPdfPages? PdfPages { get; init; }

    /// <summary>
    /// This report with its findings placed on the pages of <paramref name="pdf"/>, the report.pdf rendered from
    /// <see cref="Docx"/>: each finding's line of report.txt is looked up in the PDF's own text.
    /// </summary>
    public BuiltReport WithPdf(string pdf)
    {
        var pages = ReportPdfPages.Read(ReportText, pdf);
        return this with { Findings = OwnReportPlaces.Locate(Audited, pages), PdfPages = pages };
    }

    /// <summary>Other findings on this report (another selection of rules) placed as <see cref="Findings"/> are.</summary>
    public IReadOnlyList<AuditFinding> Locate(IEnumerable<AuditFinding> findings) => OwnReportPlaces.Locate(findings, PdfPages);

    /// <summary>The report a package produces in <paramref name="profile"/>, read back the way any published report is read.</summary>
    public static PublishedReport ReportOfPackage(FinalAccounts accounts, CatalogSet catalogs, string document, string profile = DefaultProfile) =>
        Build(accounts, catalogs, document, profile).Published;

    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);

    public string DataJson() => DataJsonWriter.Write(Accounts, Tables, FindingsJson.Node(Findings));

    public string Html() => HtmlReportWriter.Write(Document);

    public string Text() => ReportText;

    public byte[] Docx()
    {
        using var ms = new MemoryStream();
        DocxReportWriter.Write(Document, ms);
        return ms.ToArray();
    }

    public byte[] TablesXlsx()
    {
        using var ms = new MemoryStream();
        TablesWorkbookWriter.Write(Tables, ms);
        return ms.ToArray();
    }

    /// <summary>gk01.csv … gk09.csv in one zip, as the CLI writes them to tables/.</summary>
    public byte[] TablesCsvZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var t in Tables)
            {
                var entry = zip.CreateEntry(t.Id + ".csv", CompressionLevel.Optimal);
                using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                w.Write(TableCsvWriter.Write(t));
            }
        }

        return ms.ToArray();
    }
}

/// <summary>
/// Findings as JSON: rule, severity, place, message and the figures compared, and the place as fields: table, row
/// (行次 or row) and column (栏次) where the finding is in a table; for a report someone published, page and line of the
/// text read from the file; for Juesuan's own report, txt (report.txt and its line) and pdf (report.pdf, its page as a
/// PDF viewer counts it, and the number printed in that page's footer) instead.
/// </summary>
public static class FindingsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IncludeFields = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonNode Node(IReadOnlyList<AuditFinding> findings) =>
        JsonSerializer.SerializeToNode(findings.Select(f => new
        {
            rule = f.RuleId,
            severity = f.Severity.ToString().ToLowerInvariant(),
            place = f.Place,
            message = f.Message,
            messageId = f.MessageId?.ToString(),
            printed = f.Printed,
            computed = f.Computed,
            difference = f.Difference,
            tolerance = f.Tolerance,
            table = f.At?.Table,
            row = f.At?.Row,
            column = f.At?.Column,
            page = f.Output is null ? f.At?.Page : null,
            line = f.Output is null ? f.At?.Line : null,
            txt = f.Output is { } o ? new { file = OutputPlace.TextFile, line = o.TextLine } : null,
            pdf = f.Output is { PdfPage: { } page } p
                ? new { file = OutputPlace.PdfFile, page, lastPage = p.PdfLastPage, printedPage = p.PdfPageNumber, lastPrintedPage = p.PdfLastPageNumber }
                : null,
        }), Options)!;
}
