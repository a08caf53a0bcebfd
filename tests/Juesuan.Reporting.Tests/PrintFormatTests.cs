using Juesuan.Core.Model;

namespace Juesuan.Reporting.Tests;

public sealed class PrintFormatTests
{
    [Theory]
    [InlineData(79728700.00, "7,973")]   // 7972.87 万元
    [InlineData(5000.00, "1")]           // 0.5 万元: half away from zero
    [InlineData(4999.99, "0")]
    [InlineData(-5000.00, "-1")]         // and away from zero below it
    [InlineData(1200.00, "0")]           // 0.12 万元 prints 0, not blank
    [InlineData(12345678.90, "1,235")]
    [InlineData(0, "0")]
    public void Table_amounts_are_integer_wan_rounded_half_away_from_zero(double yuan, string printed) =>
        Assert.Equal(printed, PrintFormat.TableAmount(new Yuan((decimal)yuan)));

    [Theory]
    [InlineData(79728700.00, "7972.87")]
    [InlineData(14234050.00, "1423.41")]  // 1423.405 → 1423.41
    [InlineData(14234049.99, "1423.40")]
    [InlineData(1200.00, "0.12")]
    [InlineData(0, "0.00")]
    public void Narrative_amounts_have_two_decimals(double yuan, string printed) =>
        Assert.Equal(printed, PrintFormat.NarrativeAmount(new Yuan((decimal)yuan)));

    [Fact]
    public void Percentages_round_from_exact_figures_not_from_printed_ones()
    {
        // Both print as 19.77 of 22.31 万元, yet the exact figures give 88.66% where the printed ones give 88.61%.
        Assert.Equal(88.66m, PrintFormat.Percent(new Yuan(197749m), new Yuan(223050m)));
        Assert.Equal(88.61m, PrintFormat.Percent(new Yuan(197700m), new Yuan(223100m)));
        Assert.Equal("17.85%", PrintFormat.PercentText(PrintFormat.Percent(new Yuan(14233100m), new Yuan(79728700m))!.Value));
    }

    [Fact]
    public void A_percentage_of_nothing_is_not_a_number() =>
        Assert.Null(PrintFormat.Percent(new Yuan(100m), Yuan.Zero));

    [Fact]
    public void Rounded_parts_may_differ_from_the_rounded_total_by_at_most_half_a_unit_each()
    {
        // 尾差: three parts of 0.4 万元 print 0 each, their total 1.2 万元 prints 1.
        var part = new Yuan(4000m);
        var total = part + part + part;
        Assert.Equal("0", PrintFormat.TableAmount(part));
        Assert.Equal("1", PrintFormat.TableAmount(total));

        var random = new Random(20241231);
        for (var trial = 0; trial < 2000; trial++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 30)).Select(_ => new Yuan(random.Next(0, 5_000_000) / 100m)).ToList();
            var sumOfPrinted = parts.Sum(PrintFormat.WanInteger);
            var printedSum = PrintFormat.WanInteger(Yuan.Sum(parts));
            Assert.True(Math.Abs(sumOfPrinted - printedSum) <= parts.Count * 0.5m);
        }
    }
}
