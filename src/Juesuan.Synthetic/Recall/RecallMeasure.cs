using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit;
using Juesuan.Readers.Published;
using Juesuan.Synthetic.Planting;

namespace Juesuan.Synthetic.Recall;

/// <summary>
/// Recall of the single-file audit on a synthetic region: each file with errors planted is read and audited as
/// <c>juesuan check FILE</c> does (<see cref="PublishedReportReader.Read"/>, <see cref="Auditor.Run"/>), and so is the
/// unplanted copy of the same file. A planted error counts as found when a finding of its expected rule appears in
/// the planted file and not in the clean one, and names its place: the table row, or the figure or word planted.
/// </summary>
public static partial class RecallMeasure
{
    /// <summary>Every planted error of <paramref name="planted"/> (a region folder) against the clean copy in <paramref name="clean"/>.</summary>
    public static IReadOnlyList<PlantedFinding> Measure(string planted, string clean, IReadOnlyList<PlantedError> errors)
    {
        var result = new List<PlantedFinding>();
        foreach (var file in errors.Where(e => e.Kind != PlantKind.Unpublished.Id).GroupBy(e => e.File))
        {
            var before = Findings(Path.Combine(clean, file.Key)).Select(Key).ToHashSet(StringComparer.Ordinal);
            var fresh = Findings(Path.Combine(planted, file.Key)).Where(f => !before.Contains(Key(f))).ToList();
            foreach (var e in file)
            {
                var hit = fresh.FirstOrDefault(f => f.RuleId == e.Rule && Names(f, e));
                var other = fresh.Where(f => Names(f, e)).Select(f => f.RuleId).Distinct().ToList();
                result.Add(new PlantedFinding(e, hit is not null, hit?.ToString()
                    ?? (other.Count > 0 ? "由其他规则发现：" + string.Join("、", other) : fresh.Count > 0 ? $"未发现（新增发现 {fresh.Count} 条，均不指向此处）" : "未发现")));
            }
        }

        return result;
    }

    /// <summary>The findings of one file, read and audited as check does.</summary>
    public static IReadOnlyList<AuditFinding> Findings(string path) => Auditor.Run(PublishedReportReader.Read(path));

    private static string Key(AuditFinding f) => f.RuleId + "\u0001" + Regex.Replace(f.Place, @"第\d+页 第\d+行", string.Empty) + "\u0001" + f.Message;

    /// <summary>Whether a finding names the planted error's place: its table row, or the figure or word planted.</summary>
    internal static bool Names(AuditFinding f, PlantedError e)
    {
        // N-COMPLETION weighs all the 项 rates against the total's: its place is the total's sentence, whichever 项 is wrong.
        if (e.Rule == "N-COMPLETION")
        {
            return true;
        }

        var text = f.Place + " " + f.Message;
        if (e.Row.Length > 0 && (text.Contains(e.Row, StringComparison.Ordinal) || text.Contains(Label(e.Row), StringComparison.Ordinal)))
        {
            return true;
        }

        // A 项 cell changed makes its 款 (and 类) no longer add: the finding names the parent row.
        if (e.Kind == "table-cell" && ItemCode().Match(e.Row) is { Success: true } code
            && (text.Contains(code.Value[..5] + " ", StringComparison.Ordinal) || text.Contains(code.Value[..5] + "「", StringComparison.Ordinal)))
        {
            return true;
        }

        return Marks(e).Any(m => text.Contains(m, StringComparison.Ordinal));
    }

    // 「1、因公出国（境）费」 is named 「因公出国（境）费」 in a finding.
    private static string Label(string row) => RowNumbering().Replace(row, string.Empty);

    /// <summary>What a finding about this error would quote: the planted figure (as printed and with separators), word or year.</summary>
    private static IEnumerable<string> Marks(PlantedError e)
    {
        foreach (Match m in Number().Matches(e.Planted))
        {
            if (!e.Original.Contains(m.Value, StringComparison.Ordinal) || e.Original.Length == 0)
            {
                yield return m.Value;
                if (decimal.TryParse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
                {
                    yield return v.ToString("#,##0.##", CultureInfo.InvariantCulture);
                }
            }
        }

        if (e.Kind is "relation" or "direction" or "placeholder")
        {
            // The figures of the sentence stay as they were; a finding quotes them with the planted word.
            foreach (Match m in Number().Matches(e.Planted))
            {
                yield return m.Value + " ";
            }

            yield return e.Planted;
            yield return Word().Match(e.Planted).Value is { Length: > 0 } w ? w : e.Planted;
        }
    }

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{7}")]
    private static partial Regex ItemCode();

    [GeneratedRegex(@"大于|小于|增加|减少|XX.")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:\d+、|其中：|（\d+）)+")]
    private static partial Regex RowNumbering();
}
