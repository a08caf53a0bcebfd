using Juesuan.Audit;
using Juesuan.Inspection.Across;
using Juesuan.Inspection.Batch;
using static Juesuan.Inspection.Tests.Batches;

namespace Juesuan.Inspection.Tests;

/// <summary>The batch keeps its figures on disk (FigureSpill) and the checks across reports read them back organisation by organisation.</summary>
public sealed class FigureSpillTests
{
    private const string Social = "Expenditure/208/1";

    [Fact]
    public void A_spilled_file_gives_its_figures_back_as_they_were_in_order_each_time()
    {
        var file = Department("局/部门决算.pdf", "某区财政局", 2024,
            [Figure(Social, 300.5m, 0.01m, "公开03表 208 栏1"), Figure("上年/支出总计", 1234.56m, 0.01m, "说明 第3页第2行"), Figure(Social, 1m)]);
        var kept = new FigureSpill().Keep(file);
        Assert.NotSame(file.Figures, kept.Figures);
        Assert.Equal(3, kept.Figures.Count);
        Assert.Equal(file.Figures, kept.Figures);
        Assert.Equal(file.Figures, kept.Figures.ToList()); // read again, the same
        Assert.Equal(file.Figures[1], kept.Figures[1]);
        Assert.Equal((file.RelativePath, file.Findings, file.Units), (kept.RelativePath, kept.Findings, kept.Units));
    }

    [Fact]
    public void Checks_across_a_batch_larger_than_the_kept_figures_find_the_same_as_in_memory()
    {
        // 300 departments, each with two units; every third department's units add up to 3 less than it prints (300 ≠ 297,
        // tolerance 1): 100 I-UNITS errors. 900 reports, more than FigureMaps keeps (256), so figures are read again.
        var files = new List<InspectedFile>();
        for (var i = 0; i < 300; i++)
        {
            var name = $"第{i:000}局";
            files.Add(Department($"{i:000}/部门决算.pdf", name, 2024, [Figure(Social, 300m)], [$"{name}（本级）", $"{name}中心"]));
            files.Add(Unit($"{i:000}/本级.pdf", $"{name}（本级）", 2024, [Figure(Social, 100m)]));
            files.Add(Unit($"{i:000}/中心.pdf", $"{name}中心", 2024, [Figure(Social, i % 3 == 0 ? 197m : 200m)]));
        }

        Assert.True(files.Count > BatchIndex.FiguresKept);
        var spill = new FigureSpill();
        var spilled = files.Select(spill.Keep).ToList();
        var inMemory = CrossReportChecks.Run(files, [], []);
        var fromSpill = CrossReportChecks.Run(spilled, [], []);

        Assert.Equal(100, inMemory.Count(f => f.RuleId == "I-UNITS" && f.Severity == Severity.Error));
        Assert.Equal(inMemory.Select(f => (f.RuleId, f.Severity, f.Message, f.Printed, f.Computed, string.Join("；", f.Files))),
            fromSpill.Select(f => (f.RuleId, f.Severity, f.Message, f.Printed, f.Computed, string.Join("；", f.Files))));
    }
}
