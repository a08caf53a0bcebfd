using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// P-TARGET: an indicator a 绩效自评报告 states in prose — "…人次数年初指标值为不低于180人，全年实际完成值164人" (镜湖区残联 2023) —
/// missed, with no reason given beside it. Where the report also says the targets were met ("已按照计划完成目标", "全面完成") the
/// two contradict each other: an error; otherwise the deviation owes its reason (a warning).
/// </summary>
public sealed partial class TargetMissedInProse : IAuditRule
{
    public string Id => "P-TARGET";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "自评报告中“指标值为不低于 N，实际完成值 M”的指标未完成（M < N，或“不高于”的指标超出）而未说明原因；报告同时称“已按计划完成目标”时为错误";

    public string Why => "未完成的指标要说明偏差原因和改进措施；报告称全部完成而指标未达标，自评结论不实。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var lines = report.Lines.Select(l => Residue.Flat(l.Text)).ToList();
        // A report that analyses its deviations in a passage of their own ("三、偏差原因分析") gives its reasons there.
        if (lines.Any(l => DeviationPassage().IsMatch(l)))
        {
            yield break;
        }

        string?[]? claims = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var flat = lines[i];
            foreach (Match m in Missed().Matches(flat))
            {
                if (!decimal.TryParse(m.Groups["t"].Value.Replace("，", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
                    || !decimal.TryParse(m.Groups["a"].Value.Replace("，", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var actual)
                    || !SameUnit(m.Groups["u"].Value, m.Groups["u2"].Value))
                {
                    continue;
                }

                var atMost = m.Groups["op"].Value is "不高于" or "不超过" or "不大于" or "≤" or "<=";
                var missed = atMost ? actual > target : actual < target;
                // The sentence around it and the next one, on this line or the next (a PDF wraps lines): a reason there explains it.
                // (the next line only where this one stops mid-sentence, and only to that sentence's end)
                var next = i + 1 < lines.Count && !flat.TrimEnd().EndsWith('。') ? lines[i + 1] : string.Empty;
                var around = SentenceAround(flat, m.Index) + (next.IndexOf('。') is var stop and >= 0 ? next[..stop] : next);
                if (!missed || Reason().IsMatch(around.Replace(m.Value, string.Empty, StringComparison.Ordinal)))
                {
                    continue;
                }

                claims ??= ClaimsByReport(lines);
                var claim = claims[i];
                yield return new AuditFinding(Id, claim is null ? Severity.Warning : Severity.Error, $"{report.Lines[i].Place}",
                    PerformanceMessages.TargetMissedInProse(m.Groups["what"].Value, m.Groups["op"].Value + m.Groups["t"].Value + m.Groups["u"].Value,
                        m.Groups["a"].Value + m.Groups["u2"].Value, claim))
                { Printed = actual, Computed = target, At = report.Lines[i].Place };
            }
        }
    }

    /// <summary>Units that count the same thing: both printed, and alike (人 and 人次 are both people).</summary>
    private static bool SameUnit(string target, string actual) =>
        target.Length > 0 && actual.Length > 0 && (target == actual || (target.StartsWith('人') && actual.StartsWith('人')));

    /// <summary>From the sentence's start before <paramref name="at"/> to the end of the sentence after the next.</summary>
    private static string SentenceAround(string text, int at)
    {
        var start = text.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('。', at) is var e and >= 0 ? text.IndexOf('。', e + 1) is var e2 and >= 0 ? e2 : text.Length : text.Length;
        return text[start..end];
    }

    /// <summary>
    /// For each line, the words of its 自评报告 that all was met — a document may hold several reports, each from its title on — not
    /// negated or qualified ("未按照计划完成目标", "除…外，其余…均已完成"). One pass over the lines.
    /// </summary>
    private static string?[] ClaimsByReport(List<string> lines)
    {
        var of = new string?[lines.Count];
        var from = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && (i == from || !ReportTitle().IsMatch(lines[i])))
            {
                continue;
            }

            // lines[from..i] are one report: its first unqualified claim holds for all of them.
            string? claim = null;
            for (var k = from; k < i && claim is null; k++)
            {
                claim = AllMet().Matches(lines[k]).FirstOrDefault(c => !Qualified().IsMatch(SentenceAround(lines[k], c.Index)))?.Value;
            }

            Array.Fill(of, claim, from, i - from);
            from = i;
        }

        return of;
    }

    // "…燃油补贴人次数年初指标值为不低于180人，全年实际完成值164人", "…目标值≥95%，实际完成值为90%".
    [GeneratedRegex(@"(?<what>[\u4e00-\u9fff]{2,20}?)(?:年初|年度)?(?:指标值|目标值)(?:为|是)?(?<op>不低于|不少于|不高于|不超过|不大于|≥|>=|≤|<=|达到)(?<t>\d{1,3}(?:，\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d万千亿])(?<u>%|人次|人|户|个|项|次|辆|台|套|亩|公里|千米|米|平方米|万元|元|所|家|天)?[，,](?:全年)?实际(?:完成)?(?:值)?(?:为|是|达到)?(?<a>\d{1,3}(?:，\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d万千亿])(?<u2>%|人次|人|户|个|项|次|辆|台|套|亩|公里|千米|米|平方米|万元|元|所|家|天)?")]
    private static partial Regex Missed();

    [GeneratedRegex(@"原因|因为|由于|因[^素]|受(?!益)|所致|导致|致使|影响|偏差|未完成|未达到|没有达到|改进|下一步|整改")]
    private static partial Regex Reason();

    [GeneratedRegex(@"偏差原因|原因分析|未完成(?:的)?原因|存在的问题")]
    private static partial Regex DeviationPassage();

    [GeneratedRegex(@"(?:绩效)?(?:自评|评价)报告$|(?:绩效)?(?:自评|评价)报告[（(]")]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"未|没有|不能|除[^。]{0,40}外|其余|基本完成|部分")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"已?按(?:照)?计划完成(?:了)?(?:绩效)?目标|全面完成(?:了)?(?:年度)?(?:绩效)?目标|(?:绩效)?目标(?:均|全部)(?:已)?(?:按期)?完成|各项(?:绩效)?(?:目标|指标)(?:均|全部)(?:已)?完成")]
    private static partial Regex AllMet();
}
