using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Rules;

/// <summary>N-AMOUNT: each amount the narrative states equals the table figure it names.</summary>
public sealed class NarrativeAmounts : IAuditRule
{
    public string Id => "N-AMOUNT";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "情况说明中的金额 = 表中对应数字（收入/支出总计、各类收入与支出、财政拨款支出、各类/项、三公、人员经费与公用经费）";

    public string Why => "文字与表格不一致是公开报告最常见的错误，读者不知道该信哪个。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t01 = report.Table(PublicTable.IncomeExpenditureSummary);
        var t03 = report.Table(PublicTable.Expenditure);
        var t04 = report.Table(PublicTable.AppropriationSummary);
        var t05 = report.Table(PublicTable.GeneralBudgetExpenditure);
        var t06 = report.Table(PublicTable.GeneralBudgetBasic);
        var t07 = report.Table(PublicTable.ThreePublic);
        var t08 = report.Table(PublicTable.GovernmentFund);
        var t09 = report.Table(PublicTable.StateCapital);
        // A row that is printed with an empty cell is a zero; a row the reader did not find is nothing.
        PrintedNumber? Labeled(PublishedTable? t, int side, string label) =>
            t?.Rows.FirstOrDefault(r => r.Side == side && (r.Label == label || r.Label.EndsWith("、" + label, StringComparison.Ordinal))) is { } r
                ? r.Cells[0] ?? new PrintedNumber(string.Empty, 0m, 1m, r.Place)
                : null;
        PrintedNumber? Total(PublishedTable? t, int c) => t?.Rows.FirstOrDefault(r => r.Label == "合计") is { } r ? PrintedTables.Cell(r, c) : null;
        PrintedNumber? Code(PublishedTable? t, string code) => t?.Rows.FirstOrDefault(r => r.Code == code) is { } r ? PrintedTables.Cell(r, 0) : null;

        // 公开08表 prints 年初结转 and 本年收入 before what was spent: its 本年支出 column, blank being zero (where the
        // row's columns are known: a page text that dropped the blank cells leaves only the first).
        PrintedNumber? FundSpent(string code) => t08?.Rows.FirstOrDefault(r => r.Code == code) is { ColumnsUncertain: false } r
            && t08.Columns.ToList().FindIndex(c => c.StartsWith("本年支出", StringComparison.Ordinal)) is >= 0 and var spent
                ? PrintedTables.Cell(r, spent) ?? new PrintedNumber(string.Empty, 0m, 1m, r.Place)
                : null;

        PrintedNumber? TableFigure(string item) => item switch
        {
            "收入总计" => Labeled(t01, 0, "总计") ?? Labeled(t01, 0, "收入总计"),
            "本年收入合计" => Labeled(t01, 0, "本年收入合计"),
            "本年支出合计" => Labeled(t01, 1, "本年支出合计"),
            NarrativeItems.AppropriationTotal => Labeled(t04, 0, "总计") ?? Labeled(t04, 0, "收入总计"),
            NarrativeItems.AppropriationExpenditure => Labeled(t04, 1, "本年支出合计"),
            "支出总计" => Labeled(t01, 1, "总计") ?? Labeled(t01, 1, "支出总计"),
            "年末结转和结余" => Labeled(t01, 1, "年末结转和结余"),
            "财政拨款收入" => null,
            "一般公共预算财政拨款收入" or "政府性基金预算财政拨款收入" or "国有资本经营预算财政拨款收入" or "上级补助收入" or "事业收入"
                or "经营收入" or "附属单位上缴收入" or "其他收入" => Labeled(t01, 0, item),
            "使用非财政拨款结余" => Labeled(t01, 0, item),
            "上年结转和结余" => Labeled(t01, 0, "年初结转和结余"),
            "基本支出" => Total(t03, 1),
            "项目支出" => Total(t03, 2),
            "上缴上级支出" => Total(t03, 3) ?? Zero(t03),
            "经营支出" => Total(t03, 4) ?? Zero(t03),
            "对附属单位补助支出" => Total(t03, 5) ?? Zero(t03),
            "一般公共预算财政拨款支出" => Total(t05, 0),
            "国有资本经营预算财政拨款支出" => Total(t09, 0),
            "一般公共预算财政拨款基本支出" => Total(t05, 1),
            "人员经费" => t06?.Rows.FirstOrDefault(r => r.Label == "人员经费合计")?.Cells[0],
            "日常公用经费" => t06?.Rows.FirstOrDefault(r => r.Label == "公用经费合计")?.Cells[0],
            NarrativeItems.ThreePublicTotal => PrintedTables.ThreePublicRow(t07, item) is { } r ? PrintedTables.Cell(r, 1) : null,
            _ when item.StartsWith(NarrativeItems.ThreePublicPrefix, StringComparison.Ordinal) =>
                PrintedTables.ThreePublicRow(t07, item) is { } r ? PrintedTables.Cell(r, 1) ?? Zero(t07) : null,
            _ when NarrativeItems.FundCode(item) is { } fund => fund.Fund == "基金" ? FundSpent(fund.Code) : Code(t09, fund.Code),
            _ when item.StartsWith(NarrativeItems.ItemPrefix, StringComparison.Ordinal) =>
                Code(t05, item[NarrativeItems.ItemPrefix.Length..]) ?? Code(t09, item[NarrativeItems.ItemPrefix.Length..]),
            _ when item.StartsWith(NarrativeItems.ClassPrefix, StringComparison.Ordinal) => Code(t05, item[NarrativeItems.ClassPrefix.Length..]),
            _ when item.StartsWith(NarrativeItems.KuanPrefix, StringComparison.Ordinal) => Code(t05, item[NarrativeItems.KuanPrefix.Length..]),
            _ => null,
        };

        foreach (var f in NarrativeClaims.Of(report, Measure.Amount))
        {
            if (TableFigure(f.Subject) is not { } table)
            {
                continue;
            }

            // A narrative figure at 0.01 against a table figure at 1: they agree when the table figure is the narrative one rounded;
            // at the same precision they are one figure, and one unit apart is 尾差 (a warning).
            var tolerance = (table.Precision / 2m) + (f.Number.Precision / 2m);
            if (Tolerance.SameFigure(f.Number, table) is { } severity)
            {
                yield return new AuditFinding(Id, severity, NarrativeClaims.Where(f),
                    NarrativeMessages.AmountDiffersFromTable(NarrativeClaims.Name(f), f.Number.Value, table.Place.Table, table.Value, oneUnit: severity == Severity.Warning))
                { Printed = f.Number.Value, Computed = table.Value, Tolerance = tolerance, At = f.Number.Place };
            }
        }

