using Juesuan.Core.Tables;

namespace Juesuan.Core.Tests;

/// <summary>The nine tables' specification is complete: every table in every profile, its columns and its fixed rows.</summary>
public sealed class TableSpecTests
{
    [Fact]
    public void Nine_tables_in_order_each_once_and_Other_has_no_specification()
    {
        Assert.Equal(Enum.GetValues<PublicTable>().Where(t => t != PublicTable.Other), TableSpecs.All.Select(s => s.Table));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"gk{i:00}"), TableSpecs.All.Select(s => s.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => TableSpecs.Of(PublicTable.Other));
        Assert.Same(TableSpecs.Of(PublicTable.ThreePublic), TableSpecs.ById("gk07"));
    }

    [Fact]
    public void Each_profile_numbers_heads_and_titles_every_table()
    {
        foreach (var spec in TableSpecs.All)
        {
            Assert.Equal($"公开{spec.Id[2..]}表", spec.In(TableSpecs.Liaoning).Number);
            Assert.Null(spec.In(TableSpecs.Shanghai).Number);
            Assert.All(spec.Profiles.Values, p => Assert.EndsWith(p.Heading[(p.Heading.IndexOf('、', StringComparison.Ordinal) + 1)..], p.Heading, StringComparison.Ordinal));
            Assert.NotEmpty(spec.Columns);
            Assert.Equal(spec.Columns.Count, spec.Columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Equal("“三公”经费财政拨款支出决算表", TableSpecs.Of(PublicTable.ThreePublic).In(TableSpecs.Shanghai).Title);
    }

    [Fact]
    public void Fixed_rows_come_from_the_layout_files()
    {
        var classes = TableSpecs.Of(PublicTable.IncomeExpenditureSummary).Layout;
        Assert.Equal(26, classes.Count);
        Assert.Equal(new LayoutRow(1, "201", "一般公共服务支出"), classes[0]);
        Assert.Equal(classes, TableSpecs.Of(PublicTable.AppropriationSummary).Layout);
        var economic = TableSpecs.Of(PublicTable.GeneralBudgetBasic).Layout;
        Assert.Equal([1, 2, 3], economic.Select(r => r.Group).Distinct());
        Assert.Contains(new LayoutRow(1, "30108", "机关事业单位基本养老保险"), economic); // the template's shortened label
        Assert.Empty(TableSpecs.Of(PublicTable.Income).Layout);
    }
}
