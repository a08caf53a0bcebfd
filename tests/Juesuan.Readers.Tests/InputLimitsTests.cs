using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Juesuan.Readers.Published.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Readers.Tests;

/// <summary>
/// Limits where input enters (issue 13): every hostile input is refused with a located message, in bounded time and
/// memory, and never as an exception other than the readers' own.
/// </summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-limits-" + Guid.NewGuid().ToString("N"));

    public InputLimitsTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PackageReadResult ReadWith(IReadOnlyDictionary<string, string?> files)
    {
        using var p = new PackageFixture(files);
        return PackageReader.Read(p.Folder);
    }

    private static PackageReadResult ReadBytes(string file, byte[] bytes)
    {
        using var p = new PackageFixture();
        File.WriteAllBytes(Path.Combine(p.Folder, file), bytes);
        return PackageReader.Read(p.Folder);
    }

    private static PackageError Single(PackageReadResult r)
    {
        Assert.Null(r.Accounts);
        return Assert.Single(r.Errors);
    }

    /// <summary>Reads within a few seconds and without growing the heap by more than <paramref name="megabytes"/>.</summary>
    private static T Bounded<T>(Func<T> read, int megabytes = 200)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = read();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1024 / 1024;
        Assert.True(allocated < megabytes, $"allocated {allocated} MB");
        return result;
    }

    // ── workbooks: cell references and row numbers inside Excel's grid, before any padding ──

    [Theory]
    [InlineData("ZZZZZZ2")]
    [InlineData("ZZZZZZZZZZ2")]
    [InlineData("2B")]
    public void A_cell_reference_outside_excels_grid_is_refused_at_its_row(string reference)
    {
        var file = Path.Combine(_dir, "ref.xlsx");
        HostileWorkbook.Write(file, "单位", xml => xml.Replace("r=\"B2\"", $"r=\"{reference}\"", StringComparison.Ordinal));
        var e = Single(Bounded(() => PackageReader.Read(file)));
        Assert.Equal(MessageId.CellOutOfRange, e.Id);
        Assert.Equal($"工作表「单位」第 2 行：单元格引用「{reference}」超出 Excel 的范围（最多 XFD 列、1,048,576 行）", e.ToString());
    }

    [Theory]
    [InlineData("4294967295")]
    [InlineData("99999999999999999999")]
    [InlineData("1048577")]
    public void A_row_number_outside_excels_grid_is_refused(string number)
    {
        var file = Path.Combine(_dir, "row.xlsx");
        HostileWorkbook.Write(file, "单位", xml => new Regex("<(x:)?row r=\"3\"").Replace(xml, m => $"<{m.Groups[1].Value}row r=\"{number}\"", 1));
        var e = Single(Bounded(() => PackageReader.Read(file)));
        Assert.Equal(MessageId.CellOutOfRange, e.Id);
        Assert.Equal($"工作表「单位」第 3 行：行号「{number}」超出 Excel 的范围（最多 1,048,576 行），或不在前一行之后", e.ToString());
    }

    [Fact]
    public void A_typed_cell_far_right_is_refused_and_never_padded_to()
    {
        var file = Path.Combine(_dir, "xfd.xlsx");
        HostileWorkbook.Write(file, "单位", xml => xml.Replace("r=\"B2\"", "r=\"XFD2\"", StringComparison.Ordinal));
        var e = Single(Bounded(() => PackageReader.Read(file), megabytes: 100));
        Assert.Equal("工作表「单位」第 2 行 XFD 列：XFD 列有内容，但数据包的工作表最多 64 列：请删除表格右侧多余的内容", e.ToString());
    }

    [Fact]
    public void A_published_workbook_with_a_reference_outside_the_grid_is_refused_not_overflowed()
    {
        var file = Path.Combine(_dir, "published.xlsx");
        HostileWorkbook.Write(file, "单位", xml => xml.Replace("r=\"B2\"", "r=\"ZZZZZZZZZZ2\"", StringComparison.Ordinal));
        var ex = Assert.Throws<PublishedReadException>(() => Bounded(() => PublishedReportReader.Read(file)));
        Assert.Contains("工作表「单位」第 2 行：单元格引用「ZZZZZZZZZZ2」超出 Excel 的范围", ex.Message, StringComparison.Ordinal);

        HostileWorkbook.Write(file, "单位", xml => new Regex("<(x:)?row r=\"3\"").Replace(xml, m => $"<{m.Groups[1].Value}row r=\"4294967295\"", 1));
        ex = Assert.Throws<PublishedReadException>(() => Bounded(() => PublishedReportReader.Read(file)));
        Assert.Contains("行号「4294967295」超出 Excel 的范围", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_cell_spanning_a_billion_columns_spans_only_the_tables_grid()
    {
        var file = Path.Combine(_dir, "span.docx");
        using (var doc = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            var cell = new W.TableCell(new W.TableCellProperties(new W.GridSpan { Val = 1_000_000_000 }), new W.Paragraph(new W.Run(new W.Text("合计"))));
            var table = new W.Table(new W.TableGrid(new W.GridColumn(), new W.GridColumn(), new W.GridColumn()),
                new W.TableRow(cell, new W.TableCell(new W.Paragraph(new W.Run(new W.Text("1"))))));
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("某局2024年度部门决算"))), table));
        }

        var text = Bounded(() => OfficeText.FromDocx(file), megabytes: 50);
        Assert.Equal("某局2024年度部门决算\n合计\t\t\t1\n", text); // spans the grid's 3 columns, then the next cell
    }

    [Fact]
    public void A_report_whose_body_unpacks_past_its_limit_is_refused_before_it_is_parsed()
    {
        var file = Path.Combine(_dir, "big.docx");
        using (var zip = System.IO.Compression.ZipFile.Open(file, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var s = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.Optimal).Open();
            var spaces = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
            for (var i = 0; i < 60; i++)
            {
                s.Write(spaces);
            }
        }

        var ex = Assert.Throws<PublishedReadException>(() => Bounded(() => PublishedReportReader.Read(file), megabytes: 50));
        Assert.Equal("「big.docx」的 word/document.xml 解压后 60 MB，超过 50 MB 上限，已拒绝", ex.Message);
    }

    // ── published text: control characters are not the PDF reader's cell marks ──

    [Theory]
    [InlineData("\u001F")]
    [InlineData("\u001Fx\u001F")]
    [InlineData("\u001F12\u001F收入\t\u001F")]
    [InlineData("\0\u0001\u001E")]
    public void Control_characters_in_a_published_text_do_not_crash_the_reader(string controls)
    {
        var file = Path.Combine(_dir, "report.txt");
        File.WriteAllText(file, $"某局2024年度部门决算\n{controls}\n一、收入\t{controls}1,234\t5\n");
        var report = PublishedReportReader.Read(file);
        Assert.DoesNotContain(report.Lines, l => l.Text.Contains('\u001F', StringComparison.Ordinal));
    }

    [Fact]
    public void A_published_text_in_utf16_is_refused_naming_the_encodings_tried()
    {
        var file = Path.Combine(_dir, "report.txt");
        File.WriteAllText(file, "某局2024年度部门决算\n", Encoding.Unicode);
        var ex = Assert.Throws<PublishedReadException>(() => PublishedReportReader.Read(file));
        Assert.Contains("UTF-16", ex.Message, StringComparison.Ordinal);
        Assert.Contains("已尝试 UTF-8、GB18030", ex.Message, StringComparison.Ordinal);
    }

    // ── package cells: characters and length ──

    [Fact]
    public void A_nul_in_a_unit_name_is_refused_at_read_time()
    {
        var e = Single(ReadWith(new Dictionary<string, string?>
        {
            ["units.csv"] = "单位编码,单位名称,单位类型\n001,测试\0局,行政单位\n002,测试中心,事业单位",
        }));
        Assert.Equal(MessageId.InvalidCharacter, e.Id);
        Assert.Equal("units.csv 第 2 行 B 列（单位名称）：含有不可用的控制字符 U+0000（第 3 个字符），请删除后再导入", e.ToString());
    }

    [Theory]
    [InlineData('\u001F')]
    [InlineData('\u0008')]
    [InlineData('\u007F')]
    [InlineData('\uFFFF')]
    public void Xml_invalid_and_control_characters_are_refused_with_their_code(char c)
    {
        var e = Single(ReadWith(new Dictionary<string, string?>
        {
            ["units.csv"] = $"单位编码,单位名称,单位类型\n001,测试局,行政单位\n002,测试中心{c},事业单位",
        }));
        Assert.Equal(MessageId.InvalidCharacter, e.Id);
        Assert.Equal($"units.csv 第 3 行 B 列（单位名称）：含有不可用的控制字符 U+{(int)c:X4}（第 5 个字符），请删除后再导入", e.ToString());
    }

    [Fact]
    public void A_cell_longer_than_excel_allows_is_refused()
    {
        var e = Single(Bounded(() => ReadWith(new Dictionary<string, string?>
        {
            ["narrative.csv"] = "项目,类型,内容\n职责,段落," + new string('职', 1_000_000),
        })));
        Assert.Equal(MessageId.TextTooLong, e.Id);
        Assert.Equal("narrative.csv 第 2 行 C 列（内容）：内容长 1,000,000 个字符，超过每格 32,767 个字符的上限", e.ToString());
    }

    [Fact]
    public void An_unquoted_thousands_separator_is_refused_not_read_as_two_cells()
    {
        var e = Single(ReadWith(new Dictionary<string, string?>
        {
            ["income.csv"] = "单位编码,收入类型,功能分类科目,金额（元）\n001,一般公共预算财政拨款收入,2013201,1,500.00\n002,一般公共预算财政拨款收入,2080106,800.50",
        }));
        Assert.Equal(MessageId.CellOutOfRange, e.Id);
        Assert.Equal("income.csv 第 2 行 E 列：此行有 5 格，表头只有 4 列：多出的「500.00」无处可放（含逗号的金额或文字须加引号，如 \"1,500.00\"）", e.ToString());
    }

    [Fact]
    public void Prose_sheets_are_bounded_in_total_not_only_per_cell()
    {
        // Seven paragraphs of 30,000 characters each pass the cell limit; together they pass the sheet's.
        var rows = string.Concat(Enumerable.Range(0, 7).Select(_ => "\n职责,段落," + new string('职', 30_000)));
        var e = Single(Bounded(() => ReadWith(new Dictionary<string, string?> { ["narrative.csv"] = "项目,类型,内容" + rows })));
        Assert.Equal(MessageId.TextTooLong, e.Id);
        Assert.Equal("narrative.csv 第 8 行：「说明」的文字合计到此行超过 200,000 个字符的上限（一份报告的说明文字通常不到 2 万字）", e.ToString());
    }

    [Fact]
    public void A_folder_whose_files_add_up_past_the_limit_is_refused_before_any_is_read()
    {
        using var p = new PackageFixture();
        foreach (var name in new[] { "budget.csv", "narrative.csv" })
        {
            using var f = File.Create(Path.Combine(p.Folder, name));
            f.SetLength(60L * 1024 * 1024); // sparse: each under the 64 MB a file may have, together over 100 MB
        }

        var e = Single(Bounded(() => PackageReader.Read(p.Folder), megabytes: 20));
        Assert.Equal(MessageId.FileUnreadable, e.Id);
        Assert.EndsWith("：数据包的文件合计 120 MB，超过 100 MB 上限，已拒绝", e.ToString(), StringComparison.Ordinal);
    }

    // ── amounts: a ceiling in yuan, and sums that cannot overflow ──

    [Fact]
    public void Two_amounts_of_5e28_are_refused_not_overflowed()
    {
        var r = ReadWith(new Dictionary<string, string?>
        {
            ["income.csv"] = "单位编码,收入类型,功能分类科目,金额（元）\n001,一般公共预算财政拨款收入,2013201,50000000000000000000000000000\n001,上级补助收入,2013201,50000000000000000000000000000",
        });
        Assert.Null(r.Accounts);
        Assert.Equal(
            [
                "income.csv 第 2 行 D 列（金额（元））：金额「50000000000000000000000000000」超出可接受的范围（绝对值不超过 1,000,000,000,000,000 元）",
                "income.csv 第 3 行 D 列（金额（元））：金额「50000000000000000000000000000」超出可接受的范围（绝对值不超过 1,000,000,000,000,000 元）",
            ],
            r.Errors.Select(e => e.ToString()));
        Assert.All(r.Errors, e => Assert.Equal(MessageId.AmountTooLarge, e.Id));
    }

    [Fact]
    public void A_column_whose_sum_passes_the_ceiling_is_refused_at_the_row_that_passes_it()
    {
        var e = Single(ReadWith(new Dictionary<string, string?>
        {
            ["income.csv"] = "单位编码,收入类型,功能分类科目,金额（元）\n001,一般公共预算财政拨款收入,2013201,600000000000000\n001,上级补助收入,2013201,-600000000000000",
        }));
        Assert.Equal(MessageId.AmountSumTooLarge, e.Id);
        Assert.Equal("income.csv 第 3 行 D 列（金额（元））：「金额（元）」各行合计到此行超出可接受的范围（不超过 1,000,000,000,000,000 元）", e.ToString());
    }

    // ── decoding: say what could not be recognised ──

    [Fact]
    public void A_utf16_file_is_refused_as_utf16_not_as_a_missing_column()
    {
        var e = Single(ReadBytes("units.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("单位编码,单位名称,单位类型\n001,测试局,行政单位\n")).ToArray()));
        Assert.Equal(MessageId.EncodingUnrecognised, e.Id);
        Assert.Equal("units.csv：无法识别文件的编码：文件是 UTF-16（Unicode）编码；已尝试 UTF-8、GB18030。请在 Excel 中另存为「CSV UTF-8（逗号分隔）」", e.ToString());
    }

    [Fact]
    public void One_invalid_byte_in_a_utf8_file_is_named_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("单位编码,单位名称,单位类型\n001,测试局,行政单位\n002,测试中心X,事业单位\n");
        bytes[Array.LastIndexOf(bytes, (byte)'X')] = 0xFF;
        var e = Single(ReadBytes("units.csv", bytes));
        Assert.Equal(MessageId.EncodingUnrecognised, e.Id);
        Assert.Equal("units.csv 第 3 行：无法识别文件的编码：此行有无效字节 0xFF，文件其余部分是 UTF-8；已尝试 UTF-8、GB18030。请改正该行后另存为「CSV UTF-8（逗号分隔）」", e.ToString());
    }

    [Fact]
    public void A_gbk_file_is_still_read()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("单位编码,单位名称,单位类型\n001,测试局,行政单位\n002,测试中心,事业单位\n");
        var r = ReadBytes("units.csv", bytes);
        Assert.True(r.Success, string.Join("\n", r.Errors));
    }

    [Fact]
    public void An_unclosed_quote_is_named_with_its_row()
    {
        var e = Single(ReadWith(new Dictionary<string, string?>
        {
            ["units.csv"] = "单位编码,单位名称,单位类型\n001,测试局,行政单位\n002,\"测试中心,事业单位\n003,其他,事业单位",
        }));
        Assert.Equal(MessageId.QuoteUnclosed, e.Id);
        Assert.Equal("units.csv 第 3 行：此行的引号「\"」没有闭合，其后的全部内容会被读作同一格：请补上闭合的引号，或删除多余的引号", e.ToString());
    }

    // ── a package is a year of money ──

    [Fact]
    public void A_package_without_units_or_facts_is_refused_saying_what_is_missing()
    {
        var r = ReadWith(new Dictionary<string, string?>
        {
            ["units.csv"] = "单位编码,单位名称,单位类型",
            ["income.csv"] = "单位编码,收入类型,功能分类科目,金额（元）",
            ["expenditure.csv"] = "单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）",
        });
        Assert.Null(r.Accounts);
        Assert.Equal(
            [
                "units.csv：数据包没有任何单位：请在「单位」中至少填写一个单位（编码、名称、类型）",
                "income.csv：数据包没有收入也没有支出数据：请在「收入」或「支出」中填写本年的数据（空白模板不能生成报告）",
            ],
            r.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Income_alone_is_enough()
    {
        var r = ReadWith(new Dictionary<string, string?> { ["expenditure.csv"] = "单位编码,功能分类科目,经济分类科目,资金来源,支出类型,项目名称,金额（元）" });
        Assert.True(r.Success, string.Join("\n", r.Errors));
    }
}
