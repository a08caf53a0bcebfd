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
        var tasks = new List<(PrintedNumber Count, string Unit, int Line)>();
        var actuals = new List<(PrintedNumber Count, string Unit, int Line)>();
        var over = new List<(PrintedNumber Rate, PrintedLine Line, string Text, int At)>();
        foreach (var line in report.Lines)
        {
            var text = Residue.Flat(line.Text);
            foreach (Match m in OfTask().Matches(text))
            {
                if (Number(m.Groups["m"], line) is { } done && Number(m.Groups["n"], line) is { Value: > 0m } assigned && Number(m.Groups["x"], line) is { } rate)
                {
                    var exact = done.Value / assigned.Value * 100m;
                    if (Math.Abs(rate.Value - exact) > rate.Precision / 2m + 0.005m)
                    {
                        yield return Finding(line.Place, over: false, m.Groups["x"].Value, $"{m.Groups["m"].Value}{m.Groups["u"].Value} ÷ {m.Groups["n"].Value}{m.Groups["u"].Value}", exact, text, m.Index);
                    }
                }
            }

            foreach (Match m in Task().Matches(text))
            {
                if (Number(m.Groups["n"], line) is { } n)
                {
                    tasks.Add((n, m.Groups["u"].Value, line.Place.Line ?? 0));
                }
            }

            foreach (Match m in Actual().Matches(text))
            {
                if (Number(m.Groups["m"], line) is { } n)
                {
                    actuals.Add((n, m.Groups["u"].Value, line.Place.Line ?? 0));
                }
            }

            foreach (Match m in Over().Matches(text))
            {
                if (Number(m.Groups["x"], line) is { } x)
                {
                    over.Add((x, line, text, m.Index));
                }
            }
        }

        // "超任务X%": only where one task and one actual are stated (a summary may repeat them), in one unit, within a few
        // paragraphs of it — another section's target ("招商引资…超任务15%") is another task.
        if (over.Count != 1)
        {
            yield break;
        }

        var near = over[0].Line.Place.Line ?? 0;
        // (the same count repeated by a summary is one count)
        var task = tasks.Where(t => Math.Abs(t.Line - near) <= 10).DistinctBy(t => (t.Count.Value, t.Unit)).ToList();
        var actual = actuals.Where(a => Math.Abs(a.Line - near) <= 10).DistinctBy(a => (a.Count.Value, a.Unit)).ToList();
        if (task.Count == 1 && actual.Count == 1 && task[0].Unit == actual[0].Unit && task[0].Count.Value > 0m)
        {
            var (rate, line, text, at) = over[0];
            var (done, assigned, u) = (actual[0].Count, task[0].Count, task[0].Unit);
            var exact = (done.Value - assigned.Value) / assigned.Value * 100m;
            if (Math.Abs(rate.Value - exact) > rate.Precision / 2m + 0.005m)
            {
                yield return Finding(line.Place, over: true, rate.Text, $"({done.Text}{u} − {assigned.Text}{u}) ÷ {assigned.Text}{u}", exact, text, at);
            }
        }
    }

    private AuditFinding Finding(PrintedPlace place, bool over, string printed, string formula, decimal exact, string text, int at) =>
        new(Id, Severity.Error, $"情况说明 {place}", NarrativeMessages.TaskCompletionDiffers(over, printed, formula, Math.Round(exact, 2), Residue.Excerpt(text, at)))
        {
            Computed = Math.Round(exact, 2),
            At = place,
        };

    private static PrintedNumber? Number(Group g, PrintedLine line) => PrintedNumber.TryParse(g.Value, line.Place);

    private const string Units = "户|人次|人|个|座|公里|千米|亩|所|家|套|间|处|项|场|次|台|辆|吨|期|批次";

    // "培训2399人，完成市目标任务数2000人的120%", "参保总人数为21347人，完成市目标任务21347人的100%".
    [GeneratedRegex(@"(?<![\d.，,])(?<m>\d{1,3}(?:[，,]\d{3})+|\d+(?:\.\d+)?)(?<u>" + Units + @")[，]?完成[^，。；\d]{0,10}?任务(?:数|人数)?(?<n>\d+(?:\.\d+)?)\k<u>的(?<x>\d+(?:\.\d+)?)%")]
    private static partial Regex OfTask();

    // "农村危房改造任务数为115户".
    [GeneratedRegex(@"任务(?:数|量)?(?:为|是|共)?(?<n>\d+(?:\.\d+)?)(?<u>" + Units + @")(?![的\d])")]
    private static partial Regex Task();

    // "实际完成农村危房改造264户".
    [GeneratedRegex(@"实际(?:完成|改造|实施|建成)[^，。；\d]{0,12}?(?<m>\d+(?:\.\d+)?)(?<u>" + Units + @")")]
    private static partial Regex Actual();

    // "实际改造数超任务43%".
    [GeneratedRegex(@"超(?:出|过)?(?:目标)?任务(?:数)?(?<x>\d+(?:\.\d+)?)%")]
    private static partial Regex Over();
}
