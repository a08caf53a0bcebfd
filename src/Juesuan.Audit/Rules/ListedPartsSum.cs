using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-LISTSUM: "其中国税1986万元，非税收入16万元，上级拨款2085万元，合计3988万元" — the amounts a sentence lists after 其中 add
/// up to the 合计 (共计, 总计) it prints right after them, whatever the items are called. The reader need not know the
/// items: the sentence itself says the last figure is the sum of the ones before it.
/// </summary>
public sealed partial class ListedPartsSum : IAuditRule
{
    public string Id => "N-LISTSUM";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "“其中 A x 万元，B y 万元，合计 T 万元”：其中所列各项之和等于紧随其后的合计（共计、总计），不论各项叫什么";

    public string Why => "合计就写在各项后面，读者会直接相加；加不上，说明某一项或合计写错了。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in LinedParts(report).Concat(NumberedItemsBelow(report)).Concat(PartsOfEarlierWhole(report)))
        {
            yield return f;
        }

        for (var k = 0; k < report.Statements.Count; k++)
        {
            var statement = report.Statements[k];
            var text = statement.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (Match list in ListThenSum().Matches(text))
            {
                if (Listed(list) is not var (unit, total, parts))
                {
                    continue;
                }

                var sum = parts.Sum(p => p.Number.Value);
                var tolerance = parts.Sum(p => p.Number.Precision / 2m) + (total.Precision / 2m);
                if (Math.Abs(total.Value - sum) <= tolerance)
                {
                    continue;
                }

                var message = ClaimMessages.ListedPartsDifferFromSum(list.Groups["word"].Value, total.Text + unit, [.. parts.Select(p => p.Printed)], sum, unit);
                yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}", message)
                {
                    Printed = total.Value,
                    Computed = sum,
                    Tolerance = tolerance,
                    At = statement.Place,
                };
            }

