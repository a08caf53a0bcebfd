using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-ARITH: 句内算术 — the arithmetic one sentence does on its own figures, whatever it speaks of:
/// "收入完成78.14亿元，…同比增收2.07亿元，增长6.7%" (2.07 ÷ 76.07 = 2.72%), "完成99895万元，…较上年同期110374万元下降9.5%",
/// "超收26660万元，占预算目标37300万元的171.47%" (26660 ÷ 37300 = 71.47%), "…收入45343万元，返还性收入2971万元，…，收入总计
/// 202519万元". A government's 财政决算 report is read this way — its subjects are a region's (收入总量, 上解上级支出), which
/// no department item fits — and so is any sentence whose rate no claim understood; a rate a claim understood is N-YOY's,
/// N-SHARE's or N-COMPLETION's.
/// </summary>
public sealed partial class SentenceArithmetic : IAuditRule
{
    public string Id => "N-ARITH";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "同一句内的算术，不论说的是什么：增减率 = 增减额 ÷（本年数 − 增减额），或（本年数 − 所写上年数）÷ 上年数；“占（完成）B 的 p%” = 前一个金额 ÷ B；句中列出的各项收入（支出）之和 = 其后的收入（支出）总计（按印刷精度给出区间；政府财政决算报告也查）";

    public string Why => "句中三个数字自相矛盾，读者无须任何表格就能看出；多半是增减额、比率或单位写错，或比率挂错了金额。";

    /// <summary>A sentence printing more figures than this is a table run together: pairing them would be guesswork.</summary>
    private const int MostFigures = 40;

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // The sentences of the paragraph so far (a statement's place is its paragraph's first line): a share may be of a whole
        // an earlier sentence of the paragraph stated.
        var paragraph = new System.Text.StringBuilder();
        PrintedPlace? paragraphAt = null;
        foreach (var statement in report.Statements)
        {
            if (statement.Place != paragraphAt || paragraph.Length > 2_000)
            {
                paragraph.Clear();
                paragraphAt = statement.Place;
            }

            // Rates a claim understood are checked against their subjects by the claim rules.
            var understood = statement.Claims.Where(c => c.Measure is Measure.ChangeRate or Measure.Share or Measure.Completion or Measure.BudgetDifferenceRate)
                .Select(c => Math.Abs(c.Number.Value)).ToHashSet();
            var text = Bracketed().Replace(Residue.Flat(statement.Text), string.Empty);
            // A list of amounts ending in their 总计 may run over "；": the sentence's, not a clause's.
            foreach (var sentence in text.Split('。'))
            {
                if (ListedTotal(sentence) is { } listed)
                {
                    yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}", listed.Message)
                    {
                        Computed = listed.Computed,
                        At = statement.Place,
                    };
                }

                foreach (var share in SharesOfNamedWhole(sentence, paragraph.ToString(), understood))
                {
                    yield return new AuditFinding(Id, share.Severity, $"情况说明 {statement.Place}", share.Message)
                    {
                        Computed = share.Computed,
                        At = statement.Place,
                    };
                }

                paragraph.Append(sentence).Append('。');
            }

