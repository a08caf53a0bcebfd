using System.Text;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

/// <summary>
/// Rechecks of issue 13: (a) a NUL or other control character in any name or text field of a package — every text
/// cell of every CSV file of the sample, and a workbook's cells — is refused when read, at its file, row and
/// column; (b) amounts beyond the ceiling in yuan are refused, and sums cannot overflow (two amounts of 5×10^28).
/// </summary>
public sealed class HostileRecheckTests
{
    /// <summary>Every (file, column) of the sample whose first data row holds text (not a number or a code).</summary>
    public static TheoryData<string, int, char> TextCells()
    {
        var data = new TheoryData<string, int, char>();
        var controls = new[] { '\0', '\u001F', '\u0007' };
        var n = 0;
        foreach (var file in Directory.GetFiles(Repo.Sample, "*.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length < 2)
            {
                continue;
            }

            var cells = Csv(lines[1]);
            for (var k = 0; k < cells.Count; k++)
            {
                if (cells[k].Any(c => c > '\u007F'))
                {
                    data.Add(Path.GetFileName(file), k, controls[n++ % controls.Length]);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_sample_has_text_fields_in_every_kind_of_file_to_check()
    {
        var files = TextCells().Select(r => (string)r[0]).Distinct().ToList();
        Assert.True(files.Count >= 10, string.Join(", ", files));
    }

    [Theory]
    [MemberData(nameof(TextCells))]
    public void A_control_character_in_a_text_field_of_a_CSV_package_is_refused_at_its_cell(string file, int column, char control)
    {
        var dir = CopySample();
        try
        {
            var path = Path.Combine(dir, file);
            var lines = File.ReadAllLines(path);
            var cells = Csv(lines[1]);
            cells[column] = cells[column].Insert(1, control.ToString());
            lines[1] = string.Join(',', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            File.WriteAllLines(path, lines, new UTF8Encoding(false));

            var result = PackageReader.Read(dir);
            Assert.Null(result.Accounts);
            Assert.Contains(result.Errors, e => e.Id == MessageId.InvalidCharacter && e.Location == file && e.Row == 2 && e.Column == column
                && e.ToString().Contains($"U+{(int)control:X4}", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("测试_x0000_局", "U+0000")] // how Excel itself writes a NUL typed in a cell
    [InlineData("测试_x001F_局", "U+001F")]
    [InlineData("测试_x0007_局", "U+0007")]
    public void A_control_character_in_a_workbook_unit_name_is_refused_at_its_cell(string name, string shown)
    {
        var result = ReadWorkbook("单位", x => x.Replace("凌源市人力资源和社会保障局", name, StringComparison.Ordinal));
        Assert.Null(result.Accounts);
        Assert.Contains(result.Errors, e => e.Id == MessageId.InvalidCharacter && e.Location.Contains("单位", StringComparison.Ordinal)
            && e.Row == 2 && e.Column == 1 && e.ToString().Contains(shown, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("&#x1F;")]
    [InlineData("&#0;")]
    public void A_control_character_as_an_XML_reference_in_a_workbook_is_refused_naming_the_workbook(string reference)
    {
        var result = ReadWorkbook("单位", x => x.Replace("凌源市人力资源和社会保障局", "凌源" + reference, StringComparison.Ordinal));
        Assert.Null(result.Accounts);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Location)));
    }

    [Fact]
    public void The_escape_for_an_underscore_is_read_as_one_and_plain_text_is_untouched()
    {
        Assert.Equal("a_b", XlsxPackageSource.Unescape("a_x005F_b"));
        Assert.Equal("测试局_x12", XlsxPackageSource.Unescape("测试局_x12"));
        Assert.Equal("x\0y", XlsxPackageSource.Unescape("x_x0000_y"));
    }

    [Fact]
    public void Two_amounts_of_5e28_in_a_CSV_package_are_each_refused_at_their_cell_and_nothing_overflows()
    {
        var (result, amount) = ReadWithIncome((lines, amount) =>
        {
            foreach (var i in new[] { 1, 2 })
            {
                var cells = Csv(lines[i]);
                cells[amount] = "50000000000000000000000000000";
                lines[i] = string.Join(',', cells.Select(c => "\"" + c + "\""));
            }

            return lines;
        });
        Assert.Null(result.Accounts);
        Assert.Contains(result.Errors, e => e.Id == MessageId.AmountTooLarge && e.Location == "income.csv" && e.Row == 2 && e.Column == amount);
        Assert.Contains(result.Errors, e => e.Id == MessageId.AmountTooLarge && e.Location == "income.csv" && e.Row == 3 && e.Column == amount);
    }

    [Fact]
    public void Two_amounts_of_5e28_in_a_workbook_are_refused_and_nothing_overflows()
    {
        var times = 0;
        var result = ReadWorkbook("收入", x => System.Text.RegularExpressions.Regex.Replace(x, @"<x:v>\d+(\.\d+)?</x:v>", m => ++times <= 2 ? "<x:v>5E+28</x:v>" : m.Value));
        Assert.Null(result.Accounts);
        Assert.Equal(2, result.Errors.Count(e => e.Id == MessageId.AmountTooLarge));
    }

    [Fact]
    public void Many_amounts_just_under_the_ceiling_are_refused_where_their_sum_passes_it()
    {
        var (result, amount) = ReadWithIncome((lines, amount) =>
        {
            var first = Csv(lines[1]);
            var just = (InputMessages.AmountCeiling - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return [lines[0], .. Enumerable.Range(0, 1000).Select(_ => string.Join(',', first.Select((c, k) => "\"" + (k == amount ? just : c) + "\"")))];
        });
        Assert.Null(result.Accounts);
        Assert.Contains(result.Errors, e => e.Id == MessageId.AmountSumTooLarge && e.Location == "income.csv" && e.Row == 3 && e.Column == amount);
    }

    /// <summary>The sample with its income.csv lines edited (given the 金额 column's index), read as a package.</summary>
    private static (PackageReadResult Result, int Amount) ReadWithIncome(Func<List<string>, int, List<string>> edit)
    {
        var dir = CopySample();
        try
        {
            var path = Path.Combine(dir, "income.csv");
            var lines = File.ReadAllLines(path).ToList();
            var amount = Csv(lines[0]).FindIndex(h => h.StartsWith("金额", StringComparison.Ordinal));
            File.WriteAllLines(path, edit(lines, amount), new UTF8Encoding(false));
            return (PackageReader.Read(dir), amount);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static PackageReadResult ReadWorkbook(string sheet, Func<string, string> edit)
    {
        var file = Path.Combine(Path.GetTempPath(), $"juesuan-recheck-{Guid.NewGuid():N}.xlsx");
        try
        {
            HostileWorkbook.Write(file, sheet, edit);
            return PackageReader.Read(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string CopySample()
    {
        var dir = Path.Combine(Path.GetTempPath(), "juesuan-recheck-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Repo.Sample, "*.csv"))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        return dir;
    }

    /// <summary>One CSV line's fields (RFC 4180 quotes), enough for the sample's lines.</summary>
    private static List<string> Csv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
