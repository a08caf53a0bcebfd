using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// R-SCOPE: a county's or a city's report that defines its scope in a higher level's words — "是指省级部门用财政拨款安排的…"
/// under 施甸县's title — the province's or the centre's definition copied without changing its level. Only the defining frame
/// counts: a county may well "向省级各部门争取资金" or cite "财政部会同各部门制定的…".
/// </summary>
public sealed partial class OtherLevelScope : IAuditRule
{
    public string Id => "R-SCOPE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "县、区、乡镇的报告用上级的口径界定自己的范围（“是指省级部门用财政拨款安排的…”“指省级各部门（含下属单位）…”“云南省省本级各部门“三公”经费”）";

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

    /// <summary>
    /// The report's name (its department's, or its title near the top) when it is of a place below a province: a 市, 州, 县, 区,
    /// 旗, 乡, 镇 or 街道 in it — not 城乡/乡村 in a ministry's name ("住房和城乡建设厅", "乡村振兴局"), nor 自治区, 社区 or 区域.
    /// </summary>
    private static string? Level(PublishedReport report)
    {
        foreach (var text in new[] { report.DepartmentName ?? string.Empty }.Concat(report.Lines.Take(12).Select(l => l.Text).Where(t => t.Contains("决算", StringComparison.Ordinal) || t.Contains("发布机构", StringComparison.Ordinal))))
        {
            // "索引号… 发布机构 施甸县财政局 公开目录…": the body that published it.
            var name = Residue.Flat(text) is var flat && Publisher().Match(flat) is { Success: true } p ? p.Groups[1].Value : Residue.Flat(text);
            if (Local().IsMatch(NotPlaces().Replace(name, string.Empty)))
            {
                return name.Length > 40 ? name[..40] + "…" : name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"发布机构[：:|]*([\u4e00-\u9fff（）]{2,30})")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"城乡|乡村|自治区|社区|区域|辖区|园区|景区|片区")]
    private static partial Regex NotPlaces();

    [GeneratedRegex(@"[\u4e00-\u9fff](?:市|州|盟|县|区|旗|乡|镇|街道)")]
    private static partial Regex Local();

    // The province's own scope, in its defining frame: "是指省级部门用财政拨款安排的", "指省级各部门（含下属单位）用…",
    // "纳入省级财政预决算管理的“三公”经费", "云南省省本级各部门“三公”经费".
    [GeneratedRegex(@"指省级(?:各)?部门(?:用财政拨款|（含下属单位）)|省本级各部门(?=“?三公)|使用省本级财政拨款安排|纳入省级财政预决算管理(?=的“?三公)")]
    private static partial Regex Provincial();

    // The centre's, in the same frame: "是指中央部门用财政拨款安排的", "中央本级各部门“三公”经费".
    [GeneratedRegex(@"指中央(?:各)?部门(?:用财政拨款|（含下属单位）)|中央本级各部门(?=“?三公)")]
    private static partial Regex Central();
}
