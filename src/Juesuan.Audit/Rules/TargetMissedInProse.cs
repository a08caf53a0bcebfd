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
        string? claim = null;
        var sought = false;
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            foreach (Match m in Missed().Matches(flat))
            {
                if (!decimal.TryParse(m.Groups["t"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
                    || !decimal.TryParse(m.Groups["a"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var actual)
                    || (m.Groups["u"].Value != m.Groups["u2"].Value && m.Groups["u"].Value.Length > 0 && m.Groups["u2"].Value.Length > 0 && !(m.Groups["u"].Value.StartsWith('人') && m.Groups["u2"].Value.StartsWith('人'))))
                {
                    continue;
                }

                var atMost = m.Groups["op"].Value is "不高于" or "不超过" or "≤" or "<=" or "低于";
                var missed = atMost ? actual > target : actual < target;
                // The clause after the actual: a reason or a measure given there explains the deviation.
                var after = flat[(m.Index + m.Length)..];
                after = after[..Math.Min(after.Length, Math.Max(0, after.IndexOfAny(['。', '；']) is var end and >= 0 ? end : after.Length))];
                if (!missed || Reason().IsMatch(after))
                {
                    continue;
                }

                if (!sought)
                {
                    claim = report.Lines.Select(l => AllMet().Match(Residue.Flat(l.Text))).FirstOrDefault(c => c.Success)?.Value;
                    sought = true;
                }

                yield return new AuditFinding(Id, claim is null ? Severity.Warning : Severity.Error, $"{line.Place}",
                    PerformanceMessages.TargetMissedInProse(m.Groups["what"].Value, m.Groups["op"].Value + m.Groups["t"].Value + m.Groups["u"].Value,
                        m.Groups["a"].Value + m.Groups["u2"].Value, claim))
                { Printed = actual, Computed = target, At = line.Place };
            }
        }
    }

    // "…燃油补贴人次数年初指标值为不低于180人，全年实际完成值164人", "…目标值≥95%，实际完成值为90%".
    [GeneratedRegex(@"(?<what>[\u4e00-\u9fff]{2,20}?)(?:年初|年度)?(?:指标值|目标值)(?:为|是)?(?<op>不低于|不少于|不高于|不超过|≥|>=|≤|<=|达到)(?<t>\d+(?:\.\d+)?)(?<u>%|人次|人|户|个|项|次|辆|台|套|亩|公里|千米|米|平方米|万元|元|所|家|天)?[，,](?:全年)?实际(?:完成)?(?:值)?(?:为|是|达到)?(?<a>\d+(?:\.\d+)?)(?<u2>%|人次|人|户|个|项|次|辆|台|套|亩|公里|千米|米|平方米|万元|元|所|家|天)?")]
    private static partial Regex Missed();

    [GeneratedRegex(@"原因|因为|由于|受|偏差|未完成|未达到|没有达到|改进|下一步|整改")]
    private static partial Regex Reason();

    [GeneratedRegex(@"已?按(?:照)?计划完成(?:了)?(?:绩效)?目标|全面完成(?:了)?(?:年度)?(?:绩效)?目标|(?:绩效)?目标(?:均|全部)(?:已)?(?:按期)?完成|各项(?:绩效)?(?:目标|指标)(?:均|全部)(?:已)?完成")]
    private static partial Regex AllMet();
}
