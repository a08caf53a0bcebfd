using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// A web page's table copied as text (cells ending in " |"), as 安徽's stand-alone 三公 statements are published: a cell to a
/// line, a lone "|" for a blank cell or between rows, or a row to a line. The figures are a 2021 statement's, hand-copied.
/// </summary>
public sealed class WebPageTableTests
{
    private const string Heading = "一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n";

    private const string Narrative = "二、2021年度一般公共预算财政拨款“三公”经费支出情况说明\n"
        + "本单位2021年度一般公共预算财政拨款“三公”经费支出预算为49.9万元，支出决算为7.69万元，完成预算的15.41%。\n";

    private static List<(string Label, decimal? Budget, decimal? Actual)> Rows(string text)
    {
        var table = Assert.Single(TextReportReader.Read(text, "r.txt").Tables);
        Assert.Equal(PublicTable.ThreePublic, table.Kind);
        return table.Rows.Select(r => (r.Label, r.Cells.ElementAtOrDefault(0)?.Value, r.Cells.ElementAtOrDefault(1)?.Value)).ToList();
    }

    [Fact]
    public void A_cell_to_a_line_with_a_blank_cell_is_read_by_its_headings()
    {
        // 因公出国（境）费: budget 20, nothing spent (its 决算 cell blank: the lone "|").
        var grid = "项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n49.9 |\n7.69 |\n因公出国(境)费 |\n20 |\n|\n公务接待费 |\n14.9 |\n5.21 |\n"
            + "公务用车购置及运行维护费 |\n15 |\n2.48 |\n其中:公务用车运行维护费 |\n15 |\n2.48 |\n公务用车购置费 |\n";
        var rows = Rows(Heading + grid + Narrative);
        Assert.Contains(("合计", 49.9m, 7.69m), rows);
        Assert.Contains(("因公出国（境）费", 20m, null), rows);
        Assert.Contains(("公务接待费", 14.9m, 5.21m), rows);
        Assert.Contains(("其中：公务用车运行维护费", 15m, 2.48m), rows);
    }

    [Fact]
    public void A_lone_bar_between_full_rows_separates_them()
    {
        var grid = "|\n项 目 |\n预 算 数 |\n决 算 数 |\n|\n合 计 |\n246 |\n167.37 |\n|\n因公出国(境)费 |\n0 |\n0 |\n|\n公务接待费 |\n1 |\n2.14 |\n|\n";
        var rows = Rows(Heading + grid + Narrative);
        Assert.Equal([("合计", 246m, 167.37m), ("因公出国（境）费", 0m, 0m), ("公务接待费", 1m, 2.14m)], rows);
    }

    [Fact]
    public void A_row_to_a_line_is_read_as_cells()
    {
        var grid = "项 目 | 预 算 数 | 决 算 数 |\n合 计 | 1.8 | 1.52 |\n因公出国(境)费 | ||\n公务接待费 | 1.8 | 1.52 |\n";
        var rows = Rows(Heading + grid + Narrative);
        Assert.Contains(("合计", 1.8m, 1.52m), rows);
        Assert.Contains(("公务接待费", 1.8m, 1.52m), rows);
    }

    [Fact]
    public void The_table_ends_where_its_cells_end_and_the_narrative_is_read_after_it()
    {
        var report = TextReportReader.Read(Heading + "项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n49.9 |\n7.69 |\n" + Narrative, "r.txt");
        Assert.DoesNotContain(report.ReaderNotes, n => n.Contains("文件在表中结束", StringComparison.Ordinal));
        Assert.Contains(report.Claims, c => c.Subject == NarrativeItems.ThreePublicTotal && c.Measure == Measure.Budget && c.Number.Value == 49.9m);
    }

    [Fact]
    public void A_sentence_that_ends_in_a_bar_is_not_a_cell()
    {
        var report = TextReportReader.Read("“三公”经费决算情况说明 |\n2015年“三公”经费公共预算财政拨款支出74.6万元，其中公务接待费12.8万元。 |\n", "r.txt");
        Assert.Empty(report.Tables);
        Assert.Contains(report.Claims, c => c.Subject == NarrativeItems.ThreePublicTotal && c.Number.Value == 74.6m);
    }
}
