using System.Text.RegularExpressions;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>The catalogue of measure patterns, tried in order; the first whose cue ends at the figure wins.</summary>
internal static class MeasurePatterns
{
    private static BudgetBasis BasisOf(string words) =>
        words.Contains("年初", StringComparison.Ordinal) ? BudgetBasis.Initial
        : words.Contains("调整", StringComparison.Ordinal) ? BudgetBasis.Adjusted
        : BudgetBasis.FullYear;

    private static int SignOf(string word) => word.Length > 0 && "减下降低少".Contains(word[0], StringComparison.Ordinal) ? -1 : 1;

    private static Regex R(string pattern) => new(pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<MeasurePattern> All { get; } =
    [
        new("占比", R(@"占(?!比|(?:年初|全年|调整(?:后)?)?预算(?:数)?(?:（[^）]{0,20}）)?(?:的)?$)(?<whole>[^，。；%]{0,30}?)(?:的)?(?:比重|比例)?(?:为|是|达)?"), f => f.IsPercent,
            (m, _) => new MeasureReading(Measure.Share, "占比") { WholeText = m.Groups["whole"].Value, WholeStart = m.Groups["whole"].Index },
            "财政拨款收入 7972.87 万元，占收入总计的 100.00%"),
        new("占比-无整体", R(@"(?:占比|比重|所占比例)(?:为|是|达)?"), f => f.IsPercent,
            (_, _) => new MeasureReading(Measure.Share, "占比-无整体"),
            "公务用车购置及运行维护费支出决算 16.95 万元，占比 100.00%"),
        new("完成率", R(@"(?:完成|为|达到|占|是)(?:了)?(?<basis>年初预算|全年预算|调整(?:后)?预算|预算)(?:数)?(?:（[^）]{0,20}）)?(?:的)?"), f => f.IsPercent,
            (m, _) => new MeasureReading(Measure.Completion, "完成率") { Basis = BasisOf(m.Groups["basis"].Value) },
            "完成年初预算的 93.14%"),
        new("完成率-名词", R(@"(?<basis>年初预算|全年预算|调整(?:后)?预算|预算)?(?:完成率|执行率|完成比例)(?:为|是|达到?)?"), f => f.IsPercent,
            (m, _) => new MeasureReading(Measure.Completion, "完成率-名词") { Basis = BasisOf(m.Groups["basis"].Value) },
            "预算执行率为 98.50%"),
        new("变动为", R(@"(?<dir>增加|增长|减少|下降|降低|上升|提高)(?:为|到|至)"), f => !f.IsPercent,
            (_, _) => new MeasureReading(Measure.Amount, "变动为"),
            "公务接待费支出决算减少为 0.00 万元"),
        new("增减率", R(@"(?<dir>增长|下降|减少|增加|降低|上升|上涨|提高|增幅|减幅|降幅|涨幅|减|增)(?:了)?(?:率)?(?:为|达)?(?:约)?"), f => f.IsPercent || f.Unit == "个百分点",
            (m, f) => new MeasureReading(f.Unit == "个百分点" ? Measure.Rate : Measure.ChangeRate, "增减率") { Sign = SignOf(m.Groups["dir"].Value) },
            "比 2024 年度增加 5.07 万元，增长 42.68%"),
        new("增减额", R(@"(?<dir>增加|增长|减少|下降|降低|上升|提高|增支|减支|减|增|多|少)(?:了)?(?:支出)?(?:额)?(?:为)?(?:约)?"), f => !f.IsPercent,
            (m, _) => new MeasureReading(Measure.ChangeAmount, "增减额") { Sign = SignOf(m.Groups["dir"].Value) },
            "与上年相比，今年收入总计减少 693.38 万元"),
        // The template's alternatives left in (R-INSTRUCTION reports them): a change of nothing is nothing either way, so a zero
        // is read — a category's budget is then its 决算. Any other figure has no direction: the statement reader leaves it
        // unread (not an amount or a budget, which the words before the alternatives would otherwise make it).
        new("增减-备选词", R(@"(?:增加|增长|上升)[（(](?:或)?(?:减少|下降|降低)[）)](?:了)?(?:支出)?(?:额|率)?(?:为)?"), f => f.IsMoney || f.IsPercent,
            (_, f) => new MeasureReading(f.IsPercent ? Measure.ChangeRate : Measure.ChangeAmount, "增减-备选词") { Sign = 1 },
            "因公出国（境）费支出决算比预算数增加（减少）0 万元，增长（下降）0%"),
        // "年初预算为2.95万元，差值为0.9万元": a difference with no direction and no stated base — not an amount of the item;
        // the statement reader leaves it unread.
        new("差值", R(@"(?:差值|差额|相差)(?:为|是)?"), f => f.IsMoney || f.IsPercent,
            (_, f) => new MeasureReading(f.IsPercent ? Measure.BudgetDifferenceRate : Measure.BudgetDifference, "差值"),
            "公务接待费支出 2.05 万元，年初预算为 2 万元，差值为 0.05 万元"),
        new("增减率-名词", R(@"(?<dir>增长|下降|增减|变动|降|增|涨)(?:率|幅度|幅)(?:为|是|达到?)?"), f => f.IsPercent,
            (m, _) => new MeasureReading(Measure.ChangeRate, "增减率-名词") { Sign = SignOf(m.Groups["dir"].Value) },
            "同比变动幅度为 2.60%"),
        new("决算与预算之差", R(@"(?<dir>大于|小于|超过|超出|高于|低于|多于|少于)(?<basis>年初预算|全年预算|调整(?:后)?预算|预算)(?:数)?(?:了)?"), f => f.IsMoney || f.IsPercent,
            (m, f) => new MeasureReading(f.IsPercent ? Measure.BudgetDifferenceRate : Measure.BudgetDifference, "决算与预算之差")
            { Basis = BasisOf(m.Groups["basis"].Value), Sign = "小低少".Contains(m.Groups["dir"].Value[0], StringComparison.Ordinal) ? -1 : 1 },
            "决算数大于预算数 55.93 万元"),
        // "（其中，一般公共预算24,399.59万元，政府性基金预算540.75万元…）": a fund's name, not a budget.
        new("预算数", R(@"(?<basis>年初预算|全年预算|调整(?:后)?预算|(?<![\u4e00-\u9fff])调整(?=数)|(?<!一般公共|政府性基金|国有资本经营)预算|(?:一般公共|政府性基金|国有资本经营)预算(?=数|金额|安排|为|是))(?:数|金额|安排|资金)?(?:为|是|共|合计|的)?(?:了)?"), f => f.IsMoney,
            (m, _) => new MeasureReading(Measure.Budget, "预算数") { Basis = BasisOf(m.Groups["basis"].Value) },
            "年初预算为 78.57 万元"),
        new("上年数", R(@"(?:上年|上年度|上一年度?|去年)(?:同期)?(?:累计)?(?:收入|支出)?(?:决算)?(?:数)?(?:为|是|共)?"), f => f.IsMoney || f.IsCount,
            (_, _) => new MeasureReading(Measure.PriorAmount, "上年数") { Prior = true },
            "上年决算数为 180.73 万元"),
        new("对比年度决算数", R(@"(?:较|比|与|同)20\d\d年度?的?(?:支出)?决算(?:数)?(?:为|是)?"), f => f.IsMoney,
            (_, _) => new MeasureReading(Measure.PriorAmount, "对比年度决算数") { Prior = true },
            "较2020年度决算数 178.78 万元相比，减少 16.49 万元"),
        new("决算数", R(@"(?:支出)?决算(?:数)?(?:为|是|共|合计)?"), f => f.IsMoney,
            (_, _) => new MeasureReading(Measure.Amount, "决算数"),
            "支出决算为 46.34 万元"),
        new("执行数", R(@"执行(?:数|金额)?(?:为|是)?"), f => f.IsMoney,
            (_, _) => new MeasureReading(Measure.Amount, "执行数"),
            "全年执行数为 11.53 万元"),
        new("得分", R(@"(?:得分|平均分|平均得分|评分|分数)(?:为|是|达到?)?"), f => f.Unit == "分",
            (_, _) => new MeasureReading(Measure.Score, "得分"),
            "自评平均分为 95.28 分"),
        new("比率", R(@"(?:覆盖率|比率|比例|率)(?:为|是|达到?)?"), f => f.IsPercent,
            (_, _) => new MeasureReading(Measure.Rate, "比率"),
            "自评覆盖率达到 100%"),
        new("金额", R(@""), f => f.IsMoney, (_, _) => new MeasureReading(Measure.Amount, "金额"), "年末结转和结余 0.00 万元"),
        new("数量", R(@""), f => f.IsCount, (_, _) => new MeasureReading(Measure.Count, "数量"), "共有车辆 5 辆"),
        new("分数", R(@""), f => f.Unit == "分", (_, _) => new MeasureReading(Measure.Score, "分数"), "项目自评结果 100 分"),
    ];

    /// <summary>The measure of a figure from the words before it (the clause up to the figure); null when no pattern reads it.</summary>
    public static MeasureReading? Read(string sentence, int clauseStart, StatedFigure figure)
    {
        var window = sentence[clauseStart..figure.Start];
        foreach (var p in All)
        {
            if (!p.Applies(figure))
            {
                continue;
            }

            var m = p.Cue.Match(window);
            if (m.Success)
            {
                var reading = p.Read(m, figure);
                return reading.WholeStart >= 0 ? reading with { WholeStart = reading.WholeStart + clauseStart } : reading;
            }
        }

        return null;
    }
}
