using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// R-SCOPE: a county's or a city's report that defines its scope in a higher level's words — "是指省级部门用财政拨款安排的…"
/// under 施甸县's title, "财政部会同各部门" in a 区's — the province's or the centre's text copied without changing its level.
/// </summary>
public sealed partial class OtherLevelScope : IAuditRule
{
    public string Id => "R-SCOPE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "县、区、乡镇或设区的市的报告用上级的口径说明自己（“是指省级部门用财政拨款安排的…”“云南省省本级各部门”“财政部会同各部门”）";

    public string Why => "照抄省级或中央的口径说明而未改成本级，公开的范围就说错了，读者无从知道这些数字覆盖哪些单位。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        if (Level(report) is not { } level)
        {
            yield break;
        }

        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            if (Provincial().Match(flat) is { Success: true } p)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.OtherLevelScope(p.Value, level, Residue.Excerpt(flat, p.Index))) { At = line.Place };
            }
            else if (Central().Match(flat) is { Success: true } c)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.OtherLevelScope(c.Value, level, Residue.Excerpt(flat, c.Index))) { At = line.Place };
            }
        }
    }

    /// <summary>The place below a province the report is of ("施甸县", "潼南区"), from its department's name or the title near the top.</summary>
    private static string? Level(PublishedReport report)
    {
        foreach (var text in new[] { report.DepartmentName ?? string.Empty }.Concat(report.Lines.Take(12).Select(l => l.Text).Where(t => t.Contains("决算", StringComparison.Ordinal) || t.Contains("发布机构", StringComparison.Ordinal))))
        {
            if (Local().Match(text.Replace("自治区", "省", StringComparison.Ordinal)) is { Success: true } m)
            {
                return m.Value;
            }
        }

        return null;
    }

    // A county, district, banner, township or street office ("施甸县财政局", "潼南区玉溪镇人民政府").
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,8}?(?:县|(?<!辖|社|园|片|景|新|城|开发|示范|试验|保护)区|旗|乡|镇|街道)(?=[\u4e00-\u9fff]{0,16}(?:局|委员会|委|办公室|人民政府|中心|所|站|院|校|队|馆|会|\d{4}年))")]
    private static partial Regex Local();

    // The province's own scope: "是指省级部门用财政拨款安排的", "省级各部门（含下属单位）", "云南省省本级各部门".
    [GeneratedRegex(@"省级(?:各)?部门(?:用财政拨款|（含下属单位）|\(含下属单位\))|省级各部门|省本级各部门|使用省本级财政拨款|纳入省级财政预决算管理")]
    private static partial Regex Provincial();

    // The centre's: "财政部会同各部门", "中央各部门", "中央本级各部门".
    [GeneratedRegex(@"财政部会同各部门|中央各部门|中央本级各部门|中央部门用财政拨款")]
    private static partial Regex Central();
}
