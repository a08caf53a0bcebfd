using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>
/// Errors planted in the two Shanghai-template texts of shared/reports, one at a time, as a reviewer finds them in real
/// reports: a transposed or mistyped figure, a rate or share off, a direction or relation word turned, last year's year
/// left on this year's total. Each planted figure was worked out by hand against the report's own tables and sentences
/// (e.g. 88.32% → 83.32% breaks 24,535.67 ÷ 27,780.16); the rule named is the check it breaks. The finding must be new:
/// not one the unchanged report already gets.
/// </summary>
public sealed class PlantedErrorTests
{
    private static readonly Dictionary<string, (string Text, HashSet<string> Findings)> Reports = [];

    /// <summary>The report's text and what it is found to hold unchanged, read once per file.</summary>
    private static (string Text, HashSet<string> Findings) Report(string file)
    {
        lock (Reports)
        {
            if (!Reports.TryGetValue(file, out var report))
            {
                var text = File.ReadAllText(Path.Combine(Repo.Root, "..", "shared", "reports", file));
                report = (text, Findings(text));
                Reports[file] = report;
            }

            return report;
        }
    }

    private static HashSet<string> Findings(string text) =>
        [.. Auditor.Run(TextReportReader.Read(text, "r.txt")).Where(f => f.Severity != Severity.Note).Select(f => f.RuleId + " " + f.Message)];

