using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Core.Catalogs;
using Juesuan.Publishing;
using Juesuan.Renderers.Pdf;
using Juesuan.Synthetic.Accounts;
using Juesuan.Synthetic.Planting;
using Juesuan.Synthetic.Region;

namespace Juesuan.Synthetic;

/// <summary>
/// Writes a synthetic region into a folder: per published department a folder with report.txt, report.docx and
/// tables.xlsx (and report.pdf for a seeded fraction), each with the errors planted into it; register.csv (the
/// departments and their units that must publish); planted.csv and planted.json (every planted error, and every
/// registered department that published nothing). One department at a time: memory does not grow with the region.
/// </summary>
public static class RegionWriter
{
    public const string RegisterFile = "register.csv";
    public const string PlantedCsv = "planted.csv";
    public const string PlantedJson = "planted.json";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the region into <paramref name="folder"/> (created; files of an earlier region there are replaced).</summary>
    public static RegionSummary Write(string folder, RegionSettings settings, IProgress<RegionProgress>? progress = null, CancellationToken cancel = default)
    {
        var catalogs = CatalogSet.Default;
        var plan = RegionPlan.Plan(settings.Departments, settings.Seed, settings.UnpublishedFraction);
        Directory.CreateDirectory(folder);
        var planted = new List<PlantedError>();
        var register = new StringBuilder("代码,名称,别名,级别,上级代码\n");
        int files = 0, pdfs = 0, published = 0;
        var kinds = new Dictionary<PlantKind, int>();
        foreach (var d in plan)
        {
            cancel.ThrowIfCancellationRequested();
            progress?.Report(new RegionProgress(d.Index, plan.Count, d.Name));
            var accounts = AccountsGenerator.Generate(d, settings.Seed, settings.Year, catalogs);
            register.Append(Csv(d.Code, d.Name, d.ShortName + "；" + accounts.Department.FullName, "部门", string.Empty));
            foreach (var u in accounts.Units.Skip(1))
            {
                register.Append(Csv(u.Code, u.Name, string.Empty, "单位", d.Code));
            }

            if (!d.Published)
            {
                planted.Add(new PlantedError(d.Folder, PlantKind.Unpublished.Id, d.Name, 0, string.Empty, string.Empty, string.Empty, PlantKind.Unpublished.Rule));
                continue;
            }

            var random = new Random(Seeds.Of(settings.Seed, d.Index, stream: 1));
            var withPdf = random.NextDouble() < (double)settings.PdfFraction;
            var count = random.Next(settings.ErrorsPerReport + 1);
            var department = Write(Path.Combine(folder, d.Folder), d, accounts, catalogs, random, count, withPdf, kinds);
            planted.AddRange(department.Planted);
            files += department.Files;
            pdfs += withPdf ? 1 : 0;
            published++;
        }

        progress?.Report(new RegionProgress(plan.Count, plan.Count, string.Empty));
        File.WriteAllText(Path.Combine(folder, RegisterFile), register.ToString(), Utf8);
        WritePlanted(folder, planted);
        return new RegionSummary(plan.Count, published, files, pdfs, planted);
    }

    /// <summary>One department's files with <paramref name="errors"/> errors planted (0: a clean copy).</summary>
    internal static (int Files, IReadOnlyList<PlantedError> Planted) Write(
        string folder, PlannedDepartment d, Core.Model.FinalAccounts accounts, CatalogSet catalogs, Random random, int errors, bool withPdf, Dictionary<PlantKind, int> kinds)
    {
        var built = BuiltReport.Build(accounts, catalogs, "report.txt", d.Profile);
        var edits = ReportPlanter.Choose(built.ReportText, accounts.Department, catalogs, random, errors, kinds);
        var docxEdits = DocxPlanter.Apply(built.Docx(), edits, out var docx);
        var xlsxEdits = XlsxPlanter.Apply(built.TablesXlsx(), edits, out var xlsx);

        // Only what every format holds is planted in the text, so that one document reads the same in each format.
        edits = edits.Where(e => docxEdits.Contains(e) && (e.Cell < 0 || xlsxEdits.Contains(e))).ToList();
        if (edits.Count != docxEdits.Count || edits.Count(e => e.Cell >= 0) != xlsxEdits.Count)
        {
            docxEdits = DocxPlanter.Apply(built.Docx(), edits, out docx);
            xlsxEdits = XlsxPlanter.Apply(built.TablesXlsx(), edits, out xlsx);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.txt"), ReportPlanter.Apply(built.ReportText, edits), Utf8);
        File.WriteAllBytes(Path.Combine(folder, "report.docx"), docx);
        File.WriteAllBytes(Path.Combine(folder, "tables.xlsx"), xlsx);
        var files = 3;
        var formats = new List<string> { "report.txt", "report.docx" };
        if (withPdf)
        {
            ConvertToPdf(docx, Path.Combine(folder, "report.pdf"));
            formats.Add("report.pdf");
            files++;
        }

        foreach (var e in edits)
        {
            kinds[e.Kind] = kinds.GetValueOrDefault(e.Kind) + 1;
        }

        var name = Path.GetFileName(folder);
        var planted = new List<PlantedError>();
        foreach (var e in edits)
        {
            foreach (var f in e.Cell >= 0 ? formats.Append("tables.xlsx") : formats)
            {
                planted.Add(new PlantedError($"{name}/{f}", e.Kind.Id, e.Where, e.Line + 1, e.Row, e.Original, e.Planted, e.Rule));
            }
        }

        return (files, planted);
    }

    /// <summary>
    /// report.pdf from the planted Word document, converted in a work folder of ASCII name: LibreOffice under a C
    /// locale cannot load a file whose path holds the department's Chinese name.
    /// </summary>
    private static void ConvertToPdf(byte[] docx, string pdf)
    {
        var work = Path.Combine(Path.GetTempPath(), "juesuan-region-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            File.WriteAllBytes(Path.Combine(work, "report.docx"), docx);
            PdfReportWriter.Convert(Path.Combine(work, "report.docx"), Path.Combine(work, "report.pdf"));
            File.Move(Path.Combine(work, "report.pdf"), pdf, overwrite: true);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void WritePlanted(string folder, IReadOnlyList<PlantedError> planted)
    {
        var csv = new StringBuilder("文件,类型,位置,行,表行,原文,改为,应由规则发现\n");
        foreach (var p in planted)
        {
            csv.Append(Csv(p.File, p.Kind, p.Where, p.Line.ToString(CultureInfo.InvariantCulture), p.Row, p.Original, p.Planted, p.Rule));
        }

        File.WriteAllText(Path.Combine(folder, PlantedCsv), csv.ToString(), Utf8);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        File.WriteAllText(Path.Combine(folder, PlantedJson), JsonSerializer.Serialize(planted, options), Utf8);
    }

    private static string Csv(params string[] cells) =>
        string.Join(',', cells.Select(c => c.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)) + "\n";

    /// <summary>Reads planted.json back (the recall test and the benchmark use it).</summary>
    public static IReadOnlyList<PlantedError> ReadPlanted(string folder)
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        return JsonSerializer.Deserialize<List<PlantedError>>(File.ReadAllText(Path.Combine(folder, PlantedJson)), options) ?? [];
    }
}
