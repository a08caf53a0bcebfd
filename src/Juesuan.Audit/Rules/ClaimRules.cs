using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Rules;

/// <summary>Lookups over the narrative's claims, statement by statement (a statement is one sentence at one place).</summary>
internal static class NarrativeClaims
{
    public static IEnumerable<Claim> Of(PublishedReport r, Measure kind) => r.Claims.Where(f => f.Measure == kind);

    public static Claim? Get(PublishedReport r, string item, Measure kind) =>
        r.Claims.FirstOrDefault(f => f.Subject == item && f.Measure == kind);

    /// <summary>The item's printed figure of this measure stated last before a claim (claims are in the order printed).</summary>
    public static Claim? NearestBefore(PublishedReport r, string item, Measure kind, Claim near)
    {
        var at = -1;
        for (var i = 0; i < r.Claims.Count; i++)
        {
            if (ReferenceEquals(r.Claims[i], near))
            {
                at = i;
                break;
            }
        }

        for (var i = at - 1; i >= 0; i--)
        {
            if (r.Claims[i].Subject == item && r.Claims[i].Measure == kind && Printed(r.Claims[i]))
            {
                return r.Claims[i];
            }
        }

        return null;
    }

    /// <summary>
    /// A wording warning, or a note where the report's template prescribes that wording (模板用语): the profile
    /// decides what its template prints, and the audit does not warn a department for following its form.
    /// </summary>
    public static AuditFinding Wording(PublishedReport r, TemplateWording wording, string ruleId, string place, AuditMessage message, PrintedPlace at, decimal? printed = null) =>
        r.TemplateWordings.Contains(wording)
            ? new AuditFinding(ruleId, Severity.Note, place, GeneralMessages.PrescribedByTemplate(message, r.Template)) { At = at, Printed = printed }
            : new AuditFinding(ruleId, Severity.Warning, place, message) { At = at, Printed = printed };

    public static string Where(Claim c) => $"情况说明 {c.Number.Place}「{c.SubjectName}」";

    /// <summary>
    /// The text printed at a place, the lines indexed on first use: a rule that looks up the line of each of thousands of
    /// statements must not scan every line for each.
    /// </summary>
    public static Func<PrintedPlace, string?> LineAt(PublishedReport report)
    {
        Dictionary<PrintedPlace, string>? lines = null;
        return place => (lines ??= report.Lines.GroupBy(l => l.Place).ToDictionary(g => g.Key, g => g.First().Text)).GetValueOrDefault(place);
    }

    /// <summary>Where a printed place stands in <see cref="PublishedReport.Lines"/> (its first line), built once on first use.</summary>
    public static Func<PrintedPlace, int?> LineIndex(PublishedReport report)
    {
        Dictionary<PrintedPlace, int>? index = null;
        return place => (index ??= report.Lines.Select((l, i) => (l.Place, i)).DistinctBy(p => p.Place).ToDictionary(p => p.Place, p => p.i))
            .TryGetValue(place, out var i) ? i : null;
    }

    /// <summary>The item as the report's reader says it ("2080705 公益性岗位补贴", not the key "项:2080705").</summary>
    public static string Name(Claim f) => NarrativeItems.Display(f.Subject);

    public static string Where(WordClaim w) => $"情况说明 {w.Place}「{w.SubjectName}」";

    /// <summary>The claims of the sentences around a place: the same sentence first, then the two before it (a text layer breaks sentences).</summary>
    public static IEnumerable<Claim> Near(PublishedReport report, string sentence, PrintedPlace place)
    {
        var statements = report.Statements;
        var index = -1;
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].Text == sentence && statements[i].Place == place)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return report.Claims.Where(c => c.Sentence == sentence);
        }

        return statements[index].Claims
            .Concat(index > 0 ? statements[index - 1].Claims : [])
            .Concat(index > 1 ? statements[index - 2].Claims : []);
    }

    public static IEnumerable<Claim> Same(PublishedReport report, Claim c) => report.Claims.Where(x => x.Sentence == c.Sentence && x.Number.Place == c.Number.Place);

    public static bool Printed(Claim c) => c.Number.Text.Length > 0;

    /// <summary>The totals a narrative states for the report's scope, each once in meaning (N-RESTATED, N-SAMETOTAL).</summary>
    public static readonly HashSet<string> Totals = new(StringComparer.Ordinal)
    {
        NarrativeItems.IncomeTotal, NarrativeItems.ExpenditureTotal, "本年收入合计", "本年支出合计", NarrativeItems.AppropriationTotal,
        NarrativeItems.AppropriationIncome, NarrativeItems.AppropriationExpenditure, NarrativeItems.GeneralBudgetExpenditure, NarrativeItems.ThreePublicTotal,
    };

    /// <summary>An item's printed figure of the report's year, where every sentence that states it prints the same one; else null.</summary>
    public static Claim? Once(PublishedReport r, string subject, Measure measure)
    {
        var all = r.Claims.Where(c => c.Subject == subject && c.Measure == measure && Printed(c) && OfReportYear(r, c)).ToList();
        return all.Count > 0 && all.All(c => c.Number.Value == all[0].Number.Value) ? all[0] : null;
    }

    /// <summary>Whether the claim speaks of the report's year (or either year is unknown).</summary>
    public static bool OfReportYear(PublishedReport r, Claim c) => c.Year is null || r.Year is null || c.Year == r.Year.Value.Value;

    /// <summary>The figure as the report prints it, with its unit ("95.89%", "0 万元").</summary>
    public static string AsPrinted(Claim c) => c.Unit is "%" ? c.Number.Text + "%" : $"{c.Number.Text} {c.Unit}";
}

/// <summary>N-RATE: a completion rate equals 决算 ÷ the budget the sentence names (年初预算, 全年预算), within the rounding of all three.</summary>
public sealed class CompletionAgainstBudget : IAuditRule
{
    public string Id => "N-RATE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "完成率 = 决算数 ÷ 句中所指的预算数（年初预算或全年预算；“三公”句中未写预算数时为公开07表的预算数）；年初预算为零时不能给出“完成年初预算的 X%”；“三公”各项的完成率推出的预算数之和不超过“三公”经费预算；完成率不是决算数与预算数之差";

    public string Why => "完成率常被用错分母：写“完成年初预算”，算的却是全年预算，或在年初没有预算时照样给出比例。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in PartsAgainstTheWholeBudget(report))
        {
            yield return f;
        }

        var t07 = report.Table(PublicTable.ThreePublic);
        foreach (var rate in report.Claims.Where(c => c.Measure == Measure.Completion && NarrativeClaims.Printed(c)))
        {
            var near = NarrativeClaims.Near(report, rate.Sentence, rate.Number.Place).Where(c => c.Subject == rate.Subject && NarrativeClaims.Printed(c)).ToList();
            var budgets = near.Where(c => c.Measure == Measure.Budget).ToList();

            // "决算数大于预算数 55.93 万元" with no budget printed: the budget is 决算 − the difference.
            if (budgets.Count == 0 && near.FirstOrDefault(c => c.Measure == Measure.Amount) is { } spent
                && near.FirstOrDefault(c => c.Measure == Measure.BudgetDifference && c.Sentence == rate.Sentence) is { } difference)
            {
                budgets.Add(new Claim(rate.Subject, Measure.Budget, new PrintedNumber(string.Empty, spent.Number.Value - difference.Number.Value,
                    spent.Number.Precision + difference.Number.Precision, difference.Number.Place))
                { Basis = rate.Basis, Sentence = rate.Sentence });
            }

            var stated = budgets.FirstOrDefault(b => b.Basis == rate.Basis) ?? (budgets.Count == 1 ? budgets[0] : null);
            var actual = near.FirstOrDefault(c => c.Measure == Measure.Amount)?.Number;

            // "完成预算的83.89%" of a 三公 category names no budget: it is 公开07表's 决算数 ÷ 预算数 (a sentence amount that
            // differs from the table is N-AMOUNT's finding, not a second one here).
            var row = stated is null ? PrintedTables.ThreePublicRow(t07, rate.Subject) : null;
            var budget = stated?.Number ?? (row is null ? null : PrintedTables.Cell(row, 0) ?? new PrintedNumber(string.Empty, 0m, 1m, row.Place));
            if (row is not null)
            {
                var table = PrintedTables.Cell(row, 1) ?? new PrintedNumber(string.Empty, 0m, 1m, row.Place);
                actual = actual is not null && Tolerance.SameFigure(actual, table) is null ? actual : table; // the finer figure where both agree
            }
            if (actual is null && budget is not null && budget.Value != 0m && DifferenceForRate(report, rate, budget) is { } wrong)
            {
                yield return wrong;
                continue;
            }

            if (actual is null || budget is null)
            {
                continue;
            }

            if (budget.Value == 0m)
            {
                if (rate.Number.Value == 0m || stated is null)
                {
                    continue; // "0%" for no budget: N-NOBUDGET's warning; a blank 07 budget may be a table read short
                }

                // "支出决算为0万元，完成预算0万元的100%": nothing of nothing, a template's meaningless rate (a warning); a rate
                // of money spent against no budget is an error.
                var other = budgets.FirstOrDefault(b => b != stated && b.Number.Value > 0m);
                yield return new AuditFinding(Id, actual.Value == 0m && other is null ? Severity.Warning : Severity.Error, NarrativeClaims.Where(rate),
                    ClaimMessages.RateOfZeroBudget(rate.SubjectName, rate.Basis, NarrativeClaims.AsPrinted(rate), NarrativeClaims.AsPrinted(stated), actual.Value, other?.Number.Value, other?.Basis))
                { Printed = rate.Number.Value, At = rate.Number.Place };
                continue;
            }

            // A budget the sentence prints as a whole number beside a 决算 with decimals ("预算为1万元，支出决算为0.53万元") dropped
            // its zeros: a narrative prints 万元 to two decimals, so it is 1.00, not anything from 0.5 to 1.5.
            if (stated is not null && budget.Precision >= 1m && actual.Precision < 1m && budget.Value != 0m)
            {
                budget = budget with { Precision = 0.01m };
            }

            if (Tolerance.RatioRange(actual, budget) is not { } range)
            {
                continue;
            }

            var half = rate.Number.Precision / 2m;
            if (rate.Number.Value + half < range.Low || rate.Number.Value - half > range.High)
            {
                var computed = actual.Value / budget.Value * 100m;
                var other = budgets.FirstOrDefault(b => b != stated && b.Number.Value > 0m
                    && Tolerance.RatioRange(actual, b.Number) is { } r && rate.Number.Value + half >= r.Low && rate.Number.Value - half <= r.High);

                // "预算为494,400.00万元，支出决算为115,749.56元，完成预算的23.42%" (昆明 2018): the rate is right with both amounts in
                // one unit — the budget's 万元 is the slip, not the rate (to a unit of the rate's last digit: 115,749.56 ÷ 494,400 = 23.41%).
                // (a rate of 0, or one the shifted range puts under a unit of its printing, is no unit slip: "0.00%" of 5 ÷ 100)
                var shift = other is not null || rate.Number.Value <= 0m || stated is null ? 0m : new[] { 10000m, 0.0001m }.FirstOrDefault(factor =>
                    range.Low * factor > rate.Number.Precision && rate.Number.Value + half + rate.Number.Precision >= range.Low * factor && rate.Number.Value - half - rate.Number.Precision <= range.High * factor);
                if (shift != 0m)
                {
                    yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(rate),
                        ClaimMessages.RateUnitSlip(rate.SubjectName, NarrativeClaims.AsPrinted(rate), shift > 1m ? NarrativeClaims.AsPrinted(stated!) : actual.Text, actual.Value, budget.Value, shift > 1m))
                    { Printed = rate.Number.Value, Computed = Math.Round(computed, 2), At = rate.Number.Place };
                    continue;
                }

                // One unit off in the last digit: truncated rather than rounded — at hundredths a note (a reviewer takes 0.01 for
                // rounding), at a coarser printing a warning. Truncation only cuts: "完成年初预算的70%" of 69.16% is no slip (南宫).
                var unit = rate.Number.Precision;
                var slip = other is null && (unit <= 0.01m
                    ? rate.Number.Value + half + unit >= range.Low && rate.Number.Value - half - unit <= range.High
                    : rate.Number.Value <= range.High && rate.Number.Value + unit >= range.Low);
                yield return new AuditFinding(Id, slip ? (unit <= 0.01m ? Severity.Note : Severity.Warning) : Severity.Error, NarrativeClaims.Where(rate),
                    ClaimMessages.RateDiffers(rate.SubjectName, rate.Basis, NarrativeClaims.AsPrinted(rate), actual.Value, budget.Value, computed, fromTable: stated is null,
                        range.Low, range.High, other?.Number.Value, other?.Basis, slip))
                { Printed = rate.Number.Value, Computed = Math.Round(computed, 2), At = rate.Number.Place };
            }
        }
    }

    /// <summary>
    /// "“三公”经费支出预算为5.92万元…其中：…公务用车购置及运行费支出决算为1.2万元，完成预算的20.3%；公务接待费支出决算为
    /// 2.38万元，完成预算的40.2%": the categories' budgets are not printed, but each is its 决算 ÷ its rate (5.91, 5.92), and
    /// together they cannot exceed the 三公 budget (5.92): the rates were taken against the whole budget.
    /// </summary>
    private IEnumerable<AuditFinding> PartsAgainstTheWholeBudget(PublishedReport report)
    {
        var statements = report.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var claims = statements[i].Claims.Where(NarrativeClaims.Printed).ToList();
            // Each sentence's claims looked at once: a hostile sentence of thousands of rates must not rescan itself per rate.
            var vehicles = claims.Any(v => v.Subject == ThreePublicCategory.Vehicles);
            var budgeted = claims.Where(c => c.Measure == Measure.Budget).Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
            var spent = new Dictionary<string, Claim>(StringComparer.Ordinal);
            foreach (var c in claims.Where(c => c.Measure == Measure.Amount && c.Number.Value > 0m))
            {
                spent[c.Subject] = c;
            }

            var implied = new List<(Claim Amount, Claim Rate, decimal Least)>();
            // The three categories only: "公务用车购置及运行费…69.85%（其中：…公务用车运行维护费…69.85%）" lists a category's own parts.
            foreach (var rate in claims.Where(c => c.Measure == Measure.Completion && c.Number.Value > 0m
                         && (c.Subject is ThreePublicCategory.Abroad or ThreePublicCategory.Reception or ThreePublicCategory.Vehicles
                             || (c.Subject is ThreePublicCategory.VehiclePurchase or ThreePublicCategory.VehicleRunning && !vehicles))))
            {
                var half = rate.Number.Precision / 2m;
                if (budgeted.Contains(rate.Subject) || !spent.TryGetValue(rate.Subject, out var amount))
                {
                    continue;
                }

                // The least budget the printed figures allow: the largest rate and the smallest 决算 within their rounding.
                implied.Add((amount, rate, (amount.Number.Value - (amount.Number.Precision / 2m)) / (rate.Number.Value + half) * 100m));
            }

            if (implied.Count < 2 || implied.Select(p => p.Rate.Subject).Distinct().Count() != implied.Count)
            {
                continue;
            }

            // The whole budget of the rates' own basis (年初预算 beside 全年预算 is another whole); a budget of nothing is N-RATE's
            // zero-budget finding, not this one.
            var basis = implied[0].Rate.Basis;
            var whole = claims.Concat(i > 0 ? statements[i - 1].Claims : []).Concat(i > 1 ? statements[i - 2].Claims : [])
                .FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicTotal && c.Measure == Measure.Budget && NarrativeClaims.Printed(c)
                    && (c.Basis is null || basis is null || c.Basis == basis));
            var least = implied.Sum(p => p.Least);
            if (whole is null || whole.Number.Value <= 0m || implied.Any(p => p.Rate.Basis != basis) || least <= whole.Number.Value + (whole.Number.Precision / 2m))
            {
                continue;
            }

            var first = implied[0].Rate;
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(first),
                ClaimMessages.RatesImplyBudgetsAboveWhole(
                    [.. implied.Select(p => (p.Rate.SubjectName, NarrativeClaims.AsPrinted(p.Rate), p.Amount.Number.Value, p.Amount.Number.Value / p.Rate.Number.Value * 100m,
                        p.Amount.Number.Value / whole.Number.Value * 100m))],
                    whole.Number.Value))
            { Printed = first.Number.Value, Computed = Math.Round(implied[0].Amount.Number.Value / whole.Number.Value * 100m, 2), At = first.Number.Place };
        }
    }

    /// <summary>
    /// "财政拨款收入总计500.12万元，支出总计500.12万元…财政拨款支出年初预算数472.9万元，完成年初预算的27.22%": the sentence
    /// states no 本年支出, only the total it is part of (支出总计 = 本年支出 + 年末结转), so the rate itself is unknown — but a
    /// rate that is the total less the budget, to the cent, was computed as a difference, not a ratio.
    /// </summary>
    private AuditFinding? DifferenceForRate(PublishedReport report, Claim rate, PrintedNumber budget)
    {
        if (rate.Subject != NarrativeItems.AppropriationExpenditure
            || NarrativeClaims.Near(report, rate.Sentence, rate.Number.Place).FirstOrDefault(c => c.Subject == NarrativeItems.AppropriationTotal && c.Measure == Measure.Amount && NarrativeClaims.Printed(c)) is not { } total)
        {
            return null;
        }

        var difference = total.Number.Value - budget.Value;
        var ratio = total.Number.Value / budget.Value * 100m;
        var tolerance = (rate.Number.Precision + total.Number.Precision + budget.Precision) / 2m;
        return difference > 0m && Math.Abs(rate.Number.Value - difference) <= tolerance && Math.Abs(rate.Number.Value - ratio) > 1m
            ? new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(rate),
                ClaimMessages.RateIsDifference(rate.SubjectName, rate.Basis, NarrativeClaims.AsPrinted(rate), total.SubjectName, total.Number.Value, budget.Value, ratio))
            { Printed = rate.Number.Value, Computed = Math.Round(ratio, 2), At = rate.Number.Place }
            : null;
    }
}

