using System.Globalization;
using Juesuan.Core.Model;
using Juesuan.Core.Performance;
using Juesuan.Reporting.Document;

namespace Juesuan.Reporting.Performance;

/// <summary>（四）预算绩效情况: the counts, funds, coverage and average scores, then one summary per project — all computed.</summary>
public static class PerformanceNarrative
{
    private static string Wan(Yuan y) => PrintFormat.NarrativeAmount(y) + "万元";

    private static string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<ReportBlock> Build(FinalAccounts a)
    {
        var blocks = new List<ReportBlock> { new Heading(3, "（四）预算绩效情况。") };
        if (a.Evaluations.Count == 0)
        {
            blocks.Add(new Paragraph($"本部门{a.Year}年度未开展绩效自评。") { Item = "绩效" });
            return blocks;
        }

        var s = PerformanceSummary.Of(a.Evaluations);
        blocks.Add(new Heading(4, "1. 绩效评价工作开展情况。"));
        blocks.Add(new Paragraph(
            $"根据预算绩效管理要求，本部门组织对{a.Year}年度预算项目支出全面开展绩效自评，共涉及预算支出项目{Count(s.Projects)}个"
            + $"（其中：一般公共预算项目{Count(s.ProjectsByFund[FundSource.GeneralBudget])}个，政府性基金预算项目{Count(s.ProjectsByFund[FundSource.GovernmentFund])}个，"
            + $"国有资本经营预算项目{Count(s.ProjectsByFund[FundSource.StateCapital])}个），涉及资金{Wan(s.ProjectFunds)}"
            + $"（其中：一般公共预算资金{Wan(s.FundsByFund[FundSource.GeneralBudget])}，政府性基金预算资金{Wan(s.FundsByFund[FundSource.GovernmentFund])}，"
            + $"国有资本经营预算资金{Wan(s.FundsByFund[FundSource.StateCapital])}），自评覆盖率达到{N(s.Coverage)}%，自评平均分为{s.AverageProjectScore.ToString("0.00", CultureInfo.InvariantCulture)}分；"
            + $"组织开展部门重点绩效评价项目数量0个，涉及资金0万元；组织对{Count(s.Units)}个单位开展整体绩效自评，涉及资金{Wan(s.UnitFunds)}，"
            + $"自评平均分为{N(s.AverageUnitScore)}分。《部门（单位）整体绩效自评表》详见附件。")
        { Item = "绩效" });

        var projects = a.Evaluations.Where(e => e.Kind == EvaluationKind.Project).ToList();
        blocks.Add(new Heading(4, "2. 项目绩效自评结果。"));
        blocks.Add(new Paragraph(
            $"本部门在{a.Year}年度部门决算中反映{string.Join("、", projects.Select(p => p.Name + "项目"))}等{Count(projects.Count)}个项目绩效自评结果。")
        { Item = "绩效" });
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            var score = Scoring.Score(p);
            var text = $"（{i + 1}）{p.Name}项目自评综述：根据年初设定的绩效目标，项目自评得分{N(score.Total)}分。"
                + $"项目全年预算数为{Wan(p.Budget)}，全年执行数为{Wan(p.Executed)}，"
                + (score.ExecutionRate is { } rate ? $"完成预算的{PrintFormat.PercentText(rate)}。" : "年初无预算。");
            if (p.Summary.Length > 0)
            {
                text += $"项目绩效目标完成情况：{p.Summary.TrimEnd('。')}。";
            }

            if (p.Problems.Length > 0)
            {
                text += $"发现的主要问题及原因：{p.Problems.TrimEnd('。')}。";
            }

            if (p.Improvements.Length > 0)
            {
                text += $"下一步改进措施：{p.Improvements.TrimEnd('。')}。";
            }

            blocks.Add(new Paragraph(text) { Item = "绩效项目:" + p.Name });
        }

        blocks.Add(new Paragraph("《预算项目（政策）绩效自评表》见附件。") { Item = "绩效" });
        return blocks;
    }
}