        // "…局 2024 年度收入支出总计 26591.08 万元。与 2024 年度相比，增加 8487.88 万元" in a 2025 report: the figure is this
        // year's table figure and it changed since last year, so the year written beside it is last report's left in place.
        var said = new HashSet<(PrintedPlace, decimal)>(); // 收入支出总计 is read as both totals: one finding
        foreach (var prior in NarrativeClaims.Of(report, Measure.PriorAmount).Where(c => c.Year is not null && report.Year is { } y && c.Year == y.Value - 1))
        {
            if (said.Add((prior.Number.Place, prior.Number.Value)) && (TableFigure(prior.Subject) is { Value: not 0m } table && Tolerance.SameFigure(prior.Number, table) is null
                && AndNext(report, prior).FirstOrDefault(c => c.Subject == prior.Subject && c.Measure == Measure.ChangeAmount && c.Number.Value != 0m) is { } change))
            {
                yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(prior),
                    NarrativeMessages.ThisYearsFigureUnderLastYear(
                        prior.Subject == NarrativeItems.IncomeTotal && report.Claims.Any(c => c.Subject == NarrativeItems.ExpenditureTotal && c.Measure == Measure.PriorAmount && c.Number.Place == prior.Number.Place && c.Number.Value == prior.Number.Value)
                            ? "收入支出总计" : NarrativeClaims.Name(prior), prior.Year!.Value, prior.Number.Value, report.Year!.Value.Value, table.Place.Table, change.Number.Value))
                { Printed = prior.Year.Value, Computed = report.Year.Value.Value, At = prior.Number.Place };
            }
        }
    }

    /// <summary>The claims of the claim's sentence and of the sentence after it ("…总计 X 万元。与上年相比，增加 Y 万元").</summary>
    private static IEnumerable<Claim> AndNext(PublishedReport report, Claim claim)
    {
        var statements = report.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].Claims.Contains(claim))
            {
                return statements[i].Claims.Concat(i + 1 < statements.Count ? statements[i + 1].Claims : []);
            }
        }

        return [];
    }

    /// <summary>An empty cell of a table that was read (rows found) is a printed zero; of an unread table, nothing.</summary>
    private static PrintedNumber? Zero(PublishedTable? t) => t is null || t.Rows.Count == 0 ? null : new PrintedNumber(string.Empty, 0m, 1m, t.Place);
}

/// <summary>N-SHARE: a stated share equals amount ÷ total within the rounding of both; a share of a zero total is flagged.</summary>
public sealed class NarrativeShares : IAuditRule
{
    public string Id => "N-SHARE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "情况说明中的占比 = 金额 ÷ 总计（按两者的印刷精度给出区间）；一组占比之和 = 100%；总计为零时不应给出占比";

    public string Why => "占比是读者理解结构的依据；算错或除以零都会误导。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // Each share against its own whole: the amounts stated in the same sentence first, else the nearest one stated before it
        // (a news text quoting several departments gives each its own 三公经费 in turn), else anywhere in the narrative.
        Claim? AmountOf(string subject, Claim near) =>
            NarrativeClaims.Same(report, near).FirstOrDefault(c => c.Subject == subject && c.Measure == Measure.Amount && NarrativeClaims.Printed(c))
            ?? NarrativeClaims.NearestBefore(report, subject, Measure.Amount, near)
            ?? NarrativeClaims.Get(report, subject, Measure.Amount);
        var wrong = new HashSet<string>(); // the wholes a share of which was found wrong: their shares' sum says it again
        foreach (var share in NarrativeClaims.Of(report, Measure.Share).Where(s => s.Whole is not null && s.Whole != s.Subject))
        {
            // "…支出预算445372.24元，占基本支出预算17.99%": a share of budgets, not of an amount another sentence states.
            var ofBudget = NarrativeClaims.Same(report, share).Any(c => c.Subject == share.Subject && c.Measure == Measure.Budget)
                && !NarrativeClaims.Same(report, share).Any(c => c.Subject == share.Subject && c.Measure == Measure.Amount);
            var amount = ofBudget ? null : AmountOf(share.Subject, share);
            var total = AmountOf(share.Whole!, share);
            if (amount is null || total is null)
            {
                continue;
            }

            var wholeName = NarrativeItems.Display(share.Whole!);
            if (Tolerance.RatioRange(amount.Number, total.Number) is not { } range)
            {
                yield return NarrativeClaims.Wording(report, TemplateWording.ShareOfZeroWhole, Id, NarrativeClaims.Where(share),
                    NarrativeMessages.ShareOfZeroWhole(NarrativeClaims.Name(share), wholeName, share.Number.Value), share.Number.Place);
                continue;
            }

            var half = share.Number.Precision / 2m;
            if (share.Number.Value + half < range.Low || share.Number.Value - half > range.High)
            {
                var computed = amount.Number.Value / total.Number.Value * 100m;
                // Off by one in the last digit — two at hundredths ("15.17%" for 15.15%, a 100% − the other share): usually a share
                // trimmed so that the shares add to 100% (at hundredths a note).
                var trimmed = (share.Number.Value + half + share.Number.Precision >= range.Low && share.Number.Value - half - share.Number.Precision <= range.High)
                    || (share.Number.Precision <= 0.01m && Math.Abs(share.Number.Value - Math.Round(computed, 2)) <= 0.02m);
                if (!trimmed)
                {
                    wrong.Add(share.Whole!);
                }

                yield return new AuditFinding(Id, trimmed ? (share.Number.Precision <= 0.01m ? Severity.Note : Severity.Warning) : Severity.Error, NarrativeClaims.Where(share),
                    NarrativeMessages.ShareDiffers(NarrativeClaims.Name(share), wholeName, share.Number.Value, amount.Number.Value, total.Number.Value, computed, trimmed,
                        trimmed ? null : AmountTheShareFits(report, share, total)))
                { Printed = share.Number.Value, Computed = Math.Round(computed, 2), At = share.Number.Place };
            }
        }

