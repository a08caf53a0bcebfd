using Juesuan.Core.Model;
using Juesuan.Readers.Package;

namespace Juesuan.Readers.Tests;

/// <summary>One formatter for input errors: console text pointing at the value, and JSON with the same fields.</summary>
public sealed class PackageErrorFormatTests
{
    private static readonly PackageError AmountInWords =
        new(MessageId.AmountNotNumeric, "income.csv", 2, 3, "金额（元）", "一千五百元", InputMessages.AmountNotNumeric("一千五百元").Text);

    [Fact]
    public void The_console_form_points_at_the_value_counting_wide_characters_twice()
    {
        Assert.Equal("""
            income.csv 第 2 行 D 列（金额（元））：金额「一千五百元」不是数字
              | 一千五百元
              | ^^^^^^^^^^

            """.Replace("\r\n", "\n", StringComparison.Ordinal), PackageErrorFormat.Console(AmountInWords));
    }

    [Fact]
    public void The_console_form_shows_control_characters_as_their_pictures_and_cuts_long_values()
    {
        var nul = new PackageError(MessageId.InvalidCharacter, "units.csv", 2, 1, "单位名称", "a\0b", InputMessages.InvalidCharacter('\0', 2).Text);
        Assert.EndsWith("  | a␀b\n  | ^^^\n", PackageErrorFormat.Console(nul), StringComparison.Ordinal);
        var place = new PackageError(MessageId.MissingSheet, "pkg", null, null, null, null, InputMessages.FileMissing("income.csv", "收入").Text);
        Assert.Equal("pkg：缺少文件 income.csv（收入）\n", PackageErrorFormat.Console(place));
        var longValue = AmountInWords with { Value = new string('x', 500) };
        Assert.Contains("  | " + new string('x', PackageErrorFormat.MaxShownValue) + "…\n", PackageErrorFormat.Console(longValue), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_form_carries_the_id_the_place_and_the_text()
    {
        Assert.Equal("""
            [
              {
                "id": "AmountNotNumeric",
                "location": "income.csv",
                "row": 2,
                "column": "D",
                "columnHeader": "金额（元）",
                "value": "一千五百元",
                "message": "金额「一千五百元」不是数字",
                "text": "income.csv 第 2 行 D 列（金额（元））：金额「一千五百元」不是数字"
              }
            ]
            """.Replace("\r\n", "\n", StringComparison.Ordinal), PackageErrorFormat.JsonText([AmountInWords]).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
