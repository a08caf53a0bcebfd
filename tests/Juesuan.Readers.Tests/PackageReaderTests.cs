using Juesuan.Core.Model;
using Juesuan.Readers.Package;

namespace Juesuan.Readers.Tests;

/// <summary>Every bad-input case is refused whole, with each problem named by file, row, column and value.</summary>
public sealed class PackageReaderTests
{
    private static PackageReadResult ReadWith(string file, string? text, FiscalYear? year = null)
    {
        using var p = new PackageFixture(new Dictionary<string, string?> { [file] = text });
        return PackageReader.Read(p.Folder, year);
    }

    private static PackageError Single(PackageReadResult r)
    {
        Assert.False(r.Success);
        Assert.Null(r.Accounts);
        return Assert.Single(r.Errors);
    }

    [Fact]
    public void A_valid_package_reads_into_facts()
    {
        using var p = new PackageFixture();
        var r = PackageReader.Read(p.Folder);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        var a = r.Accounts!;
        Assert.Equal("某省某市测试局", a.Department.FullName);
        Assert.Equal(2024, a.Year.Value);
        Assert.Equal(2, a.Units.Count);
        Assert.Equal(3, a.Expenditure.Count);
        Assert.Equal(800.50m, a.Expenditure[2].Amount.Value);
        Assert.Equal("就业服务", a.Expenditure[2].Project);
        Assert.Equal(new SourceRef("expenditure.csv", 4), a.Expenditure[2].Source);
    }

    [Fact]
    public void Unknown_function_code_is_named_with_file_row_column_and_value()
    {
        var e = Single(ReadWith("expenditure.csv", """
            单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）
            001,2013201,30101,一般公共预算财政拨款,基本支出,,1000.00
            001,2089998,30201,一般公共预算财政拨款,基本支出,,500.00
            """));
        Assert.Equal(MessageId.CodeUnknown, e.Id);
        Assert.Equal("expenditure.csv 第 3 行 B 列（功能分类科目）：功能分类科目 2089998 不在 2024 版目录中（如为新增科目，请在「目录补充」表中登记）", e.ToString());
        Assert.Equal("2089998", e.Value);
    }

    [Fact]
    public void A_catalog_addition_makes_a_newer_code_acceptable()
    {
        using var p = new PackageFixture(new Dictionary<string, string?>
        {
            ["catalog_additions.csv"] = "功能分类科目,科目名称\n2089998,新增的项",
            ["expenditure.csv"] = "单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）\n001,2089998,30201,一般公共预算财政拨款,基本支出,,5.00",
            ["income.csv"] = "单位编码,收入类型,功能分类科目,金额（元）\n001,一般公共预算财政拨款收入,2089998,5.00",
        });
        var r = PackageReader.Read(p.Folder);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal("新增的项", r.Catalogs!.Functions.NameOf(FunctionCode.Of("2089998")));
    }

    [Fact]
    public void A_lei_code_where_a_xiang_is_required_is_refused()
    {
        var e = Single(ReadWith("income.csv", "单位编码,收入类型,功能分类科目,金额（元）\n001,一般公共预算财政拨款收入,208,1.00"));
        Assert.Equal(MessageId.CodeWrongLevel, e.Id);
        Assert.Equal("income.csv 第 2 行 C 列（功能分类科目）：功能分类科目 208（社会保障和就业支出）是类级科目，此处须填 7 位项级科目", e.ToString());
    }

