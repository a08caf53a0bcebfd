using Juesuan.Core.Model;
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

    [Fact]
    public void Column_arithmetic_is_the_parts_each_column_names()
    {
        // Hand-read from the 2024 format: 02 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他;
        // 03 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 05/09 本年支出 合计 = 基本 + 项目;
        // 08 本年支出小计 (栏次3) = 基本 (4) + 项目 (5); 01, 04, 06 and 07 have no such column.
        Assert.Equal(["0 → 1 2 3 4 5 6"], Sums(PublicTable.Income));
        Assert.Equal(["0 → 1 2 3 4 5"], Sums(PublicTable.Expenditure));
        Assert.Equal(["0 → 1 2"], Sums(PublicTable.GeneralBudgetExpenditure));
        Assert.Equal(["2 → 3 4"], Sums(PublicTable.GovernmentFund));
        Assert.Equal(["0 → 1 2"], Sums(PublicTable.StateCapital));
        Assert.All([PublicTable.IncomeExpenditureSummary, PublicTable.AppropriationSummary, PublicTable.GeneralBudgetBasic, PublicTable.ThreePublic],
            t => Assert.Empty(Sums(t)));
        Assert.Equal([3, 4], TableSpecs.Of(PublicTable.GovernmentFund).PartsOf(2));
        Assert.Empty(TableSpecs.Of(PublicTable.GovernmentFund).PartsOf(0));
    }

    [Fact]
    public void A_part_of_a_column_the_table_lacks_is_refused()
    {
        var spec = TableSpecs.Of(PublicTable.StateCapital);
        var broken = spec with { Columns = [spec.Columns[0], spec.Columns[1] with { PartOf = "小计" }] };
        var e = Assert.Throws<InvalidOperationException>(() => broken.Sums);
        Assert.Contains("「基本支出」是「小计」的一部分", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_column_names_its_facts_and_a_total_keeps_what_its_parts_keep()
    {
        foreach (var spec in TableSpecs.All)
        {
            Assert.All(spec.Columns, c => Assert.NotNull(c.Facts));
            foreach (var (total, parts) in spec.Sums)
            {
                var whole = spec.Columns[total].Facts!;
                Assert.All(parts, p => Assert.Equal(whole.Source, spec.Columns[p].Facts!.Source));
                Assert.All(parts, p => Assert.Equal(whole.Funds, spec.Columns[p].Facts!.Funds));
            }
        }

        var gk02 = TableSpecs.Of(PublicTable.Income);
        var incomeParts = gk02.PartsOf(0).SelectMany(p => gk02.Columns[p].Facts!.IncomeTypes!).ToList();
        Assert.Equal(Enum.GetValues<IncomeType>().Order(), incomeParts.Order()); // each income type in exactly one part
        Assert.Null(gk02.Columns[0].Facts!.IncomeTypes);
    }

    private static List<string> Sums(PublicTable table) =>
        [.. TableSpecs.Of(table).Sums.Select(kv => $"{kv.Key} → {string.Join(' ', kv.Value)}")];
}