/// <summary>The 三公 categories' claim subjects.</summary>
internal static class ThreePublicCategory
{
    public const string Abroad = NarrativeItems.ThreePublicPrefix + "因公出国（境）费";
    public const string Reception = NarrativeItems.ThreePublicPrefix + "公务接待费";
    public const string Vehicles = NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费";
    public const string VehiclePurchase = NarrativeItems.ThreePublicPrefix + "公务用车购置费";
    public const string VehicleRunning = NarrativeItems.ThreePublicPrefix + "公务用车运行维护费";
}

/// <summary>N-RELATION: 决算数大于/小于/等于预算数 agrees with the amounts (or the completion rate) the narrative states.</summary>
public sealed class BudgetRelationWords : IAuditRule
{
    public string Id => "N-RELATION";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "“决算数大于/小于/等于预算数”“与预算相比无增减”与句中的决算数、预算数（或完成率；“三公”各项句中未写时为公开07表的预算数、决算数）相符";

    public string Why => "文字说“小于”，数字却是大于，读者会被误导；这类错误多来自照抄上年的说明。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var w in report.Words.Where(w => w.Kind is WordKind.MoreThanBudget or WordKind.LessThanBudget or WordKind.EqualToBudget))
        {
            var near = NarrativeClaims.Near(report, w.Sentence, w.Place).Where(c => c.Subject == w.Subject && NarrativeClaims.Printed(c)).ToList();
            var actual = near.FirstOrDefault(c => c.Measure == Measure.Amount);
            var budget = near.FirstOrDefault(c => c.Measure == Measure.Budget && c.Basis == BudgetBasis.FullYear)
                ?? near.FirstOrDefault(c => c.Measure == Measure.Budget);
            var rate = near.FirstOrDefault(c => c.Measure == Measure.Completion);
            int sign;
            var gap = 0m;
            Func<int, AuditMessage> message;
            if (actual is not null && budget is not null)
            {
                // Two figures printed apart are apart: 2.22 < 2.23 whatever the rounding.
                sign = Math.Sign(actual.Number.Value - budget.Number.Value);
                gap = Math.Abs(actual.Number.Value - budget.Number.Value);
                message = s => ClaimMessages.RelationAgainstAmounts(w.SubjectName, w.Word, actual.Number.Value, budget.Number.Value, s);
            }
            else if (rate is not null && rate.Number.Value > 0m)
            {
                var half = rate.Number.Precision / 2m;
                sign = rate.Number.Value - half > 100m ? 1 : rate.Number.Value + half < 100m ? -1 : 0;
                message = s => ClaimMessages.RelationAgainstRate(w.SubjectName, w.Word, NarrativeClaims.AsPrinted(rate), s);
            }
            else if (report.Table(PublicTable.ThreePublic) is { } t07 && PrintedTables.ThreePublicRow(t07, w.Subject) is { } row && PrintedTables.Cell(row, 0) is { } tableBudget)
            {
                // "与2021年度预算相比无增减" with no budget in the sentence: the category's 预算数 and 决算数 in 公开07表.
                var spent = PrintedTables.Cell(row, 1)?.Value ?? 0m;
                sign = Math.Sign(spent - tableBudget.Value);
                gap = Math.Abs(spent - tableBudget.Value);
                message = s => ClaimMessages.RelationAgainstTable(w.SubjectName, w.Word, PrintedTables.ThreePublicName(t07), spent, tableBudget.Value, s);
            }
            else
            {
                continue;
            }

            var said = w.Kind switch { WordKind.MoreThanBudget => 1, WordKind.LessThanBudget => -1, _ => 0 };
            if (sign == said)
            {
                continue;
            }

            // Printed equal, said apart: the yuan figures may well be apart (1.36 万元 either way), so it is only noted. Said
            // equal ("与预算相比无增减") of figures further apart than their printing explains: as wrong as the wrong direction.
            var hidden = sign == 0 && said != 0;
            var apart = said == 0 && gap > 0.02m;
            yield return new AuditFinding(Id, (said != 0 && sign != 0) || apart ? Severity.Error : hidden ? Severity.Note : Severity.Warning, NarrativeClaims.Where(w), message(sign))
            { At = w.Place };
        }
    }
}

/// <summary>N-DIRECTION: 持平 with a change, or two directions for one subject in one sentence (增加…减少, 减少为…持平).</summary>
public sealed partial class DirectionWords : IAuditRule
{
    // "比上年减少-2.56%": a word of decrease and a minus sign after it. ("增长-2.56%", negative growth, is the statisticians' way
    // of saying a fall, not a slip.)
    [GeneratedRegex(@"(?<word>减少|下降|降低)了?(?<num>[-－−]\d+(?:\.\d+)?)(?<unit>%|万元|元)")]
    private static partial Regex SignedAfterWord();

    public string Id => "N-DIRECTION";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "方向词与数字一致：“持平”不应伴随增减额或增减率；同一句中同一事项不应既“增加”又“减少”";

    public string Why => "“持平”而数字有增减，或一句话里同时说增加和减少，读者无法知道实际变化。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // Statement by statement: a word and the figures it speaks of stand in one (a text that repeats one sentence must not
        // compare every repeat with every other).
        var indexOf = NarrativeClaims.LineIndex(report);
        var printedFrom = new Dictionary<int, string>();

        // Whether the printed text right after the sentence opens with a reason (a sentence of no figure is no statement:
        // "下降的原因是…公车改革。"). Read from the sentence's line and the two after it, up to a page's worth: a text run
        // together into one enormous line is not searched afresh for each of its sentences.
        bool ReasonAfter(NarrativeStatement statement)
        {
            if (indexOf(statement.Place) is not { } i)
            {
                return false;
            }

            if (!printedFrom.TryGetValue(i, out var printed))
            {
                var lines = report.Lines.Skip(i).Take(3).Select(l => l.Text).ToList();
                printed = printedFrom[i] = lines.Sum(l => l.Length) <= LongestPrintedWindow ? Residue.Flat(string.Concat(lines)) : string.Empty;
            }

            var own = Residue.Flat(statement.Text);
            var at = printed.IndexOf(own, StringComparison.Ordinal);
            return at >= 0 && ChangeReason().Match(printed, at + own.Length) is { Success: true } m && m.Index == at + own.Length;
        }

        foreach (var statement in report.Statements)
        {
            // "少0.07万元，基本持平": roughly flat with a small change is the writer's judgement, not a contradiction.
            foreach (var flat in statement.Words.Where(w => w.Kind == WordKind.Flat && !w.Word.StartsWith("基本", StringComparison.Ordinal)
                         && !w.Sentence.Contains("基本持平", StringComparison.Ordinal)))
            {
                var same = statement.Claims.Where(c => c.Subject == flat.Subject).ToList();
                var change = same.FirstOrDefault(c => c.Measure is Measure.ChangeAmount or Measure.ChangeRate && c.Number.Value != 0m);
                if (change is not null)
                {
                    yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(flat),
                        ClaimMessages.FlatWithChange(flat.SubjectName, flat.Word, change.Number.Value, NarrativeClaims.AsPrinted(change)))
                    { Printed = change.Number.Value, Computed = 0m, At = flat.Place };
                    continue;
                }

                // "减少0万元，与上年持平": a change of nothing is flat; the "减少0" wording is a note of its own (N-DIRECTION's zero change).
                var moved = statement.Words.FirstOrDefault(w => w.Subject == flat.Subject && w.Kind is WordKind.Up or WordKind.Down);
                var nothing = same.Any(c => c.Measure is Measure.ChangeAmount or Measure.ChangeRate) && same.Where(c => c.Measure is Measure.ChangeAmount or Measure.ChangeRate).All(c => c.Number.Value == 0m);
                if (moved is not null && !nothing)
                {
                    yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(flat),
                        ClaimMessages.FlatAndMoved(flat.SubjectName, moved.Word, flat.Word))
                    { At = flat.Place };
                }
            }

            // A change and the rate that follows it disagree in sign. A sentence may compare twice ("较上年增加 38.97 万元，增长
            // 168.7%，比 2019 年减少 24.87 万元，降低 28.6%"): each amount goes with the rate after it, not with every rate.
            var opposite = false;
            foreach (var group in statement.Claims.Where(c => c.Measure is Measure.ChangeAmount or Measure.ChangeRate && c.Number.Value != 0m).GroupBy(c => c.Subject))
            {
                var list = group.ToList();
                for (var i = 0; i + 1 < list.Count; i++)
                {
                    if (list[i].Measure == Measure.ChangeAmount && list[i + 1].Measure == Measure.ChangeRate
                        && Math.Sign(list[i].Number.Value) != Math.Sign(list[i + 1].Number.Value))
                    {
                        yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(list[i]),
                            ClaimMessages.ChangeAndRateOpposite(list[i].SubjectName, list[i].Number.Value, NarrativeClaims.AsPrinted(list[i]), list[i + 1].Number.Value, NarrativeClaims.AsPrinted(list[i + 1])))
                        { At = list[i].Number.Place };
                        opposite = true;
                        break;
                    }
                }
            }

            // "公务接待费支出决算为3.8万元，比上年减少-2.56%" (寻甸 2018): the word and the sign say the change twice, and read
            // together they say it rose. (With an amount beside it, the opposite signs were said above.)
            if (!opposite && SignedAfterWord().Match(Residue.Flat(statement.Text)) is { Success: true } signed)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                    ClaimMessages.SignAfterDirection(signed.Groups["word"].Value, signed.Value[signed.Groups["word"].Length..], Residue.Excerpt(Residue.Flat(statement.Text), signed.Index)))
                { At = statement.Place };
            }

            // "较上年增加 0.00 万元，增长 0%", "比预算增加0万元": no change is 持平, not an increase — a note: templates of several
            // provinces (安徽, 云南, 广西 …) print it for every item that did not change, the figures are right, and reviewers
            // of real reports do not count it against the department.
            string? flatStatement = null;
            foreach (var zero in statement.Claims.Where(c => c.Measure is Measure.ChangeAmount or Measure.BudgetDifference or Measure.BaseYearChange
                         && c.Number.Value == 0m && NarrativeClaims.Printed(c)))
            {
                var word = statement.Words.FirstOrDefault(w => w.Subject == zero.Subject && w.Kind is WordKind.Up or WordKind.Down);
                if (word is not null)
                {
                    // "减少0万元，下降0.0%，下降原因主要是无该项预算" (青阳 2022), "…下降0%。下降的原因是…公车改革" (宣州 2020): a fall that
                    // did not happen, explained — the text argues a change its figures deny; a warning.
                    // The sentence after explains the zero only when it is the sentence's one change ("因公出国费…减少0万元；公务接待费…
                    // 减少1万元。下降的原因是…": the reason is the other item's).
                    flatStatement ??= Residue.Flat(statement.Text);
                    var explained = ReasonInClause(flatStatement, word.Word + NarrativeClaims.AsPrinted(zero).Replace(" ", string.Empty, StringComparison.Ordinal))
                        || (statement.Claims.All(c => c.Measure is not (Measure.ChangeAmount or Measure.ChangeRate or Measure.BudgetDifference) || c.Number.Value == 0m)
                            && ReasonAfter(statement));
                    yield return new AuditFinding(Id, explained ? Severity.Warning : Severity.Note, NarrativeClaims.Where(zero),
                        ClaimMessages.NoChangeNotFlat(zero.SubjectName, word.Word, NarrativeClaims.AsPrinted(zero), explained))
                    { Printed = 0m, At = zero.Number.Place };
                }
            }
        }
    }

    /// <summary>A page's worth of printed text: past it the text after a sentence is not searched for its reason.</summary>
    private const int LongestPrintedWindow = 20_000;

    /// <summary>
    /// Whether the clause of the zero change ("减少0万元，下降0.0%，下降原因主要是…", up to the next "；" or "。") gives the reason for
    /// a rise or a fall — another item's clause after it does not count, nor a sentence whose "减少0万元" is printed otherwise.
    /// </summary>
    private static bool ReasonInClause(string flat, string zeroPrinted)
    {
        var from = flat.IndexOf(zeroPrinted, StringComparison.Ordinal);
        if (from < 0)
        {
            return false;
        }

        var end = flat.IndexOfAny(['；', '。'], from);
        return ChangeReason().IsMatch(flat.AsSpan(from, (end < 0 ? flat.Length : end) - from));
    }

    [GeneratedRegex(@"(?:下降|减少|降低|增加|增长|上升)(?:的)?(?:主要)?原因")]
    private static partial Regex ChangeReason();
}