            // "本项目共完成预算资金89.97万元。其中：30万元用于…；30万元用于…；29.99万元用于…": the uses listed after a total may
            // leave some out, but never come to more than it.
            // The total's sentence ends before "其中": the list is the next sentence's.
            var withNext = k + 1 < report.Statements.Count && report.Statements[k + 1].Text.TrimStart().StartsWith("其中", StringComparison.Ordinal)
                ? text + report.Statements[k + 1].Text.Replace(" ", string.Empty, StringComparison.Ordinal) : text;
            // "民生支出累计完成131385万元…。其中：教育支出29104元；文化旅游体育与传媒支出2267万元；…" (托克托 2024): the one part
            // in 元 among parts in 万元 makes the total exactly when read as 万元 — its 万 was lost.
            if (YuanAmongWan(withNext) is { } slip)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}", ClaimMessages.ListedPartInYuan(slip.Part, slip.Total, slip.Sum))
                {
                    Printed = slip.Sum,
                    At = statement.Place,
                };
            }

            else if (NamedPartsOfTotal(withNext, statement) is { } named)
            {
                yield return named;
            }

            foreach (Match list in SumThenUses().Matches(withNext))
            {
                if (Listed(list) is not var (unit, total, parts))
                {
                    continue;
                }

                // "30万元" beside "29.99万元" and "89.97万元" is 30.00 with its zeros dropped: exact, not 30 ± 0.5.
                var sum = parts.Sum(p => p.Number.Value);
                var finest = parts.Select(p => p.Number.Precision).Append(total.Precision).Min();
                var tolerance = (parts.Count(p => p.Number.Precision == finest) + (total.Precision == finest ? 1 : 0)) * finest / 2m;
                if (sum - total.Value <= tolerance)
                {
                    continue;
                }

                yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}",
                    ClaimMessages.PartsAboveWhole([.. parts.Select(p => (Name: "用于", p.Printed))], sum, list.Groups["word"].Value, total.Text + unit, statement.Place))
                {
                    Printed = total.Value,
                    Computed = sum,
                    Tolerance = tolerance,
                    At = statement.Place,
                };
            }
        }
    }

    /// <summary>
    /// A form's funds a line apiece (彭水 2024): "年度预算资金总额: 321.25" / "其中:中央补助 166.00" / "市级资金 136.00" /
    /// "本级资金(包括结转结余) 20.25" — the parts come to 322.25. Parts may leave something out, so only parts above the
    /// total are wrong, or parts below it whose last is the catch-all (本级, 其他, 自筹) that takes the rest.
    /// </summary>
    private IEnumerable<AuditFinding> LinedParts(PublishedReport report)
    {
        var lines = report.Lines;
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            if (LinedTotal().Match(lines[i].Text.Trim()) is not { Success: true } head || !lines[i + 1].Text.TrimStart().StartsWith("其中", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = new List<(string Name, PrintedNumber Number)>();
            for (var k = i + 1; k < lines.Count && k <= i + 12; k++)
            {
                var text = k == i + 1 ? lines[k].Text.Trim()[2..].TrimStart(':', '：', ' ') : lines[k].Text.Trim();
                if (LinedPart().Match(text) is not { Success: true } part || PrintedNumber.TryParse(part.Groups["value"].Value, lines[k].Place) is not { } number)
                {
                    break;
                }

                parts.Add((part.Groups["name"].Value.Trim(), number));
            }

            if (parts.Count < 2 || PrintedNumber.TryParse(head.Groups["total"].Value, lines[i].Place) is not { } total)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Number.Value);
            var tolerance = parts.Sum(p => p.Number.Precision / 2m) + (total.Precision / 2m);
            var catchAll = CatchAll().IsMatch(parts[^1].Name);
            if (sum - total.Value > tolerance || (catchAll && total.Value - sum > tolerance))
            {
                // The unit is the form's: "(万元)" on the total's line or a line above it.
                var unit = Enumerable.Range(Math.Max(0, i - 3), Math.Min(4, i + 1)).Any(j => lines[j].Text.Contains("(万元)", StringComparison.Ordinal) || lines[j].Text.Contains("（万元）", StringComparison.Ordinal))
                    ? "万元" : string.Empty;
                var message = ClaimMessages.ListedPartsDifferFromSum(head.Groups["label"].Value.Trim() + "：", total.Text, [.. parts.Select(p => p.Name + " " + p.Number.Text)], sum, unit);
                yield return new AuditFinding(Id, Severity.Error, $"{lines[i].Place}", message)
                {
                    Printed = total.Value,
                    Computed = sum,
                    Tolerance = tolerance,
                    At = lines[i].Place,
                };
            }
        }
    }

    /// <summary>
    /// "2024年总支出2,067,796.51元,支出项目如下:" then "1.业务活动成本" / "业务活动成本1,165,708.98主要包含…" / "2. 行政管理费用成本" /
    /// "行政管理费用成本903,615.90元…" (辽宁省水利行业协会 2024): numbered items below a total each print their amount first. A
    /// text may be cut off before the last item, so only items above the total are wrong.
    /// </summary>
    private IEnumerable<AuditFinding> NumberedItemsBelow(PublishedReport report)
    {
        var lines = report.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (TotalAboveItems().Match(Residue.Flat(lines[i].Text)) is not { Success: true } head
                || PrintedNumber.TryParse(head.Groups["total"].Value.Replace("，", string.Empty, StringComparison.Ordinal), lines[i].Place) is not { } total)
            {
                continue;
            }

            var unit = head.Groups["unit"].Value;
            var parts = new List<(string Name, PrintedNumber Number)>();
            string? item = null; // the item whose amount is still to come
            for (var k = i + 1; k < lines.Count && k <= i + 40; k++)
            {
                var text = Residue.Flat(lines[k].Text);
                if (Section().IsMatch(text) || TotalAboveItems().IsMatch(text))
                {
                    break;
                }

                if (ItemNumber().Match(text) is { Success: true } number)
                {
                    if (int.Parse(number.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) != parts.Count + (item is null ? 1 : 2))
                    {
                        break; // another list, or the numbering lost: not these items
                    }

                    item = number.Groups["name"].Value;
                    text = text[number.Length..];
                }

                // (The item's own amount: not its budget, "年初预算250万元，实际支出200万元".)
                if (item is not null && ItemAmount().Matches(text).FirstOrDefault(a => !NotSpent().IsMatch(text[..a.Index])) is { } amount
                    && (amount.Groups["u"].Value.Length == 0 || amount.Groups["u"].Value == unit)
                    && PrintedNumber.TryParse(amount.Groups["v"].Value.Replace("，", string.Empty, StringComparison.Ordinal), lines[k].Place) is { } value)
                {
                    parts.Add((item, value));
                    item = null;
                }
            }

            var sum = parts.Sum(p => p.Number.Value);
            var tolerance = parts.Sum(p => p.Number.Precision / 2m) + (total.Precision / 2m);
            if (parts.Count >= 2 && sum - total.Value > tolerance)
            {
                yield return new AuditFinding(Id, Severity.Error, $"情况说明 {lines[i].Place}",
                    ClaimMessages.ListedPartsDifferFromSum(head.Groups["label"].Value, total.Text + unit, [.. parts.Select(p => p.Name + " " + p.Number.Text)], sum, unit, listed: "其下分项所列"))
                {
                    Printed = total.Value,
                    Computed = sum,
                    Tolerance = tolerance,
                    At = lines[i].Place,
                };
            }
        }
    }

    // "2024年总支出2,067,796.51元,支出项目如下:", "收入合计350万元，具体如下：".
    /// <summary>
    /// "医院收入总计…，其中财政补助收入14228710元，…。财政补助收入中，在职人员经费8613987.00元，…，中医人才培养资金1000元。"
    /// (巴中 2015): the parts listed under "X中" add up to the X stated before them in the paragraph — here 14,219,710 元, not
    /// 14,228,710. Only a list of two parts or more, all in one unit, whose whole the same or one of the three sentences before
    /// states with an amount of its own.
    /// </summary>
    private IEnumerable<AuditFinding> PartsOfEarlierWhole(PublishedReport report)
    {
        for (var k = 0; k < report.Statements.Count; k++)
        {
            var statement = report.Statements[k];
            var text = statement.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (WholeThenParts().Match(text) is not { Success: true } m)
            {
                continue;
            }

            var parts = new List<(string Printed, PrintedNumber Number)>();
            var unit = string.Empty;
            foreach (Match p in NamedAmount().Matches(m.Groups["list"].Value))
            {
                if (PrintedNumber.TryParse(p.Groups["v"].Value.Replace("，", string.Empty, StringComparison.Ordinal), statement.Place) is not { } number
                    || (unit.Length > 0 && unit != p.Groups["u"].Value))
                {
                    parts.Clear();
                    break;
                }

                unit = p.Groups["u"].Value;
                parts.Add((p.Groups["name"].Value + p.Groups["v"].Value + unit, number));
            }

            if (parts.Count < 2)
            {
                continue;
            }

            // The whole, stated with its amount before the list: in this sentence, or the nearest of the three before it in the
            // same section.
            var name = m.Groups["whole"].Value;
            var before = string.Concat(report.Statements.Skip(Math.Max(0, k - 3)).Take(Math.Min(k, 3)).Where(o => o.Section == statement.Section)
                .Select(o => o.Text.Replace(" ", string.Empty, StringComparison.Ordinal))) + text[..m.Index];
            var whole = new Regex(Regex.Escape(name) + @"(?:为|是|共|达到?|完成)?(?<v>[0-9]{1,3}(?:，[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]{1,15}(?:\.[0-9]{1,2})?)(?<u>万元|元)(?![0-9])",
                RegexOptions.None, TimeSpan.FromSeconds(1)).Matches(before).LastOrDefault();
            if (whole is null || whole.Groups["u"].Value != unit
                || PrintedNumber.TryParse(whole.Groups["v"].Value.Replace("，", string.Empty, StringComparison.Ordinal), statement.Place) is not { } total)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Number.Value);
            var tolerance = parts.Sum(p => p.Number.Precision / 2m) + (total.Precision / 2m);
            // A list may name the main parts only ("项目支出中，主要用于…"): short of the whole it is wrong only when it shows itself
            // whole — no 主要/等/包括, and short by a sliver no writer would leave out (at most 1% of the whole).
            var partial = PartialList().IsMatch(m.Groups["list"].Value) || total.Value - sum > total.Value / 100m;
            if (Math.Abs(total.Value - sum) <= tolerance || (sum < total.Value && partial))
            {
                continue;
            }

            yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}",
                ClaimMessages.ListedPartsDifferFromSum(name, whole.Groups["v"].Value + unit, [.. parts.Select(p => p.Printed)], sum, unit, $"“{name}中”所列"))
            {
                Printed = total.Value,
                Computed = sum,
                Tolerance = tolerance,
                At = statement.Place,
            };
        }
    }

    // "财政补助收入中，在职人员经费8613987.00元，…，中医人才培养资金1000元。": a whole of two to twelve characters, then its parts to the
    // sentence's end.
    [GeneratedRegex(@"(?:^|[。；，])(?<whole>[\u4e00-\u9fff]{2,12}?(?:收入|支出|经费|资金|费用))中[，：:](?<list>[^。；]{4,600})")]
    private static partial Regex WholeThenParts();

    [GeneratedRegex(@"主要|等|包括|部分|以及|其余|其他[^收支]")]
    private static partial Regex PartialList();

    [GeneratedRegex(@"(?<name>[^0-9，、；。：:]{1,24}?)(?:为|是)?(?<v>[0-9]{1,3}(?:，[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]{1,15}(?:\.[0-9]{1,2})?)(?<u>万元|元)(?:[，、]|$)")]
    private static partial Regex NamedAmount();

    [GeneratedRegex(@"(?<label>总收入|总支出|收入合计|支出合计|收入总计|支出总计|合计|共计|总计)(?:为|是|共)?(?<total>[0-9]{1,3}(?:，[0-9]{3})+(?:\.[0-9]{1,4})?|[0-9]{1,15}(?:\.[0-9]{1,4})?)(?<unit>万元|元)[，。；]?[^。0-9]{0,12}如下[：。]?$")]
    private static partial Regex TotalAboveItems();

    // "1.会费收入1,541,750.00元；", "2. 行政管理费用成本": an item's number and what follows it.
    [GeneratedRegex(@"^(?<n>[1-9][0-9]?)[.．、](?<name>[^0-9，。；：]{1,20})")]
    private static partial Regex ItemNumber();

    // The first amount of an item: with its unit, or money's two decimals without it ("业务活动成本1,165,708.98主要包含").
    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,3}(?:，[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]{1,15}\.[0-9]{2}|[0-9]{1,15}(?=万元|元))(?![0-9.%％场次人个件项辆台套批户所家名])(?<u>万元|元)?")]
    private static partial Regex ItemAmount();

    // What stands right before a budget's or last year's amount.
    [GeneratedRegex(@"(?:预算|计划|上年|去年|目标)[^，。；0-9]{0,4}$")]
    private static partial Regex NotSpent();

    // A heading of the narrative's own: "二、2025年财务预算", "（二）支出情况".
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")]
    private static partial Regex Section();

    /// <summary>
    /// "下达…中央水利发展资金2263万元。其中:中小河流治理工程1435万元,…,农业水价改革18万元。" (呼和浩特 2023): three or more named
    /// parts in 万元 after a total. Above the total they are wrong; a list that ends the sentence with nothing left open (等, 主要)
    /// and falls short of its total by under a twentieth reads as the whole breakdown with one figure wrong — a warning. Parts the
    /// reader understood are N-PARTS's to add up.
    /// </summary>
    private AuditFinding? NamedPartsOfTotal(string text, NarrativeStatement statement)
    {
        foreach (Match list in TotalThenNamedParts().Matches(text))
        {
            var units = list.Groups["partunit"].Captures;
            // (A list followed by "等" does not end on its "。": it is left open.)
            if (units.Cast<Capture>().Any(u => u.Value != "万元") || Open().IsMatch(list.Value) || list.Groups["name"].Captures.Any(n => YearOnYearName().IsMatch(n.Value))
                || !(list.Value.EndsWith('。') || list.Index + list.Length == text.Length))
            {
                continue;
            }

            var total = ListTotal(list);
            var parts = list.Groups["part"].Captures.Select(c => Number(c.Value)).ToList();
            if (parts.Count(p => statement.Claims.Any(c => c.Number.Value == p.Value)) >= 2)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Value);
            var tolerance = parts.Sum(p => p.Precision / 2m) + (total.Precision / 2m);
            var shortBy = total.Value - sum;
            if (-shortBy <= tolerance && (shortBy <= tolerance || shortBy >= total.Value / 20m))
            {
                continue;
            }

            var names = list.Groups["name"].Captures;
            var printed = parts.Select((p, i) => $"{names[i].Value.TrimStart('：', ':')} {p.Text}").ToList();
            return new AuditFinding(Id, shortBy < 0m ? Severity.Error : Severity.Warning, $"情况说明 {statement.Place}",
                shortBy < 0m ? ClaimMessages.ListedPartsDifferFromSum(string.Empty, total.Text + "万元", printed, sum, "万元") : ClaimMessages.ListedPartsShortOfTotal(total.Value, printed, sum))
            {
                Printed = total.Value,
                Computed = sum,
                Tolerance = tolerance,
                At = statement.Place,
            };
        }

        return null;
    }

    // A list that says it is not all there: "主要", "部分", "包括" (and "分别" of another list).
    [GeneratedRegex(@"主要|部分|包括|分别|以及")]
    private static partial Regex Open();

    private static (string Part, string Total, decimal Sum)? YuanAmongWan(string text)
    {
        foreach (Match list in TotalThenNamedParts().Matches(text))
        {
            var parts = list.Groups["part"].Captures;
            var units = list.Groups["partunit"].Captures;
            var yuan = Enumerable.Range(0, units.Count).Where(i => units[i].Value == "元").ToList();
            if (yuan.Count != 1 || list.Groups["name"].Captures.Any(n => YearOnYearName().IsMatch(n.Value)) || units.Cast<Capture>().Count(u => u.Value == "万元") < 2)
            {
                continue;
            }

            var total = ListTotal(list);
            var numbers = parts.Select(p => Number(p.Value)).ToList();
            var asWan = numbers.Sum(n => n.Value);
            var tolerance = numbers.Sum(n => n.Precision / 2m) + (total.Precision / 2m);
            var asYuan = asWan - numbers[yuan[0]].Value + (numbers[yuan[0]].Value / 10000m);
            // Read as 万元 the parts make the total; read as 元 they do not (a part of a few 元 changes nothing).
            if (numbers[yuan[0]].Value >= 100m && Math.Abs(total.Value - asWan) <= tolerance && Math.Abs(total.Value - asYuan) > tolerance)
            {
                var name = list.Groups["name"].Captures[yuan[0]].Value;
                return (name + parts[yuan[0]].Value + "元", total.Text + "万元", asWan);
            }
        }

        return null;
    }

    /// <summary>
    /// The total a list of named parts breaks down: the first amount before its 其中, or a later one named a total of parts —
    /// "净增加24810万元（一是增加部分47349万元，其中：…" breaks down 47349; "预算为11.4万元，比2021年预算增加0.6万元，增加5%。其中：…"
    /// breaks down 11.4.
    /// </summary>
    private static PrintedNumber ListTotal(Match list)
    {
        var total = Number(list.Groups["total"].Value);
        foreach (Match m in GapAmount().Matches(list.Groups["gap"].Value))
        {
            total = Number(m.Groups["n"].Value);
        }

        return total;
    }

    // An amount in 万元 between a total and its 其中 that is itself a total of parts ("一是增加部分47349万元"): not a change, last
    // year's amount, a budget or a sum paid out ("比上年增加了200万元", "上年为2063万元", "已拨付2000万元").
    [GeneratedRegex(@"(?:部分|合计|共计|总计|总额|小计)(?:为|是|共)?(?<n>[0-9]{1,12}(?:\.[0-9]{1,4})?)万元")]
    private static partial Regex GapAmount();

    // A part's name that compares it with last year: "较上年同期相比增加了300万元" is a change among the parts, not a part.
    // …and one named a total ("…调入资金6734万元，收入总计176469万元"): the list runs on past the 其中's parts into the whole's siblings.
    [GeneratedRegex(@"较上年|比上年|同比|相比|上年同期|总计|合计|小计")]
    private static partial Regex YearOnYearName();

    // "年度预算资金总额): 1084.25" (its bracket astray), "资金合计：30.5": a total's label and its figure alone on a line.
    [GeneratedRegex(@"^(?<label>[^0-9：:]{0,24}(?:总额|合计|总计))[)）]?\s*[：:]\s*(?<total>[0-9]{1,12}(?:\.[0-9]{1,4})?)$")]
    private static partial Regex LinedTotal();

    // "市级资金 136.00", "本级资金(包括结转结余) 20.25": a part's name and its figure.
    [GeneratedRegex(@"^(?<name>[^0-9：:，,。；;]{2,24}?)\s*[：:]?\s*(?<value>[0-9]{1,12}(?:\.[0-9]{1,4})?)$")]
    private static partial Regex LinedPart();

    [GeneratedRegex(@"^(?:本级|其他|其它|自筹)")]
    private static partial Regex CatchAll();

    // A total in 万元, then (its sentence may go on: "，占一般公共预算支出63%。") 其中 and three or more named parts; a name may
    // run to 24 characters ("县级基本财力保障奖补资金较预算增加1567万元"). The list ends at its sentence's "。" ("…2636万元。二是减少
    // 部分…" starts another). The total is the last amount before 其中 that is no change (<see cref="ListTotal"/>).
    [GeneratedRegex(@"(?<total>[0-9]{1,12}(?:\.[0-9]{1,4})?)万元(?<gap>[^。其]{0,40})[。，,；;]?其中[：:]?(?:(?<name>[^0-9，,、；;。：:]{1,24}?)(?:为|是)?(?<part>[0-9]{1,12}(?:\.[0-9]{1,4})?)(?<partunit>万元|元)[，,、；;]?){3,30}。?")]
    private static partial Regex TotalThenNamedParts();

    [GeneratedRegex(@"(?<word>共完成[^0-9。；，,]{0,8}|共申请[^0-9。；，,]{0,8}|共使用[^0-9。；，,]{0,8}|共支出[^0-9。；，,]{0,8}|共计|合计|总计)(?:为|是)?(?<total>[0-9]{1,12}(?:\.[0-9]{1,4})?)(?<unit>万元|元)[。，,；;]?其中[：:]?(?:(?<part>[0-9]{1,12}(?:\.[0-9]{1,4})?)(?<partunit>万元|元)用于[^；;。0-9]{1,40}[；;，,、]?){2,12}")]
    private static partial Regex SumThenUses();

    /// <summary>The sum and its parts a list pattern matched, or null when a part is in another unit than the sum (no plain addition).</summary>
    private static (string Unit, PrintedNumber Total, List<(PrintedNumber Number, string Printed)> Parts)? Listed(Match list)
    {
        var unit = list.Groups["unit"].Value;
        var parts = list.Groups["part"].Captures;
        var units = list.Groups["partunit"].Captures;
        if (parts.Count < 2 || units.Cast<Capture>().Any(u => u.Value != unit))
        {
            return null;
        }

        return (unit, Number(list.Groups["total"].Value), [.. parts.Select((p, i) => (Number(p.Value), p.Value + units[i].Value))]);
    }

    // The figures are digits the pattern matched: PrintedNumber parses them (value and the precision printed).
    private static PrintedNumber Number(string text) => PrintedNumber.TryParse(text, new PrintedPlace(null, null))!;

    // 其中, then two to twelve items "name figure unit" (a share "占…%" may follow each), then 合计/共计/总计 and the sum in
    // the same unit. The names are short and hold no figure; nothing else may stand between the items.
    [GeneratedRegex(@"其中[：:]?(?:[^0-9，,、；;。：:]{1,16}?(?:为|是)?(?<part>[0-9]{1,12}(?:\.[0-9]{1,4})?)(?<partunit>万元|亿元|元)(?:[，,]占[^，,、；;。]{0,12}?[0-9]{1,3}(?:\.[0-9]{1,4})?%)?[，,、；;]){2,12}(?<word>合计|共计|总计)(?:为|是)?(?<total>[0-9]{1,12}(?:\.[0-9]{1,4})?)(?<unit>万元|亿元|元)")]
    private static partial Regex ListThenSum();
}