        foreach (var f in SharesOfGroups(report, wrong))
        {
            yield return f;
        }
    }

    /// <summary>
    /// "本年支出合计880.20万元，其中：基本支出768.88万元，占87.35%；项目支出11.33万元，占12.65%" (沐溪): the shares of one sentence
    /// make 100%, and the whole less the other parts (111.32) fits the printed share — the amount is the slip, not the share.
    /// </summary>
    private static decimal? AmountTheShareFits(PublishedReport report, Claim share, Claim total)
    {
        var same = NarrativeClaims.Same(report, share).Where(NarrativeClaims.Printed).ToList();
        var shares = same.Where(c => c.Measure == Measure.Share && c.Whole == share.Whole).DistinctBy(c => c.Subject).ToList();
        var others = shares.Where(c => c.Subject != share.Subject).Select(c => same.FirstOrDefault(a => a.Subject == c.Subject && a.Measure == Measure.Amount)).ToList();
        if (others.Count == 0 || others.Any(o => o is null) || Math.Abs(shares.Sum(s => s.Number.Value) - 100m) > shares.Sum(s => s.Number.Precision / 2m))
        {
            return null;
        }

        var implied = total.Number.Value - others.Sum(o => o!.Number.Value);
        var fits = total.Number.Value != 0m && Math.Abs(implied / total.Number.Value * 100m - share.Number.Value) <= share.Number.Precision / 2m + 0.005m;
        return fits ? implied : null;
    }

    private IEnumerable<AuditFinding> SharesOfGroups(PublishedReport report, HashSet<string> wrong)
    {
        var groups = new[]
        {
            (Total: "收入总计", Items: new[] { "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入", "使用非财政拨款结余", "上年结转和结余" }),
            (Total: "支出总计", Items: new[] { "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出" }),
            (Total: "三公经费", Items: new[] { "三公:因公出国（境）费", "三公:公务接待费", "三公:公务用车购置及运行费" }),
            (Total: "本年收入合计", Items: new[] { "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入" }),
            (Total: "本年支出合计", Items: new[] { "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出" }),
        };
        foreach (var (totalItem, items) in groups)
        {
            var total = NarrativeClaims.Get(report, totalItem, Measure.Amount);
            var shares = items.Select(i => report.Claims.FirstOrDefault(c => c.Subject == i && c.Measure == Measure.Share && c.Whole == totalItem))
                .Where(s => s is not null).Select(s => s!).ToList();
            var sum = shares.Sum(s => s.Number.Value);
            var tolerance = shares.Count * 0.005m;
            if (total is not null && total.Number.Value != 0m && shares.Count == items.Length && Math.Abs(sum - 100m) > tolerance && !wrong.Contains(totalItem))
            {
                yield return new AuditFinding(Id, Severity.Error, $"情况说明「{totalItem}」", NarrativeMessages.SharesNotHundred(totalItem, sum, tolerance))
                { Printed = sum, Computed = 100m, Tolerance = tolerance };
            }
        }
    }
}

/// <summary>N-YOY: a stated change and its rate agree (prior = current − change).</summary>
public sealed partial class NarrativeYearOnYear : IAuditRule
{
    public string Id => "N-YOY";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "同比：增减额与增减率一致（上年数 = 本年数 − 增减额，增减率 = 增减额 ÷ 上年数）；“三公”各项较预算的增减以公开07表（或文中“三公”表）的预算数为准";

    public string Why => "增减额与增减率各自抄写时常出错，二者必须互相印证。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // Against last year, against the budget ("较年初预算数减少 10.93 万元，下降 54.65%"), against another year: the same sum.
        foreach (var (amountMeasure, rateMeasure, against) in new[]
                 {
                     (Measure.ChangeAmount, Measure.ChangeRate, ChangeAgainst.LastYear),
                     (Measure.BudgetDifference, Measure.BudgetDifferenceRate, ChangeAgainst.Budget),
                     (Measure.BaseYearChange, Measure.BaseYearChangeRate, ChangeAgainst.BaseYear),
                 })
        {
            // "收入、支出总计各减少3117.38万元，下降33.1%": one printed rate of two totals is one slip, said once.
            var said = new HashSet<(PrintedPlace?, decimal?, decimal?)>();
            foreach (var f in Check(report, amountMeasure, rateMeasure, against))
            {
                if (f.MessageId != AuditMessageId.ChangeRateDiffers || said.Add((f.At, f.Printed, f.Computed)))
                {
                    yield return f;
                }
            }
        }

        foreach (var f in AgainstPrintedBudget(report))
        {
            yield return f;
        }