/// <summary>N-REASON: the reason a sentence gives argues the direction it explains (决算数小于预算数的原因不应是“追加”).</summary>
public sealed partial class ReasonDirection : IAuditRule
{
    public string Id => "N-REASON";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "说明的原因与所解释的方向一致：解释“减少/小于预算”的原因不应只讲增加、追加，反之亦然；“持平”不应附上讲增减的原因";

    public string Why => "原因与方向相反，多半是照抄了别处或上年的原因。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var said = new HashSet<(string, PrintedPlace, string)>();
        // A reason shared by words that went both ways ("基本支出…减少13万元…；医疗卫生支出…增加2549.07万元。主要原因是…增加。")
        // is the reason of one of them, which the text does not say: it is not weighed, in its own sentence or inline.
        var bothWays = report.Words.Where(w => w.Reason is { Length: > 0 } && w.Kind is WordKind.Up or WordKind.Down)
            .GroupBy(w => (w.Sentence, w.Reason)).Where(g => g.Select(w => w.Kind).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        // "持平" (not "基本持平") with a reason that argues a change: flat needs no reason, so one of the two is wrong.
        foreach (var w in report.Words.Where(w => w.Reason is { Length: > 0 } && (w.Kind is WordKind.MoreThanBudget or WordKind.LessThanBudget or WordKind.Up or WordKind.Down
            || (w.Kind == WordKind.Flat && !w.Word.Contains("基本", StringComparison.Ordinal)))))
        {
            var reason = w.Reason!;
            if (w.Kind is WordKind.Up or WordKind.Down && bothWays.Contains((w.Sentence, reason)))
            {
                continue;
            }

            var up = 0;
            // "均未产生…费用" explains a flat zero, not a fall; "考虑节约前提下，…的可变性" names a condition, not a cause.
            var down = DownWords().Matches(reason).Count(m => (w.Kind != WordKind.Flat || !m.Value.StartsWith('未'))
                && !Condition().IsMatch(reason.AsSpan(m.Index + m.Length)));
            foreach (Match m in UpWords().Matches(reason))
            {
                // "年初预算考虑了晋级、增资因素" explains a generous budget: against the budget it argues 决算 below it.
                // 追加/调增 are added to the budget during the year: they argue 决算 above the initial budget.
                var budgetWasLarge = w.Kind is WordKind.MoreThanBudget or WordKind.LessThanBudget
                    && m.Value is not ("追加" or "调增")
                    && ClauseBefore(reason, m.Index).Contains("预算", StringComparison.Ordinal);
                // "年末结转和结余…减少…，主要原因是本年支出略有增加": more spending leaves less over — it argues the balance down.
                var spentMore = w.Subject == NarrativeItems.ClosingBalance && ClauseBefore(reason, m.Index).Contains("支出", StringComparison.Ordinal);
                if (budgetWasLarge || spentMore)
                {
                    down++;
                }
                else
                {
                    up++;
                }
            }

            // "年初预算估算不足" says the budget was too small: it argues 决算 above it.
            if (w.Kind is WordKind.MoreThanBudget or WordKind.LessThanBudget && BudgetShort().IsMatch(reason))
            {
                up++;
            }

            var argues = up > 0 && down == 0 ? 1 : down > 0 && up == 0 ? -1 : 0;
            var says = w.Kind switch { WordKind.MoreThanBudget or WordKind.Up => 1, WordKind.LessThanBudget or WordKind.Down => -1, _ => 0 };
            if (argues == 0 || argues == says)
            {
                continue;
            }

            // "增加…，增长…" of one item with one reason: said once.
            if (!said.Add((w.Subject, w.Place, reason)))
            {
                continue;
            }

            yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(w), ClaimMessages.ReasonArguesOtherWay(w.SubjectName, w.Word, reason, arguesUp: argues > 0))
            { At = w.Place };
        }

        foreach (var f in PartsMovingOtherWay(report))
        {
            yield return f;
        }
    }

    /// <summary>
    /// "“三公”经费决算数比2020年增加43万元…主要是原因公务用车运行维护费增加" while the narrative said before it "公务用车运行维护费
    /// 707.53万元，比2020年减少332.09万元": a reason that names an item moving one way, where the item's own figures moved the
    /// other. Taken only where every change the narrative states for that item, against last year, has one sign.
    /// </summary>
    private IEnumerable<AuditFinding> PartsMovingOtherWay(PublishedReport report)
    {
        // Items by the first four characters of their printed name, so that a reason is scanned once, not once per item: a
        // hostile text of thousands of named items must not weigh every reason against every item. A name two items share
        // (2010101 and 2080101 行政运行) names neither.
        var moved = report.Claims.Where(c => c.Measure == Measure.ChangeAmount && c.Number.Value != 0m && NarrativeClaims.Printed(c))
            .GroupBy(c => c.Subject)
            .Where(g => g.Select(c => Math.Sign(c.Number.Value)).Distinct().Count() == 1)
            .Select(g => (Name: Named(g.First()), Change: g.First()))
            .Where(p => p.Name.Length >= 4)
            .GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.First())
            .GroupBy(p => p.Name[..4], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Take(MaxNamesPerOpening).ToList(), StringComparer.Ordinal);
        if (moved.Count == 0)
        {
            yield break;
        }

        foreach (var statement in report.Statements)
        {
            // A change of the sentence's own against last year, and the reason given for it (in the sentence, or in the one
            // after it that opens with 主要原因).
            var said = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? changedHere = null;
            foreach (var w in statement.Words.Where(w => w.Kind is WordKind.Up or WordKind.Down && w.Reason is { Length: > 0 }))
            {
                var explained = statement.Claims.FirstOrDefault(c => c.Subject == w.Subject && c.Measure == Measure.ChangeAmount && c.Number.Value != 0m);
                if (explained is null || !said.Add(w.Subject + "\n" + w.Reason))
                {
                    continue;
                }

                changedHere ??= statement.Claims.Where(c => c.Measure == Measure.ChangeAmount).Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
                var reason = w.Reason!;
                var own = Named(explained);
                for (var at = 0; at + 4 <= reason.Length; at++)
                {
                    if (!moved.TryGetValue(reason.Substring(at, 4), out var candidates))
                    {
                        continue;
                    }

                    var hit = candidates.FirstOrDefault(p => p.Name != own && !changedHere.Contains(p.Change.Subject)
                        && reason.AsSpan(at).StartsWith(p.Name, StringComparison.Ordinal) && NamedDirection().IsMatch(reason, at + p.Name.Length));
                    if (hit.Name is null)
                    {
                        continue;
                    }

                    var word = NamedDirection().Match(reason, at + hit.Name.Length);
                    var says = DownWords().IsMatch(word.Groups["dir"].Value) ? -1 : 1;
                    if (says != Math.Sign(hit.Change.Number.Value))
                    {
                        yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(explained),
                            ClaimMessages.ReasonPartMovedOtherWay(explained.SubjectName, hit.Name + word.Value, hit.Change.SubjectName, hit.Change.Number.Value, NarrativeClaims.AsPrinted(hit.Change), hit.Change.Number.Place))
                        { Printed = hit.Change.Number.Value, At = explained.Number.Place };
                        break;
                    }
                }
            }
        }
    }

    /// <summary>At most this many items are weighed for one opening of four characters (real reports name a handful).</summary>
    private const int MaxNamesPerOpening = 8;

    /// <summary>The item's name as a sentence prints it: a 功能分类 item without its code.</summary>
    private static string Named(Claim c)
    {
        var name = c.SubjectName;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space >= 0 && name[..space].All(char.IsAsciiDigit) ? name[(space + 1)..] : name;
    }

    [GeneratedRegex(@"\G(?:支出|费用|经费)?(?:较上年|比上年|同比)?(?:有所|大幅|明显|较大幅度)?(?<dir>增加|增长|上升|提高|上涨|减少|下降|降低)")]
    private static partial Regex NamedDirection();

    /// <summary>The text of the clause (between ，；。 and the like) that precedes <paramref name="index"/>.</summary>
    private static string ClauseBefore(string text, int index)
    {
        if (index == 0)
        {
            return string.Empty;
        }

        var start = text.LastIndexOfAny(['，', '；', '。', ',', ';', '：'], index - 1) + 1;
        return text[start..index];
    }

    [GeneratedRegex(@"预算[^，；。]{0,6}(?:不足|偏少|偏低|不够)")]
    private static partial Regex BudgetShort();

    [GeneratedRegex(@"^(?:的)?(?:前提|原则|要求)")]
    private static partial Regex Condition();

    [GeneratedRegex(@"追加|调增|增加|增长|新增|上升|提高|扩大|增资|上涨|增多")]
    private static partial Regex UpWords();

    [GeneratedRegex(@"减少|下降|降低|节约|节省|压减|调减|压缩|缩减|未产生|未发生|未开展|较预算小|较预计少|少于|小于")]
    private static partial Regex DownWords();
}

/// <summary>N-PARTS: parts stated with their total — in one sentence, or in the paragraph after it that opens with 其中 — add up to it (政府采购, 三公, 车辆, 人员/公用经费, 绩效项目…).</summary>
public sealed partial class PartsOfStatedTotal : IAuditRule
{
    public string Id => "N-PARTS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "“总数，其中：各部分”（同一句中，或在以“其中”开头的下一段）的各部分之和 = 总数，各部分的增减之和 = 总数的增减（尾差为提示）；各部分不应超过总数";

    public string Why => "总数与其组成不符，说明其中一个数字写错了。";

