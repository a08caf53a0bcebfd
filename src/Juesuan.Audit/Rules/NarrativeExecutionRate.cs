using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-EXECUTION: a rate of spending stated in the narrative against the amounts beside it — "全年预算数140万元，全年执行数100.6万元，
/// 资金拨付率100%" (100.6 ÷ 140 = 71.86%). 绩效自评报告 state a project's funds this way, outside the tables and the forms.
/// </summary>
public sealed partial class NarrativeExecutionRate : IAuditRule
{
    public string Id => "N-EXECUTION";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "预算执行率（拨付率、支出率、资金到位率）= 所写的执行（拨付、支出、到位）金额 ÷ 所写的预算金额（“全年预算数140万元，执行数100.6万元，执行率100%”；按金额的印刷精度给出区间）";

    public string Why => "执行率是绩效自评对资金的结论；与同一句所写的金额不符，结论就站不住。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        NarrativeStatement? previous = null;
        foreach (var statement in report.Statements)
        {
            foreach (var finding in Check(statement, previous))
            {
                yield return finding;
            }

            previous = statement;
        }
    }

    private IEnumerable<AuditFinding> Check(NarrativeStatement statement, NarrativeStatement? previous)
    {
        var text = Residue.Flat(statement.Text);
        var rates = Rate().Matches(text);
        if (rates.Count == 0)
        {
            yield break;
        }

        // "全年预算140万元，执行100.6万元。资金拨付率100%。": a rate standing alone takes the amounts of the sentence before it
        // (in the same section, on the lines just above).
        var amountsText = text;
        var offset = 0;
        if (!Budget().IsMatch(text) && previous is not null && previous.Section == statement.Section
            && statement.Place.Line - previous.Place.Line is >= 0 and <= 2)
        {
            amountsText = Residue.Flat(previous.Text) + "。" + text;
            offset = amountsText.Length - text.Length;
        }

        // A sentence of a project's funds prints a handful of amounts; one printing hundreds is a table run together, and
        // pairing its amounts would take their square.
        if (rates.Count > MostFigures || Amount().Count(amountsText) > MostFigures)
        {
            yield break;
        }

        var budgets = Budget().Matches(amountsText).Select(m => Amount(m, statement.Place)).OfType<Figure>().DistinctBy(f => f.Yuan).ToList();
        var firstBudget = Budget().Match(amountsText).Index;
        var amounts = Amount().Matches(amountsText).Select(m => Amount(m, statement.Place)).OfType<Figure>().ToList();
        if (budgets.Count is 0 or > 2)
        {
            yield break;
        }

        foreach (Match rate in rates)
        {
            if (PrintedNumber.TryParse(rate.Groups["r"].Value, statement.Place) is not { } printed)
            {
                continue;
            }

            // The spending a rate is of: 到位率 of money arrived; the others of money spent, paid out or used.
            var arrived = rate.Groups["kind"].Value.Contains('到', StringComparison.Ordinal);
            // The amounts come before their rate ("预算…执行…执行率"); a rate stated first ("整体执行率95%，其中项目A预算…") is of
            // something else.
            var at = offset + rate.Index;
            var spentMatches = (arrived ? Arrived() : Spent()).Matches(amountsText).Where(m => m.Index < at).ToList();
            var spent = spentMatches.Select(m => Amount(m, statement.Place)).OfType<Figure>().DistinctBy(f => f.Yuan).ToList();
            if (spent.Count != 1 || firstBudget > at)
            {
                continue;
            }

            // Any two amounts of the sentence that give the rate explain it ("资金总额500万元，其中财政资金400万元，支出380万元，
            // 执行率95%" is of the 财政资金): only a rate no pair of printed amounts gives is wrong. A rate capped at 100% is the
            // forms' rule when more was spent than budgeted.
            if (amounts.Any(a => amounts.Any(b => !ReferenceEquals(a, b) && Gives(a, b, printed)))
                || (printed.Value == 100m && budgets.Any(b => spent[0].Yuan >= b.Yuan)))
            {
                continue;
            }

            var budget = budgets.OrderByDescending(b => b.Label.Contains("全年", StringComparison.Ordinal) || b.Label.Contains("调整", StringComparison.Ordinal)).First();
            if (budget.Yuan <= 0m)
            {
                continue;
            }

            var exact = spent[0].Yuan / budget.Yuan * 100m;
            yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}",
                NarrativeMessages.NarrativeExecutionRateDiffers(rate.Groups["kind"].Value, printed.Text, spent[0].Printed, budget.Printed, Math.Round(exact, 2), Residue.Excerpt(text, rate.Index)))
            {
                Printed = printed.Value,
                Computed = Math.Round(exact, 2),
                At = statement.Place,
            };
        }
    }

    /// <summary>Whether a ÷ b, over the rounding of both as printed, comes within the rate's own rounding (or its truncation).</summary>
    private static bool Gives(Figure a, Figure b, PrintedNumber rate)
    {
        var low = (a.Yuan - a.HalfStep) / (b.Yuan + b.HalfStep) * 100m;
        var high = b.Yuan - b.HalfStep <= 0m ? decimal.MaxValue : (a.Yuan + a.HalfStep) / (b.Yuan - b.HalfStep) * 100m;
        return rate.Value + rate.Precision >= low && rate.Value - rate.Precision / 2m - 0.005m <= high;
    }

    private static Figure? Amount(Match m, PrintedPlace place)
    {
        if (PrintedNumber.TryParse(m.Groups["n"].Value, place) is not { } n)
        {
            return null;
        }

        var scale = m.Groups["u"].Value switch { "亿元" => 100_000_000m, "万元" => 10_000m, _ => 1m };
        return new Figure(m.Groups["label"].Value, n.Text + m.Groups["u"].Value, n.Value * scale, n.Precision * scale / 2m);
    }

    private sealed record Figure(string Label, string Printed, decimal Yuan, decimal HalfStep);

    private const int MostFigures = 40;

    private const string Number = @"(?<n>\d{1,3}(?:，\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<u>亿元|万元|元)";

    // "全年预算数140万元", "项目预算资金200万元", "年初预算安排50万元", "下达资金80万元", "财政资金总额16.20万元".
    [GeneratedRegex(@"(?<label>(?:全年|年度|年初|调整后?的?)?预算(?:数|资金|金额|安排|总额|批复数?)?|(?:下达|批复|安排)(?:的)?(?:项目)?资金(?:总额)?|(?:财政|项目)?资金总额)(?:为|是|共|合计|共计|总额)?" + Number)]
    private static partial Regex Budget();

    // "全年执行数100.6万元", "实际支出200万元", "已拨付80万元", "使用资金50万元".
    [GeneratedRegex(@"(?<label>(?:全年|实际|累计|已)?(?:执行数?|支出(?:数|资金)?|拨付(?:资金)?|使用(?:资金)?|完成支出))(?:为|了|共|合计|共计)?" + Number)]
    private static partial Regex Spent();

    // "到位资金80万元", "实际到位80万元".
    [GeneratedRegex(@"(?<label>(?:实际|累计|已)?到位(?:资金)?)(?:为|了|共|合计|共计)?" + Number)]
    private static partial Regex Arrived();

    [GeneratedRegex(@"(?<label>)" + Number)]
    private static partial Regex Amount();

    // "资金拨付率100%", "预算执行率为98.5%", "资金到位率达100%".
    [GeneratedRegex(@"(?<kind>执行率|拨付率|支出率|使用率|到位率)(?:为|是|达到?|约)?(?<r>\d+(?:\.\d+)?)%")]
    private static partial Regex Rate();
}
