using Juesuan.Core.Tables;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// The reader finds the nine tables by the titles their specification lists (TableSpecs): every title a profile
/// prints and every variant another template prints, put in place of the reference's own, gives the same table.
/// </summary>
public sealed class TableTitleTests
{
    private static readonly Lazy<string> Reference = new(() =>
        File.ReadAllText(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt")));

    public static TheoryData<PublicTable, string> Titles()
    {
        var data = new TheoryData<PublicTable, string>();
        foreach (var spec in TableSpecs.All)
        {
            foreach (var title in spec.Titles.Concat(spec.Profiles.Values.Select(p => p.Title)).Distinct(StringComparer.Ordinal))
            {
                data.Add(spec.Table, title);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Each_title_of_a_table_is_read_as_that_table(PublicTable table, string title)
    {
        var lines = Reference.Value.Split('\n');
        var body = Array.FindIndex(lines, l => l.StartsWith("第四部分 2024 年度部门决算表", StringComparison.Ordinal));
        var at = Array.FindIndex(lines, body, l => l.Trim() == TableSpecs.Of(table).In(TableSpecs.Liaoning).Title);
        var expected = TextReportReader.Read(Reference.Value, "reference.txt");
        lines[at] = title;

        var report = TextReportReader.Read(string.Join('\n', lines), "variant.txt");

        Assert.Equal(expected.Tables.Select(t => t.Kind), report.Tables.Select(t => t.Kind));
        Assert.Equal(title, report.Table(table)!.Title);
        Assert.Equal(expected.Table(table)!.Rows.Count, report.Table(table)!.Rows.Count);
    }

    [Fact]
    public void The_titles_of_the_nine_are_distinct_and_each_profile_titles_all_nine()
    {
        var titles = TableSpecs.All.SelectMany(s => s.Titles).ToList();
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
        foreach (var profile in new[] { TableSpecs.Liaoning, TableSpecs.Shanghai })
        {
            Assert.All(TableSpecs.All, s => Assert.False(string.IsNullOrEmpty(s.In(profile).Title)));
        }
    }

    [Fact]
    public void A_parts_heading_above_the_year_line_is_no_department()
    {
        // 益阳五中 2020: the page opens "第三部分" / "2020年度部门决算情况说明"; the year is read, no department named.
        var report = TextReportReader.Read("第三部分\n2020年度部门决算情况说明\n一、收入支出决算总体情况说明\n2020年度收、支总计3903.88万元。\n", "r.txt");
        Assert.Null(report.DepartmentName);
        Assert.Equal(2020, report.Year?.Value);
        // A department's name on the line above still is one.
        Assert.Equal("某县教育局", TextReportReader.Read("某县教育局\n2020年度部门决算\n", "r.txt").DepartmentName);
    }
}