    private static readonly (string Total, string[] Parts, bool Complete)[] Families =
    [
        (NarrativeItems.ProcurementTotal, [NarrativeItems.ProcurementPrefix + "货物", NarrativeItems.ProcurementPrefix + "工程", NarrativeItems.ProcurementPrefix + "服务"], true),
        (NarrativeItems.ThreePublicTotal, [NarrativeItems.ThreePublicPrefix + "因公出国（境）费", NarrativeItems.ThreePublicPrefix + "公务接待费", NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费"], true),
        (NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费", [NarrativeItems.ThreePublicPrefix + "公务用车购置费", NarrativeItems.ThreePublicPrefix + "公务用车运行维护费"], true),
        // "“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元": the vehicles' category
        // stated by its sub-items, or by its running costs alone when nothing names its purchase (see StandsIn).
        (NarrativeItems.ThreePublicTotal, [NarrativeItems.ThreePublicPrefix + "因公出国（境）费", NarrativeItems.ThreePublicPrefix + "公务接待费", NarrativeItems.ThreePublicPrefix + "公务用车购置费", NarrativeItems.ThreePublicPrefix + "公务用车运行维护费"], true),
        (NarrativeItems.ThreePublicTotal, [NarrativeItems.ThreePublicPrefix + "因公出国（境）费", NarrativeItems.ThreePublicPrefix + "公务接待费", NarrativeItems.ThreePublicPrefix + "公务用车运行维护费"], true),
        (NarrativeItems.ThreePublicPrefix + "公务接待费", [NarrativeItems.ThreePublicPrefix + "国内公务接待费", NarrativeItems.ThreePublicPrefix + "国（境）外接待费"], true),
        (NarrativeItems.GeneralBudgetBasic, [NarrativeItems.PersonnelCost, NarrativeItems.PublicCost], true),
        (NarrativeItems.AppropriationExpenditure, [NarrativeItems.AppropriationBasic, NarrativeItems.AppropriationProject], true),
        // "财政拨款收入24,940.34万元（其中，一般公共预算24,399.59万元，政府性基金预算540.75万元，国有资本经营预算0万元）".
        (NarrativeItems.AppropriationIncome, ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"], true),
        (NarrativeItems.AppropriationExpenditure, [NarrativeItems.GeneralBudgetExpenditure, NarrativeItems.GovernmentFundExpenditure, NarrativeItems.StateCapitalExpenditure], true),
        // 收入总计 = 本年收入合计 + 上年结转和结余 (+ 使用非财政拨款结余, which a sentence may leave out); 支出总计 likewise.
        (NarrativeItems.IncomeTotal, ["本年收入合计", "上年结转和结余"], false),
        (NarrativeItems.ExpenditureTotal, ["本年支出合计", NarrativeItems.ClosingBalance], false),
        // "一般公共预算收入总计1085.31万元，本年支出1070.67万元，年末结转和结余30.65万元": the 收入总计 is the 支出总计 too.
        (NarrativeItems.IncomeTotal, ["本年支出合计", NarrativeItems.ClosingBalance], false),
        (NarrativeItems.NamedItemPrefix + "一般公共预算收入总计", ["本年支出合计", NarrativeItems.ClosingBalance], false),
        // "收入合计3647.38万元，其中：财政拨款收入2150.48万元，事业收入1497.40万元": the income kinds of the year.
        ("本年收入合计", [NarrativeItems.AppropriationIncome, "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], false),
        // "收入总计为415.2644万元，其中：1.财政拨款收入364.5594万元…2.事业收入50.7050万元…3.上年结转和结余14.9614万元": the
        // kinds of the year with what was carried over — more than the total is wrong whatever was left out.
        (NarrativeItems.IncomeTotal, [NarrativeItems.AppropriationIncome, "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入", "上年结转和结余"], false),
        ("本年支出合计", [NarrativeItems.BasicExpenditure, NarrativeItems.ProjectExpenditure, "上缴上级支出", "经营支出", "对附属单位补助支出"], false),
        (NarrativeItems.ExpenditureTotal, [NarrativeItems.BasicExpenditure, NarrativeItems.ProjectExpenditure, "上缴上级支出", "经营支出", "对附属单位补助支出"], false),
        // "（一）基本支出：3093.3838万元。其中1、工资福利支出2338.13万元，2、商品和服务支出76.6438万元，3、对个人和家庭补助支出
        // 678.71万元": its economic 类 — 资本性支出 may be left out, so only more than the total is wrong.
        (NarrativeItems.BasicExpenditure, [NarrativeItems.EconomicPrefix + "工资福利支出", NarrativeItems.EconomicPrefix + "商品和服务支出", NarrativeItems.EconomicPrefix + "对个人和家庭的补助"], false),
        (NarrativeItems.PerformancePrefix + "项目数", [NarrativeItems.PerformancePrefix + "一般公共预算项目数", NarrativeItems.PerformancePrefix + "政府性基金预算项目数", NarrativeItems.PerformancePrefix + "国有资本经营预算项目数"], true),
        (NarrativeItems.PerformancePrefix + "涉及资金", [NarrativeItems.PerformancePrefix + "一般公共预算资金", NarrativeItems.PerformancePrefix + "政府性基金预算资金", NarrativeItems.PerformancePrefix + "国有资本经营预算资金"], true),
    ];

    /// <summary>Every part's share of the total is printed beside it, and the shares add to 100% within their printing.</summary>
    private static bool SharesMakeTheWhole(List<Claim> claims, string totalKey, List<Claim> parts)
    {
        var shares = parts.Select(p => claims.FirstOrDefault(c => c.Subject == p.Subject && c.Measure == Measure.Share && (c.Whole is null || c.Whole == totalKey))).ToList();
        return shares.All(s => s is not null) && Math.Abs(shares.Sum(s => s!.Number.Value) - 100m) <= shares.Sum(s => s!.Number.Precision / 2m);
    }

    /// <summary>基本支出 by its economic 类 (工资福利, 商品和服务, 对个人和家庭的补助): its changes only, where no amounts are stated.</summary>
    private static readonly (string Total, string[] Parts, bool Complete) BasicByClass =
        (NarrativeItems.BasicExpenditure, [NarrativeItems.EconomicPrefix + "工资福利支出", NarrativeItems.EconomicPrefix + "商品和服务支出", NarrativeItems.EconomicPrefix + "对个人和家庭的补助"], true);

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in BeyondTheWhole(report))
        {
            yield return f;
        }

        // A total whose parts open the next paragraph is added up by more than one of these, the narrative-wide sum repeats a
        // sentence's own when total and parts stand in one sentence, and printed category budgets are the parts of the whole
        // budget for both the sums and the budgets' own check: each said once, by the first.
        var said = new HashSet<(PrintedPlace?, decimal?, decimal?)>();
        foreach (var f in AcrossStatements(report).Concat(AmountsAcrossTheNarrative(report)).Concat(ChangesOfParts(report)).Concat(ChangesAcrossTheNarrative(report)).Concat(PriorsAcrossTheNarrative(report)))
        {
            if (said.Add((f.At, f.Printed, f.Computed)))
            {
                yield return f;
            }
        }

        foreach (var statement in report.Statements)
        {
            var claims = statement.Claims.Where(NarrativeClaims.Printed).ToList();

            // "（其中，公务用车购置费255万元，…，其他交通工具购置144万元，其他交通费用2846万元）": items outside the family, or
            // figures not understood, may be parts too, so the family's parts are then not all there is.
            var others = statement.Unread.Any(u => u.Contains('元')) || claims.Any(c => c.Subject.StartsWith(NarrativeItems.EconomicPrefix, StringComparison.Ordinal));
            foreach (var (totalKey, partKeys, complete) in Families.Where(f => StandsIn(f.Total, f.Parts, claims)))
            {
                foreach (var measure in new[] { Measure.Amount, Measure.Count, Measure.Budget })
                {
                    var total = claims.FirstOrDefault(c => c.Subject == totalKey && c.Measure == measure);
                    var parts = partKeys.Select(k => claims.FirstOrDefault(c => c.Subject == k && c.Measure == measure)).Where(c => c is not null).Select(c => c!).ToList();
                    if (total is null || parts.Count < 2 || parts.Any(p => p.Number.Place != total.Number.Place))
                    {
                        continue;
                    }

                    // "…主要原因是2022年收入总计7033.15万元，包括本年收入合计6925.14万元，使用年初结转和结余108.01万元；2023年收入总计
                    // 6462.57万元…": the parts follow last year's total, not this year's stated after them.
                    var firstPart = parts.Min(p => claims.IndexOf(p));
                    if (measure == Measure.Amount && claims.Take(firstPart).LastOrDefault(c => c.Subject == totalKey && c.Measure is Measure.Amount or Measure.PriorAmount) is { Measure: Measure.PriorAmount })
                    {
                        continue;
                    }

                    // "其中：公车购置支出470万元，…因公出国费支出0万元，…州本级“三公经费”1127万元": a sentence that opens with 其中
                    // lists the parts of the total before it; a total after them (a full stop lost) is another's.
                    if (statement.Text.TrimStart().StartsWith("其中", StringComparison.Ordinal) && parts.All(p => claims.IndexOf(p) < claims.IndexOf(total)))
                    {
                        continue;
                    }

                    // "本年支出合计880.20万元，其中：基本支出768.88万元，占87.35%；项目支出11.33万元，占12.65%" (沐溪小学): parts whose
                    // shares make 100% are the whole list, whatever else the family may hold.
                    var whole = measure == Measure.Amount && SharesMakeTheWhole(claims, totalKey, parts);
                    if (Check(total, parts, whole || (complete && !others && parts.Count == partKeys.Length), report) is { } finding && said.Add((finding.At, finding.Printed, finding.Computed)))
                    {
                        yield return finding;
                    }
                }
            }

            if (ClassesOfTheTotal(statement, claims) is { } classes && Check(classes.Total, classes.Parts, classes.Complete, report) is { } byClass
                && said.Add((byClass.At, byClass.Printed, byClass.Computed)))
            {
                yield return byClass;
            }

            // "“三公”经费决算数合计为1000.86万，其中：因公出国（境）费0万元、…公务接待费43.77万元、会议费34.10万元、培训费51.37万元":
            // 会议费 and 培训费 are not 三公经费, yet the total counts them.
            if (ThreePublicWithOthers(claims) is { } outside)
            {
                yield return outside;
            }

            // 车辆: 共有车辆 N 辆，其中：各类用车.
            // …or the 三公 fleet: "共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车1辆".
            var vehicles = claims.FirstOrDefault(c => c.Subject == NarrativeItems.VehiclesTotal && c.Measure == Measure.Count)
                ?? claims.FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicCountPrefix + "保有车辆" && c.Measure == Measure.Count);
            var kinds = claims.Where(c => c.Subject.StartsWith(NarrativeItems.VehiclePrefix, StringComparison.Ordinal) && c.Measure == Measure.Count).ToList();
            if (vehicles is not null && kinds.Count >= 2 && Check(vehicles, kinds, complete: true, report) is { } v)
            {
                yield return v;
            }

            // Shares of one whole in one sentence cannot add to more than 100%.
            foreach (var shares in claims.Where(c => c.Measure == Measure.Share && c.Whole is not null).GroupBy(c => c.Whole))
            {
                // "公务用车购置及运行维护费…占100%（其中：公务用车运行维护费…占100%）": a part's own parts are not added beside it.
                var list = shares.DistinctBy(s => s.Subject).Where(s => !shares.Any(p => IsPartOf(s.Subject, p.Subject))).ToList();
                // With the whole's amount stated and every part's in the sentence, N-SHARE names the share that is wrong: said once.
                if (report.Claims.Any(c => c.Subject == shares.Key && c.Measure == Measure.Amount && NarrativeClaims.Printed(c))
                    && list.All(s => claims.Any(c => c.Subject == s.Subject && c.Measure == Measure.Amount)))
                {
                    continue;
                }

                var sum = list.Sum(s => s.Number.Value);
                var tolerance = list.Sum(s => s.Number.Precision / 2m);
                if (list.Count >= 2 && sum > 100m + tolerance)
                {
                    yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(list[0]),
                        ClaimMessages.SharesAboveHundred(NarrativeItems.Display(shares.Key!), sum, [.. list.Select(NarrativeClaims.AsPrinted)]))
                    { Printed = sum, Computed = 100m, Tolerance = tolerance, At = list[0].Number.Place };
                }
            }
        }

        if (CategoryBudgetsAgainstWhole(report) is { } budgets && said.Add((budgets.At, budgets.Printed, budgets.Computed)))
        {
            yield return budgets;
        }
    }

    /// <summary>The spending totals a list of 功能分类 类 may follow.</summary>
    private static readonly string[] TotalsOfClasses =
        ["本年支出合计", NarrativeItems.AppropriationExpenditure, NarrativeItems.GeneralBudgetExpenditure, NarrativeItems.GovernmentFundExpenditure];

    /// <summary>
    /// "支出决算数3109.3838万元，其中：一般公共服务支出3.6540万元，教育支出2405.0198万元，…其他支出6万元": the 功能分类 类 listed
    /// after a spending total are its parts — all of them when the list opens with 其中 and nothing says it is partial (主要,
    /// 等, a figure not understood); otherwise only more than the total is wrong. A list that mixes in other items is left alone.
    /// </summary>
    private static (Claim Total, List<Claim> Parts, bool Complete)? ClassesOfTheTotal(NarrativeStatement statement, List<Claim> claims)
    {
        var total = claims.FirstOrDefault(c => c.Measure == Measure.Amount && TotalsOfClasses.Contains(c.Subject));
        if (total is null)
        {
            return null;
        }

        var after = claims.Skip(claims.IndexOf(total) + 1).Where(c => c.Measure == Measure.Amount).ToList();
        if (after.Count < 2 || !after.All(c => c.Subject.StartsWith(NarrativeItems.ClassPrefix, StringComparison.Ordinal) && c.Number.Place == total.Number.Place)
            || after.DistinctBy(c => c.Subject).Count() != after.Count)
        {
            return null;
        }

        var text = statement.Text;
        var totalEnd = text.IndexOf(total.Number.Text, StringComparison.Ordinal) + total.Number.Text.Length;
        var firstPart = text.IndexOf(after[0].Number.Text, totalEnd, StringComparison.Ordinal);
        var opening = totalEnd > 0 && firstPart > totalEnd ? text[totalEnd..firstPart] : string.Empty;
        var complete = opening.Contains("其中", StringComparison.Ordinal) && !opening.Contains("主要", StringComparison.Ordinal)
            && !text.Contains('等') && !statement.Unread.Any(u => u.Contains('元'));
        return (total, after, complete);
    }

    /// <summary>
    /// Parts that stand in other sentences than their total: "基本支出 911.7 万元，其中：" with 人员经费 and 公用经费 on the
    /// lines below; and a breakdown that lists every part with its share ("…决算中，因公出国（境）费 0 万元，占 0%；…") of a
    /// total stated once elsewhere in the narrative.
    /// </summary>
    private IEnumerable<AuditFinding> AcrossStatements(PublishedReport report)
    {
        var statements = report.Statements;
        var lineAt = NarrativeClaims.LineAt(report);
        for (var i = 0; i < statements.Count; i++)
        {
            var claims = statements[i].Claims.Where(NarrativeClaims.Printed).ToList();
            var opens = OpensParts(statements, i, lineAt)
                || (i + 1 < statements.Count && statements[i + 1].Section == statements[i].Section && statements[i + 1].Text.TrimStart().StartsWith("其中", StringComparison.Ordinal));
            // "…其中：" / "公务接待费…；公务用车购置及运行维护费为1,003.64万元…。其中：公务用车运行维护费707.53万元": whether a
            // category's sub-item stands in for it is decided by the sentences the parts are taken from too.
            var window = statements.Skip(i).Take(5).TakeWhile(s => s.Section == statements[i].Section).SelectMany(s => s.Claims).ToList();
            foreach (var (totalKey, partKeys, complete) in Families.Where(f => StandsIn(f.Total, f.Parts, window)))
            {
                // "…，其中：" closes the sentence, or the next opens with 其中 ("…决算数为9663万元…。" / "其中，因公出国（境）经费326万元…"
                // / "公务用车购置及运行维护费8645万元…。其中公务用车购置费131万元…" / "公务接待费692万元…"): the parts follow, one or more
                // per sentence, in the same section; a part's own parts between them are passed over.
                // (A budget statement's "…预算合计32.6万元。其中：…" lists budgets: its parts are budgets too.)
                if (opens && !claims.Any(c => partKeys.Contains(c.Subject)))
                {
                    foreach (var measure in new[] { Measure.Amount, Measure.Budget })
                    {
                        if (claims.LastOrDefault(c => c.Subject == totalKey && c.Measure == measure) is not { } total)
                        {
                            continue;
                        }

                        var parts = new List<Claim>();
                        // "其中：" then "1.财政拨款收入…" "2.上级补助收入0万元…" … "5.上年结转和结余…": a numbered list is all the parts the
                        // writer meant — complete when each item is a part or prints nothing ("用事业基金弥补收支差额0万元").
                        var numbered = 0;
                        var allItemsRead = true;
                        for (var j = i + 1; j < statements.Count && j <= i + (3 * partKeys.Length) && statements[j].Section == statements[i].Section; j++)
                        {
                            var printed = statements[j].Claims.Where(NarrativeClaims.Printed).ToList();
                            var found = printed.Where(c => partKeys.Contains(c.Subject) && c.Measure == total.Measure && parts.All(p => p.Subject != c.Subject)).DistinctBy(c => c.Subject).ToList();
                            // A part's own further sentences ("较上年度决算数减少24.1522万元…") go on with it.
                            if (found.Count == 0 && (parts.Count == 0 || !printed.Any(c => parts.Any(p => IsPartOf(c.Subject, p.Subject) || p.Subject == c.Subject))))
                            {
                                if (!(NumberedItem().IsMatch(statements[j].Text) && statements[j].Unread.All(ZeroAmount().IsMatch) && statements[j].Unread.Count > 0))
                                {
                                    break;
                                }
                            }

                            if (NumberedItem().IsMatch(statements[j].Text))
                            {
                                numbered++;
                                allItemsRead &= found.Count > 0 || (statements[j].Unread.Count > 0 && statements[j].Unread.All(ZeroAmount().IsMatch) && !printed.Any(c => c.Measure == total.Measure));
                            }

                            parts.AddRange(found);
                        }

                        // …the template's whole list, zero items printed too ("2.上级补助收入0万元"); a list of the kinds it had may leave
                        // one out (刘堡: 财政拨款, 事业收入, 上年结转 — its 其他收入 unsaid).
                        var listComplete = numbered >= 2 && allItemsRead && NumberedItem().Match(statements[i + 1].Text) is { Success: true, Groups: var g } && g[1].Value == "1"
                            && (parts.Any(p => p.Number.Value == 0m) || statements.Skip(i + 1).Take(3 * partKeys.Length).Any(st => NumberedItem().IsMatch(st.Text) && st.Unread.Count > 0 && st.Unread.All(ZeroAmount().IsMatch)));
                        if (parts.Count >= 2 && Check(total, parts, (complete && parts.Count == partKeys.Length) || listComplete, report) is { } finding)
                        {
                            yield return finding;
                        }

                        if (parts.Count > 0)
                        {
                            break;
                        }
                    }

                    continue;
                }

                // Every part, each with its share of the total, and no total in the sentence: the total is the one the narrative
                // states elsewhere — when all its statements print one figure.
                var listed = partKeys.Select(k => claims.FirstOrDefault(c => c.Subject == k && c.Measure == Measure.Amount)).ToList();
                if (!complete || listed.Any(c => c is null) || claims.Any(c => c.Subject == totalKey && c.Measure == Measure.Amount)
                    || !partKeys.All(k => claims.Any(c => c.Subject == k && c.Measure == Measure.Share && c.Whole == totalKey)))
                {
                    continue;
                }

                var totals = report.Claims.Where(c => c.Subject == totalKey && c.Measure == Measure.Amount && NarrativeClaims.Printed(c)
                    && (c.Year is null || report.Year is null || c.Year == report.Year.Value.Value)).ToList();
                if (totals.Count == 0 || totals.Any(t => Math.Abs(t.Number.Value - totals[0].Number.Value) > t.Number.Precision / 2m + (totals[0].Number.Precision / 2m)))
                {
                    continue;
                }

                if (Check(totals[0], listed!, complete: true, report) is { } across)
                {
                    yield return across;
                }
            }
        }
    }

    /// <summary>
    /// "“三公”经费41万元，较上年减少19万元…。其中：公务用车…21万元，较上年减少16万元…；公务接待费20万元，较上年减少2.5万元": when
    /// the parts' amounts add up to the total, their changes (against 上年, against the budget) add up to the total's change.
    /// A part the sentence leaves out is zero this year but may not have been last year, so then it is a warning.
    /// A paragraph that opens with "其中：" lists the parts of the total stated just before it, one or more to a sentence
    /// ("…合计585.53万元，同比减少144.92万元。" / "其中：因公出国（境）经费0万元，同比减少0万元。公务用车购置及运行费…。公务接待费…"):
    /// its amounts are added up to that total too.
    /// </summary>
    /// <summary>
    /// "“三公”经费总额3825万元，比预算数减少1188万元" / "一、因公出国（境）经费" "…99万元，比预算数减少31万元" / "二、公务接待费" …: a
    /// total and each of its parts stated once each, in paragraphs of their own. When the parts' amounts add up to the total,
    /// their changes (against 上年, against the budget) add up to the total's change.
    /// </summary>
    private IEnumerable<AuditFinding> ChangesAcrossTheNarrative(PublishedReport report)
    {
        Claim? Once(string subject, Measure measure) => NarrativeClaims.Once(report, subject, measure);

        // "2018年基本支出预算较上年增17.1万元" / "1.工资福利支出较上年增18.67万元" / "2.商品和服务支出较上年减0.04万元" /
        // "3.对个人和家庭补助支出较上年增加0.11万元": no amounts, only changes — of every part, so they add up to the total's.
        foreach (var (totalKey, partKeys, _) in Families.Where(f => f.Complete && StandsIn(f.Total, f.Parts, report.Claims)).Concat([BasicByClass]))
        {
            var totalChange = Once(totalKey, Measure.ChangeAmount);
            var changes = partKeys.Select(k => Once(k, Measure.ChangeAmount)).ToList();
            var stated = report.Claims.Any(c => (c.Subject == totalKey || partKeys.Contains(c.Subject)) && c.Measure is Measure.Amount or Measure.Budget);
            if (!stated && totalChange is not null && changes.All(c => c is not null)
                && ChangesAddUp(totalChange, [.. changes.Select(c => c!)], Measure.ChangeAmount, complete: true) is { } f)
            {
                yield return f;
            }

            if (!stated && totalChange is not null)
            {
                foreach (var beyond in PartPriorAboveWhole(report, totalChange, [.. changes.OfType<Claim>()]))
                {
                    yield return beyond;
                }
            }
        }

        // A family that may leave a part out (收入总计 = 本年收入合计 + 年初结转和结余, + 使用非财政拨款结余) whose stated parts
        // add up to its total: the part left out is nothing this year, but may have been something last year — a warning.
        foreach (var (totalKey, partKeys, complete) in Families.Where(f => StandsIn(f.Total, f.Parts, report.Claims)))
        {
            // A part of a complete family the narrative never names ("一般公共预算…本年收入979.53万元", "政府性基金预算…225.58万元",
            // no 国有资本经营预算) is nothing this year when the others make the total; it stands as a zero with no change stated.
            var absent = complete ? partKeys.Where(k => !report.Claims.Any(c => c.Subject == k)).ToHashSet(StringComparer.Ordinal) : [];
            if (Once(totalKey, Measure.Amount) is not { } total
                || partKeys.Select(k => absent.Contains(k) ? Absent(k, total) : Once(k, Measure.Amount)).ToList() is not { } parts
                || parts.Any(p => p is null) || partKeys.Length - absent.Count < 2)
            {
                continue;
            }

            // Parts that do not make their total are said above; their changes are still added up where every part of a complete
            // family states one (长乐 2017: −28.23 − 79.4 − 596.98 + 1.36 = −703.25, not −613.80).
            var apart = Math.Abs(total.Number.Value - parts.Sum(p => p!.Number.Value)) > Rounding([total.Number, .. parts.Select(p => p!.Number)]);
            if (apart && !(complete && partKeys.All(k => (Once(k, Measure.ChangeAmount) ?? ChangeOfItsParts(report, k, Measure.ChangeAmount)) is not null)))
            {
                continue;
            }

            foreach (var measure in new[] { Measure.ChangeAmount, Measure.BudgetDifference })
            {
                // A part spent nothing this year whose change is not stated ("因公出国（境）费0万元") may still have changed: the
                // others' changes are added up, and a difference is then a warning. A part whose own change is not stated but
                // whose sub-parts' are ("公务用车购置费减少79.4万元", "公务用车运行费减少596.98万元") changed by their sum.
                var totalChange = Once(totalKey, measure);
                var changes = partKeys.Select(k => Once(k, measure) ?? ChangeOfItsParts(report, k, measure)).ToList();
                var unstated = partKeys.Where((k, i) => changes[i] is null).ToList();
                if (totalChange is null || changes.Count(c => c is not null) < 2
                    || unstated.Any(k => parts[partKeys.ToList().IndexOf(k)]!.Number.Value != 0m))
                {
                    continue;
                }

                // A part the text never names may have fallen by what the others leave over; only a rise it cannot give is said.
                if (absent.Count > 0 && totalChange.Number.Value < changes.OfType<Claim>().Sum(c => c.Number.Value))
                {
                    continue;
                }

                if (ChangesAddUp(totalChange, [.. changes.OfType<Claim>()], measure, complete: complete && unstated.Count == 0, othersNilThisYear: true) is { } f)
                {
                    yield return f;
                }
            }
        }
    }

    /// <summary>
    /// "2015年三公经费预算拨入57.55万元…其中：1、公务接待费…2015年预算12.5万元…2、公务车辆运行…2015年预算45.2万元" (英德经信局):
    /// last year's figures of the parts, each stated once, against last year's total. A part left out may have had something
    /// last year, so only parts that come to more than the total are wrong (12.5 + 45.2 = 57.70 &gt; 57.55).
    /// </summary>
    private IEnumerable<AuditFinding> PriorsAcrossTheNarrative(PublishedReport report)
    {
        Claim? Once(string subject) => report.Claims.Where(c => c.Subject == subject && c.Measure == Measure.PriorAmount && NarrativeClaims.Printed(c)).ToList() is { Count: > 0 } all
            && all.All(c => c.Number.Value == all[0].Number.Value && c.Year == all[0].Year) ? all[0] : null;

        foreach (var (totalKey, partKeys, complete) in Families.Where(f => f.Complete && StandsIn(f.Total, f.Parts, report.Claims)))
        {
            if (Once(totalKey) is not { } total || partKeys.Select(Once).OfType<Claim>().ToList() is not { Count: >= 2 } parts
                || parts.Any(p => p.Year != total.Year || p.Unit != total.Unit))
            {
                continue;
            }

            var sum = parts.Sum(p => p.Number.Value);
            var all = parts.Count == partKeys.Length;
            var diff = sum - total.Number.Value;
            if (Math.Abs(diff) <= Rounding([total.Number, .. parts.Select(p => p.Number)]) || (!all && diff < 0m))
            {
                continue;
            }

            var year = total.Year is { } y ? $"{y}年" : "上年";
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(total),
                ClaimMessages.PartsAboveWhole([.. parts.Select(p => (year + p.SubjectName, NarrativeClaims.AsPrinted(p)))], sum, year + total.SubjectName, NarrativeClaims.AsPrinted(total), total.Number.Place))
            { Printed = total.Number.Value, Computed = sum, At = total.Number.Place };
        }
    }

    /// <summary>A part the narrative never names, as a zero printed where its total is.</summary>
    private static Claim Absent(string key, Claim total) =>
        new(key, Measure.Amount, new PrintedNumber("0", 0m, total.Number.Precision, total.Number.Place)) { Sentence = total.Sentence, Unit = total.Unit };

    /// <summary>The change of a part stated by its own complete family's parts' changes (each stated once), as one claim.</summary>
    private Claim? ChangeOfItsParts(PublishedReport report, string key, Measure measure)
    {
        foreach (var (_, parts, _) in Families.Where(f => f.Total == key && f.Complete))
        {
            var changes = parts.Select(p => NarrativeClaims.Once(report, p, measure)).ToList();
            if (changes.All(c => c is not null))
            {
                var first = changes[0]!;
                return new Claim(key, measure, new PrintedNumber(string.Empty, changes.Sum(c => c!.Number.Value), changes.Max(c => c!.Number.Precision), first.Number.Place))
                { Sentence = first.Sentence, Unit = first.Unit };
            }
        }

        return null;
    }

    /// <summary>
    /// "收入总计17116.72万元" / "收入合计17116.72万元…年初结转和结余3435.08万元": a total and the parts a sentence may leave
    /// one of out (使用非财政拨款结余), each stated once, in sentences of their own. Parts that add up to more than the total
    /// contradict it whatever was left out.
    /// </summary>
    /// <summary>
    /// "“三公”经费支出预算为89.90万元…因公出国（境）费…比预算数增加（减少）0万元…公务用车购置及运行费支出57.36万元…比预算数减少
    /// 17.54万元…公务接待费支出0.18万元…比预算数减少4.82万元": each category's budget is its 决算 less its difference from the
    /// budget (0, 74.90, 5.00), and the three make up the 三公 budget — 79.90, not 89.90. Taken only where the narrative prints
    /// one whole budget and one figure for each category's amount and difference (a text of several units prints several).
    /// </summary>
    private AuditFinding? CategoryBudgetsAgainstWhole(PublishedReport report)
    {
        var wholes = report.Claims.Where(c => c.Subject == NarrativeItems.ThreePublicTotal && c.Measure == Measure.Budget && NarrativeClaims.Printed(c)).ToList();
        if (wholes.Count == 0 || wholes.Select(c => c.Number.Value).Distinct().Count() != 1 || wholes[0].Number.Value <= 0m)
        {
            return null;
        }

        var whole = wholes[0];
        var basis = wholes.Select(c => c.Basis).FirstOrDefault(b => b is not null and not BudgetBasis.FullYear);
        var budgets = new List<(string Item, decimal Budget, decimal Tolerance, string How)>();
        foreach (var category in new[] { ThreePublicCategory.Abroad, ThreePublicCategory.Vehicles, ThreePublicCategory.Reception })
        {
            if (CategoryBudget(report, category, basis) is { } b)
            {
                budgets.Add(b);
            }
            else if (category == ThreePublicCategory.Vehicles && CategoryBudget(report, ThreePublicCategory.VehiclePurchase, basis) is { } p
                && CategoryBudget(report, ThreePublicCategory.VehicleRunning, basis) is { } r)
            {
                budgets.Add((NarrativeItems.Display(category), p.Budget + r.Budget, p.Tolerance + r.Tolerance, $"{p.How} + {r.How}"));
            }
        }

        // Two of the three may not exceed the whole; all three make it up.
        var sum = budgets.Sum(b => b.Budget);
        var tolerance = budgets.Sum(b => b.Tolerance) + (whole.Number.Precision / 2m);
        var wrong = budgets.Count == 3 ? Math.Abs(sum - whole.Number.Value) > tolerance : budgets.Count == 2 && sum > whole.Number.Value + tolerance;
        return wrong
            ? new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(whole),
                ClaimMessages.CategoryBudgetsDiffer([.. budgets.Select(b => (b.Item, b.How))], sum, whole.Number.Value, complete: budgets.Count == 3))
            { Printed = whole.Number.Value, Computed = sum, Tolerance = tolerance, At = whole.Number.Place }
            : null;
    }

