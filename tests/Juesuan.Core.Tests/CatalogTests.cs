using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;

namespace Juesuan.Core.Tests;

public sealed class CatalogTests
{
    private static readonly CatalogSet Catalogs = CatalogSet.Default;

    [Theory]
    [InlineData("2013201", "行政运行")]
    [InlineData("2013250", "事业运行")]
    [InlineData("2013299", "其他组织事务支出")]
    [InlineData("2080106", "就业管理事务")]
    [InlineData("2080109", "社会保险经办机构")]
    [InlineData("2080199", "其他人力资源和社会保障管理事务支出")]
    [InlineData("2080501", "行政单位离退休")]
    [InlineData("2080505", "机关事业单位基本养老保险缴费支出")]
    [InlineData("2080506", "机关事业单位职业年金缴费支出")]
    [InlineData("2080705", "公益性岗位补贴")]
    [InlineData("2080711", "就业见习补贴")]
    [InlineData("2080799", "其他就业补助支出")]
    [InlineData("2089999", "其他社会保障和就业支出")]
    [InlineData("2101101", "行政单位医疗")]
    [InlineData("2101102", "事业单位医疗")]
    [InlineData("2210201", "住房公积金")]
    [InlineData("2230105", "国有企业退休人员社会化管理补助支出")]
    [InlineData("20132", "组织事务")]
    [InlineData("20801", "人力资源和社会保障管理事务")]
    [InlineData("22301", "解决历史遗留问题及改革成本支出")]
    public void The_reference_codes_are_in_the_catalog_with_their_printed_names(string code, string name) =>
        Assert.Equal(name, Catalogs.Functions.Find(FunctionCode.Of(code))?.Name);

    [Fact]
    public void All_26_expenditure_classes_of_table_01_are_there()
    {
        string[] classes =
        [
            "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217",
            "219", "220", "221", "222", "223", "224", "229", "231", "232", "234",
        ];
        Assert.Equal(26, classes.Length);
        Assert.All(classes, c => Assert.Equal(CodeLevel.Lei, Catalogs.Functions.Find(FunctionCode.Of(c))?.Code.Level));
    }

    [Fact]
    public void Every_kuan_and_xiang_has_its_parent_in_the_catalog()
    {
        var missing = Catalogs.Functions.Entries.Where(e => e.Code.Parent is { } p && !Catalogs.Functions.Contains(p)).ToList();
        Assert.Empty(missing);
        Assert.True(Catalogs.Functions.Count > 1300);
    }

    [Theory]
    [InlineData("30101", CostNature.Personnel)]
    [InlineData("30399", CostNature.Personnel)]
    [InlineData("30231", CostNature.Public)]
    [InlineData("30701", CostNature.Public)]
    [InlineData("31002", CostNature.Public)]
    [InlineData("31204", CostNature.Public)]
    [InlineData("39999", CostNature.Public)]
    public void Economic_classes_are_marked_personnel_or_public(string code, CostNature nature) =>
        Assert.Equal(nature, Catalogs.Economics.NatureOf(EconomicCode.Of(code)));

    [Fact]
    public void Glossary_texts_come_from_the_catalog_data()
    {
        Assert.Equal("反映行政单位（包括实行公务员管理的事业单位）的基本支出。", Catalogs.DefinitionOf(FunctionCode.Of("2013201")));
        // A 行政运行 item without its own entry gets the standard pattern text.
        Assert.Equal("反映行政单位（包括实行公务员管理的事业单位）的基本支出。", Catalogs.DefinitionOf(FunctionCode.Of("2010101")));
    }

    [Fact]
    public void Package_additions_extend_but_never_replace()
    {
        var extended = Catalogs.Functions.With(
        [
            new FunctionEntry(FunctionCode.Of("2089998"), "新增科目", CatalogStatus.PackageSupplied),
            new FunctionEntry(FunctionCode.Of("2013201"), "改名", CatalogStatus.PackageSupplied),
        ]);
        Assert.Equal("新增科目", extended.NameOf(FunctionCode.Of("2089998")));
        Assert.Equal("行政运行", extended.NameOf(FunctionCode.Of("2013201")));
        Assert.False(Catalogs.Functions.Contains(FunctionCode.Of("2089998")));
    }
}
