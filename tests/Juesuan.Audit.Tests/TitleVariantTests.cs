using Juesuan.Audit.Rules;
using Juesuan.Core.Tables;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>
/// The one-edit example of decision 0002: 公开09表's title variant 国有资本经营预算支出决算表 is listed in
/// src/Juesuan.Core/Tables/TableSpecs.cs and nowhere else, and the reader, C-TABLES and T-COLUMNS all follow it.
/// </summary>
public sealed class TitleVariantTests
{
    private const string Variant = "国有资本经营预算支出决算表";

    private static readonly string Reference = File.ReadAllText(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt"));

    [Fact]
    public void A_title_variant_listed_in_the_specification_is_read_counted_and_checked()
    {
        Assert.Contains(Variant, TableSpecs.Of(PublicTable.StateCapital).Titles);
        var lines = Reference.Split('\n');
        var body = Array.FindIndex(lines, l => l.StartsWith("第四部分 2024 年度部门决算表", StringComparison.Ordinal));
        var title = Array.FindIndex(lines, body, l => l.Trim() == "国有资本经营预算财政拨款收入支出决算表");
        lines[title] = Variant;

        // The reference's 09 prints 2230105 with 合计 30 = 项目支出 30; printed here as 合计 35.
        var row = Array.FindIndex(lines, title, l => l.StartsWith("2230105\t", StringComparison.Ordinal));
        Assert.EndsWith("\t30\t\t30", lines[row].TrimEnd(), StringComparison.Ordinal);
        lines[row] = lines[row].TrimEnd()[..^"\t30\t\t30".Length] + "\t35\t\t30";

        var report = TextReportReader.Read(string.Join('\n', lines), "variant.txt");

        // The reader: the table under the variant is 公开09表, its rows read into its columns.
        var table = report.Table(PublicTable.StateCapital)!;
        Assert.Equal(Variant, table.Title);
        Assert.Equal("公开09表", table.Number);
        Assert.Equal(["合计", "基本支出", "项目支出"], table.Columns);
        Assert.Null(table.LayoutProblem);

        // C-TABLES: no table is missing.
        Assert.Empty(new NineTablesPresent().Check(report));

        // T-COLUMNS: the specification's 合计 = 基本支出 + 项目支出, checked on the table the variant names.
        // (The reference's own 尾差 notes on 03 and 05 stay notes; the planted difference is the one error.)
        var f = Assert.Single(new ColumnSums().Check(report), x => x.Severity == Severity.Error);
        Assert.Equal($"公开09表 {Variant} 2230105", f.Place);
        Assert.StartsWith("「合计」 35 ≠ 各分栏之和 30", f.Message, StringComparison.Ordinal);
    }
}