    /// <summary>A 三公 category's budget: printed, or its 决算 less its stated difference from the budget — each printed once.</summary>
    /// <remarks>A budget or a difference of another basis than the whole's (年初 against 调整后) is another budget: none is taken.
    /// The plain "预算" (FullYear) goes with either.</remarks>
    private static (string Item, decimal Budget, decimal Tolerance, string How)? CategoryBudget(PublishedReport report, string category, BudgetBasis? basis)
    {
        List<Claim> Of(PublishedReport report, string category, Measure measure) =>
            [.. report.Claims.Where(c => c.Subject == category && c.Measure == measure && NarrativeClaims.Printed(c)
                && (measure == Measure.Amount || basis is null || c.Basis is null or BudgetBasis.FullYear || c.Basis == basis)).DistinctBy(c => c.Number.Value)];

        var name = NarrativeItems.Display(category);
        if (Of(report, category, Measure.Budget) is [var budget])
        {
            return (name, budget.Number.Value, budget.Number.Precision / 2m, $"预算 {NarrativeClaims.AsPrinted(budget)}");
        }

        if (Of(report, category, Measure.Amount) is [var amount] && Of(report, category, Measure.BudgetDifference) is [var difference])
        {
            var derived = amount.Number.Value - difference.Number.Value;
            var sign = difference.Number.Value < 0m ? "+" : "−";
            return (name, derived, (amount.Number.Precision + difference.Number.Precision) / 2m,
                $"{NarrativeClaims.AsPrinted(amount)} {sign} {NarrativeClaims.AsPrinted(difference)} = {derived.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return null;
    }

    private IEnumerable<AuditFinding> AmountsAcrossTheNarrative(PublishedReport report)
    {
        Claim? Once(string subject) => NarrativeClaims.Once(report, subject, Measure.Amount);

        // (收入总计 = 本年支出合计 + 年末结转和结余 says the totals balance: N-BALANCE's, not a sum of the income's parts.)
        foreach (var (totalKey, partKeys, _) in Families.Where(f => !f.Complete && f.Parts.Length == 2 && !(f.Total == NarrativeItems.IncomeTotal && f.Parts.Contains(NarrativeItems.ClosingBalance))))
        {
            if (Once(totalKey) is not { } total || partKeys.Select(Once).ToList() is not { } parts || parts.Any(p => p is null)
                || parts.All(p => p!.Sentence == total.Sentence && p.Number.Place == total.Number.Place))
            {
                continue;
            }

            var sum = parts.Sum(p => p!.Number.Value);
            if (sum - total.Number.Value > Rounding([total.Number, .. parts.Select(p => p!.Number)]))
            {
                yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(total),
                    ClaimMessages.PartsDifferFromTotal(total.SubjectName, total.Number.Value, ClaimMessages.Wan,
                        [.. parts.Select(p => (p!.SubjectName, NarrativeClaims.AsPrinted(p)))], sum))
                { Printed = total.Number.Value, Computed = sum, At = total.Number.Place };
            }
        }
    }

    private AuditFinding? ThreePublicWithOthers(List<Claim> claims)
    {
        var tp = NarrativeItems.ThreePublicPrefix;
        var total = claims.FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicTotal && c.Measure == Measure.Amount);
        var others = claims.Where(c => c.Measure == Measure.Amount && c.Subject is NarrativeItems.EconomicPrefix + "会议费" or NarrativeItems.EconomicPrefix + "培训费"
            && total is not null && c.Number.Place == total.Number.Place && c.Sentence == total.Sentence).DistinctBy(c => c.Subject).ToList();
        if (total is null || others.Count == 0)
        {
            return null;
        }

        Claim? Part(string name) => claims.FirstOrDefault(c => c.Subject == tp + name && c.Measure == Measure.Amount && c.Sentence == total.Sentence);
        var vehicles = Part("公务用车购置及运行费") is { } both ? [both] : new[] { Part("公务用车购置费"), Part("公务用车运行维护费") }.OfType<Claim>().ToList();
        List<Claim> parts = [.. new[] { Part("因公出国（境）费"), Part("公务接待费") }.OfType<Claim>(), .. vehicles];
        var threePublic = parts.Sum(p => p.Number.Value);
        var withOthers = threePublic + others.Sum(o => o.Number.Value);
        var tolerance = Rounding([total.Number, .. parts.Select(p => p.Number), .. others.Select(o => o.Number)]);
        if (parts.Count < 2 || Math.Abs(total.Number.Value - withOthers) > tolerance)
        {
            return null;
        }

        return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(total),
            ClaimMessages.ThreePublicCountsOthers(total.Number.Value, [.. others.Select(o => (o.SubjectName, o.Number.Value))], threePublic))
        { Printed = total.Number.Value, Computed = threePublic, At = total.Number.Place };
    }

    /// <summary>
    /// The parts' changes (against 上年 or the budget) against the total's: nothing when equal, 尾差 (a note) within their
    /// rounding, else an error — a warning when the family is not all there (a part left out may have changed).
    /// </summary>
    /// <param name="othersNilThisYear">
    /// The parts left out are nothing this year: their changes (on last year, or on the budget) can only be falls, so a total that
    /// rose more than its listed parts did is wrong whatever was left out.
    /// </param>
    private AuditFinding? ChangesAddUp(Claim totalChange, IReadOnlyList<Claim> changes, Measure measure, bool complete, bool othersNilThisYear = false)
    {
        var sum = changes.Sum(c => c.Number.Value);
        // Changes are differences of rounded figures: two units of the last digit apart is rounding to a reviewer too.
        var tolerance = Math.Max(Rounding([totalChange.Number, .. changes.Select(c => c.Number)]), 2m * changes.Append(totalChange).Min(c => c.Number.Precision));
        var diff = totalChange.Number.Value - sum;
        if (diff == 0m)
        {
            return null;
        }

        var listed = changes.Select(c => (c.SubjectName, c.Number.Value)).ToList();
        return Math.Abs(diff) <= tolerance
            ? new AuditFinding(Id, Severity.Note, NarrativeClaims.Where(totalChange),
                ClaimMessages.ChangesOfPartsWithinRounding(totalChange.SubjectName, yearOnYear: measure == Measure.ChangeAmount, totalChange.Number.Value, listed, tolerance, complete))
            { Printed = totalChange.Number.Value, Computed = sum, Tolerance = tolerance, At = totalChange.Number.Place }
            : new AuditFinding(Id, complete || (othersNilThisYear && diff > 0m) ? Severity.Error : Severity.Warning, NarrativeClaims.Where(totalChange),
                ClaimMessages.ChangesOfPartsDiffer(totalChange.SubjectName, yearOnYear: measure == Measure.ChangeAmount, totalChange.Number.Value, listed, complete))
            { Printed = totalChange.Number.Value, Computed = sum, Tolerance = tolerance, At = totalChange.Number.Place };
    }

    private IEnumerable<AuditFinding> ChangesOfParts(PublishedReport report)
    {
        var statements = report.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var own = statements[i].Claims.Where(NarrativeClaims.Printed).ToList();
            var opens = statements[i].Text.TrimStart().StartsWith("其中", StringComparison.Ordinal);
            var run = opens ? PartsParagraph(statements, i) : [statements[i]];
            var listed = run.SelectMany(s => s.Claims.Where(NarrativeClaims.Printed)).ToList();
            foreach (var (totalKey, partKeys, completeFamily) in Families.Where(f => StandsIn(f.Total, f.Parts, own.Concat(listed))))
            {
                // The total in the same sentence, or for "其中：…" in one of the three sentences before it, in the same section.
                // Amounts, or a budget statement's budgets ("…预算合计32.6万元。其中：因公出国（境）费0元；…").
                var stated = own.Concat(listed).Any(c => partKeys.Contains(c.Subject) && c.Measure == Measure.Amount) ? Measure.Amount : Measure.Budget;
                var inSentence = own.Any(c => IsTotal(c, totalKey, stated));
                var claims = inSentence ? own : listed;
                var parts = partKeys.Select(k => claims.FirstOrDefault(c => c.Subject == k && c.Measure == stated)).OfType<Claim>().ToList();
                if (parts.Count < 2 || (!inSentence && (!opens || listed.Any(c => IsTotal(c, totalKey, stated)))))
                {
                    continue;
                }

                var totalClaims = inSentence ? own : TotalBefore(statements, i, totalKey, stated);
                var total = totalClaims?.First(c => IsTotal(c, totalKey, stated));
                if (total is null)
                {
                    continue;
                }

                // Stated in sentences apart from their total, the parts' amounts are added up here (in one sentence, above).
                if (!inSentence)
                {
                    var others = run.Any(s => s.Unread.Any(u => u.Contains('元'))) || claims.Any(c => c.Subject.StartsWith(NarrativeItems.EconomicPrefix, StringComparison.Ordinal));
                    if (Check(total, parts, completeFamily && !others && parts.Count == partKeys.Length, report) is { } apart)
                    {
                        yield return apart;
                        continue;
                    }
                }

                if (Math.Abs(total.Number.Value - parts.Sum(p => p.Number.Value)) > Rounding([total.Number, .. parts.Select(p => p.Number)]))
                {
                    continue;
                }

                if (stated == Measure.Amount && PriorsFromRates(total, totalClaims!, parts, claims, complete: parts.Count == partKeys.Length && completeFamily) is { } priors)
                {
                    yield return priors;
                }

                foreach (var measure in new[] { Measure.ChangeAmount, Measure.BudgetDifference })
                {
                    var totalChange = totalClaims!.FirstOrDefault(c => c.Subject == totalKey && c.Measure == measure);
                    var changes = parts.Select(p => claims.FirstOrDefault(c => c.Subject == p.Subject && c.Measure == measure && c.Sentence == p.Sentence)).ToList();
                    if (totalChange is null || changes.Any(c => c is null))
                    {
                        continue;
                    }

                    if (ChangesAddUp(totalChange, [.. changes.Select(c => c!)], measure, complete: parts.Count == partKeys.Length) is { } f)
                    {
                        yield return f;
                    }
                }
            }
        }
    }

    /// <summary>
    /// "基本支出较上年增17.1万元，增幅17.18%" / "商品和服务支出较上年减0.04万元，增0.01%" (AV05): a change and its rate, with no
    /// amount, fix last year's amount, change ÷ rate — 99.53 for the whole, 400 for a part of it. A part's last year cannot have
    /// been more than its whole's: one of the rates is wrong. Only beyond what the printed figures' rounding allows.
    /// </summary>
    private IEnumerable<AuditFinding> PartPriorAboveWhole(PublishedReport report, Claim totalChange, IReadOnlyList<Claim> changes)
    {
        // Last year's amount, |change ÷ rate|, and how far the rounding lets it move: ∂/∂change = 1/r, ∂/∂r = change/r².
        (decimal Prior, decimal Slack, Claim Rate)? Implied(Claim change)
        {
            if (NarrativeClaims.Once(report, change.Subject, Measure.ChangeRate) is not { } rate || rate.Sentence != change.Sentence)
            {
                return null;
            }

            // Below 0.001% a rate fixes no amount a report could print (and its square would overflow the slack).
            var r = Math.Abs(rate.Number.Value) / 100m;
            if (r < 0.00001m)
            {
                return null;
            }

            var d = Math.Abs(change.Number.Value);
            var slack = (change.Number.Precision / 2m / r) + (d * Math.Max(rate.Number.Precision, 0.01m) / 200m / (r * r));
            return (d / r, slack, rate);
        }

        if (Implied(totalChange) is not { } whole)
        {
            yield break;
        }

        foreach (var part in changes)
        {
            if (Implied(part) is { } p && p.Prior - p.Slack > whole.Prior + whole.Slack)
            {
                var (rate, wholeRate) = (p.Rate, whole.Rate);
                yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(rate),
                    ClaimMessages.PartPriorAboveWhole(part.SubjectName, NarrativeClaims.AsPrinted(part), rate.Number.Text.TrimStart('-'), Math.Round(p.Prior, 2),
                        totalChange.SubjectName, NarrativeClaims.AsPrinted(totalChange), wholeRate.Number.Text.TrimStart('-'), Math.Round(whole.Prior, 2)))
                { Printed = rate.Number.Value, Computed = Math.Round(whole.Prior, 2), At = rate.Number.Place };
            }
        }
    }

    /// <summary>
    /// "“三公”经费共计35.5万元，比上年下降34.26%；其中公务接待费15.5万元，下降16.22%；公务用车运行维护费20万元，下降43.66%": rates
    /// without their changes still fix last year's amounts, amount ÷ (1 + rate) — 18.50 + 35.50 = 54.00 — and the parts' must make
    /// the total's (with a part left out, not exceed it). Only where the total and every listed part print a year-on-year rate and
    /// no change amount (changes are added up below), and the amounts themselves add up.
    /// </summary>
    private AuditFinding? PriorsFromRates(Claim total, List<Claim> totalClaims, List<Claim> parts, List<Claim> claims, bool complete)
    {
        Claim? RateOf(Claim amount, IEnumerable<Claim> among) =>
            among.Where(c => c.Subject == amount.Subject && c.Sentence == amount.Sentence).ToList() is var same
            && !same.Any(c => c.Measure == Measure.ChangeAmount) && same.Where(c => c.Measure == Measure.ChangeRate).ToList() is [var only] ? only : null;

        if (RateOf(total, totalClaims) is not { } totalRate)
        {
            return null;
        }

        var rates = parts.Select(p => RateOf(p, claims)).ToList();
        if (rates.Any(r => r is null) || rates.Append(totalRate).Any(r => r!.Number.Value <= -100m))
        {
            return null;
        }

        // Last year's amount and how far the printed figures' rounding lets it move: ∂/∂amount = 1/(1+r), ∂/∂r = amount/(1+r)².
        static (decimal Prior, decimal Slack) Prior(Claim amount, Claim rate)
        {
            var growth = 1m + (rate.Number.Value / 100m);
            var slack = (amount.Number.Precision / 2m / growth) + (amount.Number.Value * Math.Max(rate.Number.Precision, 0.01m) / 200m / (growth * growth));
            return (amount.Number.Value / growth, slack);
        }

        var (whole, wholeSlack) = Prior(total, totalRate);
        var each = parts.Zip(rates, (p, r) => Prior(p, r!)).ToList();
        var sum = each.Sum(x => x.Prior);
        var tolerance = wholeSlack + each.Sum(x => x.Slack);
        // A part left out (its amount 0, as the amounts add up) may have had last year's money: then only more is wrong.
        if (Math.Abs(whole - sum) <= tolerance || (!complete && sum - whole <= tolerance))
        {
            return null;
        }

        static string Rate(Claim r) => $"{(r.Number.Value < 0m ? "下降" : "增长")}{r.Number.Text.TrimStart('-')}%";
        var listed = parts.Zip(rates, (p, r) => (p.SubjectName, $"{NarrativeClaims.AsPrinted(p)}（{Rate(r!)}）→ {Math.Round(Prior(p, r!).Prior, 2)}")).ToList();
        return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(totalRate),
            ClaimMessages.PriorsFromRatesDiffer(total.SubjectName, NarrativeClaims.AsPrinted(total), Rate(totalRate), Math.Round(whole, 2), listed, Math.Round(sum, 2)))
        { Printed = totalRate.Number.Value, Computed = Math.Round(whole, 2), Tolerance = Math.Round(tolerance, 4), At = totalRate.Number.Place };
    }

    /// <summary>The sentence at <paramref name="i"/>, which opens with 其中, and the sentences after it in its paragraph and section.</summary>
    private static List<NarrativeStatement> PartsParagraph(IReadOnlyList<NarrativeStatement> statements, int i)
    {
        var run = new List<NarrativeStatement> { statements[i] };
        for (var j = i + 1; j < statements.Count && statements[j].Place == statements[i].Place && statements[j].Section == statements[i].Section; j++)
        {
            run.Add(statements[j]);
        }

        return run;
    }

    /// <summary>
    /// The rounding a sum of printed figures may carry: half the printing unit of each. A nothing printed beside figures in
    /// hundredths ("因公出国（境）经费0万元，…公务接待费0.00万元，同比减少0.11万元") is nothing, not 0 ± 0.5.
    /// </summary>
    private static decimal Rounding(IReadOnlyList<PrintedNumber> numbers)
    {
        var finest = numbers.Where(n => n.Value != 0m).Select(n => n.Precision).DefaultIfEmpty(decimal.MaxValue).Min();
        return numbers.Sum(n => (n.Value == 0m ? Math.Min(n.Precision, finest) : n.Precision) / 2m);
    }

    private static bool IsTotal(Claim c, string totalKey, Measure measure = Measure.Amount) => c.Subject == totalKey && c.Measure == measure;

    /// <summary>The printed claims of the nearest of the three sentences before <paramref name="i"/>, in its section, that states the total.</summary>
    private static List<Claim>? TotalBefore(IReadOnlyList<NarrativeStatement> statements, int i, string totalKey, Measure measure)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            var claims = statements[j].Claims.Where(NarrativeClaims.Printed).ToList();
            if (statements[j].Section == statements[i].Section && claims.Any(c => IsTotal(c, totalKey, measure)))
            {
                return claims;
            }
        }

        return null;
    }

    /// <summary>
    /// A family whose parts put the vehicles' sub-items in their category's place applies only where the category itself is
    /// not stated (its own family adds it up), and the running costs alone only where the purchase is not named either.
    /// </summary>
    private static bool StandsIn(string totalKey, string[] partKeys, IEnumerable<Claim> claims)
    {
        var tp = NarrativeItems.ThreePublicPrefix;
        if (totalKey != NarrativeItems.ThreePublicTotal || !partKeys.Contains(tp + "公务用车运行维护费"))
        {
            return true;
        }

        var named = claims.Select(c => c.Subject).ToHashSet();
        return !named.Contains(tp + "公务用车购置及运行费") && (partKeys.Contains(tp + "公务用车购置费") || !named.Contains(tp + "公务用车购置费"));
    }

    private static bool IsPartOf(string part, string whole) =>
        Families.Any(f => f.Total == whole && f.Parts.Contains(part))
        || (part == NarrativeItems.ProcurementPrefix + "小微企业" && whole == NarrativeItems.ProcurementPrefix + "中小企业"); // 小微 are among the 中小企业

    /// <summary>"…1116.14万元，其中：" — or "…1116.14万元。其中：", where 其中 is a sentence of its own that ends the printed line.</summary>
    private static bool OpensParts(IReadOnlyList<NarrativeStatement> statements, int i, Func<PrintedPlace, string?> lineAt) =>
        OpensParts(statements[i].Text) || ((i + 1 == statements.Count || statements[i + 1].Place != statements[i].Place)
            && lineAt(statements[i].Place) is { } line && OpensParts(line));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\d{1,2})[.、．](?!\d)")]
    private static partial System.Text.RegularExpressions.Regex NumberedItem();

    [System.Text.RegularExpressions.GeneratedRegex(@"^0(?:\.0+)?万?元$")]
    private static partial System.Text.RegularExpressions.Regex ZeroAmount();

    private static bool OpensParts(string text) => text.TrimEnd().EndsWith("其中：", StringComparison.Ordinal) || text.TrimEnd().EndsWith("其中:", StringComparison.Ordinal);

    /// <summary>
    /// What SMEs won cannot exceed all procurement: Shanghai's two awards (reserved projects + other projects) together,
    /// Liaoning's 授予中小企业合同金额 alone; and 小微企业 are among the 中小企业. The figures stand in different sentences.
    /// </summary>
    private IEnumerable<AuditFinding> BeyondTheWhole(PublishedReport report)
    {
        Claim? First(string key) => report.Claims.FirstOrDefault(c => c.Subject == key && c.Measure == Measure.Amount && NarrativeClaims.Printed(c));
        var all = First(NarrativeItems.ProcurementTotal);
        var reserved = First(NarrativeItems.ProcurementPrefix + "中小企业预留项目中标");
        var other = First(NarrativeItems.ProcurementPrefix + "其他项目中小企业中标");
        var sme = First(NarrativeItems.ProcurementPrefix + "中小企业");
        var small = First(NarrativeItems.ProcurementPrefix + "小微企业");
        var won = reserved is not null && other is not null ? new[] { reserved, other } : sme is not null ? [sme] : [];
        if (all is not null && won.Length > 0 && Over(all, won) is { } f)
        {
            yield return f;
        }

        if (sme is not null && small is not null && sme.Number.Place == small.Number.Place && Over(sme, [small]) is { } g)
        {
            yield return g;
        }
    }

    private AuditFinding? Over(Claim whole, Claim[] parts)
    {
        var sum = parts.Sum(p => p.Number.Value);
        var tolerance = parts.Sum(p => p.Number.Precision / 2m) + (whole.Number.Precision / 2m);
        if (sum - whole.Number.Value <= tolerance)
        {
            return null;
        }

        return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(parts[0]),
            ClaimMessages.PartsAboveWhole([.. parts.Select(p => (p.SubjectName, NarrativeClaims.AsPrinted(p)))], sum, whole.SubjectName, NarrativeClaims.AsPrinted(whole), whole.Number.Place))
        { Printed = sum, Computed = whole.Number.Value, Tolerance = tolerance, At = parts[0].Number.Place };
    }

    private AuditFinding? Check(Claim total, IReadOnlyList<Claim> parts, bool complete, PublishedReport report)
    {
        _ = report;
        var sum = parts.Sum(p => p.Number.Value);
        // Vehicles, projects and people are counted, not rounded.
        var tolerance = total.Measure == Measure.Count ? 0m : Rounding([total.Number, .. parts.Select(p => p.Number)]);
        var diff = total.Number.Value - sum;
        if (diff == 0m)
        {
            return null;
        }

        // "收入总计434.72万元，其中：本年收入合计434.16万元，…年初结转和结余0.55万元": 0.01 apart is the rounding of the printing.
        if (Math.Abs(diff) <= tolerance)
        {
            return new AuditFinding(Id, Severity.Note, NarrativeClaims.Where(total),
                ClaimMessages.PartsWithinRounding(total.SubjectName, total.Number.Value, ClaimMessages.Wan, [.. parts.Select(p => (p.SubjectName, NarrativeClaims.AsPrinted(p)))], sum, tolerance, complete))
            { Printed = total.Number.Value, Computed = sum, Tolerance = tolerance, At = total.Number.Place };
        }

        if (!complete && diff > 0m)
        {
            return null;
        }

        return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(total),
            ClaimMessages.PartsDifferFromTotal(total.SubjectName, total.Number.Value, total.Measure == Measure.Count ? total.Unit : ClaimMessages.Wan,
                [.. parts.Select(p => (p.SubjectName, NarrativeClaims.AsPrinted(p)))], sum))
        { Printed = total.Number.Value, Computed = sum, Tolerance = tolerance, At = total.Number.Place };
    }
}

