using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-ACTUAL: "2017年预算数3786.71万元，调整数4610.19万元，决算数4610.19万元" — a budget line that names no item of its own speaks of
/// its section's, so its 决算数 is an amount the section has already stated. A section that spent 4603.07 万元 with nothing carried
/// over cannot close at 4610.19 (2017, a unit's 财政拨款 sections, twice).
/// </summary>
public sealed partial class BudgetLineActual : IAuditRule
{
    public string Id => "N-ACTUAL";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "“预算数……调整数……决算数……”一句未写科目时，其决算数应是本部分前文写出的收入或支出金额之一（警告：不是任何一个时，至少一处写错）";

    public string Why => "决算数是预算执行的结果，应与本部分的收支金额一致；对不上，读者不知道哪个数是真的。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var statements = report.Statements;
        var indexOf = NarrativeClaims.LineIndex(report);
        for (var i = 0; i < statements.Count; i++)
        {
            var text = Residue.Flat(statements[i].Text);
            if (Line().Match(text) is not { Success: true } m || PrintedNumber.TryParse(m.Groups["actual"].Value, statements[i].Place) is not { } actual)
            {
                continue;
            }

            // "1.一般公共服务支出（类）…行政运行（项）。" on the line before: the budget line is that item's, whose amount is not stated.
            if (PreviousLine(report, indexOf(statements[i].Place)) is { } before && !AnyAmount().IsMatch(before))
            {
                continue;
            }

            // The amounts the section printed before the line (at most a dozen sentences back), and what one leaves of another
            // (收入总计 520 less 年初结转和结余 20 is the year's 500).
            // (not another budget line's 决算数: the same figure printed twice is no confirmation)
            var amounts = statements.Take(i).Reverse().Take(12).TakeWhile(s => s.Section == statements[i].Section)
                .Where(s => !Line().IsMatch(Residue.Flat(s.Text))).SelectMany(s => s.Claims).Where(c => c.Measure == Measure.Amount && c.Unit == "万元" && NarrativeClaims.Printed(c)).Take(24).ToList();
            var stated = amounts.Where(c => c.Number.Value > 0m
                && (c.Subject.Contains("收入", StringComparison.Ordinal) || c.Subject.Contains("支出", StringComparison.Ordinal) || c.Subject.Contains("总计", StringComparison.Ordinal))).ToList();
            bool Near(decimal value, decimal precision) => Math.Abs(value - actual.Value) <= (precision + actual.Precision) / 2m;
            if (stated.Count == 0 || amounts.Any(c => Near(c.Number.Value, c.Number.Precision))
                || amounts.Any(a => amounts.Any(b => !ReferenceEquals(a, b) && Near(a.Number.Value - b.Number.Value, a.Number.Precision + b.Number.Precision))))
            {
                continue;
            }

            // (of equals, a total before its parts, the nearest sentence first)
            var nearest = stated.OrderBy(c => Math.Abs(c.Number.Value - actual.Value))
                .ThenBy(c => c.Subject is NarrativeItems.BasicExpenditure or NarrativeItems.ProjectExpenditure ? 1 : 0).First();
            yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statements[i].Place}",
                NarrativeMessages.BudgetLineActualUnstated(actual.Text, nearest.SubjectName, nearest.Number.Text, nearest.Number.Place, Residue.Excerpt(text, m.Index)))
            { Printed = actual.Value, Computed = nearest.Number.Value, At = statements[i].Place };
        }
    }

    /// <summary>Whether a sentence is a budget line that names no item: "2017年预算数…，调整数…，决算数…".</summary>
    internal static bool IsBareBudgetLine(string sentence) => Line().IsMatch(Residue.Flat(sentence));

    /// <summary>The printed line before the one at <paramref name="at"/>, blank lines skipped.</summary>
    private static string? PreviousLine(PublishedReport report, int? at)
    {
        for (var k = (at ?? 0) - 1; k >= 0 && k >= at - 4; k--)
        {
            if (report.Lines[k].Text.Trim().Length > 0)
            {
                return Residue.Flat(report.Lines[k].Text);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d(?:万元|元)")]
    private static partial Regex AnyAmount();

    // "2017年预算数3786.71万元，调整数4610.19万元，决算数4610.19万元" — nothing named before the 预算数 but the year.
    [GeneratedRegex(@"^(?:\d{4,5}年度?)?(?:年初)?预算数?(?:为)?[\d，.]+万元[，,](?:调整(?:后)?(?:预算)?数?(?:为)?[\d，.]+万元[，,])?决算数?(?:为)?(?<actual>\d[\d，]*(?:\.\d+)?)万元")]
    private static partial Regex Line();
}
