using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-PERVEHICLE: the running cost per vehicle (车均运行维护费) the narrative states is the 公务用车运行维护费 it states,
/// divided by the vehicles kept (公务用车保有量), within the rounding of the three. A figure that fits only in another
/// unit ("车均 5.97 元" where 5.97 万元 fits) is an error; another difference a warning, since a report may divide by a
/// count it does not print (the vehicles of the whole year, or only those paid from appropriations).
/// </summary>
public sealed class RunningCostPerVehicle : IAuditRule
{
    public string Id => "N-PERVEHICLE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "车均运行维护费 = 公务用车运行维护费 ÷ 公务用车保有量（三者按印刷位数的舍入误差内）；单位写错（元/万元）为错误";

    public string Why => "车均费用是公众最常比较的数字；单位或分母写错，比较就全错了。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        bool ThisYear(Claim c) => NarrativeClaims.OfReportYear(report, c);
        const string runningCost = NarrativeItems.ThreePublicPrefix + "公务用车运行维护费";
        var cost = report.Claims.FirstOrDefault(c => c.Subject == runningCost && c.Measure == Measure.Amount && NarrativeClaims.Printed(c) && ThisYear(c));
        // "公务用车购置及运行维护费17.9万元…车辆保有量为3辆，全年车均运行维护费支出5.97元": without the running costs alone, the
        // category's amount can still show a unit slip (5.97 万元 × 3 = 17.9) — only that, as purchases may be in it.
        var slipOnly = cost is null;
        cost ??= report.Claims.FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicPrefix + "公务用车购置及运行费" && c.Measure == Measure.Amount && NarrativeClaims.Printed(c) && ThisYear(c));
        var kept = report.Claims.FirstOrDefault(c => c.Subject == NarrativeItems.ThreePublicCountPrefix + "保有车辆" && c.Measure == Measure.Count && ThisYear(c));
        if (cost is null || kept is null || kept.Number.Value <= 0m)
        {
            yield break;
        }

        foreach (var average in report.Claims.Where(c => c.Subject == runningCost && c.Measure == Measure.PerVehicle && NarrativeClaims.Printed(c) && ThisYear(c)))
        {
            var computed = cost.Number.Value / kept.Number.Value;
            var tolerance = (average.Number.Precision / 2m) + (cost.Number.Precision / 2m / kept.Number.Value);
            if (Math.Abs(average.Number.Value - computed) <= tolerance)
            {
                continue;
            }

            // The printed digits read in the other unit: 元 for 万元 or the reverse.
            var factor = average.Unit switch { "元" => 10000m, "万元" => 0.0001m, _ => 0m };
            var otherUnit = average.Unit == "元" ? "万元" : "元";
            var slip = factor != 0m && Math.Abs((average.Number.Value * factor) - computed)
                <= (average.Number.Precision * factor / 2m) + (cost.Number.Precision / 2m / kept.Number.Value);
            if (slipOnly && !slip)
            {
                continue;
            }

            var inUnit = average.Unit == "元" ? computed * 10000m : computed;
            var message = ThreePublicMessages.RunningCostPerVehicleDiffers(NarrativeClaims.AsPrinted(average),
                slipOnly ? "公务用车购置及运行维护费" : "公务用车运行维护费", NarrativeClaims.AsPrinted(cost), cost.Number.Place,
                kept.Number.Value, inUnit, average.Unit, slip ? otherUnit : null);
            yield return new AuditFinding(Id, slip ? Severity.Error : Severity.Warning, NarrativeClaims.Where(average), message)
            {
                Printed = average.Number.Value,
                Computed = computed,
                Tolerance = tolerance,
                At = average.Number.Place,
            };
        }
    }
}
