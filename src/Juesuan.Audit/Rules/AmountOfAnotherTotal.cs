using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-SAMETOTAL: a total stated twice with two amounts, one of them another total's — "2020年度财政拨款支出3611.81万元" and, two
/// paragraphs on, "财政拨款支出…支出决算数为2112.86万元", which is the 本年收入合计 printed above: the figure was taken from the
/// wrong line.
/// </summary>
public sealed class AmountOfAnotherTotal : IAuditRule
{
    public string Id => "N-SAMETOTAL";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "同一总数在情况说明中写了两个金额，其中一个恰是另一总数的金额（“财政拨款支出3611.81万元”，后文“财政拨款…支出决算数为2112.86万元”，2112.86 是本年收入合计）";

    public string Why => "从别的行抄来的数字与前文自相矛盾，读者不知道哪一个是真的；完成率等随之全错。";

    // Totals a narrative states once each for the report's scope; two scopes (部门 and 本级) differ in all of them at once, not
    // by one figure that is another total's.
    private static readonly string[] Totals =
    [
        NarrativeItems.IncomeTotal, NarrativeItems.ExpenditureTotal, "本年收入合计", "本年支出合计", NarrativeItems.AppropriationTotal,
        NarrativeItems.AppropriationExpenditure, "财政拨款收入", NarrativeItems.GeneralBudgetExpenditure,
    ];

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var amounts = report.Claims
            .Where(c => c.Measure == Measure.Amount && NarrativeClaims.Printed(c) && c.Unit == "万元" && NarrativeClaims.OfReportYear(report, c) && Totals.Contains(c.Subject))
            .ToList();
        foreach (var group in amounts.GroupBy(c => c.Subject))
        {
            var values = group.Select(c => c.Number.Value).Distinct().ToList();
            if (values.Count != 2)
            {
                continue;
            }

            foreach (var claim in group)
            {
                // The other amount of the same total, and another total printed with this very amount in another sentence.
                var first = group.First(c => c.Number.Value != claim.Number.Value);
                if (amounts.FirstOrDefault(o => o.Subject != claim.Subject && o.Number.Value == claim.Number.Value && o.Sentence != claim.Sentence
                        && !group.Any(c => c.Sentence == o.Sentence)) is not { } other
                    || amounts.Any(o => o.Subject != claim.Subject && o.Number.Value == first.Number.Value))
                {
                    continue;
                }

                yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(claim),
                    NarrativeMessages.AmountOfAnotherTotal(NarrativeClaims.Name(claim), first.Number.Text, first.Number.Place, claim.Number.Text, NarrativeClaims.Name(other), other.Number.Place))
                {
                    Printed = claim.Number.Value,
                    Computed = first.Number.Value,
                    At = claim.Number.Place,
                };
                break;
            }
        }
    }
}