        // "1957.23万元，较2014年决算数1953.72万元减少3.51万元", or the two years' amounts stated in the sentences before the
        // change: with last year's amount printed, the change is their difference.
        foreach (var (change, current, prior) in ChangesWithPrintedAmounts(report))
        {
            if (DifferenceOfAmounts(change, current, prior) is { } f)
            {
                yield return f;
            }
        }
    }

    /// <summary>
    /// "“三公”经费决算数为9663万元，预算数为13874万元，比年初预算数减少4121万元" / "…决算数为1421万元，比年初预算的2621万元下降
    /// 45.8%": the sentence prints the 决算 and the budget, so the difference and its rate follow from them — 4211, 45.78%.
    /// One amount and one budget of the item in the sentence, or nothing is paired.
    /// </summary>
    private IEnumerable<AuditFinding> AgainstPrintedBudget(PublishedReport report)
    {
        foreach (var statement in report.Statements)
        {
            var claims = statement.Claims.Where(NarrativeClaims.Printed).ToList();
            if (!claims.Any(c => c.Measure is Measure.BudgetDifference or Measure.BudgetDifferenceRate))
            {
                continue;
            }

            // By subject, once per sentence: a hostile sentence of thousands of figures must not rescan itself per figure.
            static Dictionary<string, Claim?> Only(IEnumerable<Claim> claims) =>
                claims.GroupBy(c => c.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Skip(1).Any() ? null : g.First(), StringComparer.Ordinal);
            var amounts = Only(claims.Where(c => c.Measure == Measure.Amount));
            var budgets = Only(claims.Where(c => c.Measure == Measure.Budget));
            foreach (var difference in claims.Where(c => c.Measure is Measure.BudgetDifference or Measure.BudgetDifferenceRate))
            {
                if (amounts.GetValueOrDefault(difference.Subject) is not { } amount || budgets.GetValueOrDefault(difference.Subject) is not { } budget || budget.Number.Value <= 0m
                    || (difference.Basis is { } b && budget.Basis is { } bb && b != bb && b != BudgetBasis.FullYear && bb != BudgetBasis.FullYear))
                {
                    continue;
                }

                var expected = amount.Number.Value - budget.Number.Value;
                var slack = (amount.Number.Precision + budget.Number.Precision) / 2m;
                if (difference.Measure == Measure.BudgetDifference)
                {
                    if (Math.Abs(expected - difference.Number.Value) > slack + (difference.Number.Precision / 2m))
                    {
                        yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(difference),
                            NarrativeMessages.BudgetDifferenceDiffers(NarrativeClaims.Name(difference), NarrativeClaims.AsPrinted(amount), NarrativeClaims.AsPrinted(budget),
                                expected, budget.Number.Value, NarrativeClaims.AsPrinted(difference), difference.Number.Value, rate: false))
                        { Printed = difference.Number.Value, Computed = expected, Tolerance = slack, At = difference.Number.Place };
                    }

                    continue;
                }

                // The rate's bounds over the printed figures' rounding; a rate printed to one decimal is right when it rounds to it.
                var low = (expected - slack) / (budget.Number.Value + (budget.Number.Precision / 2m)) * 100m;
                var high = (expected + slack) / (budget.Number.Value - (budget.Number.Precision / 2m)) * 100m;
                var half = Math.Max(difference.Number.Precision, 0.01m) / 2m;
                var stated = difference.Number.Value;
                if (stated < Math.Min(low, high) - half || stated > Math.Max(low, high) + half)
                {
                    yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(difference),
                        NarrativeMessages.BudgetDifferenceDiffers(NarrativeClaims.Name(difference), NarrativeClaims.AsPrinted(amount), NarrativeClaims.AsPrinted(budget),
                            expected, budget.Number.Value, NarrativeClaims.AsPrinted(difference), difference.Number.Value, rate: true))
                    { Printed = stated, Computed = Math.Round(expected / budget.Number.Value * 100m, 2), At = difference.Number.Place };
                }
            }
        }
    }

    private IEnumerable<(Claim Change, Claim Current, Claim Prior)> ChangesWithPrintedAmounts(PublishedReport report)
    {
        var statements = report.Statements;
        for (var k = 0; k < statements.Count; k++)
        {
            foreach (var change in statements[k].Claims.Where(c => c.Measure == Measure.ChangeAmount && NarrativeClaims.Printed(c)))
            {
                var same = statements[k].Claims.Where(c => c.Sentence == change.Sentence && c.Number.Place == change.Number.Place && c.Subject == change.Subject && NarrativeClaims.Printed(c)).ToList();
                // A budget statement's "2016年预算8万元，2015年预算12.5万元；对比减少4.35万元": its budgets are its amounts.
                var amount = report.Nature == DocumentNature.Budget ? Measure.Budget : Measure.Amount;
                if (same.Any(c => c.Measure == amount || c.Measure == Measure.PriorAmount))
                {
                    var current = same.FirstOrDefault(c => c.Measure == amount);
                    var prior = same.Where(c => c.Measure == Measure.PriorAmount).ToList();
                    if (current is not null && prior.Count == 1 && same.Count(c => c.Measure == Measure.ChangeAmount) == 1)
                    {
                        yield return (change, current, prior[0]);
                    }

                    continue;
                }

                // "2022年的“三公”经费决算数合计为1000.86万…。2021年的三公经费决算数合计为807.95万…。" / "2022年“三公”经费决算数相较于
                // 上年增加275.76万元": a change stated on its own takes the nearest amount of each year in the three statements
                // before it, in the same section.
                var year = change.Year ?? report.Year?.Value;
                var before = Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Reverse().Where(i => statements[i].Section == statements[k].Section)
                    .SelectMany(i => statements[i].Claims.Where(c => c.Subject == change.Subject && NarrativeClaims.Printed(c))).ToList();
                if (year is not null && before.FirstOrDefault(c => c.Measure == Measure.Amount && c.Year == year) is { } thisYear
                    && before.FirstOrDefault(c => c.Measure is Measure.Amount or Measure.PriorAmount && c.Year == year - 1) is { } lastYear)
                {
                    yield return (change, thisYear, lastYear);
                }
            }
        }
    }

    /// <summary>The change against this year's and last year's printed amounts; nothing when it agrees within their rounding.</summary>
    private AuditFinding? DifferenceOfAmounts(Claim change, Claim current, Claim prior)
    {
        var expected = current.Number.Value - prior.Number.Value;
        // "2016年预算8万元，2015年预算12.5万元": a whole number beside figures with decimals dropped its zeros (8.00, not 8 ± 0.5).
        var finest = Math.Min(current.Number.Precision, Math.Min(prior.Number.Precision, change.Number.Precision));
        decimal Half(PrintedNumber n) => (finest < 1m && n.Precision >= 1m ? finest : n.Precision) / 2m;
        var tolerance = Half(current.Number) + Half(prior.Number) + Half(change.Number);
        if (Math.Abs(expected - change.Number.Value) <= tolerance
            || (current.Unit != prior.Unit && PrintedAgree(current, prior, change, tolerance)))
        {
            return null; // "本年252.5元，上年231.5万元，增加21万元": one unit misprinted is R-UNIT's, the figures agree
        }

        return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(change),
            NarrativeMessages.ChangeDiffersFromAmounts(NarrativeClaims.Name(change), NarrativeClaims.AsPrinted(current), NarrativeClaims.AsPrinted(prior), expected,
                change.Number.Value, NarrativeClaims.AsPrinted(change)))
        { Printed = change.Number.Value, Computed = expected, Tolerance = tolerance, At = change.Number.Place };
    }

    /// <summary>The three figures as printed, units aside: this year − last year = the change.</summary>
    private static bool PrintedAgree(Claim current, Claim prior, Claim change, decimal tolerance) =>
        PrintedNumber.TryParse(current.Number.Text, current.Number.Place) is { } c && PrintedNumber.TryParse(prior.Number.Text, prior.Number.Place) is { } p
        && PrintedNumber.TryParse(change.Number.Text, change.Number.Place) is { } d
        && Math.Abs(c.Value - p.Value - (Math.Abs(d.Value) * Math.Sign(change.Number.Value))) <= tolerance;

    private IEnumerable<AuditFinding> Check(PublishedReport report, Measure amountMeasure, Measure rateMeasure, ChangeAgainst against)
    {
        var claims = new ClaimIndex(report);
        bool? newUnit = null; // whether the opening says the unit is new: read once
        ILookup<string, string>? unreadBySentence = null;
        foreach (var change in NarrativeClaims.Of(report, amountMeasure))
        {
            var rate = Partner(claims, change, rateMeasure, after: true);
            // A budget statement's amounts are this year's budgets, compared with last year's ("公务接待费2.30万元，较上年减少1.5万元"),
            // as is a budget its own sentence states beside a change on last year ("…支出预算445372.24元，…同比减少36235.88元"): that
            // budget, never an amount another sentence states.
            var sentence = claims.Statement(change);
            var ownBudget = against == ChangeAgainst.LastYear
                && sentence.Any(c => c.Subject == change.Subject && c.Measure == Measure.Budget)
                && !sentence.Any(c => c.Subject == change.Subject && c.Measure == Measure.Amount);
            var current = ownBudget ? Partner(claims, change, Measure.Budget, after: false)
                : Partner(claims, change, Measure.Amount, after: false)
                    ?? (report.Nature == DocumentNature.Budget && against == ChangeAgainst.LastYear ? Partner(claims, change, Measure.Budget, after: false) : null);
            if (rate is null || current is null || (against != ChangeAgainst.LastYear && !(rate.Sentence == change.Sentence && current.Sentence == change.Sentence)))
            {
                continue;
            }

            // "公务接待费为0万元，较上年减少0.86万元": a nothing printed beside a change in hundredths is nothing, not 0 ± 0.5.
            // "公务接待费1万元，比上年增加0.5万元，增长100%": a whole number beside a change in tenths dropped its zeros (1.00, not 1 ± 0.5).
            // ("财政补助收入1.1亿元，同比减少3016.53万元": a figure printed with its decimals, in 亿元, keeps its own rounding.)
            var currentPrecision = current.Number.Value == 0m || (current.Number.Precision >= 1m && change.Number.Precision < 1m && !current.Number.Text.Contains('.', StringComparison.Ordinal))
                ? change.Number.Precision : current.Number.Precision;
            var prior = new PrintedNumber(string.Empty, current.Number.Value - change.Number.Value, Math.Max(currentPrecision, change.Number.Precision) * 2m, change.Number.Place);

            // A 三公 category's budget stands in 公开07表: the change is 决算 − that budget, and the rate is taken against it.
            if (against == ChangeAgainst.Budget && report.Table(PublicTable.ThreePublic) is { } t07 && PrintedTables.ThreePublicRow(t07, change.Subject) is { } row
                && PrintedTables.Cell(row, 0) is { } tableBudget)
            {
                var expected = current.Number.Value - tableBudget.Value;
                var slack = (currentPrecision / 2m) + (tableBudget.Precision / 2m) + (change.Number.Precision / 2m);
                if (Math.Abs(expected - change.Number.Value) > slack)
                {
                    // "减少0.1万元，下降0.006%" against 14.9 budgeted and 5.21 spent: the rate printed beside it is named too when it is off as well.
                    var wrongRate = tableBudget.Value > 0m && rate.Sentence == change.Sentence
                        && Math.Abs(Math.Abs(rate.Number.Value) - Math.Abs(expected / tableBudget.Value * 100m)) > rate.Number.Precision
                        ? NarrativeClaims.AsPrinted(rate) : null;
                    yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(change),
                        NarrativeMessages.BudgetDifferenceAgainstTable(NarrativeClaims.Name(change), change.Number.Value, NarrativeClaims.AsPrinted(change), PrintedTables.ThreePublicName(t07), tableBudget.Value, current.Number.Value, expected, wrongRate))
                    { Printed = change.Number.Value, Computed = expected, Tolerance = slack, At = change.Number.Place };
                    continue;
                }

                prior = tableBudget;
            }
            var magnitude = new PrintedNumber(string.Empty, Math.Abs(change.Number.Value), change.Number.Precision, change.Number.Place);
            if (Tolerance.RatioRange(magnitude, prior) is not { } range)
            {
                // Last year was zero (the change is the whole amount): a rate of growth from nothing is undefined.
                // A new unit says so ("新增报表", "上年未独立编制"): its "增长100%" is the template's, a note. Otherwise each is a
                // warning of its own: a reviewer lists 收支总计, 收入合计 and 支出合计 "增长100%" of one new unit as three slips, and
                // items new this year ("20109 海关事务…增长100%", "20114 知识产权事务…增长100%") each as its own.
                if (Math.Abs(prior.Value) <= prior.Precision && rate.Number.Value != 0m)
                {
                    newUnit ??= report.Lines.Take(60).Any(l => NewUnit().IsMatch(l.Text));
                    var explained = newUnit.Value || NewUnit().IsMatch(change.Sentence);
                    yield return new AuditFinding(Id, explained ? Severity.Note : Severity.Warning, NarrativeClaims.Where(rate),
                        NarrativeMessages.ChangeRateOfNothing(NarrativeClaims.Name(change), against, change.Year, change.Number.Value, rate.Number.Value))
                    { Printed = rate.Number.Value, At = rate.Number.Place };
                }

                continue;
            }

            // A rate printed to one decimal ("下降16.9%") is right when the exact rate rounds to it at that precision.
            var stated = Math.Abs(rate.Number.Value);
            var half = Math.Max(rate.Number.Precision, 0.01m) / 2m;
            // "下降33.1%" for 33.0475%: rounded to hundredths first (33.05), then to the tenth printed — a writer's habit reviewers
            // accept, not an error.
            var twice = rate.Number.Precision > 0.01m
                && (Math.Round(Math.Round(range.Low, 2, MidpointRounding.AwayFromZero), 1, MidpointRounding.AwayFromZero) == stated
                    || Math.Round(Math.Round(range.High, 2, MidpointRounding.AwayFromZero), 1, MidpointRounding.AwayFromZero) == stated);
            if ((stated < range.Low - half || stated > range.High + half || Math.Sign(rate.Number.Value) != Math.Sign(change.Number.Value))
                && !(twice && Math.Sign(rate.Number.Value) == Math.Sign(change.Number.Value)))
            {
                // "8.15%" for 8.158%: cut off, not rounded — one unit below in the last digit is a note at hundredths, as N-RATE has it.
                var truncated = Math.Sign(rate.Number.Value) == Math.Sign(change.Number.Value) && stated < range.Low && stated >= range.Low - Math.Max(rate.Number.Precision, 0.01m);
                if (!truncated && current.Sentence == change.Sentence && HeadAgrees(claims, unreadBySentence ??= UnreadBySentence(report), change, rate, current))
                {
                    continue;
                }

                // "公务用车运行维护费…比上年减支670.23万元，降低81.67%" of 1490.91: a rise from 820.68 gives 81.67% — the direction
                // words may be what is wrong, not the rate; or the rate was taken against 本年 + 增减额. The message says both.
                var reversed = !truncated && against == ChangeAgainst.LastYear ? Reversed(current, change, rate) : null;

                yield return new AuditFinding(Id, truncated ? (rate.Number.Precision <= 0.01m ? Severity.Note : Severity.Warning) : Severity.Error, NarrativeClaims.Where(rate),
                    NarrativeMessages.ChangeRateDiffers(NarrativeClaims.Name(change), against, change.Year, change.Number.Value, prior.Value, rate.Number.Value, truncated, reversed, rate.Number.Text))
                { Printed = rate.Number.Value, Computed = Math.Round(change.Number.Value / prior.Value * 100m, 2), At = rate.Number.Place };
            }
        }
    }

    /// <summary>
    /// The figure of the change's subject that goes with it: in its own sentence (the rate after the change, the amount before
    /// it: "决算为 X 万元，较上年增加 Y 万元，增长 Z%"), else the only one the narrative states. Pairing across sentences when
    /// the subject has several would set one comparison against another.
    /// </summary>
    /// <summary>The report's claims found by statement, by item and by position, once: a text of many changes must not rescan all of them for each.</summary>
    private sealed class ClaimIndex(PublishedReport report)
    {
        public IReadOnlyList<Claim> All { get; } = report.Claims;

        private readonly Dictionary<object, IReadOnlyList<Claim>> _statementOf = StatementsOf(report);

        /// <summary>The claims of the claim's own statement (not of every sentence printed alike: a hostile text repeats one).</summary>
        public IReadOnlyList<Claim> Statement(Claim c) => _statementOf.TryGetValue(c, out var claims) ? claims : [c];

        private static Dictionary<object, IReadOnlyList<Claim>> StatementsOf(PublishedReport report)
        {
            var map = new Dictionary<object, IReadOnlyList<Claim>>(ReferenceEqualityComparer.Instance);
            foreach (var statement in report.Statements)
            {
                foreach (var c in statement.Claims)
                {
                    map.TryAdd(c, statement.Claims);
                }
            }

            // Claims built without statements (a report assembled in code) are grouped by their sentence and place.
            foreach (var group in report.Claims.Where(c => !map.ContainsKey(c)).GroupBy(c => (c.Sentence, c.Number.Place)))
            {
                var claims = group.ToList();
                foreach (var c in claims)
                {
                    map[c] = claims;
                }
            }

            return map;
        }

        public ILookup<(string, Measure), Claim> ByItem { get; } = report.Claims.ToLookup(c => (c.Subject, c.Measure));

        public Dictionary<object, int> Position { get; } = report.Claims.Select((c, i) => (c, i)).ToDictionary(x => (object)x.c, x => x.i, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Last year's amount if the change went the other way and then agrees with its rate (both printed with one sign).</summary>
    private static decimal? Reversed(Claim current, Claim change, Claim rate)
    {
        var prior = current.Number.Value + change.Number.Value; // current − (−change)
        if (prior <= 0m || Math.Sign(rate.Number.Value) != Math.Sign(change.Number.Value))
        {
            return null;
        }

        var computed = Math.Abs(change.Number.Value) / prior * 100m;
        var half = Math.Max(rate.Number.Precision, 0.01m) / 2m;
        return Math.Abs(computed - Math.Abs(rate.Number.Value)) <= half + 0.005m ? prior : null;
    }

    /// <summary>
    /// "事业运行经费总预算安排37337407.64元，其中：基本支出预算488180.64元，项目支出预算36849227元，同比增加27125219.46元，
    /// 增长265.6%": after a 其中 list the change may be the head's, not the last part's — and the head's figures (read or not)
    /// agree with it exactly (27125219.46 ÷ 10212188.18 = 265.62%). The sentence is then read the other way, and says nothing.
    /// </summary>
    private static bool HeadAgrees(ClaimIndex claims, ILookup<string, string> unread, Claim change, Claim rate, Claim current)
    {
        var qizhong = change.Sentence.IndexOf("其中", StringComparison.Ordinal);
        if (qizhong < 0)
        {
            return false;
        }

        // The head stands before the change: the amounts (read or not) printed before it in its sentence.
        var at = claims.Position.GetValueOrDefault(change, -1);
        var heads = claims.Statement(change).Where(c => c.Number.Place == change.Number.Place && c.Measure is Measure.Amount or Measure.Budget
                && !ReferenceEquals(c, current) && NarrativeClaims.Printed(c) && claims.Position.GetValueOrDefault(c, -1) < at).Select(c => c.Number.Value)
            .Concat(unread[change.Sentence].Select(InWan).OfType<decimal>());
        var half = Math.Max(rate.Number.Precision, 0.01m) / 2m;
        return heads.Any(h => h - change.Number.Value is var prior && prior > 0m
            && Math.Abs((Math.Abs(change.Number.Value) / prior * 100m) - Math.Abs(rate.Number.Value)) <= half + 0.005m);
    }

    private static ILookup<string, string> UnreadBySentence(PublishedReport report) =>
        report.Statements.SelectMany(st => st.Unread.Select(u => (st.Text, u))).ToLookup(p => p.Text, p => p.u, StringComparer.Ordinal);

    /// <summary>An unread figure as printed ("37337407.64元", "2.3亿元") in 万元; null for anything else.</summary>
    private static decimal? InWan(string printed)
    {
        // The number as every printed figure is parsed (PrintedNumber), the unit brought to 万元.
        if (UnreadMoney().Match(printed) is not { Success: true } m || PrintedNumber.TryParse(m.Groups["n"].Value, new PrintedPlace(null, null)) is not { } n)
        {
            return null;
        }

        return m.Groups["u"].Value switch { "万元" => n.Value, "亿元" => n.Value * 10000m, _ => n.Value / 10000m };
    }

    [GeneratedRegex(@"^(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>万元|亿元|元)$")]
    private static partial Regex UnreadMoney();

    [GeneratedRegex(@"新增(?:报表|单位|部门)|新成立|新组建|首次(?:编制|公开|纳入)|上年(?:度)?(?:无|未)(?:决算|独立编制|编报|单独编制)|无上年(?:度)?决算|未独立编制")]
    private static partial Regex NewUnit();

    private static Claim? Partner(ClaimIndex claims, Claim change, Measure measure, bool after)
    {
        var at = claims.Position.GetValueOrDefault(change, -1);
        bool Mate(Claim c) => c.Subject == change.Subject && c.Measure == measure && NarrativeClaims.Printed(c); // a blank is N-BLANK's
        if (at >= 0)
        {
            var inSentence = claims.Statement(change).Where(c => Mate(c) && c.Number.Place == change.Number.Place).Select(c => claims.Position[c]).Order().ToList();
            var nearest = after ? inSentence.Where(i => i > at).Select(i => (int?)i).FirstOrDefault() : inSentence.Where(i => i < at).Select(i => (int?)i).LastOrDefault();
            // "收支较上年减少570.58万元…，主要原因是2022年收入总计7033.15万元…；2023年收入总计6462.57万元": figures of two years
            // after the change, in its reason, are no partner of it; the sentences around it may state this year's.
            var years = inSentence.Select(i => claims.All[i].Year).OfType<int>().Distinct().Count();
            if ((nearest ?? (inSentence.Count > 0 && years < 2 ? inSentence[0] : null)) is { } j)
            {
                return claims.All[j];
            }
        }

        // A figure of a sentence that states its own change of the subject goes with that change, not this one; the change's own
        // sentence was weighed above.
        var all = claims.ByItem[(change.Subject, measure)].Where(c => Mate(c) && c.Sentence != change.Sentence
            && !claims.Statement(c).Any(o => o.Subject == c.Subject && o.Measure == change.Measure)).ToList();
        return all.Count == 1 || (all.Count > 1 && all.All(c => c.Number.Value == all[0].Number.Value)) ? all[0] : null;
    }
}

/// <summary>N-NOBUDGET: "完成年初预算的0%" for an item that spent money: the budget was zero, the rate is undefined.</summary>
public sealed class CompletionOfNoBudget : IAuditRule
{
    public string Id => "N-NOBUDGET";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "完成年初预算的 0% 而决算数大于 0（警告）：年初预算为零，完成率无法计算，宜写“年初无预算”；决算数为 0 却说完成预算的百分之几十、百";

    public string Why => "0% 表示一分钱没花，与实际支出相反；这是把除以零写成了 0。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t07 = report.Table(PublicTable.ThreePublic);

        // "因公出国(境)费支出决算为0万元，完成年初预算的100%" (宁国 2016): nothing spent is 0% of any budget, and of none no rate at all.
        foreach (var c in NarrativeClaims.Of(report, Measure.Completion).Where(c => c.Number.Value > 0m && NarrativeClaims.Printed(c)))
        {
            if (report.Claims.FirstOrDefault(a => a.Sentence == c.Sentence && a.Subject == c.Subject && a.Measure == Measure.Amount && a.Number.Place == c.Number.Place
                    && NarrativeClaims.Printed(a)) is { Number.Value: 0m })
            {
                var budget = report.Claims.FirstOrDefault(b => b.Sentence == c.Sentence && b.Subject == c.Subject && b.Measure == Measure.Budget && NarrativeClaims.Printed(b))?.Number.Value;
                yield return new AuditFinding(Id, budget is > 0m ? Severity.Error : Severity.Warning, NarrativeClaims.Where(c),
                    NarrativeMessages.CompletionOfZeroSpending(NarrativeClaims.Name(c), c.Number.Text, budget is > 0m ? budget : null))
                { Printed = c.Number.Value, Computed = 0m, At = c.Number.Place };
            }
        }

        foreach (var c in NarrativeClaims.Of(report, Measure.Completion).Where(c => c.Number.Value == 0m))
        {
            // A 三公 category with a budget in 公开07表 had one: its 0% is N-RATE's and N-AMOUNT's to weigh, not a zero budget.
            if (PrintedTables.ThreePublicRow(t07, c.Subject) is { } row && PrintedTables.Cell(row, 0) is { Value: > 0m })
            {
                continue;
            }

            var amount = NarrativeClaims.Get(report, c.Subject, Measure.Amount);
            if (amount is { Number.Value: > 0m })
            {
                // A warning, not an error: the Liaoning form itself prints 0% here (a note where the report's template says so).
                yield return NarrativeClaims.Wording(report, TemplateWording.ZeroBudgetCompletion, Id, NarrativeClaims.Where(c),
                    NarrativeMessages.CompletionOfNoBudget(NarrativeClaims.Name(c), amount.Number.Value), c.Number.Place, 0m);
            }
            else if (amount is { Number.Value: 0m } && c.Subject.StartsWith(NarrativeItems.ThreePublicPrefix, StringComparison.Ordinal)
                && (NarrativeClaims.Get(report, c.Subject, Measure.Budget) is { Number.Value: 0m }
                    || (PrintedTables.ThreePublicRow(t07, c.Subject) is { } budgetRow && PrintedTables.Cell(budgetRow, 0) is null or { Value: 0m })))
            {
                // Only where the budget is known to be zero (stated, or 公开07表's cell zero or blank): "支出0万元，完成预算0%"
                // against a budget printed nowhere is simply true. A note: "预算为0万元，支出决算为0万元，完成预算的0%" is the
                // Anhui form's filler for an item with no budget, meaningless but contradicting no figure.
                yield return new AuditFinding(Id, Severity.Note, NarrativeClaims.Where(c), NarrativeMessages.CompletionOfNothing(NarrativeClaims.Name(c)))
                { At = c.Number.Place };
            }
        }
    }
}