            foreach (var clause in text.Split('。', '；'))
            {
                var figures = Figures(clause);
                if (figures.Count > MostFigures)
                {
                    continue;
                }

                for (var k = 0; k < figures.Count; k++)
                {
                    if (figures[k].IsPercent && !understood.Contains(figures[k].Number.Value)
                        && (Rate(clause, figures, k) ?? Share(clause, figures, k)) is { } finding)
                    {
                        yield return new AuditFinding(Id, finding.Severity, $"情况说明 {statement.Place}", finding.Message)
                        {
                            Printed = figures[k].Number.Value,
                            Computed = finding.Computed,
                            At = statement.Place,
                        };
                    }
                }
            }
        }
    }

    /// <summary>A rate of change ("增长6.7%") against the change amount beside it, or against last year's amount printed before it.</summary>
    private static Found? Rate(string clause, List<Figure> figures, int k)
    {
        var before = Gap(clause, figures, k);
        if (RateWord().Match(before) is not { Success: true } word || Comparable().IsMatch(before))
        {
            return null;
        }

        var rate = figures[k];
        var falls = Falls(word.Groups["w"].Value);
        // "较上年同期110374万元下降9.5%": last year's amount printed.
        if (k > 0 && !figures[k - 1].IsPercent && before == word.Value && PriorWord().IsMatch(Gap(clause, figures, k - 1)))
        {
            var prior = figures[k - 1];
            if (Level(clause, figures, k - 1) is not { } current || prior.Yuan <= 0m)
            {
                return null;
            }

            var (low, high) = Range(current, prior, (a, p) => (a - p) / p * 100m);
            var signed = falls ? -rate.Number.Value : rate.Number.Value;
            var near = Near(signed, rate.Number.Precision, low, high);
            return Within(signed, rate.Number.Precision, low, high) ? null
                : new Found(near ? Severity.Warning : Severity.Error, Math.Round((current.Yuan - prior.Yuan) / prior.Yuan * 100m, 2),
                    NarrativeMessages.SentenceRateAgainstPrior(current.Printed, prior.Printed, word.Groups["w"].Value + rate.Number.Text, (current.Yuan - prior.Yuan) / prior.Yuan * 100m, near, Excerpt(clause, rate)));
        }

        // "同比增收2.07亿元，增长6.7%" (the change before) or "同比增长6.8%，增收3003万元" (after).
        Figure? change = null;
        int changeAt = -1;
        // (Only a change the clause states of itself: "，同比增收2.07亿元" — not "，较年初预算增加…", a change against a budget, nor
        // "，其中税收收入增收2000万元", a part's change.)
        if (k > 0 && !figures[k - 1].IsPercent && before == word.Value && PureChange().IsMatch(Gap(clause, figures, k - 1)))
        {
            changeAt = k - 1;
        }
        else if (k + 1 < figures.Count && !figures[k + 1].IsPercent && ChangeAfterRate().IsMatch(Gap(clause, figures, k + 1)))
        {
            changeAt = k + 1;
        }

        if (changeAt < 0)
        {
            return null;
        }

        change = figures[changeAt];
        var changeFalls = Falls(ChangeWord().Match(Gap(clause, figures, changeAt)).Groups["w"].Value);
        if (changeFalls != falls)
        {
            return null; // (a change and a rate of opposite directions are N-WORDS' to weigh)
        }

        if (Level(clause, figures, Math.Min(k, changeAt)) is not { } amount)
        {
            return changeAt == k - 1 ? OppositeChanges(clause, figures, changeAt, rate, falls) : null;
        }

        var sign = falls ? -1m : 1m;
        if (amount.Yuan - (sign * change.Yuan) <= 0m)
        {
            return null;
        }

        var (lo, hi) = Range(amount, change, (a, c) => c / (a - (sign * c)) * 100m);
        if (Within(rate.Number.Value, rate.Number.Precision, lo, hi))
        {
            return null;
        }

        var exact = change.Yuan / (amount.Yuan - (sign * change.Yuan)) * 100m;
        // "营业税完成15.28亿元…减收2.21万元，下降12.6%": the change read in the other unit gives the rate.
        string? unitSlip = null;
        // (One step of 10,000 either way: 元 ↔ 万元 ↔ 亿元.)
        var slips = change.Unit switch
        {
            "元" => new[] { (10_000m, "万元") },
            "万元" => [(10_000m, "亿元"), (0.0001m, "元")],
            "亿元" => [(0.0001m, "万元")],
            _ => [],
        };
        foreach (var (factor, unit) in slips)
        {
            var other = change with { Yuan = change.Yuan * factor, HalfStep = change.HalfStep * factor };
            if (amount.Yuan - (sign * other.Yuan) > 0m && Range(amount, other, (a, c) => c / (a - (sign * c)) * 100m) is var (l2, h2)
                && Within(rate.Number.Value, rate.Number.Precision, l2, h2))
            {
                unitSlip = change.Number.Text + unit;
            }
        }

        // "同比增加2047万元，增长12%" for 11.49% (突泉 2021): within one unit of the last digit, a rounding gone wrong — a warning.
        var lastDigit = unitSlip is null && Near(rate.Number.Value, rate.Number.Precision, lo, hi);
        return new Found(lastDigit ? Severity.Warning : Severity.Error, Math.Round(exact, 2),
            NarrativeMessages.SentenceRateAgainstChange(amount.Printed, falls, change.Printed, word.Groups["w"].Value + rate.Number.Text,
                InUnit(amount.Yuan - (sign * change.Yuan), amount.Unit), exact, unitSlip, lastDigit, Excerpt(clause, rate)));
    }

    /// <summary>
    /// "房产税收入同比增收531万元，同比减收24万元，下降4.32%" (天等 2023): one item said to rise and to fall, and no amount of
    /// its own — while 24 ÷ (531 + 24) is the 4.32% printed: the 531 is this year's amount, its "增收" a slip.
    /// </summary>
    private static Found? OppositeChanges(string clause, List<Figure> figures, int changeAt, Figure rate, bool falls)
    {
        if (changeAt == 0 || figures[changeAt - 1].IsPercent
            || ChangeWord().Match(Gap(clause, figures, changeAt - 1)) is not { Success: true } first || Falls(first.Groups["w"].Value) == falls)
        {
            return null;
        }

        var amount = figures[changeAt - 1];
        var change = figures[changeAt];
        var sign = falls ? -1m : 1m;
        if (amount.Yuan - (sign * change.Yuan) <= 0m)
        {
            return null;
        }

        var (low, high) = Range(amount, change, (a, c) => c / (a - (sign * c)) * 100m);
        if (!Within(rate.Number.Value, rate.Number.Precision, low, high))
        {
            return null;
        }

        return new Found(Severity.Error, rate.Number.Value,
            NarrativeMessages.SentenceOppositeChanges(first.Groups["w"].Value + amount.Printed, ChangeWord().Match(Gap(clause, figures, changeAt)).Groups["w"].Value + change.Printed,
                rate.Number.Text + "%", amount.Printed, Excerpt(clause, amount)));
    }

    /// <summary>"占预算目标37300万元的171.47%", "完成预算46508万元的100.8%": the amount before ÷ the whole printed.</summary>
    private static Found? Share(string clause, List<Figure> figures, int k)
    {
        // The part is the amount right before the whole ("超收26660万元，占预算目标37300万元的…"): the sentence makes it the subject.
        if (k < 2 || figures[k - 1].IsPercent || figures[k - 2].IsPercent || Gap(clause, figures, k) != "的" || !ShareWord().IsMatch(Gap(clause, figures, k - 1)))
        {
            return null;
        }

        // …but a change ("同比增收3亿元，占…") or, after 完成/为, a budget's gap ("超收26660万元，完成预算目标…的171.47%") is not what
        // the share is of: the sentence's amount is. "分别占…" shares two amounts out.
        var gap = Gap(clause, figures, k - 2);
        var part = ChangeWord().IsMatch(gap) || (NotLevel().IsMatch(gap) && !Gap(clause, figures, k - 1).Contains('占', StringComparison.Ordinal))
            ? Level(clause, figures, k - 2) : figures[k - 2];
        if (part is null || Gap(clause, figures, k - 1).Contains("分别", StringComparison.Ordinal))
        {
            return null;
        }

        var whole = figures[k - 1];
        var share = figures[k];
        if (whole.Yuan <= 0m)
        {
            return null;
        }

        var (low, high) = Range(part, whole, (a, b) => a / b * 100m);
        if (Within(share.Number.Value, share.Number.Precision, low, high))
        {
            return null;
        }

        // Another amount of the sentence that gives the share: it is put on the wrong figure (a warning: the sentence means it).
        var fits = figures.Where((f, i) => i != k - 1 && !f.IsPercent && f.Yuan > 0m
            && Range(f, whole, (a, b) => a / b * 100m) is var (l, h) && Within(share.Number.Value, share.Number.Precision, l, h)).FirstOrDefault();
        var exact = part.Yuan / whole.Yuan * 100m;
        return new Found(fits is null ? Severity.Error : Severity.Warning, Math.Round(exact, 2),
            NarrativeMessages.SentenceShareOfPrintedWhole(part.Printed, whole.Printed, share.Printed, exact, fits?.Printed, Excerpt(clause, share)));
    }

    /// <summary>
    /// "县级一般公共预算收入45343万元，返还性收入2971万元，…，调入资金6734万元，收入总计202519万元": the amounts a sentence lists
    /// before its 总计 (合计, 总量) add up to it. Not where a 其中 breaks one of them down, nor past a change or a rate's amount.
    /// </summary>
    private static Found? ListedTotal(string sentence)
    {
        var figures = Figures(sentence);
        if (figures.Count > MostFigures)
        {
            return null;
        }

        var from = 0;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].IsPercent || !TotalWord().IsMatch(Gap(sentence, figures, k)))
            {
                // ("…上级补助收入124392万元，总收入169735万元；支出方面：…" — a total of another kind closes the list too.)
                if (!figures[k].IsPercent && AnyTotal().IsMatch(Gap(sentence, figures, k)))
                {
                    from = k + 1;
                }

                continue;
            }

            var parts = new List<Figure>();
            var plain = true;
            for (var i = from; i < k && plain; i++)
            {
                var gap = Gap(sentence, figures, i);
                plain = !gap.Contains("其中", StringComparison.Ordinal) && !gap.Contains("包括", StringComparison.Ordinal);
                // ("…支出168.23亿元，…剔除疫情防控保障等一次性因素后，为165.61亿元": the same amount restated is no other part.)
                if (!figures[i].IsPercent && !ChangeWord().IsMatch(gap) && !PriorWord().IsMatch(gap) && !NotLevel().IsMatch(gap) && !Comparable().IsMatch(gap)
                    && !OtherTime().IsMatch(gap) && !Contained().IsMatch(gap)
                    && !(i + 1 < figures.Count && figures[i + 1].IsPercent && Gap(sentence, figures, i + 1) == "的"))
                {
                    // "…转贷收入18195万元，全县一般预算总收入468222万元，加上年结余…": a running subtotal takes the place of its parts.
                    if (parts.Count >= 2 && Math.Abs(parts.Sum(p => p.Yuan) - figures[i].Yuan) <= parts.Sum(p => p.HalfStep) + figures[i].HalfStep)
                    {
                        parts.Clear();
                    }

                    parts.Add(figures[i]);
                }
            }

            var total = figures[k];
            var first = from;
            from = k + 1;
            if (!plain || parts.Count < 3 || Gap(sentence, figures, k).Contains("其中", StringComparison.Ordinal))
            {
                continue;
            }

            // "县级一般公共预算收入加上预计上级各类补助收入124392万元、…，收入合计231838万元" (磐安 2015): what is added to stands before
            // the first figure, its amount in another sentence — the parts fall short of the total by it.
            var sum = parts.Sum(p => p.Yuan);
            if (sum < total.Yuan && AddedTo().IsMatch(Gap(sentence, figures, first)))
            {
                continue;
            }

            var tolerance = parts.Sum(p => p.HalfStep) + total.HalfStep;
            if (Math.Abs(sum - total.Yuan) > tolerance)
            {
                var unit = total.Unit;
                var scale = MoneyUnit.Yuan(unit);
                return new Found(Severity.Error, sum / scale,
                    ClaimMessages.ListedPartsDifferFromSum(TotalWord().Match(Gap(sentence, figures, k)).Value, total.Printed, [.. parts.Select(p => p.Printed)], sum / scale, unit, listed: "句中在它之前所列"));
            }
        }

        return null;
    }

    /// <summary>
    /// "地方一般公共预算收入完成28,583万元，…税务部门完成13,866万元，…占一般公共预算收入的48.51%" (黄平 2022): a share of a whole the
    /// sentence named with its amount before — the part ÷ that amount. Where several amounts carry the whole's name (全县…, 县级…),
    /// any that gives the share explains it.
    /// </summary>
    private static IEnumerable<Found> SharesOfNamedWhole(string sentence, string earlier, HashSet<decimal> understood)
    {
        var figures = Figures(sentence);
        var before = Figures(earlier);
        if (figures.Count > MostFigures || before.Count > MostFigures)
        {
            yield break;
        }

        for (var k = 1; k < figures.Count; k++)
        {
            if (!figures[k].IsPercent || understood.Contains(figures[k].Number.Value) || NamedWhole().Match(Gap(sentence, figures, k)) is not { Success: true } named
                || Level(sentence, figures, k) is not { } part)
            {
                continue;
            }

            var name = named.Groups["whole"].Value;
            var wholes = Enumerable.Range(0, before.Count).Where(i => !before[i].IsPercent && before[i].Yuan > 0m && NameBefore(Gap(earlier, before, i), name)).Select(i => before[i])
                .Concat(Enumerable.Range(0, k).Where(i => !figures[i].IsPercent && figures[i].Yuan > 0m && !ReferenceEquals(figures[i], part)
                    && NameBefore(Gap(sentence, figures, i), name)).Select(i => figures[i])).ToList();
            if (wholes.Count == 0)
            {
                continue;
            }

            var share = figures[k];
            if (wholes.Any(w => Range(part, w, (a, b) => a / b * 100m) is var (low, high) && Within(share.Number.Value, share.Number.Precision, low, high)))
            {
                continue;
            }

            var whole = wholes[^1];
            var (lo, hi) = Range(part, whole, (a, b) => a / b * 100m);
            var exact = part.Yuan / whole.Yuan * 100m;
            yield return new Found(Near(share.Number.Value, share.Number.Precision, lo, hi) ? Severity.Warning : Severity.Error, Math.Round(exact, 2),
                NarrativeMessages.SentenceShareOfPrintedWhole(part.Printed, name + " " + whole.Printed, share.Printed, exact, null, Excerpt(sentence, share)));
        }
    }

    /// <summary>Whether the text before an amount ends with the whole's name and a verb at most ("一般公共预算收入完成").</summary>
    private static bool NameBefore(string gap, string name)
    {
        var at = gap.LastIndexOf(name, StringComparison.Ordinal);
        return at >= 0 && AmountVerb().IsMatch(gap[(at + name.Length)..]);
    }

    /// <summary>
    /// The amount a rate or share speaks of: the nearest amount before <paramref name="k"/> that is a level — not itself a
    /// change, a budget's gap (超收), a whole of a share or a budget or last year's amount.
    /// </summary>
    private static Figure? Level(string clause, List<Figure> figures, int k)
    {
        for (var i = k - 1; i >= 0; i--)
        {
            var gap = Gap(clause, figures, i);
            // (A year named after the clause's first figure is another year's amount: "1200万元，2022年末资产总额1000万元".)
            if (figures[i].IsPercent || ChangeWord().IsMatch(gap) || NotLevel().IsMatch(gap) || PriorWord().IsMatch(gap) || OtherTime().IsMatch(gap)
                || (i > 0 && YearNamed().IsMatch(gap))
                || (i + 1 < figures.Count && figures[i + 1].IsPercent && Gap(clause, figures, i + 1) == "的"))
            {
                continue;
            }

            return figures[i];
        }

        return null;
    }

    /// <summary>The lowest and highest value of f over the rounding of both figures as printed (f is monotone in each).</summary>
    private static (decimal Low, decimal High) Range(Figure a, Figure b, Func<decimal, decimal, decimal> f)
    {
        var values = new List<decimal>();
        foreach (var x in new[] { a.Yuan - a.HalfStep, a.Yuan + a.HalfStep })
        {
            foreach (var y in new[] { b.Yuan - b.HalfStep, b.Yuan + b.HalfStep })
            {
                try
                {
                    values.Add(f(x, y));
                }
                catch (DivideByZeroException)
                {
                    return (decimal.MinValue, decimal.MaxValue);
                }
                catch (OverflowException)
                {
                    return (decimal.MinValue, decimal.MaxValue);
                }
            }
        }

        return (values.Min(), values.Max());
    }

    /// <summary>
    /// Whether a rate printed at a precision comes from the range: rounded (half a unit either way) or truncated (up to one unit
    /// below) — not rounded up past the half ("12%" for 11.49%).
    /// </summary>
    private static bool Within(decimal printed, decimal precision, decimal low, decimal high) =>
        printed + precision >= low && printed - (precision / 2m) <= high;

    /// <summary>An amount in yuan written in a unit as the report prints it: "760,700 万元".</summary>
    private static string InUnit(decimal yuan, string unit) =>
        Tolerance.Format(yuan / MoneyUnit.Yuan(unit)) + " " + unit;

    /// <summary>Whether a rate is at most one unit of its last digit away from the range.</summary>
    private static bool Near(decimal printed, decimal precision, decimal low, decimal high) =>
        printed + precision >= low && printed - precision <= high;

    private static bool Falls(string word) => word.Contains('减', StringComparison.Ordinal) || word.Contains('降', StringComparison.Ordinal) || word.Contains('少', StringComparison.Ordinal);

    /// <summary>The text between figure k − 1 (or the clause's start) and figure k.</summary>
    private static string Gap(string clause, List<Figure> figures, int k)
    {
        var from = k == 0 ? 0 : figures[k - 1].End;
        return clause[from..figures[k].Start];
    }

    private static string Excerpt(string clause, Figure at) => Residue.Excerpt(clause, at.Start);

    private static List<Figure> Figures(string clause)
    {
        var list = new List<Figure>();
        foreach (Match m in FigureShape().Matches(clause))
        {
            if (PrintedNumber.TryParse(m.Groups["n"].Value, new PrintedPlace(null, null)) is not { } n)
            {
                continue;
            }

            var unit = m.Groups["u"].Value switch { "万" => "万元", "亿" => "亿元", var u => u };
            var scale = MoneyUnit.Yuan(unit);
            // "补充预算周转金-21万元": an amount's minus sign (a rate's sign is its direction word's business).
            var start = m.Index;
            if (unit != "%" && start > 0 && clause[start - 1] is '-' or '－' && (start < 2 || !char.IsAsciiDigit(clause[start - 2])))
            {
                n = n with { Text = "-" + n.Text, Value = -n.Value };
                start--;
            }

            list.Add(new Figure(n, unit, n.Text + m.Groups["u"].Value, n.Value * scale, n.Precision * scale / 2m, start, m.Index + m.Length));
        }

        return list;
    }

    private sealed record Figure(PrintedNumber Number, string Unit, string Printed, decimal Yuan, decimal HalfStep, int Start, int End)
    {
        public bool IsPercent => Unit == "%";
    }

    private sealed record Found(Severity Severity, decimal Computed, AuditMessage Message);

    // ("增收4,376万" at the text's end: a bare 万 or 亿 before punctuation is 万元, 亿元.)
    [GeneratedRegex(@"(?<n>[0-9]{1,15}(?:\.[0-9]{1,6})?)(?<u>亿元|万元|元|%|[万亿](?=[，。；、）]|$))")]
    private static partial Regex FigureShape();

    // "占一般公共预算收入的": a share of a whole named, not printed.
    [GeneratedRegex(@"占(?<whole>[\p{IsCJKUnifiedIdeographs}“”]{2,16})的$")]
    private static partial Regex NamedWhole();

    // What may stand between a whole's name and its amount: "完成", "为", "共计".
    [GeneratedRegex(@"^(?:累计)?(?:完成|实现|为|是|共|合计|共计|总计|达到?)?(?:了)?$")]
    private static partial Regex AmountVerb();

    // A breakdown in brackets ("（县本级98.88亿元，高新区27.17亿元）") is not the sentence's arithmetic.
    [GeneratedRegex(@"（[^（）]{0,120}）")]
    private static partial Regex Bracketed();

    // What stands right before a rate of change: "，同比增长", "，比上年下降", "增幅为".
    [GeneratedRegex(@"(?:^|[，、：])(?:同比|比上年|较上年|与上年相比|比去年|较去年|[比较]20[0-9]{2}年(?:同期)?|与20[0-9]{2}年相比)?(?<w>增长|下降|上升|降低|提高|增加|减少|增幅|降幅|减幅)(?:了|为|达)?$")]
    private static partial Regex RateWord();

    // A change amount's word: "同比增收", "比上年减少", "增支". Not 超收/短收 (against a budget).
    [GeneratedRegex(@"(?<w>增收|减收|增支|减支|多收|少收|增加|减少|增长|下降)(?:了|额为?)?$")]
    private static partial Regex ChangeWord();

    // A change named right after a rate: "，增收3003万元".
    [GeneratedRegex(@"^[，、](?:同比|比上年|较上年|[比较]20[0-9]{2}年)?(?:增收|减收|增支|减支|增加|减少)(?:了|额为?)?$")]
    private static partial Regex ChangeAfterRate();

    // Last year's amount printed: "较上年同期110374万元", "比2017年决算数".
    [GeneratedRegex(@"(?:较|比|同比|与)(?:上年|去年|上一年|20[0-9][0-9]年)(?:同期|决算数?|度)?(?:的)?$")]
    private static partial Regex PriorWord();

    // Amounts that are not a level: a budget's gap, a budget itself, a target (not "一般公共预算收入", "基金预算支出": those are).
    [GeneratedRegex(@"(?:超收|短收|超支|节支|节约|(?<!公共|基金|经营)预算(?:数|目标)?(?:为|是)?|目标|计划|任务)$")]
    private static partial Regex NotLevel();

    // "占预算目标", "完成调整后预算收入", "为调整预算数": before the whole of a share.
    [GeneratedRegex(@"(?:占|完成|为|是|达到?)[^，、0-9]{0,16}$")]
    private static partial Regex ShareWord();

    // A year named before an amount: "2022年末资产总额".
    [GeneratedRegex(@"20[0-9]{2}年")]
    private static partial Regex YearNamed();

    // A change the clause states of itself, compared with last year or nothing named: "，同比增收", "，比上年减少".
    [GeneratedRegex(@"^[，、：]?(?:同比|比上年|较上年|与上年相比|比去年|较去年|比上年同期|较上年同期|[比较]20[0-9]{2}年(?:同期)?|与20[0-9]{2}年相比)?(?:增收|减收|增支|减支|多收|少收|增加|减少|增长|下降)(?:了|额为?)?$")]
    private static partial Regex PureChange();

    // Last year's amount, or a budget's, without 较/比: "，上年同期为", "，上年为", "，调整后为", "年初为".
    // (Not "上年结转收入", "上年滚存结余": those are this year's sources.)
    [GeneratedRegex(@"(?:上年|去年|上一年|同期|上年末|年初|调整后|调整)(?:同期)?(?:决算数?|预算数?|完成数?|实现|数)?(?:为|是|的)?$")]
    private static partial Regex OtherTime();

    // An amount inside another: "，含一般性转移支付", "其中：…" before the figure.
    [GeneratedRegex(@"(?:含|包括|其中)[^，。；0-9]{0,16}$")]
    private static partial Regex Contained();

    // Any total's word before its amount: "总收入", "合计", "小计".
    [GeneratedRegex(@"(?:总收入|总支出|合计|小计|总计|总量|总额)(?:为|是|达到?)?$")]
    private static partial Regex AnyTotal();

    // A total named right before its amount: "收入总计", "支出合计为", "收入总量为".
    [GeneratedRegex(@"(?:收入|支出)(?:总计|合计|总量|总额)(?:为|是|达到?)?$")]
    private static partial Regex TotalWord();

    // "…收入加上…", "再加…": added to something named before.
    [GeneratedRegex(@"加上|再加|^加")]
    private static partial Regex AddedTo();

    // A rate on a comparable basis (同口径, 可比口径, 剔除…因素) need not follow from the raw figures.
    [GeneratedRegex(@"口径|剔除|扣除|可比")]
    private static partial Regex Comparable();
}
