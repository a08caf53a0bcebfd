using System.Globalization;
using Juesuan.Core.Model;

namespace Juesuan.Reporting.Narrative;

/// <summary>How an item with no initial budget (division by zero) is worded.</summary>
public enum NoBudgetStyle
{
    /// <summary>As the reference prints it: 完成年初预算的0% (the default; the audit notes it).</summary>
    ReferenceZero,

    /// <summary>年初无预算.</summary>
    SayNoBudget,
}

/// <summary>Options of the narrative (documented in docs/report.md).</summary>
public sealed record NarrativeOptions
{
    public NoBudgetStyle NoBudget { get; init; } = NoBudgetStyle.ReferenceZero;

    public static NarrativeOptions Default { get; } = new();
}

/// <summary>The recurring phrases of the narrative, each computed from exact yuan figures.</summary>
internal static class Phrases
{
    /// <summary>7972.87万元</summary>
    public static string Wan(Yuan y) => PrintFormat.NarrativeAmount(y) + "万元";

    /// <summary>17.85% — a share of a total; a zero total gives 0.00% (no division).</summary>
    public static string Share(Yuan part, Yuan whole) =>
        PrintFormat.Percent(part, whole) is { } p ? PrintFormat.PercentText(p) : "0.00%";

    /// <summary>
    /// The completion of a budget: 完成年初预算的93.14%; with no budget, per <paramref name="style"/>.
    /// </summary>
    public static string Completion(Yuan actual, Yuan budget, NoBudgetStyle style, string prefix = "完成年初预算的")
    {
        if (PrintFormat.Percent(actual, budget) is { } p)
        {
            return prefix + PrintFormat.PercentText(p);
        }

        return style == NoBudgetStyle.ReferenceZero ? prefix + "0%" : "年初无预算";
    }

    /// <summary>The same for 三公 budgets, where the reference prints 0.00%.</summary>
    public static string BudgetCompletion(Yuan actual, Yuan budget, NoBudgetStyle style) =>
        PrintFormat.Percent(actual, budget) is { } p ? "完成预算的" + PrintFormat.PercentText(p)
        : style == NoBudgetStyle.ReferenceZero ? "完成预算的0.00%" : "预算数为0";

    /// <summary>决算数小于预算数 / 大于 / 持平.</summary>
    public static string VersusBudget(Yuan actual, Yuan budget) =>
        actual < budget ? "决算数小于预算数" : actual > budget ? "决算数大于预算数" : "决算数持平预算数";

    /// <summary>
    /// A year-on-year change: 减少693.38万元，降低8.00% / 增加19.77万元，增长88.61% / 持平. With a zero prior
    /// year only the amount is said (no rate can be computed).
    /// </summary>
    public static string Change(Yuan current, Yuan prior, string fallWord = "降低")
    {
        var change = current - prior;
        if (PrintFormat.WanTwoDecimals(change) == 0m)
        {
            return "持平";
        }

        var up = change > Yuan.Zero;
        var amount = (up ? "增加" : "减少") + Wan(up ? change : -change);
        var rate = PrintFormat.Percent(up ? change : -change, prior < Yuan.Zero ? -prior : prior);
        return rate is { } r ? $"{amount}，{(up ? "增长" : fallWord)}{PrintFormat.PercentText(r)}" : amount;
    }

    public static string Year(FiscalYear y) => y.Value.ToString(CultureInfo.InvariantCulture);

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Drops a trailing full stop so a text can be set inside a sentence.</summary>
    public static string Clause(string text) => text.Trim().TrimEnd('。', '.', '；', ';', '，', ',');
}