/// <summary>N-COMPLETION: the overall completion agrees with the per-item completions (the budgets they imply).</summary>
public sealed class CompletionConsistency : IAuditRule
{
    public string Id => "N-COMPLETION";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "各项完成年初预算的比例所隐含的年初预算之和，与财政拨款支出总体完成率所隐含的年初预算一致";

    public string Why => "总体完成率与逐项完成率出自同一组预算数，二者矛盾说明其中之一算错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var overall = NarrativeClaims.Get(report, NarrativeItems.AppropriationExpenditure, Measure.Completion);
        var total = NarrativeClaims.Get(report, NarrativeItems.AppropriationExpenditure, Measure.Amount);
        if (overall is null || total is null || overall.Number.Value <= 0m)
        {
            yield break;
        }

        decimal low = 0m, high = 0m;
        var items = 0;
        foreach (var c in NarrativeClaims.Of(report, Measure.Completion).Where(c => c.Subject.StartsWith(NarrativeItems.ItemPrefix, StringComparison.Ordinal)))
        {
            if (NarrativeClaims.Get(report, c.Subject, Measure.Amount) is not { } amount || c.Number.Value <= 0m)
            {
                continue; // no budget: contributes nothing
            }

            items++;
            var a = amount.Number;
            var half = c.Number.Precision / 2m;
            low += (a.Value - (a.Precision / 2m)) / ((c.Number.Value + half) / 100m);
            high += (a.Value + (a.Precision / 2m)) / ((c.Number.Value - half) / 100m);
        }

