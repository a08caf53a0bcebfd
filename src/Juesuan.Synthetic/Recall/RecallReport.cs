using System.Globalization;
using System.Text;

namespace Juesuan.Synthetic.Recall;

/// <summary>Recall per kind and format, as a table (recall.csv and the console).</summary>
public static class RecallReport
{
    public const string FileName = "recall.csv";

    /// <summary>One line per kind and format: found, planted, recall; then every error not found, with what was found instead.</summary>
    public static string Csv(IReadOnlyList<PlantedFinding> results)
    {
        var csv = new StringBuilder("类型,格式,发现,植入,召回率\n");
        foreach (var g in results.GroupBy(r => (r.Error.Kind, Format: Path.GetFileName(r.Error.File)))
                     .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Format, StringComparer.Ordinal))
        {
            var found = g.Count(r => r.Found);
            csv.Append(CultureInfo.InvariantCulture, $"{g.Key.Kind},{g.Key.Format},{found},{g.Count()},{(decimal)found / g.Count():P1}\n");
        }

        var all = results.Count(r => r.Found);
        csv.Append(CultureInfo.InvariantCulture, $"全部,全部,{all},{results.Count},{(results.Count == 0 ? 0 : (decimal)all / results.Count):P1}\n");
        return csv.ToString();
    }

    /// <summary>The errors not found: file, kind, where, expected rule and what the audit said instead.</summary>
    public static IEnumerable<string> Misses(IReadOnlyList<PlantedFinding> results) =>
        results.Where(r => !r.Found).Select(r => $"{r.Error.File}\t{r.Error.Kind}\t{r.Error.Where}\t{r.Error.Original} → {r.Error.Planted}\t{r.Error.Rule}\t{r.Evidence}");
}
