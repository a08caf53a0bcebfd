using Juesuan.Core.Published;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published.Tables;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// The misaligned-column check weighs a table's rows by its specification's column arithmetic (TableSpec.Sums), so
/// 公开08表 (本年支出小计 in 栏次3 = 基本支出 + 项目支出) is checked as 02/03/05/09 are.
/// </summary>
public sealed class MisreadingChecksTests
{
    private static readonly PrintedPlace At = new(1, 1);

    private static PublishedRow Row(string code, params string[] cells) =>
        new(code, code, null, [.. cells.Select(c => c.Length == 0 ? null : PrintedNumber.TryParse(c, At))], At);

    [Fact]
    public void A_government_fund_table_read_in_its_columns_is_aligned()
    {
        // 年初结转和结余, 本年收入, 本年支出 小计 / 基本 / 项目, 年末结转和结余.
        List<PublishedRow> rows = [Row("212", "5", "100", "100", "60", "40", "5"), Row("21208", "5", "100", "100", "60", "40", "5"),
            Row("2120801", "", "70", "70", "60", "10", ""), Row("2120802", "5", "30", "30", "", "30", "5")];
        Assert.False(MisreadingChecks.Misaligned(PublicTable.GovernmentFund, rows));
    }

    [Fact]
    public void A_government_fund_table_whose_blank_cells_were_dropped_is_misaligned()
    {
        // The same rows with the blank 年初结转和结余 dropped by the text layer: every figure one column to the left.
        List<PublishedRow> rows = [Row("212", "100", "100", "60", "40", "5", ""), Row("21208", "100", "100", "60", "40", "5", ""),
            Row("2120801", "70", "70", "60", "10", "", ""), Row("2120802", "30", "30", "30", "5", "", "")];
        Assert.True(MisreadingChecks.Misaligned(PublicTable.GovernmentFund, rows));
    }

    [Fact]
    public void A_spending_total_without_any_part_is_misaligned_and_a_table_without_arithmetic_never_is()
    {
        Assert.True(MisreadingChecks.Misaligned(PublicTable.GovernmentFund, [Row("212", "", "", "100", "", "", "")]));
        Assert.False(MisreadingChecks.Misaligned(PublicTable.ThreePublic, [Row("", "10", "999")]));
        Assert.False(MisreadingChecks.Misaligned(PublicTable.Other, [Row("212", "", "", "100", "", "", "")]));
    }
}
