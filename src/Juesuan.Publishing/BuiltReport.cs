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
        return new BuiltReport(accounts, catalogs, tables, document, [.. PackageBalance.Check(accounts), .. Auditor.Run(published, ct: ct)])
        {
            Profile = profile,
            ReportText = text,
            Published = published,
        };
    }

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

/// <summary>Findings as JSON: rule, severity, place, message and the figures compared.</summary>
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
            printed = f.Printed,
            computed = f.Computed,
            difference = f.Difference,
            tolerance = f.Tolerance,
        }), Options)!;
}