/// <summary>N-NAME: a 功能分类 item named in the narrative by a 类/款/项 path that neither the catalog nor the report's tables know.</summary>
public sealed partial class UnknownItemName : IAuditRule
{
    // Former 类 names, each with the last year it was the name (the 2019 科目 renamed them).
    private static readonly (string Name, int Until)[] Former =
    [
        ("文化体育与传媒", 2018), ("医疗卫生与计划生育", 2018), ("国土海洋气象等", 2018), ("医疗卫生", 2013),
    ];

    // Former 款 names: 20805 was 行政事业单位离退休 until the 2020 科目 named it 行政事业单位养老支出.
    private static readonly (string Name, int Until)[] FormerKuan = [("行政事业单位离退休", 2019)];

    private static bool FormerNameOfItsYear(string printed, int? year) =>
        year is { } y && (Former.Any(f => y <= f.Until && printed.StartsWith(f.Name, StringComparison.Ordinal)
            && printed[f.Name.Length..].TrimStart('支', '出') is "" or "（类）" or "(类)")
            || FormerKuan.Any(f => y <= f.Until && (printed.Contains(f.Name + "（款）", StringComparison.Ordinal) || printed.Contains(f.Name + "(款)", StringComparison.Ordinal))));


    public string Id => "N-NAME";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "情况说明以“X（类）Y（款）Z（项）”或类名列出的科目，其名称在功能分类目录和本报告的表中都找不到（写错了科目名称或用了旧名称）";

