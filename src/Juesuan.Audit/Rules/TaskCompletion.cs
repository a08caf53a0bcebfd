using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-TASK: a task's completion rate against its counts — "培训2399人，完成市目标任务数2000人的120%" (2399 ÷ 2000), and, on a page
/// that states one task and one actual in a unit, "任务数为115户…实际完成…264户…超任务43%" ((264 − 115) ÷ 115 = 129.57%).
/// </summary>
public sealed partial class TaskCompletion : IAuditRule
{
    public string Id => "N-TASK";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "任务完成率与任务数、完成数相符（“完成任务数2000人的120%”“任务数115户，实际完成264户，超任务43%”）";

    public string Why => "完成率是绩效自评的结论；与所列数字不符，读者无从判断任务是否完成。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var tasks = new List<(decimal Count, string Unit)>();
        var actuals = new List<(decimal Count, string Unit)>();
        var over = new List<(decimal Rate, decimal Precision, PrintedLine Line, string Text, int At)>();
        foreach (var line in report.Lines)
        {
            var text = Residue.Flat(line.Text);
            foreach (Match m in OfTask().Matches(text))
            {
                if (Parse(m.Groups["m"].Value) is { } done && Parse(m.Groups["n"].Value) is { } task and > 0m && Parse(m.Groups["x"].Value) is { } rate)
                {
                    var exact = done / task * 100m;
                    if (Math.Abs(rate - exact) > Precision(m.Groups["x"].Value) / 2m + 0.005m)
                    {
                        yield return Finding(line.Place, m.Groups["x"].Value, $"{m.Groups["m"].Value}{m.Groups["u"].Value} ÷ {m.Groups["n"].Value}{m.Groups["u"].Value}", exact, text, m.Index);
                    }
                }
            }

            foreach (Match m in Task().Matches(text))
            {
                if (Parse(m.Groups["n"].Value) is { } n)
                {
                    tasks.Add((n, m.Groups["u"].Value));
                }
            }

            foreach (Match m in Actual().Matches(text))
            {
                if (Parse(m.Groups["m"].Value) is { } n)
                {
                    actuals.Add((n, m.Groups["u"].Value));
                }
            }

            foreach (Match m in Over().Matches(text))
            {
                if (Parse(m.Groups["x"].Value) is { } x)
                {
                    over.Add((x, Precision(m.Groups["x"].Value), line, text, m.Index));
                }
            }
        }

        // The page-wide "超任务X%": only where one task and one actual are stated (a summary may repeat them), in one unit.
        tasks = [.. tasks.Distinct()];
        actuals = [.. actuals.Distinct()];
        if (over.Count == 1 && tasks.Count == 1 && actuals.Count == 1 && tasks[0].Unit == actuals[0].Unit && tasks[0].Count > 0m)
        {
            var (rate, precision, line, text, at) = over[0];
            var exact = (actuals[0].Count - tasks[0].Count) / tasks[0].Count * 100m;
            if (Math.Abs(rate - exact) > precision / 2m + 0.005m)
            {
                var u = tasks[0].Unit;
                yield return Finding(line.Place, rate.ToString(CultureInfo.InvariantCulture),
                    $"({F(actuals[0].Count)}{u} − {F(tasks[0].Count)}{u}) ÷ {F(tasks[0].Count)}{u}", exact, text, at);
            }
        }
    }

    private AuditFinding Finding(PrintedPlace place, string printed, string formula, decimal exact, string text, int at) =>
        new(Id, Severity.Error, $"情况说明 {place}", NarrativeMessages.TaskCompletionDiffers(printed, formula, Math.Round(exact, 2), Residue.Excerpt(text, at)))
        {
            Computed = Math.Round(exact, 2),
            At = place,
        };

    private static string F(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    private static decimal? Parse(string s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static decimal Precision(string s) => s.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? (decimal)Math.Pow(10, -(s.Length - dot - 1)) : 1m;

    private const string Units = "户|人次|人|个|座|公里|千米|亩|所|家|套|间|处|项|场|次|台|辆|吨|期|批次";

    // "培训2399人，完成市目标任务数2000人的120%", "参保总人数为21347人，完成市目标任务21347人的100%".
    [GeneratedRegex(@"(?<m>\d+(?:\.\d+)?)(?<u>" + Units + @")[，]?完成[^，。；\d]{0,10}?任务(?:数|人数)?(?<n>\d+(?:\.\d+)?)\k<u>的(?<x>\d+(?:\.\d+)?)%")]
    private static partial Regex OfTask();

    // "农村危房改造任务数为115户".
    [GeneratedRegex(@"任务(?:数|量)?(?:为|是|共)?(?<n>\d+(?:\.\d+)?)(?<u>" + Units + @")(?![的\d])")]
    private static partial Regex Task();

    // "实际完成农村危房改造264户".
    [GeneratedRegex(@"实际(?:完成|改造|实施|建成)[^，。；\d]{0,12}?(?<m>\d+(?:\.\d+)?)(?<u>" + Units + @")")]
    private static partial Regex Actual();

    // "实际改造数超任务43%".
    [GeneratedRegex(@"超(?:额完成|出|过)?(?:目标)?任务(?:数)?(?<x>\d+(?:\.\d+)?)%")]
    private static partial Regex Over();
}