        if (items == 0)
        {
            yield break;
        }

        var t = total.Number;
        var h = overall.Number.Precision / 2m;
        var impliedLow = (t.Value - (t.Precision / 2m)) / ((overall.Number.Value + h) / 100m);
        var impliedHigh = (t.Value + (t.Precision / 2m)) / ((overall.Number.Value - h) / 100m);
        if (impliedHigh < low || impliedLow > high)
        {
            var computed = t.Value / ((low + high) / 2m) * 100m;
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(overall),
                NarrativeMessages.CompletionsDisagree(overall.Number.Value, t.Value, items, low, high, computed))
            { Printed = overall.Number.Value, Computed = Math.Round(computed, 2), At = overall.Number.Place };
        }
    }
}

/// <summary>N-MISSING: a figure the narrative leaves blank ("政府性基金预算资金 万元").</summary>
public sealed partial class BlankFigure : IAuditRule
{
    public string Id => "N-BLANK";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "情况说明中缺数的句子（“……资金 万元”“设备 台（套）”“平均得分 分”“。%、%、%，”）";

    public string Why => "空着的数字说明模板未填完。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in report.Claims.Where(f => f.Number.Text.Length == 0))
        {
            yield return new AuditFinding(Id, Severity.Error, NarrativeClaims.Where(f), NarrativeMessages.FigureBlank(NarrativeClaims.Name(f), share: f.Measure == Measure.Share, rate: f.Measure == Measure.ChangeRate, countUnit: f.Measure == Measure.Count ? f.Unit ?? string.Empty : null)) { At = f.Number.Place };
        }