    public string Why => "科目名称写错，读者无法把说明与表中的科目对应起来。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t05 = report.Table(PublicTable.GeneralBudgetExpenditure);
        foreach (var claims in report.Claims.Where(c => c.Subject.StartsWith(NarrativeItems.UnknownItemPrefix, StringComparison.Ordinal))
                     .GroupBy(c => c.Subject))
        {
            var first = claims.First();
            var amount = claims.FirstOrDefault(c => c.Measure == Measure.Amount && NarrativeClaims.Printed(c));

            // The 项 whose amount the sentence states, if 05表 prints exactly one such row.
            var match = amount is null || t05 is null ? null
                : t05.Rows.Where(r => r.Code is { Length: 7 } && r.Cells.Count > 0 && r.Cells[0] is { } v && v.Value == amount.Number.Value).ToList() is { Count: 1 } rows ? rows[0] : null;
            yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(first),
                ClaimMessages.ItemNameUnknown(first.SubjectName, match is null ? null : NarrativeClaims.AsPrinted(amount!), match?.Code, match?.Label))
            { At = first.Number.Place };
        }

        // A wrong or old name the reader took for the closest item: its figures are compared under that item. An old name in a
        // report of a year it was the name ("文化体育与传媒（类）" in 2013) is right.
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claims in report.Claims.Where(c => c.PrintedName is not null && !FormerNameOfItsYear(c.PrintedName, report.Year?.Value)).GroupBy(c => c.Subject))
        {
            var first = claims.First();
            named.Add(first.PrintedName!);
            yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {first.Number.Place}「{first.PrintedName}」",
                ClaimMessages.ItemNameCorrected(first.PrintedName!, first.SubjectName))
            { At = first.Number.Place };
        }

        foreach (var finding in FormerNamesOfLaterYears(report, named))
        {
            yield return finding;
        }
    }

    /// <summary>
    /// Former 类 names with the name that replaced them and the last year they were the name: the 2015 科目 renamed the
    /// "…事务" classes, the 2019 科目 followed the 2018 reorganisation of the ministries.
    /// </summary>
    private static readonly (string Former, string Current, int Until)[] Renamed =
    [
        ("城乡社区事务", "城乡社区支出", 2014), ("农林水事务", "农林水支出", 2014), ("商业服务业等事务", "商业服务业等支出", 2014),
        ("国土资源气象等事务", "国土海洋气象等支出", 2014), ("粮油物资储备事务", "粮油物资储备支出", 2014),
        ("文化体育与传媒", "文化旅游体育与传媒支出", 2018), ("医疗卫生与计划生育", "卫生健康支出", 2018),
        ("国土海洋气象等", "自然资源海洋气象等支出", 2018),
    ];

    /// <summary>
    /// A 类 printed by the name it had before the report's year ("城乡社区事务支出8765万元" in a 2022 report), in any sentence or
    /// table row, whether or not the sentence was understood: a government's report is read only for its own arithmetic, and a
    /// reader compares the name with the year's catalog all the same.
    /// </summary>
    private IEnumerable<AuditFinding> FormerNamesOfLaterYears(PublishedReport report, HashSet<string> named)
    {
        var places = new List<(string Former, string Current, int Until, int Year, string Where, PrintedPlace? At)>();

        // A government's report has no department title to date it: its sentences do ("2022年全县一般公共预算支出…"), each the
        // earliest year it prints (a 2018 决算 that looks ahead to 2019's budget still speaks of 2018), or the one before it printed.
        var running = report.Year?.Value;
        foreach (var statement in report.Statements)
        {
            var printed = SentenceYear().Matches(statement.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Min();
            running = report.Year?.Value ?? (printed > 0 ? printed : running);
            if (running is not { } year)
            {
                continue;
            }

            foreach (var r in Renamed.Where(r => year > r.Until))
            {
                var at = FormerNameAt(statement.Text, r.Former);
                if (at >= 0 && !named.Any(n => n.StartsWith(r.Former, StringComparison.Ordinal)))
                {
                    places.Add((r.Former, r.Current, r.Until, year, $"情况说明 {statement.Place}", statement.Place));
                }
            }
        }

        var titleYear = report.Year?.Value ?? 0;
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var r in Renamed.Where(r => titleYear > r.Until && FormerNameAt(row.Label, r.Former) == 0))
                {
                    places.Add((r.Former, r.Current, r.Until, titleYear, $"{table.Title}「{row.Label}」", null));
                }
            }
        }

        // One finding a name, at its first place, with how many more places print it.
        foreach (var g in places.GroupBy(p => p.Former))
        {
            var first = g.First();
            yield return new AuditFinding(Id, Severity.Warning, first.Where,
                ClaimMessages.ItemNameOfEarlierYears(first.Former + "支出", first.Current, first.Year, first.Until, g.Count() - 1))
            { At = first.At };
        }
    }

    /// <summary>
    /// Where a former name stands as a name, followed by 支出 or 类 ("农林水事务支出", "文化体育与传媒（类）"); not in a sentence that
    /// tells of the renaming ("原医疗卫生与计划生育支出调整为卫生健康支出").
    /// </summary>
    private static int FormerNameAt(string text, string former)
    {
        if (text.Contains("更名", StringComparison.Ordinal) || text.Contains("调整为", StringComparison.Ordinal) || text.Contains("改为", StringComparison.Ordinal))
        {
            return -1;
        }

        for (var i = text.IndexOf(former, StringComparison.Ordinal); i >= 0; i = text.IndexOf(former, i + 1, StringComparison.Ordinal))
        {
            var after = text.AsSpan(i + former.Length);
            if ((i == 0 || text[i - 1] != '原') && (after.StartsWith("支出") || after.StartsWith("（类）") || after.StartsWith("(类)") || after.StartsWith("类")))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("(20[0-9]{2})年")]
    private static partial Regex SentenceYear();
}

/// <summary>N-CONTENT: an item the 人员经费/公用经费 sentence lists as spent ("主要包括：…奖金…") is blank or zero in 公开06表.</summary>
public sealed partial class ListedCostItems : IAuditRule
{
    public string Id => "N-CONTENT";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "人员经费、公用经费“主要包括”所列的经济分类款，在基本支出决算表中为零或空白";

    public string Why => "说明列举了没有花钱的项目，多半是照抄模板或上年的列举，而表中的实际构成没有说清。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t06 = report.Table(PublicTable.GeneralBudgetBasic);
        if (t06 is null)
        {
            yield break;
        }

        // 06表 prints each 经济分类款 once (its label); a row whose figure is blank or zero spent nothing.
        var rows = t06.Rows.Where(r => r.Code is { Length: 5 } && r.Label.Length > 1).GroupBy(r => Normalize(r.Label))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var statement in report.Statements)
        {
            foreach (Match list in CostList().Matches(statement.Text))
            {
                var which = list.Groups["which"].Value;
                var idle = new List<string>();
                foreach (var name in list.Groups["items"].Value.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (rows.TryGetValue(Normalize(name.TrimEnd('等', '。')), out var row) && !row.ColumnsUncertain
                        && (row.Cells.Count == 0 || row.Cells[0] is null or { Value: 0m }))
                    {
                        idle.Add($"{row.Code} {row.Label}");
                    }
                }

                if (idle.Count > 0)
                {
                    yield return NarrativeClaims.Wording(report, TemplateWording.StandardCostList, Id, $"情况说明 {statement.Place}「{which}」",
                        ClaimMessages.ListedCostsIdle(which, t06.Title, idle), statement.Place, idle.Count);
                }
            }
        }
    }

    private static string Normalize(string s) => s.Replace('(', '（').Replace(')', '）').Replace("支出", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"(?<which>人员经费|公用经费)[\d.]+万元，主要包括[：:]?(?<items>[^；。]+)")]
    private static partial Regex CostList();
}

/// <summary>N-BALANCE: the narrative's 收入总计 and 支出总计 of the year are one figure (收入总计 = 支出总计 by construction).</summary>
public sealed partial class StatedTotalsBalance : IAuditRule
{
    /// <summary>How far into a text the word 决算 is looked for (a title, a 目录, the opening paragraphs).</summary>
    private const int LinesSayingJuesuan = 400;

