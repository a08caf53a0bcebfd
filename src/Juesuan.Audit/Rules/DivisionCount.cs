using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-DIVISIONS: 内设机构 — "设立 N 个内设机构，分别是：A、B、C" names as many as it counts, and a summary such as "一室两科"
/// (1 + 2 = 3) counts the same. "设立 1 个内设机构，分别是：“一室两科”，办公室、审批改革科、审批业务科" says 1 and lists 3.
/// </summary>
public sealed partial class DivisionCount : IAuditRule
{
    public string Id => "N-DIVISIONS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "“设立 N 个内设机构，分别是……”列出的机构个数（及“一室两科”之类的概括）与 N 一致";

    public string Why => "机构设置是概况的基本事实；个数与所列名称不符，至少有一处写错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // Lines, not statements: the 概况 prints no money and so makes no statement.
        foreach (var line in report.Lines)
        {
            var text = Residue.Flat(line.Text);
            foreach (Match m in Stated().Matches(text))
            {
                if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } stated)
                {
                    continue;
                }

                var list = m.Groups["list"].Value;
                // "“一室两科”": the writer's own count of the kinds, then the names.
                if (Summary().Match(list) is { Success: true } s && SummaryCount(s.Groups["s"].Value) is { } summarised && summarised != stated)
                {
                    yield return Finding(line.Place, stated, summarised, $"概括为“{s.Groups["s"].Value}”即", text, m.Index);
                    continue;
                }

                // "民政和社区事务办公室（挂卫生健康办公室、物业管理办公室牌子）": what a bracket adds to a name is not a name of its own.
                var names = Names(Bracketed().Replace(Quoted().Replace(list, string.Empty), string.Empty));
                // "综合科、财务稽核科、失业保险科城乡就业统筹科培训科…": the 、 left out between names run together; split at each
                // office's ending, they may be as many as stated.
                if (names.Count > 1 && names.Count < stated && names.Sum(n => RunTogether().Matches(n).Count) == stated)
                {
                    continue;
                }

                if (names.Count > 1 && names.Count != stated)
                {
                    yield return Finding(line.Place, stated, names.Count, "列出", text, m.Index);
                }
            }
        }
    }

    private AuditFinding Finding(PrintedPlace place, int stated, int listed, string how, string text, int at) =>
        new(Id, Severity.Warning, $"{place}", ClaimMessages.DivisionCountDiffers(stated, listed, how, Residue.Excerpt(text, at)))
        {
            Printed = stated,
            Computed = listed,
            At = place,
        };

    [GeneratedRegex(@".+?(?:科|股|室|中心|处|队|站|所|部)(?=[^科股室心处队站所部]|$)")]
    private static partial Regex RunTogether();

    /// <summary>The names listed: split at 、, the last one at 及/和 when both sides name a 科/股/室….</summary>
    private static List<string> Names(string list)
    {
        // "…综合股，下设二级事业单位2个：…": the list ends where another body's count begins.
        var cut = list.IndexOfAny(['。', '；']);
        if (OtherBodies().Match(list) is { Success: true } other && (cut < 0 || other.Index < cut))
        {
            cut = other.Index;
        }

        var names = (cut >= 0 ? list[..cut] : list).Trim('，', '：', ' ').Split('、').Select(n => n.Trim('，', ' ')).Where(n => n.Length > 0).ToList();
        if (names.Count == 0)
        {
            return names;
        }

        // "…及综合股等五个业务部门": what follows 等 is the count again, not a name.
        var last = names[^1];
        if (last.IndexOf('等', StringComparison.Ordinal) is var etc and > 0)
        {
            last = last[..etc];
        }

        names[^1] = last;
        if (LastTwo().Match(last) is { Success: true } two)
        {
            names[^1] = two.Groups["a"].Value;
            names.Add(two.Groups["b"].Value);
        }

        return names;
    }

    private static int? SummaryCount(string summary)
    {
        var total = 0;
        foreach (Match part in SummaryPart().Matches(summary))
        {
            if (ChineseNumber.Parse(part.Groups["n"].Value) is not { } n)
            {
                return null;
            }

            total += n;
        }

        return total > 0 ? total : null;
    }

    // "本单位设立1个内设机构，分别是：…", "内设机构12个：…", "内设科室11个：…", "设有5个职能科室，分别为…".
    [GeneratedRegex(@"(?:(?:设立|设置|设有|内设|(?<!建)设)(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:内设机构|内设科室|职能科室|科室|股室)|内设(?:机构|科室|股室)(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})个)[，,]?(?:分别是|分别为|包括|即)?[：:](?<list>[^。]*)|(?:设立|设置|设有|内设|(?<!建)设)(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:内设机构|内设科室|职能科室|科室|股室)[，,]?(?:分别是|分别为|包括|即)(?<list>[^。]*)")]
    private static partial Regex Stated();

    [GeneratedRegex(@"^[“""]?(?<s>(?:[一二两三四五六七八九十]{1,2}[室科股处队站所部办])+)[”""]")]
    private static partial Regex Summary();

    [GeneratedRegex(@"(?<n>[一二两三四五六七八九十]{1,2})[室科股处队站所部办]")]
    private static partial Regex SummaryPart();

    [GeneratedRegex(@"[“""][^”""]*[”""]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[（(][^（）()]{0,60}[）)]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<a>.+[室科股处队站所部办局心])(?:及|和|与)(?<b>.+[室科股处队站所部办局心])$")]
    private static partial Regex LastTwo();

    [GeneratedRegex(@"[，,](?:下设|另设|另有|所属|直属|下属|此外)")]
    private static partial Regex OtherBodies();
}
