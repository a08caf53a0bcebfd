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
        // One rate of money per sentence: "…执行率95%，其中基本支出执行率100%" and "较2021年执行率85%" give the rates of other
        // subjects or years, whose amounts the sentence does not print.
        var rates = Rate().Matches(text);
        if (rates.Count != 1 || statement.Claims.Any(c => c.Measure == Measure.Completion))
        {
            yield break; // (a rate the reader tied to an item is N-RATE's)
        }

        var rate = rates[0];
        // "全年预算140万元，执行100.6万元。资金拨付率100%。": a rate standing alone ("资金拨付率…", nothing named before it) takes the
        // amounts of the sentence just before, in the same section.
        var amountsText = text;
        var offset = 0;
        if (!Budget().IsMatch(text) && Alone().IsMatch(text[..rate.Index]) && previous is not null && previous.Section == statement.Section
            && statement.Place.Line - previous.Place.Line is >= 0 and <= 2)
        {
            amountsText = Residue.Flat(previous.Text) + "。" + text;
            offset = amountsText.Length - text.Length;
        }

        // A sentence of a project's funds prints a handful of amounts; one printing hundreds is a table run together, and
        // pairing its amounts would take their square. A budget added to during the year ("年初预算100万元，追加20万元") is a sum
        // the sentence does not print.
        if (Amount().Count(amountsText) > MostFigures || Added().IsMatch(amountsText))
        {
            yield break;
        }

        var at = offset + rate.Index;
        var budgets = Budget().Matches(amountsText).Where(m => m.Index < at).Select(m => Amount(m, statement.Place)).OfType<Figure>().DistinctBy(f => f.Yuan).ToList();
        var arrived = rate.Groups["kind"].Value.Contains('到', StringComparison.Ordinal);
        var spent = (arrived ? Arrived() : Spent()).Matches(amountsText).Where(m => m.Index < at).Select(m => Amount(m, statement.Place)).OfType<Figure>().DistinctBy(f => f.Yuan).ToList();
        // Several budgets (年初 and 全年) or spendings are for the reader to pair, not for a guess.
        if (budgets.Count != 1 || spent.Count != 1 || budgets[0].Yuan <= 0m || PrintedNumber.TryParse(rate.Groups["r"].Value, statement.Place) is not { } printed)
        {
            yield break;
        }

        // Any two amounts of the sentence that give the rate explain it ("资金总额500万元，其中财政资金400万元，支出380万元，
        // 执行率95%" is of the 财政资金). A rate capped at 100% is the forms' rule when more was spent than budgeted.
        var amounts = Amount().Matches(amountsText).Select(m => Amount(m, statement.Place)).OfType<Figure>().Where(f => f.Yuan > 0m).ToList();
        if (amounts.Any(a => amounts.Any(b => !ReferenceEquals(a, b) && Gives(a, b, printed)))
            || (printed.Value == 100m && spent[0].Yuan >= budgets[0].Yuan))
        {
            yield break;
        }

        var exact = spent[0].Yuan / budgets[0].Yuan * 100m;
        yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}",
            NarrativeMessages.NarrativeExecutionRateDiffers(rate.Groups["kind"].Value, printed.Text, spent[0].Printed, budgets[0].Printed, Math.Round(exact, 2), Residue.Excerpt(text, rate.Index)))
        {
            Printed = printed.Value,
            Computed = Math.Round(exact, 2),
            At = statement.Place,
        };
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

        var scale = MoneyUnit.Yuan(m.Groups["u"].Value);
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

    // What stands before a rate that takes the sentence before's amounts: nothing, or "资金"/"预算" (not another subject's name:
    // "项目资金执行率…" after a department's amounts is the projects').
    [GeneratedRegex(@"^(?:资金|预算)?$")]
    private static partial Regex Alone();

    // A budget changed during the year: its total is a sum the sentence may not print.
    [GeneratedRegex(@"追加|调增|调减|追减")]
    private static partial Regex Added();

    // "资金拨付率100%", "预算执行率为98.5%", "资金到位率达100%" — of money (预算/资金/经费, or nothing named: not "合同执行率",
    // "设备使用率", "人员到位率"), and no target ("未达到预算执行率90%的目标").
    [GeneratedRegex(@"(?:(?<=预算|资金|经费|支出|[，,。；;：:（(])|^)(?<kind>执行率|拨付率|支出率|使用率|到位率)(?:为|是|达到了?|达|约)?[：:]?(?<r>\d+(?:\.\d+)?)%(?!的?(?:目标|要求)|以[上下])")]
    private static partial Regex Rate();
}