    /// <summary>
    /// "上年结转和结余98.45万元，本年收入1095.76万元，支出1193.35万元，…年末结转和结余5862.89万元" (舟曲 2023): one sentence that
    /// walks the year's money from its opening balance to its closing one must arrive — 98.45 + 1095.76 − 1193.35 = 0.86. Only
    /// where nothing else moves the balance (结余分配, 事业基金弥补 … printed 0 or not at all).
    /// </summary>
    private IEnumerable<AuditFinding> CarryOver(PublishedReport report)
    {
        foreach (var statement in report.Statements)
        {
            var amounts = statement.Claims.Where(c => c.Measure == Measure.Amount && NarrativeClaims.Printed(c)).ToList();
            var opening = amounts.FirstOrDefault(c => c.Subject == "上年结转和结余");
            var closing = amounts.LastOrDefault(c => c.Subject == NarrativeItems.ClosingBalance);
            if (opening is null || closing is null || amounts.IndexOf(opening) > amounts.IndexOf(closing))
            {
                continue;
            }

            var between = amounts.Skip(amounts.IndexOf(opening) + 1).Take(amounts.IndexOf(closing) - amounts.IndexOf(opening) - 1).ToList();
            var income = between.Where(c => c.Subject == "本年收入合计" || c.Subject.EndsWith("财政拨款收入", StringComparison.Ordinal)).ToList();
            var spending = between.Where(c => c.Subject == "本年支出合计" || c.Subject.EndsWith("财政拨款支出", StringComparison.Ordinal)).ToList();
            if (income.Count != 1 || spending.Count != 1 || between.Except(income).Except(spending).Any(c => c.Number.Value != 0m)
                || amounts.Count(c => c.Subject == "上年结转和结余") != 1 || amounts.Count(c => c.Subject == NarrativeItems.ClosingBalance) != 1)
            {
                continue;
            }

            var computed = opening.Number.Value + income[0].Number.Value - spending[0].Number.Value;
            var tolerance = new[] { opening, income[0], spending[0], closing }.Sum(c => c.Number.Precision / 2m);
            if (Math.Abs(computed - closing.Number.Value) > tolerance)
            {
                // A sentence that prints the other movements (结余分配0万元…) has walked them all: an error; one that names none
                // may have left a real 结余分配 out: a warning.
                var enumerated = between.Except(income).Except(spending).Any();
                yield return new AuditFinding(Id, enumerated ? Severity.Error : Severity.Warning, NarrativeClaims.Where(closing),
                    ClaimMessages.CarryOverDiffers(NarrativeClaims.AsPrinted(opening), NarrativeClaims.AsPrinted(income[0]), NarrativeClaims.AsPrinted(spending[0]), NarrativeClaims.AsPrinted(closing), computed))
                { Printed = closing.Number.Value, Computed = computed, Tolerance = tolerance, At = closing.Number.Place };
            }
        }
    }

    public string Id => "N-BALANCE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "情况说明写出的收入总计与支出总计相等（总计含结转结余，二者按定义相等）";

    public string Why => "收支总计不等，多半是把本年收入合计、本年支出合计写成了总计，或其中一个数字写错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        Claim? Stated(string key) => report.Claims.FirstOrDefault(c => c.Subject == key && c.Measure == Measure.Amount && NarrativeClaims.Printed(c)
            && (c.Year is null || report.Year is null || c.Year == report.Year.Value.Value));
        // 财政拨款收入总计 A，支出总计 B: the 04表 total stated twice in one sentence, as two figures — or in two sentences of one
        // paragraph, one the 收入总计's and the other the 支出总计's (柏林镇: "财政拨款收入总计2951.23万元…。…财政拨款支出总计3084.82万元").
        foreach (var pair in report.Claims.Where(c => c.Subject == NarrativeItems.AppropriationTotal && c.Measure == Measure.Amount && NarrativeClaims.Printed(c))
                     .GroupBy(c => c.Number.Place))
        {
            var sentences = pair.GroupBy(c => c.Sentence, StringComparer.Ordinal).ToList();
            var list = sentences.FirstOrDefault(g => g.Count() == 2)?.ToList() ?? [];
            if (list.Count == 0 && sentences.Count == 2 && sentences.All(g => g.Count() == 1) && sentences[0].Key.Contains("收入总计", StringComparison.Ordinal)
                && sentences[1].Key.Contains("支出总计", StringComparison.Ordinal) && sentences[0].First().Year == sentences[1].First().Year)
            {
                list = [sentences[0].First(), sentences[1].First()];
            }

            if (list.Count == 2 && Math.Abs(list[0].Number.Value - list[1].Number.Value) > (list[0].Number.Precision / 2m) + (list[1].Number.Precision / 2m))
            {
                yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(list[1]),
                    ClaimMessages.AppropriationTotalsDiffer(NarrativeClaims.AsPrinted(list[0]), list[0].Number.Value, NarrativeClaims.AsPrinted(list[1]), list[1].Number.Value))
                { Printed = list[1].Number.Value, Computed = list[0].Number.Value, At = list[1].Number.Place };
            }
        }

        foreach (var f in CarryOver(report))
        {
            yield return f;
        }

        // "收入总计为457.8161万元" … "马关卫生院单位支出为468.738万元": the year's spending cannot exceed all the money there was.
        if (Stated(NarrativeItems.IncomeTotal) is { } all && all.Sentence.Contains("收入总计", StringComparison.Ordinal)
            && Stated("本年支出合计") is { } spent && !Scoped().IsMatch(spent.Sentence) && !Scoped().IsMatch(all.Sentence)
            && spent.Number.Value - all.Number.Value > (spent.Number.Precision / 2m) + (all.Number.Precision / 2m))
        {
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(spent),
                ClaimMessages.SpendingAboveTotal(NarrativeClaims.AsPrinted(spent), NarrativeClaims.AsPrinted(all), all.Number.Place, spent.Number.Value - all.Number.Value))
            { Printed = spent.Number.Value, Computed = all.Number.Value, At = spent.Number.Place };
        }

        if (Stated(NarrativeItems.IncomeTotal) is not { } income || Stated(NarrativeItems.ExpenditureTotal) is not { } spending)
        {
            if (ChangesDiffer(report) is { } alone)
            {
                yield return alone;
            }

            yield break;
        }

        // A government's accounts net the two ("总收支相抵后，结转结余为 0.47 亿元"): its 总支出 leaves the balance out. And a school's
        // "决算总收入1244.27万元…总支出1095.67万元" means the year's own income and spending, which no definition makes equal.
        // A hospital's 经济运行情况通报, which never says 决算, totals its revenue and its expenses: they differ by its surplus.
        if (report.Statements.Any(st => st.Text.Contains("相抵", StringComparison.Ordinal))
            || !income.Sentence.Contains("总计", StringComparison.Ordinal) || !spending.Sentence.Contains("总计", StringComparison.Ordinal)
            || (report.Tables.Count == 0 && !report.Lines.Take(LinesSayingJuesuan).Any(l => l.Text.Contains("决算", StringComparison.Ordinal))))
        {
            yield break;
        }

        // Both in one section: a 收入总计 of one scope (一般公共预算, a fund) set against another's 支出 is no contradiction.
        var sections = report.Statements.Where(s => s.Claims.Contains(income) || s.Claims.Contains(spending)).Select(s => s.Section).Distinct().Count();
        if (sections > 1)
        {
            yield break;
        }

        var tolerance = (income.Number.Precision / 2m) + (spending.Number.Precision / 2m);
        var diff = income.Number.Value - spending.Number.Value;
        // Totals stated apart say it once: their changes then differ by the same slip ("支出总计" for 本年支出合计).
        if (Math.Abs(diff) <= tolerance && ChangesDiffer(report) is { } changes)
        {
            yield return changes;
        }

        if (Math.Abs(diff) > tolerance)
        {
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(spending),
                ClaimMessages.TotalsDiffer(NarrativeClaims.AsPrinted(income), income.Number.Place, NarrativeClaims.AsPrinted(spending), diff))
            { Printed = spending.Number.Value, Computed = income.Number.Value, Tolerance = tolerance, At = spending.Number.Place };
        }
    }

    /// <summary>A sentence about one fund's or the appropriations' money, not the department's whole.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("一般公共预算|政府性基金|国有资本经营|财政拨款")]
    private static partial System.Text.RegularExpressions.Regex Scoped();

    /// <summary>
    /// "与2014年相比，收入增加134万元…。支出增加113万元": equal every year, the two totals change alike; stated in one
    /// section, against the same year, their changes are one figure.
    /// </summary>
    private AuditFinding? ChangesDiffer(PublishedReport report)
    {
        // "…收入总计484万元，支出总计440万元。" / "与2014年相比，收入增加134万元…。" / "支出增加113万元": the totals named in the
        // sentence or in one of the two before it (or the older "收支总决算").
        var statements = report.Statements;
        Dictionary<object, int>? where = null; // claim → statement, built once and only when a total's change is stated
        bool OfTotals(Claim c)
        {
            if (where is null)
            {
                where = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
                for (var k = 0; k < statements.Count; k++)
                {
                    foreach (var x in statements[k].Claims)
                    {
                        where.TryAdd(x, k);
                    }
                }
            }

            return where.TryGetValue(c, out var i)
                && Enumerable.Range(Math.Max(0, i - 2), Math.Min(3, i + 1)).Any(j => statements[j].Section == statements[i].Section
                    && (statements[j].Text.Contains("总计", StringComparison.Ordinal) || statements[j].Text.Contains("总决算", StringComparison.Ordinal))); // (青海 2014: "收支总决算3746.39万元")
        }

        Claim? Change(string key) => report.Claims.FirstOrDefault(c => c.Subject == key && c.Measure == Measure.ChangeAmount && NarrativeClaims.Printed(c) && OfTotals(c));
        if (Change(NarrativeItems.IncomeTotal) is not { } income || Change(NarrativeItems.ExpenditureTotal) is not { } spending || income.Year != spending.Year
            || report.Statements.Any(st => st.Text.Contains("相抵", StringComparison.Ordinal))
            || report.Statements.Where(st => st.Claims.Contains(income) || st.Claims.Contains(spending)).Select(st => st.Section).Distinct().Count() > 1)
        {
            return null;
        }

        // "收入总额比上年增加238.23万元；总支出比上年增加357.81万元，年终结余比上年增加188.72万元" (青海 2014): 总支出 beside the
        // year-end balance is the year's spending, and the 支出总计 side moved by the two together.
        var tolerance = (income.Number.Precision / 2m) + (spending.Number.Precision / 2m);
        var spendingSide = spending.Number.Value;
        if (!spending.Sentence.Contains("支出总计", StringComparison.Ordinal)
            && report.Claims.FirstOrDefault(c => c.Sentence == spending.Sentence && c.Subject == NarrativeItems.ClosingBalance && c.Measure == Measure.ChangeAmount
                && NarrativeClaims.Printed(c)) is { } balance)
        {
            spendingSide += balance.Number.Value;
            tolerance += balance.Number.Precision / 2m;
        }

        return Math.Abs(income.Number.Value - spendingSide) > tolerance
            ? new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(spending),
                ClaimMessages.TotalsChangeDiffer(income.Number.Value, income.Number.Place, spendingSide))
            { Printed = spendingSide, Computed = income.Number.Value, Tolerance = tolerance, At = spending.Number.Place }
            : null;
    }
}

/// <summary>
/// N-VEHICLE: vehicles bought and the money spent buying them agree: 购置公务用车 7 辆 with 公务用车购置费 0, or the reverse, or a
/// price a vehicle that no 公务用车 is bought at.
/// </summary>
public sealed partial class VehiclePurchases : IAuditRule
{
    public string Id => "N-VEHICLE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "购置公务用车的数量与公务用车购置费一致：购置了车辆而购置费为零，或有购置费而购置数为零，或每辆的价格不在 4–150 万元之间";

    public string Why => "车辆数和购置费是同一件事的两面，一个为零另一个不为零，说明其中之一写错了。";

    /// <summary>Below this a vehicle (万元 each) is no 公务用车 bought new; above the other, none of any kind.</summary>
    private const decimal CheapestVehicle = 4m;

    /// <inheritdoc cref="CheapestVehicle"/>
    private const decimal DearestVehicle = 150m;

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        bool ThisYear(Claim c) => NarrativeClaims.OfReportYear(report, c);
        var bought = report.Claims.FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicCountPrefix + "购置车辆" && c.Measure == Measure.Count && ThisYear(c));
        var cost = report.Claims.FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicPrefix + "公务用车购置费" && c.Measure == Measure.Amount
            && NarrativeClaims.Printed(c) && ThisYear(c));
        if (bought is null || cost is null)
        {
            yield break;
        }

        // "公务用车购置费支出204.78万元…公务用车购置100辆" (鹿寨 2019): 2.05 万元 a vehicle — no car is bought for that (the
        // 配备标准 starts near 10 万元, a special vehicle rarely past 100 万元); a digit too many or too few.
        if (bought.Number.Value >= 1m && cost.Number.Value > 0m)
        {
            var wan = cost.Unit == "元" ? cost.Number.Value / 10000m : cost.Unit == "万元" ? cost.Number.Value : -1m;
            var average = wan / bought.Number.Value;
            if (wan > 0m && (average < CheapestVehicle || average > DearestVehicle))
            {
                yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(cost),
                    ThreePublicMessages.PurchasePerVehicleImplausible(NarrativeClaims.AsPrinted(cost), bought.Number.Value, bought.Number.Place, average))
                { Printed = cost.Number.Value, Computed = average, At = cost.Number.Place };
            }
        }

        if ((bought.Number.Value > 0m) == (cost.Number.Value > 0m))
        {
            yield break;
        }

        var (first, message) = bought.Number.Value > 0m
            ? (cost, ThreePublicMessages.VehiclesWithoutCost(bought.Number.Value, bought.Number.Place, NarrativeClaims.AsPrinted(cost)))
            : (bought, ThreePublicMessages.CostWithoutVehicles(NarrativeClaims.AsPrinted(cost), cost.Number.Place));
        // Vehicles may be bought from other funds than the appropriation 购置费 counts — unless the sentence says they were not
        // ("本年度使用公共预算财政拨款购置公务用车7辆" beside 公车购置费0万元): then one of the two is wrong.
        var ofAppropriation = bought.Number.Value > 0m && bought.Sentence.Contains("财政拨款购置", StringComparison.Ordinal)
            && !NotOfAppropriation().IsMatch(bought.Sentence);
        yield return new AuditFinding(Id, ofAppropriation ? Severity.Error : Severity.Warning, NarrativeClaims.Where(first), message) { At = first.Number.Place };
    }

    // "未使用财政拨款购置", "无财政拨款购置…（调拨）", "非财政拨款购置".
    [System.Text.RegularExpressions.GeneratedRegex(@"[未无非不没](?:有)?(?:使用)?(?:公共预算)?财政拨款购置|调拨|划转|捐赠")]
    private static partial System.Text.RegularExpressions.Regex NotOfAppropriation();
}
