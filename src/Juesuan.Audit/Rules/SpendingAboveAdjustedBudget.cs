using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-OVERSPEND: spending stated above its 调整预算 ("政府性基金预算支出完成25437万元，为调整预算的100.8%") with no reason given in
/// that sentence or the next. The adjusted budget is the ceiling the 人大 approved (预算法 第十三条: 未列入预算的不得支出); going
/// past it needs saying why — a 上级 grant received late, a debt repaid early — or it reads as spending without approval.
/// </summary>
public sealed partial class SpendingAboveAdjustedBudget : IAuditRule
{
    public string Id => "N-OVERSPEND";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "支出超过调整预算（“支出……为调整预算的100.8%”）而本句及下一句都没有说明原因（警告）";

    public string Why => "调整预算是人大批准的支出上限，超出而不说明原因，读者无从判断是否未经批准支出。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        for (var i = 0; i < report.Statements.Count; i++)
        {
            var statement = report.Statements[i];
            var text = Residue.Flat(statement.Text);
            foreach (Match m in AboveAdjusted().Matches(text))
            {
                if (!decimal.TryParse(m.Groups["rate"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) || rate <= 100m)
                {
                    continue;
                }

                // The clause's subject is spending, not income that beat its budget: the last of 支出 / 收入 before the rate,
                // within its clause ("收入完成…，为调整预算的105%；支出完成…" is two clauses).
                var clauseStart = text.LastIndexOfAny(['；', '。'], Math.Max(m.Index - 1, 0)) + 1;
                var clause = text[clauseStart..m.Index];
                var spent = clause.LastIndexOf("支出", StringComparison.Ordinal);
                if (spent < 0 || clause.LastIndexOf("收入", StringComparison.Ordinal) > spent || Explained(text[clauseStart..])
                    || Explained(NextSentence(report, statement)))
                {
                    continue;
                }

                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                    NarrativeMessages.SpentAboveAdjustedBudget(m.Groups["rate"].Value, Residue.Excerpt(text, m.Index)))
                { Printed = rate, Computed = 100m, At = statement.Place };
            }
        }
    }

    private static bool Explained(string text) => Reason().IsMatch(text);

    /// <summary>
    /// The sentence after the statement's, figures or none ("超出部分为上级年终追加的专项债券资金。"): the first one ending in the
    /// three printed lines after the statement's first.
    /// </summary>
    private static string NextSentence(PublishedReport report, NarrativeStatement statement)
    {
        var at = -1;
        for (var k = 0; k < report.Lines.Count; k++)
        {
            if (report.Lines[k].Place == statement.Place)
            {
                at = k;
                break;
            }
        }

        if (at < 0)
        {
            return string.Empty;
        }

        // (up to a heading: "三、国有资本经营预算" opens another matter)
        var after = string.Concat(report.Lines.Skip(at + 1).Take(3).Select(l => Residue.Flat(l.Text)).TakeWhile(l => !HeadingLine().IsMatch(l)));
        // (a statement run over several lines ends in them first: the next sentence is the one after its "。")
        var statementTail = Residue.Flat(statement.Text);
        var tail = statementTail.Length > 12 ? statementTail[^12..] : statementTail;
        var from = after.IndexOf(tail, StringComparison.Ordinal) is >= 0 and var t ? t + tail.Length : 0;
        var end = after.IndexOf('。', from);
        return end < 0 ? after[from..] : after[from..(end + 1)];
    }

    // "为调整预算的100.8%", "完成调整预算数的101.2%", "占变动预算的103%".
    [GeneratedRegex(@"(?:为|完成|占|达到?)(?:了)?(?:调整预算|调整后预算|变动预算)(?:数)?的(?<rate>[0-9]{3}(?:\.[0-9]{1,4})?)[%％]")]
    private static partial Regex AboveAdjusted();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]{1,2}[、.．]|第[一二三四五六七八九十]+部分)")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"原因|主要是|由于|因为|超支|超出部分|上级(?:追加|补助|转移支付|下达)|动用|使用上年结转|结转资金")]
    private static partial Regex Reason();
}
