using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// W-DEFINITION: an income item explained in the words of another's definition (名词解释) — "2.上级补助收入8.38万元，为事业单位开展
/// 业务活动取得的收入" describes 事业收入 (梧州 2021): the template's line was copied to the wrong item, and the reader is misled about
/// where the money came from.
/// </summary>
public sealed partial class DefinitionOfAnotherItem : IAuditRule
{
    public string Id => "W-DEFINITION";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "收入项目的解释与其名称相符（“上级补助收入……为事业单位开展业务活动取得的收入”用的是事业收入的定义）";

    public string Why => "各项收入的口径由名词解释规定；把另一项的定义写在这里，读者会误解资金来源。";

    /// <summary>Each item with the words only its own definition uses.</summary>
    private static readonly (string Item, Regex Words)[] Definitions =
    [
        // (a carry-over is money the 财政 paid in an earlier year: "上年度财政拨付的资金" is no 财政拨款收入's definition)
        ("财政拨款收入", new Regex(@"(?:本级|同级)财政(?:部门)?(?:当年)?拨付的(?:资金|财政拨款)|(?<![上前往以]\S{0,3})财政(?:部门)?当年拨付的(?:资金|财政拨款)|从同级财政部门取得的", RegexOptions.Compiled)),
        ("上级补助收入", new Regex(@"从?主管部门和上级单位取得的非财政补助|上级单位取得的非财政", RegexOptions.Compiled)),
        ("事业收入", new Regex(@"(?<!之外)开展(?:专业)?业务活动(?:及其辅助活动)?(?:实现|取得)的收入", RegexOptions.Compiled)),
        ("经营收入", new Regex(@"非独立核算(?:的)?经营活动", RegexOptions.Compiled)),
        ("附属单位上缴收入", new Regex(@"附属(?:的)?独立核算单位[^，。；]{0,8}上缴", RegexOptions.Compiled)),
        ("上年结转和结余", new Regex(@"以前年度(?:支出预算因客观条件变化未执行完毕|尚未完成的项目)", RegexOptions.Compiled)),
        ("使用非财政拨款结余", new Regex(@"使用以前年度积累的非财政拨款结余", RegexOptions.Compiled)),
    ];

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in ThreePublicDefinition(report))
        {
            yield return f;
        }

        foreach (var statement in report.Statements)
        {
            var text = Residue.Flat(statement.Text);
            if (Explained().Match(text) is not { Success: true } m)
            {
                continue;
            }

            var item = Item(m.Groups["item"].Value);
            // (to the clause's end: "1.财政拨款收入…；2.事业收入…为开展…取得的收入" explains the next item there)
            var rest = text[(m.Index + m.Length)..];
            rest = rest.IndexOfAny(['；', '。']) is var end and >= 0 ? rest[..end] : rest;
            var own = Definitions.FirstOrDefault(d => d.Item == item);
            if (own.Words is null || own.Words.IsMatch(rest))
            {
                continue;
            }

            foreach (var (other, words) in Definitions.Where(d => d.Item != item))
            {
                if (words.Match(rest) is { Success: true } w)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}「{m.Groups["item"].Value}」",
                        WordingMessages.DefinitionOfAnotherItem(m.Groups["item"].Value, w.Value, other, Residue.Excerpt(text, m.Index)))
                    { At = statement.Place };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "进一步规范公务用车、公务接待、公款出差学习(简称“三公”)的管理" (2015): 三公 are 因公出国（境）、公务用车购置及运行维护 and
    /// 公务接待, by the 中央 rules the whole report follows; a list that puts 出差, 会议 or 培训 among them, or leaves 出国 out,
    /// defines another thing under the name.
    /// </summary>
    private IEnumerable<AuditFinding> ThreePublicDefinition(PublishedReport report)
    {
        foreach (var line in report.Lines)
        {
            var text = Residue.Flat(line.Text);
            if (ThreePublicList().Match(text) is not { Success: true } m)
            {
                continue;
            }

            // ("进一步规范公务用车、…": the list from its first item's word on.)
            var list = m.Groups["list"].Value;
            list = ItemStart().Match(list) is { Success: true } first ? list[first.Index..] : list;
            var items = list.Split('、', '，', '和', '及').Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
            var foreign = items.FirstOrDefault(i => NotThreePublic().IsMatch(i));
            if (items.Count == 3 && foreign is not null && !items.Any(i => i.Contains("出国", StringComparison.Ordinal) || i.Contains("出境", StringComparison.Ordinal)))
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}",
                    WordingMessages.ThreePublicDefinedOtherwise(list, foreign, Residue.Excerpt(text, m.Index)))
                { At = line.Place };
            }
        }
    }

    private static string Item(string name) => name switch
    {
        "一般公共预算财政拨款收入" or "政府性基金预算财政拨款收入" or "国有资本经营预算财政拨款收入" => "财政拨款收入",
        "年初结转和结余" => "上年结转和结余",
        _ => name,
    };

    // "2.上级补助收入8.38万元，为…", "（三）经营收入0.00万元，是…", "7.使用非财政拨款结余（含专用结余）0.00万元，主要是…".
    [GeneratedRegex(@"^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,2}[)）])?(?<item>一般公共预算财政拨款收入|政府性基金预算财政拨款收入|国有资本经营预算财政拨款收入|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入|上年结转和结余|年初结转和结余|使用非财政拨款结余)(?:[（(][^）)]{0,12}[）)])?\d[\d，.]*万?元?[，,](?:为|是|指|系|主要是|主要为)")]
    private static partial Regex Explained();

    // "公务用车、公务接待、公款出差学习（简称“三公”）", "“三公”经费是指因公出国（境）费、…": the three items as the text names them.
    [GeneratedRegex(@"(?<list>[^，。；：（“”""]{6,40})（简称[“""]?三公[”""]?(?:经费)?）|[“""]三公[”""]经费(?:是指|指的是|指|包括)(?<list>[^。；（]{6,60}?)(?:等|三项|三类)?(?:[。；，（]|$)")]
    private static partial Regex ThreePublicList();

    // What is no 三公 item: travel, meetings, training.
    [GeneratedRegex(@"出差|差旅|会议|培训|学习")]
    private static partial Regex NotThreePublic();

    [GeneratedRegex(@"因公|公务|公款|出国|出境|会议|培训|差旅|车辆")]
    private static partial Regex ItemStart();
}