    [Fact]
    public void An_economic_lei_where_a_kuan_is_required_is_refused()
    {
        var e = Single(ReadWith("expenditure.csv",
            "单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）\n001,2013201,301,一般公共预算财政拨款,基本支出,,1.00"));
        Assert.Equal(MessageId.CodeWrongLevel, e.Id);
        Assert.Contains("C 列（经济分类科目）：经济分类科目 301（工资福利支出）是类级科目，此处须填 5 位款级科目", e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一千元", MessageId.AmountNotNumeric, "金额「一千元」不是数字")]
    [InlineData("12.345", MessageId.AmountTooPrecise, "金额「12.345」超过两位小数（单位为元，精确到分）")]
    [InlineData("", MessageId.AmountEmpty, "「金额（元）」不能为空")]
    public void Bad_amounts_are_refused(string amount, MessageId id, string message)
    {
        var e = Single(ReadWith("income.csv", $"单位编码,收入类型,功能分类科目,金额（元）\n001,一般公共预算财政拨款收入,2013201,{amount}"));
        Assert.Equal(id, e.Id);
        Assert.Equal($"income.csv 第 2 行 D 列（金额（元））：{message}", e.ToString());
    }

    [Fact]
    public void Duplicate_keys_name_both_rows()
    {
        var e = Single(ReadWith("income.csv", """
            单位编码,收入类型,功能分类科目,金额（元）
            001,一般公共预算财政拨款收入,2013201,1500.00
            002,一般公共预算财政拨款收入,2080106,800.50
            001,一般公共预算财政拨款收入,2013201,1.00
            """));
        Assert.Equal(MessageId.DuplicateKey, e.Id);
        Assert.Equal(4, e.Row);
        Assert.Contains("与第 2 行重复", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_not_in_the_manifest_is_refused()
    {
        var e = Single(ReadWith("income.csv", "单位编码,收入类型,功能分类科目,金额（元）\n009,一般公共预算财政拨款收入,2013201,1.00"));
        Assert.Equal(MessageId.UnitUnknown, e.Id);
        Assert.Equal("income.csv 第 2 行 A 列（单位编码）：单位编码 009 不在「单位」表中", e.ToString());
    }

    [Fact]
    public void A_row_of_another_year_is_refused()
    {
        var e = Single(ReadWith("income.csv", "单位编码,收入类型,功能分类科目,金额（元）,年度\n001,一般公共预算财政拨款收入,2013201,1.00,2023"));
        Assert.Equal(MessageId.YearMismatch, e.Id);
        Assert.Equal("income.csv 第 2 行 E 列（年度）：年度「2023」与清单年度 2024 不符", e.ToString());
    }

    [Fact]
    public void A_package_of_another_year_than_asked_is_refused()
    {
        using var p = new PackageFixture();
        var e = Single(PackageReader.Read(p.Folder, new FiscalYear(2025)));
        Assert.Equal(MessageId.YearMismatch, e.Id);
        Assert.Contains("数据包年度为 2024，与要求的 2025 年不符", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sheet_is_named()
    {
        var e = Single(ReadWith("expenditure.csv", null));
        Assert.Equal(MessageId.MissingSheet, e.Id);
        Assert.Contains("缺少文件 expenditure.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var e = Single(ReadWith("income.csv", "单位编码,收入类型,金额（元）\n001,一般公共预算财政拨款收入,1.00"));
        Assert.Equal(MessageId.MissingColumn, e.Id);
        Assert.Equal("income.csv 第 1 行 「功能分类科目」列：表头缺少「功能分类科目」列（7位项级科目编码）", e.ToString());
    }

    [Fact]
    public void A_value_outside_its_list_names_the_choices()
    {
        var e = Single(ReadWith("units.csv", "单位编码,单位名称,单位类型\n001,测试局,机关\n002,测试中心,事业单位"));
        Assert.Equal(MessageId.ValueNotInList, e.Id);
        Assert.Equal("units.csv 第 2 行 C 列（单位类型）：「机关」不是可选值，应为：行政单位、参照公务员法管理事业单位、事业单位", e.ToString());
    }

    [Fact]
    public void Every_problem_is_listed_not_just_the_first()
    {
        var r = ReadWith("expenditure.csv", """
            单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）
            001,2013201,30101,一般公共预算财政拨款,基本支出,,abc
            009,2013201,30201,一般公共预算财政拨款,基本支出,,500.00
            001,99,30201,财政,基本支出,,500.001
            """);
        Assert.False(r.Success);
        Assert.Equal(
            [MessageId.AmountNotNumeric, MessageId.UnitUnknown, MessageId.CodeMalformed, MessageId.ValueNotInList, MessageId.AmountTooPrecise],
            r.Errors.Select(e => e.Id));
        Assert.Equal([2, 3, 4, 4, 4], r.Errors.Select(e => e.Row!.Value));
    }

    [Fact]
    public void Template_example_rows_and_blank_rows_are_ignored()
    {
        using var p = new PackageFixture(new Dictionary<string, string?>
        {
            ["income.csv"] = "单位编码,收入类型,功能分类科目,金额（元）\n【示例】190001,一般公共预算财政拨款收入,2013201,9.99\n,,,\n001,一般公共预算财政拨款收入,2013201,1500.00\n002,一般公共预算财政拨款收入,2080106,800.50",
        });
        var r = PackageReader.Read(p.Folder);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(2, r.Accounts!.Income.Count);
    }

    [Fact]
    public void English_aliases_and_gbk_encoded_files_are_accepted()
    {
        using var p = new PackageFixture();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding("GB18030");
        File.WriteAllBytes(Path.Combine(p.Folder, "units.csv"), gbk.GetBytes("code,name,type\n001,测试局（本级）,行政单位\n002,测试中心,事业单位\n"));
        var r = PackageReader.Read(p.Folder);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal("测试局（本级）", r.Accounts!.Units[0].Name);
    }

    [Fact]
    public void A_path_that_is_neither_folder_nor_workbook_is_refused()
    {
        var e = Single(PackageReader.Read("/nonexistent/juesuan-package"));
        Assert.Equal(MessageId.FileUnreadable, e.Id);
        Assert.Contains("不存在", e.Message, StringComparison.Ordinal);
    }
}
