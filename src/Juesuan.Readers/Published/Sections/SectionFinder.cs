using Juesuan.Core.Published;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Sections;

/// <summary>说明的组成部分 (the report's parts): which of the expected parts the text names, from 主要职责 to 名词解释, the tables and the annex.</summary>
internal static class SectionFinder
{
    internal static IReadOnlySet<ReportSection> Find(List<TextLine> lines, List<PublishedTable> tables, IReadOnlyList<PublishedEvaluation> evaluations)
    {
        var all = string.Concat(lines.Where(l => l.Cells.Length == 1).Select(l => l.Flat));
        var found = new HashSet<ReportSection>();
        void If(bool condition, ReportSection s)
        {
            if (condition)
            {
                found.Add(s);
            }
        }

        If(all.Contains("主要职责", StringComparison.Ordinal) || all.Contains("主要职能", StringComparison.Ordinal), ReportSection.Duties);
        If(all.Contains("决算单位构成", StringComparison.Ordinal), ReportSection.Units);
        If(all.Contains("收入总计", StringComparison.Ordinal) || all.Contains("收入支出总计", StringComparison.Ordinal), ReportSection.IncomeExpenditure);
        If(all.Contains("财政拨款支出", StringComparison.Ordinal), ReportSection.Appropriation);
        If(all.Contains("“三公”经费", StringComparison.Ordinal), ReportSection.ThreePublic);
        If(all.Contains("人员经费", StringComparison.Ordinal), ReportSection.BasicExpenditure);
        If(all.Contains("机关运行经费", StringComparison.Ordinal), ReportSection.OfficeOperatingCost);
        If(all.Contains("政府采购", StringComparison.Ordinal), ReportSection.Procurement);
        If(all.Contains("车辆", StringComparison.Ordinal), ReportSection.Assets);
        If(all.Contains("绩效", StringComparison.Ordinal), ReportSection.Performance);
        // "五、对专业性较强的名词进行解释" is how some templates head it.
        If(all.Contains("名词解释", StringComparison.Ordinal) || all.Contains("名词进行解释", StringComparison.Ordinal) || all.Contains("名词的解释", StringComparison.Ordinal), ReportSection.Glossary);
        If(tables.Count > 0, ReportSection.Tables);
        If(evaluations.Count > 0, ReportSection.Annex);
        return found;
    }
}
