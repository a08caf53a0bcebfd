using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-SAMETOTAL: a total stated twice with two amounts, one of them another total's — "2020年度财政拨款支出3611.81万元" and, two
/// paragraphs on, "财政拨款支出…支出决算数为2112.86万元", which is the 本年收入合计 printed above: the figure was taken from the
/// wrong line. The total must be said twice with one amount and once with the other.
/// </summary>
public sealed class AmountOfAnotherTotal : IAuditRule
{
    public string Id => "N-SAMETOTAL";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "同一总数在情况说明中写了两个金额，其中一个恰是另一总数的金额（“财政拨款支出3611.81万元”，后文“财政拨款…支出决算数为2112.86万元”，2112.86 是本年收入合计）";

    public string Why => "从别的行抄来的数字与前文自相矛盾，读者不知道哪一个是真的；完成率等随之全错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // (A budget line, "预算数450.00万元，调整数505.00万元，决算数485.00万元", names no total of its own: its 决算数 may be the
        // section's spending under the heading's 收支总计.)
        var amounts = report.Claims
            .Where(c => c.Measure == Measure.Amount && NarrativeClaims.Printed(c) && c.Unit == "万元" && NarrativeClaims.OfReportYear(report, c) && NarrativeClaims.Totals.Contains(c.Subject)
                && !BudgetLineActual.IsBareBudgetLine(c.Sentence))
            .ToList();
        // Which totals each amount is printed for, and in how many sentences: built once (a hostile text states thousands).
        var subjectsOf = amounts.GroupBy(c => c.Number.Value).ToDictionary(g => g.Key, g => g.Select(c => c.Subject).ToHashSet());
        foreach (var group in amounts.GroupBy(c => c.Subject))
        {
            var bySentence = group.GroupBy(c => c.Number.Value).ToDictionary(g => g.Key, g => g.Select(c => c.Sentence).Distinct().Count());
            if (bySentence.Count != 2)
            {
                continue;
            }

            // The amount said twice is the total's; the one said once, if it is another total's, was taken from the wrong line.
            // (In a department funded by appropriations alone several totals are equal: one restatement's typo must not make the
            // right figure look borrowed — hence twice against once.)
            var (kept, once) = bySentence.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToArray() switch { var v => (v[0], v[1]) };
            if (bySentence[kept] < 2 || bySentence[once] != 1 || subjectsOf[kept].Count > 1
                || group.First(c => c.Number.Value == once) is not { } claim
                || amounts.FirstOrDefault(o => o.Subject != claim.Subject && o.Number.Value == once && o.Sentence != claim.Sentence) is not { } other)
            {
                continue;
            }

            var first = group.First(c => c.Number.Value == kept);
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(claim),
                NarrativeMessages.AmountOfAnotherTotal(NarrativeClaims.Name(claim), first.Number.Text, first.Number.Place, claim.Number.Text, NarrativeClaims.Name(other), other.Number.Place))
            {
                Printed = claim.Number.Value,
                Computed = first.Number.Value,
                At = claim.Number.Place,
            };
        }
    }
}