    [Theory]
    [InlineData("putuo-culture-tourism-2025.txt", "26591.08 万元。与 2024 年度相比，收入支出总计增加 8487.88", "26591.08 万元。与 2024 年度相比，收入支出总计增加 8487.08", "N-YOY")] // 总计 change amount off
    [InlineData("putuo-culture-tourism-2025.txt", "万元，增长 46.89%。主要原因：项目经费收入支出增加。", "万元，增长 64.89%。主要原因：项目经费收入支出增加。", "N-YOY")] // 总计 change rate off
    [InlineData("putuo-culture-tourism-2025.txt", "万元，增长 46.89%。主要原因：项目经费收入支出增加。", "万元，下降 46.89%。主要原因：项目经费收入支出增加。", "N-DIRECTION")] // direction word flipped
    [InlineData("putuo-culture-tourism-2025.txt", "本年收入合计 26538.47 万元，其中：财政拨款收入 26538.47", "本年收入合计 26583.47 万元，其中：财政拨款收入 26538.47", "N-AMOUNT")] // 本年收入合计 transposed
    [InlineData("putuo-culture-tourism-2025.txt", "元，占 36.93%；项目支出 16738.11 万元，占 63.07%。", "元，占 39.63%；项目支出 16738.11 万元，占 63.07%。", "N-SHARE")] // share off
    [InlineData("putuo-culture-tourism-2025.txt", "计的 92.45%。与 2024 年度相比，一般公共预算财政拨款支出增", "计的 94.25%。与 2024 年度相比，一般公共预算财政拨款支出增", "N-SHARE")] // share of 本年支出合计 off
    [InlineData("putuo-culture-tourism-2025.txt", "加 6485.08 万元，增长 35.93%。主要原因：项目经费支出增加。", "加 6485.08 万元，增长 33.93%。主要原因：项目经费支出增加。", "N-YOY")] // GB yoy rate off
    [InlineData("putuo-culture-tourism-2025.txt", "出决算为 24535.67 万元，完成年初预算的 88.32%。决算数小于", "出决算为 24535.67 万元，完成年初预算的 83.32%。决算数小于", "N-RATE")] // completion off
    [InlineData("putuo-culture-tourism-2025.txt", "出决算为 24535.67 万元，完成年初预算的 88.32%。决算数小于", "出决算为 24535.67 万元，完成年初预算的 88.32%。决算数大于", "N-RELATION")] // relation word flipped
    [InlineData("putuo-culture-tourism-2025.txt", "为 15.00 万元，支出决算为 14.96 万元。决算数小于预算数的主", "为 15.00 万元，支出决算为 14.96 万元。决算数大于预算数的主", "N-RELATION")] // item relation flipped
    [InlineData("putuo-culture-tourism-2025.txt", "经费 8055.07 万元，主要包括", "经费 8050.07 万元，主要包括", "N-AMOUNT")] // 人员经费 vs table
    [InlineData("putuo-culture-tourism-2025.txt", "算为 3.04 万元，完成预算的 26.46%，其中：因公出国（境）费", "算为 3.04 万元，完成预算的 36.46%，其中：因公出国（境）费", "N-RATE")] // 三公 completion off
    [InlineData("putuo-culture-tourism-2025.txt", "出决算为 2.64 万元，完成预算的 28.15%；公务接待费支出决算", "出决算为 2.64 万元，完成预算的 82.15%；公务接待费支出决算", "N-RATE")] // vehicle completion off
    [InlineData("putuo-culture-tourism-2025.txt", "少 19.66 万元，下降 86.61%，其中：因公出国（境）费支出决", "少 19.66 万元，下降 68.61%，其中：因公出国（境）费支出决", "N-YOY")] // 三公 yoy rate off
    [InlineData("putuo-culture-tourism-2025.txt", "20.06 万元，下降 88.37%；公务接待费支出决算增加 0.40 万元，", "20.06 万元，下降 88.37%；公务接待费支出决算增加 0.04 万元，", "N-YOY")] // part change off
    [InlineData("putuo-culture-tourism-2025.txt", "万元，占 86.84%；公务接待费支出决算 0.40 万元，占 13.16%。", "万元，占 86.84%；公务接待费支出决算 0.40 万元，占 31.16%。", "N-SHARE")] // 三公 share off
    [InlineData("putuo-culture-tourism-2025.txt", "辆。\n3、公务接待费支出 0.40 万元。其中：", "辆。\n3、公务接待费支出 0.04 万元。其中：", "N-AMOUNT")] // 接待 amount off
    [InlineData("putuo-culture-tourism-2025.txt", "机关运行经费支出 166.45 万元，比 2024 年度减少 22.50 万", "机关运行经费支出 166.45 万元，比 2024 年度增加 22.50 万", "N-DIRECTION")] // 运行经费 direction vs rate
    [InlineData("putuo-culture-tourism-2025.txt", "元，下降 11.91%。主要原因是厉行节约，严格控制成本。", "元，下降 19.91%。主要原因是厉行节约，严格控制成本。", "N-YOY")] // 运行经费 rate off
    [InlineData("putuo-culture-tourism-2025.txt", "为 7571.90 万元，其中：货物采购金额 410.53 万", "为 7517.90 万元，其中：货物采购金额 410.53 万", "N-PARTS")] // 采购 total vs parts
    [InlineData("putuo-culture-tourism-2025.txt", "上海市普陀区文化和旅游局 2025 年度收入支出总计", "上海市普陀区文化和旅游局 2024 年度收入支出总计", "N-AMOUNT")] // wrong year in narrative
    [InlineData("putuo-culture-tourism-2025.txt", "政府性基金预算财政拨款收入 2002.80 万元，支出收入", "政府性基金预算财政拨款收入 2020.80 万元，支出收入", "N-AMOUNT")] // gov fund vs table
    [InlineData("putuo-shiquanlu-street-2025.txt", "本年支出合计 19,044.27 万元，其中：基本支出 14,206 万", "本年支出合计 19,044.27 万元，其中：基本支出 14,260 万", "N-SHARE")] // basic vs table & share
    [InlineData("putuo-shiquanlu-street-2025.txt", "元，占 74.59%；项目支出 4,838.27 万元，占 25.41%。", "元，占 74.59%；项目支出 4,838.27 万元，占 52.41%。", "N-SHARE")] // project share
    [InlineData("putuo-shiquanlu-street-2025.txt", "3.“教育支出”16.24 万元，占 0.08%；", "3.“教育支出”61.24 万元，占 0.08%；", "N-AMOUNT")] // class amount vs table
    [InlineData("putuo-shiquanlu-street-2025.txt", "9.“城乡社区支出”13,583.48 万元，占 71.33%；", "9.“城乡社区支出”13,583.48 万元，占 73.13%；", "N-SHARE")] // class share
    [InlineData("putuo-shiquanlu-street-2025.txt", "工作。年初预算为 77.59 万元，支出决算为 20.04 万元，完成年", "工作。年初预算为 77.59 万元，支出决算为 20.40 万元，完成年", "N-RATE")] // item amount vs header
    [InlineData("putuo-shiquanlu-street-2025.txt", "初预算的 25.83%。决算数小于预算数的主要原因：按项目推进", "初预算的 28.53%。决算数小于预算数的主要原因：按项目推进", "N-RATE")] // item completion
    [InlineData("putuo-shiquanlu-street-2025.txt", "元，完成年初预算的 94.55%。决算数小于预算数的主要原因：", "元，完成年初预算的 94.55%。决算数大于预算数的主要原因：", "N-RELATION")] // item relation
    [InlineData("putuo-shiquanlu-street-2025.txt", "62.51 万元，完成年初预算的 312.55%。决算数大于预算数的主", "62.51 万元，完成年初预算的 321.55%。决算数大于预算数的主", "N-RATE")] // item completion 2
    [InlineData("putuo-shiquanlu-street-2025.txt", "年初预算为 0 元，支出决算为 177.17 万元。决算数大于预算数", "年初预算为 0 元，支出决算为 177.17 万元。决算数小于预算数", "N-RELATION")] // zero budget said less
    [InlineData("putuo-shiquanlu-street-2025.txt", "经费 12,010.40 万元，主要包括：基本工资、津贴补贴、奖金、", "经费 12,100.40 万元，主要包括：基本工资、津贴补贴、奖金、", "N-AMOUNT")] // personnel vs table/sum
    [InlineData("putuo-shiquanlu-street-2025.txt", "算为 37.35 万元，完成预算的 69.26%，其中：因公出国（境）", "算为 37.35 万元，完成预算的 96.26%，其中：因公出国（境）", "N-RATE")] // 三公 completion
    [InlineData("putuo-shiquanlu-street-2025.txt", "增加 21.90 万元，增长 141.75%，其中：因公出国（境）费支出", "增加 21.90 万元，增长 114.75%，其中：因公出国（境）费支出", "N-YOY")] // 三公 yoy rate
    [InlineData("putuo-shiquanlu-street-2025.txt", "万元，占 100%；公务接待费支出决算 0 万元，占 0%。具体情况", "万元，占 90%；公务接待费支出决算 0 万元，占 0%。具体情况", "N-SHARE")] // 三公 share
    public void A_planted_error_is_found_by_the_rule_it_breaks(string file, string printed, string planted, string rule)
    {
        var (text, before) = Report(file);
        Assert.Equal(1, CountOf(text, printed));
        var after = Findings(text.Replace(printed, planted, StringComparison.Ordinal));
        Assert.Contains(after.Except(before), f => f.StartsWith(rule + " ", StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [Fact]
    public void A_figure_printed_twice_in_one_statement_is_one_finding()
    {
        // shiquanlu: "…缴费支出（项）”545.84 万元，…支出决算为 545.84 万元" where 05表 prints 545.85: one 尾差 warning, not two.
        var (_, findings) = Report("putuo-shiquanlu-street-2025.txt");
        Assert.Single(findings, f => f.StartsWith("N-AMOUNT ", StringComparison.Ordinal) && f.Contains("545.84", StringComparison.Ordinal));
    }
}
