using Juesuan.Readers.Package;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Reporting.Tests;

public sealed class ProfileTests
{
    private static ReportDocument Compose(string profile)
    {
        var result = PackageReader.Read(Repo.Sample);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var tables = NineTables.Build(result.Accounts!, result.Catalogs!);
        return ReportComposer.Compose(new ReportInputs(result.Accounts!, result.Catalogs!, tables), ReportProfile.Load(profile));
    }

    [Fact]
    public void Both_profiles_are_shipped() => Assert.Equal(["liaoning-2024", "shanghai-2024"], ReportProfile.Shipped);

    [Fact]
    public void An_unknown_profile_is_refused_with_the_choices() =>
        Assert.Contains("liaoning-2024", Assert.Throws<ArgumentException>(() => ReportProfile.Load("beijing-2024")).Message, StringComparison.Ordinal);

    [Fact]
    public void Shanghai_puts_the_tables_before_an_eleven_section_narrative_and_has_no_annex()
    {
        var doc = Compose("shanghai-2024");
        var parts = doc.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        Assert.Equal(
        [
            "第一部分 辽宁省朝阳市凌源市人力资源和社会保障局概况",
            "第二部分 辽宁省朝阳市凌源市人力资源和社会保障局2024年度部门决算表",
            "第三部分 辽宁省朝阳市凌源市人力资源和社会保障局2024年度部门决算情况说明",
            "第四部分 名词解释",
        ], parts);
        var blocks = doc.Blocks.ToList();
        var narrativeStart = blocks.FindIndex(b => b is Heading { Level: 1 } h && h.Text.StartsWith("第三部分", StringComparison.Ordinal));
        var sections = blocks.Skip(narrativeStart + 1).TakeWhile(b => b is not Heading { Level: 1 }).OfType<Heading>().Where(h => h.Level == 2).Select(h => h.Text).ToList();
        Assert.Equal(11, sections.Count);
        Assert.Equal("十、预算绩效管理情况", sections[9]);
        Assert.All(doc.Blocks.OfType<TableBlock>(), t => Assert.Equal(string.Empty, t.Table.Number));
        Assert.Contains("主要职能", doc.Blocks.OfType<Heading>().Select(h => h.Text).First(h => h.StartsWith("一、主", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Shanghai_leaves_out_categories_that_do_not_occur_and_says_when_a_fund_is_empty()
    {
        var paragraphs = Compose("shanghai-2024").Blocks.OfType<Paragraph>().ToList();
        Assert.Equal("本年收入合计7972.87万元，其中：财政拨款收入7972.87万元，占100.00%。", paragraphs.Single(p => p.Item == "本年收入合计").Text);
        Assert.Contains(paragraphs, p => p.Text == "辽宁省朝阳市凌源市人力资源和社会保障局2024年度无政府性基金预算财政拨款收入和支出。");
        Assert.Contains(paragraphs, p => p.Text.StartsWith("与", StringComparison.Ordinal) || p.Text.Contains("与2023年度相比，收入支出总计减少693.38万元，下降8.00%", StringComparison.Ordinal));
    }

    [Fact]
    public void Shanghai_glossary_uses_its_own_terms_and_chinese_numbering()
    {
        var doc = Compose("shanghai-2024");
        var last = doc.Blocks.ToList();
        var start = last.FindIndex(b => b is Heading { Text: "第四部分 名词解释" });
        var entries = last.Skip(start + 1).OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.StartsWith("一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款", entries[0], StringComparison.Ordinal);
        Assert.StartsWith("十一、机关运行经费：", entries[^1], StringComparison.Ordinal);
    }
}
