using Juesuan.Audit.Rules;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Tests;

/// <summary>
/// T-COLUMNS takes its column arithmetic from the tables' specification (<see cref="TableSpec.Sums"/>): the layouts
/// it checked when it had its own list are still the ones it checks, and it checks nothing else.
/// </summary>
public sealed class ColumnSumsTests
{
    private static readonly PrintedPlace At = new(1, 1) { Table = "测试表" };

    /// <summary>The layouts the rule held before the specification did (total column, its parts), read from the 2024 format.</summary>
    public static TheoryData<PublicTable, int, int[]> Layouts => new()
    {
        { PublicTable.Income, 0, [1, 2, 3, 4, 5, 6] },
        { PublicTable.Expenditure, 0, [1, 2, 3, 4, 5] },
        { PublicTable.GeneralBudgetExpenditure, 0, [1, 2] },
        { PublicTable.GovernmentFund, 2, [3, 4] },
        { PublicTable.StateCapital, 0, [1, 2] },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_specification_sums_what_the_rule_expects(PublicTable table, int total, int[] parts)
    {
        var sums = TableSpecs.Of(table).Sums;
        Assert.Equal([total], sums.Keys);
        Assert.Equal(parts, sums[total]);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_rule_fires_on_a_total_that_is_not_its_parts_and_only_there(PublicTable table, int total, int[] parts)
    {
        var spec = TableSpecs.Of(table);
        var width = spec.Columns.Count;

        // Each part 10, the total 10 × parts; a column outside the sum (08's 年初结转和结余) prints 999.
        string[] Cells(int totalValue) => [.. Enumerable.Range(0, width).Select(c =>
            c == total ? totalValue.ToString(System.Globalization.CultureInfo.InvariantCulture) : parts.Contains(c) ? "10" : "999")];
        var good = Row("2013201", Cells(10 * parts.Length));
        var bad = Row("2013202", Cells((10 * parts.Length) + 5));
        var printed = new PublishedTable(table, spec.Name, spec.In(TableSpecs.Liaoning).Number, [good, bad])
        {
            Columns = [.. spec.Columns.Select(c => c.Name)],
        };

        var f = Assert.Single(new ColumnSums().Check(new PublishedReport { Document = "测试", Tables = [printed] }));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal($"{spec.In(TableSpecs.Liaoning).Number} {spec.Name} 2013202", f.Place);
        Assert.StartsWith($"「{spec.Columns[total].Name}」 {(10 * parts.Length) + 5} ≠ 各分栏之和 {10 * parts.Length}", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_without_column_arithmetic_are_left_alone()
    {
        var printed = new PublishedTable(PublicTable.ThreePublic, "财政拨款“三公”经费支出决算表", "公开07表", [Row("", ["10", "999"])]);
        Assert.Empty(new ColumnSums().Check(new PublishedReport { Document = "测试", Tables = [printed] }));
    }

    private static PublishedRow Row(string code, string[] cells) =>
        new(code, code.Length == 0 ? null : code, null, [.. cells.Select(c => PrintedNumber.TryParse(c, At))], At);
}
