using Juesuan.Core.Model;

namespace Juesuan.Core.Tests;

public sealed class ValueTypeTests
{
    [Theory]
    [InlineData("7972.87", 7972.87)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-12", -12)]
    [InlineData(" 0.01 ", 0.01)]
    public void Yuan_parses_amounts(string text, double expected) =>
        Assert.Equal((decimal)expected, Yuan.Parse(text).Value.Value);

    [Theory]
    [InlineData("12.345", MessageId.AmountTooPrecise)]
    [InlineData("abc", MessageId.AmountNotNumeric)]
    [InlineData("1e5", MessageId.AmountNotNumeric)]
    [InlineData("", MessageId.AmountEmpty)]
    public void Yuan_refuses_bad_amounts_without_throwing(string text, MessageId error)
    {
        var r = Yuan.Parse(text);
        Assert.False(r.Success);
        Assert.Equal(error, r.Error);
        Assert.Contains("金额", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yuan_cannot_hold_fractions_of_a_fen() =>
        Assert.Throws<ArgumentException>(() => new Yuan(0.001m));

    [Theory]
    [InlineData("208", CodeLevel.Lei, null)]
    [InlineData("20805", CodeLevel.Kuan, "208")]
    [InlineData("2080505", CodeLevel.Xiang, "20805")]
    public void Function_codes_know_level_and_parent(string code, CodeLevel level, string? parent)
    {
        var c = FunctionCode.Of(code);
        Assert.Equal(level, c.Level);
        Assert.Equal(parent, c.Parent?.Value);
        Assert.Equal("208", c.Lei.Value);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("2080")]
    [InlineData("208050")]
    [InlineData("20805051")]
    [InlineData("20a0505")]
    [InlineData("")]
    public void Function_codes_must_be_3_5_or_7_digits(string text)
    {
        var r = FunctionCode.Parse(text);
        Assert.False(r.Success);
        Assert.Equal(MessageId.CodeMalformed, r.Error);
    }

    [Theory]
    [InlineData("301", true)]
    [InlineData("30101", true)]
    [InlineData("3010", false)]
    [InlineData("3010101", false)]
    public void Economic_codes_are_3_or_5_digits(string text, bool ok) => Assert.Equal(ok, EconomicCode.Parse(text).Success);

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("2024年", 2024)]
    [InlineData("2024年度", 2024)]
    public void Fiscal_years_parse(string text, int year) => Assert.Equal(year, FiscalYear.Parse(text).Value.Value);

    [Theory]
    [InlineData("24")]
    [InlineData("二〇二四")]
    [InlineData("1899")]
    public void Bad_years_are_refused(string text) => Assert.False(FiscalYear.Parse(text).Success);

    [Fact]
    public void Terms_parse_with_either_bracket_style()
    {
        Assert.True(Terms.TryParse(Terms.ThreePublicCategories, "因公出国(境)费", out var c));
        Assert.Equal(ThreePublicCategory.TravelAbroad, c);
        Assert.False(Terms.TryParse(Terms.FundSources, "财政拨款", out FundSource _));
    }

    [Fact]
    public void Csv_text_handles_quotes_commas_and_line_breaks()
    {
        var rows = CsvText.Parse("\uFEFFa,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x,1", "say \"hi\""], rows[1].Fields);
        Assert.Equal("two\nlines", rows[2].Fields[0]);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal("\"x,1\",plain", CsvText.Line(["x,1", "plain"]));
    }
}
