using System.Text.RegularExpressions;
using Juesuan.Core.Published;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Sections;

/// <summary>
/// 文件性质: whether a text is a 部门决算 (or a part of one), a 部门预算 statement, or a government's 财政决算 / 预算执行
/// report, from its title and opening lines and, for a page without them, the words only a government's report prints.
/// </summary>
internal static partial class DocumentNatures
{
    /// <summary>How many leading lines hold the title and the report's framing (会议上, 受…委托).</summary>
    private const int OpeningLines = 40;

    public static DocumentNature Recognise(List<TextLine> lines)
    {
        var opening = lines.Select(l => l.Flat.Trim()).Where(t => t.Length > 0).Take(OpeningLines).ToList();
        // Not a site's breadcrumb ("首页 >信息公开 >政府决算"): a county's 三公 summary is filed there too.
        var headings = opening.Where(t => t.Length <= 60 && !t.Contains('>') && !t.Contains('＞') && !t.Contains("位置", StringComparison.Ordinal)).ToList();

        // A department's own report says so in its title: it stays one whatever it mentions (上级补助收入, 财政拨款…).
        var department = headings.Any(h => DepartmentTitle().IsMatch(h));
        if (!department && (GovernmentFraming().IsMatch(string.Concat(opening)) || headings.Any(h => GovernmentTitle().IsMatch(h)) || GovernmentWords(lines) >= 2))
        {
            return DocumentNature.GovernmentFiscalReport;
        }

        // The title (its first lines) names a budget, and 决算 is nowhere: "…年部门预算“三公”经费公开说明", "“三公”经费预算情况说明".
        // A page that gives next year's budget and then this year's 决算 ("二、2021年“三公”经费决算情况") is final accounts.
        var title = string.Concat(headings.Take(2).Where(h => !h.Contains('，') && !h.Contains('。') && !h.Contains('；')));
        // Or its opening sentence states a budget ("2018年政协机关“三公”经费预算数为20.1万元", "…支出安排的“三公”经费预算为3328万元").
        return (BudgetTitle().IsMatch(title) || opening.Take(3).Any(l => BudgetOpening().IsMatch(l))) && !lines.Any(l => l.Flat.Contains("决算", StringComparison.Ordinal))
            ? DocumentNature.Budget
            : DocumentNature.FinalAccounts;
    }

    /// <summary>How many distinct words of a region's budget the text prints (收入总量, 上解上级支出, 债务转贷收入…).</summary>
    private static int GovernmentWords(List<TextLine> lines)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (Match m in RegionBudgetWord().Matches(line.Flat))
            {
                found.Add(m.Value.StartsWith('全') ? "全…一般公共预算" : m.Value);
            }
        }

        return found.Count;
    }

    [GeneratedRegex(@"部门决算|单位决算")]
    private static partial Regex DepartmentTitle();

    // "受区人民政府委托", "——2021年7月28日在…第十七届人民代表大会常务委员会第41次会议上" (the opening's lines joined).
    [GeneratedRegex(@"受[^。，,；]{0,16}政府委托|在[^。]{0,40}(?:人民代表大会|人大)[^。]{0,12}常(?:务委员会|委会)[^。]{0,16}会议上")]
    private static partial Regex GovernmentFraming();

    // "关于武昌区2020年财政决算情况的报告", "2020年政府决算公开目录", "关于2020年市本级决算的报告", "…2020年预算执行情况和2021年预算草案的报告".
    [GeneratedRegex(@"财政决算|(?<!人民)政府决算|[市区县州省旗]本级决算|预算执行情况[^。，]{0,30}报告|决算[（(]草案[)）]的报告|决算草案[^。，]{0,20}报告")]
    private static partial Regex GovernmentTitle();

    [GeneratedRegex(@"收入总量|支出总量|上解上级支出|债务转贷收入|调入资金|预算稳定调节基金|大口径财政收入|财政总收入|财政总支出|全[市区县州省](?:地方)?一般公共预算(?:总)?收入")]
    private static partial Regex RegionBudgetWord();

    [GeneratedRegex(@"(?:部门|单位)预算|经费预算|预算[^，。；]{0,12}(?:说明|公开)|预算表|经费安排情况")]
    private static partial Regex BudgetTitle();

    // …and "一般公共预算安排的“三公”经费支出共计3923万元", "使用财政拨款安排“三公”经费预算总额为…".
    [GeneratedRegex(@"(?<!年初|全年|调整)预算数?为[\d.,，\s]+万?元|安排[^。，,\d]{0,20}预算(?:数)?为|经费预算总额|预算安排的[^。，,\d]{0,20}(?:共计|合计)[\d.,，\s]+万?元")]
    private static partial Regex BudgetOpening();
}