        // "…被标记为经营异常状态。%、%、%，未按规定公示…" (乐亭): percentages whose figures were never typed in, named by no item.
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            var lone = LonePercent().Matches(flat);
            if (lone.Count >= 2)
            {
                yield return new AuditFinding(Id, Severity.Error, $"情况说明 {line.Place}", NarrativeMessages.PercentagesBlank(lone.Count, Residue.Excerpt(flat, lone[0].Index))) { At = line.Place };
            }
        }
    }

    // A "%" straight after a clause's mark and before another; "（%）" in a heading, "42.5 %" and a PDF line that wrapped
    // before its "%" ("…的87.35" / "%，项目支出…") are not it, nor is one alone ("（单位：万元、%，下同）").
    [GeneratedRegex(@"(?<=[、，。；：])[%％](?=[、，。；])")]
    private static partial Regex LonePercent();
}

/// <summary>N-RESTATED: a total's change on the same year, stated twice in the narrative, does not go both up and down.</summary>
public sealed class RestatedChanges : IAuditRule
{
    public string Id => "N-RESTATED";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "同一总数较同一年度的增减在情况说明中多次出现时方向一致（前说“减少166.4万元”，后说“增加43万元”）";

    public string Why => "同一个变化前后说成一增一减，至少有一处是错的；只改增减率并不能纠正它。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var amountOf = report.Claims.Where(c => c.Measure == Measure.Amount && NarrativeClaims.Printed(c)).ToLookup(c => c.Sentence, StringComparer.Ordinal);
        foreach (var group in report.Claims.Where(Comparable(report)).GroupBy(c => (c.Subject, c.Year)))
        {
            var first = group.First();
            if (group.FirstOrDefault(c => Math.Sign(c.Number.Value) == -Math.Sign(first.Number.Value) && (c.Sentence != first.Sentence || c.Number.Place != first.Number.Place)) is { } other)
            {
                // Two sentences that state the total's amount differently speak of two scopes (部门 and 本级): a warning.
                var amounts = new[] { first, other }.Select(c => amountOf[c.Sentence].FirstOrDefault(a => a.Subject == c.Subject)).ToList();
                var scopes = amounts.All(a => a is not null) && amounts[0]!.Number.Value != amounts[1]!.Number.Value;
                yield return new AuditFinding(Id, scopes ? Severity.Warning : Severity.Error, NarrativeClaims.Where(other),
                    NarrativeMessages.ChangeRestatedOpposite(NarrativeClaims.Name(other), first.Year!.Value, first.Number.Value, first.Number.Place, other.Number.Value))
                { Printed = other.Number.Value, Computed = first.Number.Value, At = other.Number.Place };
            }
        }
    }

    /// <summary>
    /// The totals only, each change said against a year in so many words ("比2020年减少"; last year's, where the title gives
    /// the report's): an item's name is read for several scopes (the department's, one fund's, a region's 区直 part), and
    /// what differs between two scopes is the amount, rarely the direction.
    /// </summary>
    private static Func<Claim, bool> Comparable(PublishedReport report) => c =>
        c.Measure == Measure.ChangeAmount && NarrativeClaims.Printed(c) && c.Number.Value != 0m && c.Year is { } against
        && (report.Year is not { } year || against == year.Value - 1)
        && NarrativeClaims.Totals.Contains(c.Subject);
}
