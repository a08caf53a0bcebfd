using System.Text;
using Juesuan.Readers.Package;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Reporting.Tests;

/// <summary>
/// Golden test: the nine tables built from the sample's facts, row by row and cell by cell, against
/// the reference report's 第四部分 as printed (Golden/lingyuan-hrss-2024/gk0N.tsv, copied from the
/// reference text, never from program output).
/// </summary>
public sealed class ReferenceTablesTests
{
    private static readonly Lazy<IReadOnlyList<DisclosureTable>> Tables = new(() =>
    {
        var result = PackageReader.Read(Repo.Sample);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return NineTables.Build(result.Accounts!, result.Catalogs!);
    });

    public static TheoryData<string> Ids => new() { "gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09" };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Table_matches_the_reference_row_by_row(string id)
    {
        var table = Tables.Value.Single(t => t.Id == id);
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "lingyuan-hrss-2024", id + ".tsv"))
            .Select(l => l.Split('\t')).ToList();
        var headerRows = table.HeaderRowsAsText();
        var actual = headerRows.Concat(table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())).ToList();

        var problems = new StringBuilder();
        if (expected.Count != actual.Count)
        {
            problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{id}: {actual.Count} printed rows, the reference has {expected.Count}");
        }

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            var isHeader = i < headerRows.Count;
            var e = Normalize(expected[i], isHeader);
            var a = Normalize(actual[i], isHeader);
            if (!e.SequenceEqual(a))
            {
                problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{id} row {i + 1}:\n  reference: {string.Join(" | ", e)}\n  built:     {string.Join(" | ", a)}");
            }
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Fact]
    public void Titles_and_numbers_are_as_printed()
    {
        string[] titles =
        [
            "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
            "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
            "国有资本经营预算财政拨款收入支出决算表",
        ];
        Assert.Equal(titles, Tables.Value.Select(t => t.Title));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"公开0{i}表"), Tables.Value.Select(t => t.Number));
        Assert.All(Tables.Value, t => Assert.Equal("辽宁省朝阳市凌源市人力资源和社会保障局", t.DepartmentName));
        Assert.All(Tables.Value, t => Assert.Contains("如本表为空，则我部门本年度无此类资金收支余。", t.Notes));
    }

    [Fact]
    public void The_government_fund_table_is_empty_but_printed_with_its_total_row()
    {
        var gk08 = Tables.Value.Single(t => t.Id == "gk08");
        Assert.True(gk08.IsEmpty);
        Assert.Equal(3, gk08.HeaderRowCount);
        var only = Assert.Single(gk08.Rows);
        Assert.Equal(RowKind.Total, only.Kind);
        Assert.Equal("合计", only.Cells[0].Text);
    }

    [Fact]
    public void Every_row_has_exactly_the_column_count()
    {
        Assert.All(Tables.Value, t => Assert.All(t.Rows, r => Assert.Equal(t.ColumnCount, r.Cells.Count)));
    }

    /// <summary>Trailing empty cells dropped; header cells compared without inner spaces (the PDF text breaks them).</summary>
    private static string[] Normalize(string[] cells, bool header)
    {
        var list = cells.Select(c => header ? string.Concat(c.Where(ch => !char.IsWhiteSpace(ch))) : c.Trim()).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return [.. list];
    }
}
