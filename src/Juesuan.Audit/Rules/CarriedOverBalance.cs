using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-CARRYOVER: this year's opening balance (年初结转和结余) is last year's closing one, which the narrative gives away when it
/// states the closing balance with its change on last year — "年末结转和结余0.0万元，较上年决算数减少60.4万元" puts last year's
/// closing at 60.40, yet "年初结转和结余34.78万元" (巫溪检察院 2019).
/// </summary>
public sealed partial class CarriedOverBalance : IAuditRule
{
    public string Id => "N-CARRYOVER";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "年初结转和结余 = 上年年末结转和结余（= 年末结转和结余 − 其较上年的增减）；未写年初数时，收入总计 − 本年收入合计即是（警告：调整、收回等可以解释差额时应予说明）";

    public string Why => "上年结余结转到本年是决算的衔接关系；两者不符而不作说明，说明某一年的结余写错了，或有未披露的调整。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // The unit's balances only: "一般公共预算财政拨款…年末结转和结余50.00万元，较上年增加20.00万元" is one fund's, and so is any
        // balance in the 财政拨款 sections.
        var fundSections = report.Statements.Where(st => Fund().IsMatch(st.Section)).SelectMany(st => st.Claims).ToHashSet(ReferenceEqualityComparer.Instance);
        bool OfTheUnit(Claim c) => !Fund().IsMatch(c.Sentence) && !fundSections.Contains(c);
        bool ThisYear(Claim c) => NarrativeClaims.OfReportYear(report, c) && NarrativeClaims.Printed(c) && c.Unit == "万元";
        var closing = report.Claims.FirstOrDefault(c => c.Subject == NarrativeItems.ClosingBalance && c.Measure == Measure.Amount && ThisYear(c) && OfTheUnit(c));
        if (closing is null
            || NarrativeClaims.Same(report, closing).FirstOrDefault(c => c.Subject == closing.Subject && c.Measure == Measure.ChangeAmount && NarrativeClaims.Printed(c)) is not { } change)
        {
            yield break;
        }

        // The opening balance as stated, or as the income total less the year's income where nothing else (事业基金, 非财政拨款结余)
        // is named between them.
        var opening = report.Claims.FirstOrDefault(c => c.Subject == "上年结转和结余" && c.Measure == Measure.Amount && ThisYear(c) && OfTheUnit(c));
        decimal? openingValue = opening?.Number.Value;
        var openingPrecision = opening?.Number.Precision ?? 0m;
        var openingText = opening?.Number.Text;
        PrintedPlace? openingPlace = opening?.Number.Place;
        if (opening is null
            && report.Claims.FirstOrDefault(c => c.Subject == NarrativeItems.IncomeTotal && c.Measure == Measure.Amount && ThisYear(c)) is { } total
            && report.Claims.FirstOrDefault(c => c.Subject == "本年收入合计" && c.Measure == Measure.Amount && ThisYear(c)) is { } income
            && !report.Lines.Any(l => OtherSource().IsMatch(l.Text))
            // (a 收入总计 that differs from the 支出总计 is itself misprinted — N-BALANCE's — and derives nothing)
            && !report.Claims.Any(c => c.Subject == NarrativeItems.ExpenditureTotal && c.Measure == Measure.Amount && ThisYear(c) && c.Number.Value != total.Number.Value))
        {
            openingValue = total.Number.Value - income.Number.Value;
            openingText = openingValue.Value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
            openingPrecision = total.Number.Precision + income.Number.Precision;
            openingPlace = total.Number.Place;
        }

        if (openingValue is not { } value || openingPlace is null)
        {
            yield break;
        }

        var lastClosing = closing.Number.Value - change.Number.Value;
        var tolerance = (closing.Number.Precision + change.Number.Precision + openingPrecision) / 2m;
        // A derived opening holds whatever of 使用非财政拨款结余 the text leaves unsaid, so it may exceed last year's closing balance;
        // it can never fall short of it.
        if (Math.Abs(lastClosing - value) <= tolerance || (opening is null && lastClosing < value))
        {
            yield break;
        }

        yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(closing),
            NarrativeMessages.OpeningIsNotLastClosing(openingText ?? Tolerance.Format(value), openingPlace, opening is null, closing.Number.Text, change.Number.Text.TrimStart('-', '−'), change.Number.Value < 0m, lastClosing))
        {
            Printed = value,
            Computed = lastClosing,
            Tolerance = tolerance,
            At = closing.Number.Place,
        };
    }

    /// <summary>An amount of 事业基金 or 非财政拨款结余 drawn on: then 收入总计 − 本年收入合计 is not the opening balance alone.</summary>
    [GeneratedRegex(@"(?:事业基金|非财政拨款结余)[^。；\n]{0,20}?[1-9]")]
    private static partial Regex OtherSource();

    [GeneratedRegex(@"财政拨款|一般公共预算|政府性基金|国有资本经营")]
    private static partial Regex Fund();
}
