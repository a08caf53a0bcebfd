using System.Diagnostics;
using System.Reflection;
using Juesuan.Audit;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Published;
using Juesuan.Readers.Published;
using Juesuan.Readers.Published.Text;

namespace Juesuan.Bench;

/// <summary>
/// A rough Stopwatch breakdown of where a published report's read goes, per file of shared/reports: PdfPig's words
/// (the baseline), the PDF text layer, the text's lines, the tables, the narrative and its statements, the 绩效自评表,
/// the whole text → report, and the audit. The reader's stages are internal: they are called here by reflection, as
/// the reader calls them, without changing it. Best of a few rounds after a warm-up, in ms.
/// Run: <c>dotnet run -c Release --project bench/Juesuan.Bench -- --breakdown [rounds]</c>.
/// </summary>
internal static class ReaderBreakdown
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    public static void Run(int rounds)
    {
        var reader = typeof(TextReportReader);
        var lines = Step(reader, "Lines.LineSplitter", "Split");
        var tables = Step(reader, "Sections.TableFinder", "Find");
        var narrative = Step(reader, "Sections.NarrativeText", "Paragraphs");
        var evaluations = Step(reader, "Evaluations.EvaluationExtractor", "Read");
        var statements = reader.Assembly.GetType("Juesuan.Readers.Published.Statements.StatementReader")?.GetMethod("Read", Private | BindingFlags.Public)
            ?? throw new InvalidOperationException("StatementReader.Read not found");

        Console.WriteLine("| File | PdfPig words | PdfText | lines | tables | narrative | statements | evaluations | text → report | audit | read ÷ words |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var path in SharedReports.Files(".pdf").Concat(SharedReports.Files(".txt")))
        {
            var pdf = path.EndsWith(".pdf", StringComparison.Ordinal);
            var times = new double[10];
            Array.Fill(times, double.MaxValue);
            for (var round = 0; round <= rounds; round++)
            {
                var t = new double[10];
                var sw = Stopwatch.StartNew();
                if (pdf)
                {
                    PdfWordsBenchmark.Words(path);
                }

                t[0] = Lap(sw);
                var text = pdf ? PdfText.Extract(path) : File.ReadAllText(path);
                t[1] = Lap(sw);
                var read = lines.Invoke(null, [text])!;
                t[2] = Lap(sw);
                var tableList = tables.Invoke(null, [read, new List<string>()]);
                t[3] = Lap(sw);
                var paragraphs = (System.Collections.IEnumerable)narrative.Invoke(null, [read])!;
                t[4] = Lap(sw);
                sw.Restart();
                evaluations.Invoke(null, [read]);
                t[6] = Lap(sw);
                var report = TextReportReader.Read(text, Path.GetFileName(path));
                t[7] = Lap(sw);
                Auditor.Run(report);
                t[8] = Lap(sw);
                t[5] = StatementsTime(statements, paragraphs, (List<PublishedTable>)tableList!, report.Year?.Value, sw);
                if (round > 0)
                {
                    for (var i = 0; i < t.Length; i++)
                    {
                        times[i] = Math.Min(times[i], t[i]);
                    }
                }
            }

            // read = the text layer (or the file's text) and text → report, as PublishedReportReader.Read does.
            var whole = times[1] + times[7];
            var ratio = pdf ? $"{whole / times[0]:0.00}" : "–";
            Console.WriteLine($"| {Path.GetFileName(path)} | {(pdf ? $"{times[0]:0.0}" : "–")} | {(pdf ? $"{times[1]:0.0}" : "–")} | {times[2]:0.0} | {times[3]:0.0} | {times[4]:0.0} | {times[5]:0.0} | {times[6]:0.0} | {times[7]:0.0} | {times[8]:0.0} | {ratio} |");
        }
    }

    /// <summary>The statements read from the narrative's paragraphs, with the tables' names, as the reader does.</summary>
    private static double StatementsTime(MethodInfo statements, System.Collections.IEnumerable narrative, List<PublishedTable> tables, int? year, Stopwatch sw)
    {
        var parameters = statements.GetParameters();
        var paragraphType = parameters[0].ParameterType.GetGenericArguments()[0];
        var paragraphs = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(paragraphType))!;
        foreach (var p in narrative)
        {
            var text = (string)p.GetType().GetField("Item1")!.GetValue(p)!;
            var at = p.GetType().GetField("Item2")!.GetValue(p)!;
            var page = (int)at.GetType().GetProperty("Page")!.GetValue(at)!;
            var number = (int)at.GetType().GetProperty("Number")!.GetValue(at)!;
            paragraphs.Add(Activator.CreateInstance(paragraphType, text, new PrintedPlace(page, number)));
        }

        var names = tables.SelectMany(t => t.Rows).Where(r => r.Code is { Length: 3 or 5 or 7 } && r.Label.Length > 0)
            .GroupBy(r => r.Code!).ToDictionary(g => g.Key, g => g.First().Label);
        var subjects = Activator.CreateInstance(parameters[1].ParameterType, CatalogSet.Default, (IReadOnlyDictionary<string, string>)names)!;
        sw.Restart();
        statements.Invoke(null, [paragraphs, subjects, year]);
        return Lap(sw);
    }

    /// <summary>A stage of the reader: an internal static method of a type in a namespace under the reader's ("Lines.LineSplitter").</summary>
    private static MethodInfo Step(Type reader, string type, string name) =>
        reader.Assembly.GetType($"{reader.Namespace}.{type}")?.GetMethod(name, Private) ?? throw new InvalidOperationException($"{type}.{name} not found");

    private static double Lap(Stopwatch sw)
    {
        var ms = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        return ms;
    }
}
