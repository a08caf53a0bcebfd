using System.Diagnostics;
using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// Texts no report prints but a hostile or broken file can: one "sentence" of tens of thousands of figures, a web page of
/// nothing but "|" cells, a year glued to an amount over and over. Each is read and audited within a few seconds (a
/// guard against a hang, not a speed target), and what is kept of a sentence stays bounded.
/// </summary>
public sealed class LongTextTests
{
    private static Core.Published.PublishedReport ReadAndAudit(string text)
    {
        var clock = Stopwatch.StartNew();
        var report = TextReportReader.Read(text, "r.txt");
        _ = Auditor.Run(report);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        return report;
    }

    [Theory]
    [InlineData("1万元，")] // commas, no full stop
    [InlineData("1万元）")] // closing brackets with nothing opened: no clause boundary at all
    [InlineData("公务接待费1万元；")]
    [InlineData("与2019498.83万元相比，")]
    [InlineData("公务接待费1万元，较上年减少1批次，下降100%，与上年持平，")] // one sentence repeated: its words were weighed against every repeat (2 min for 20,000)
    public void A_sentence_of_forty_thousand_figures_is_read_in_bounded_time(string piece)
    {
        var report = ReadAndAudit("一、“三公”经费情况说明\n" + string.Concat(Enumerable.Repeat(piece, 40_000)) + "。\n");
        Assert.True(report.NarrativeFigureCount.Printed >= 39_000, $"{report.NarrativeFigureCount.Printed} figures");
        Assert.All(report.Statements, s => Assert.True(s.Text.Length <= 1_001, $"a statement of {s.Text.Length} characters"));
    }

    [Fact]
    public void A_page_of_bare_bars_and_control_characters_is_read()
    {
        var report = ReadAndAudit(string.Concat(Enumerable.Repeat("|\n", 200_000)) + string.Concat(Enumerable.Repeat("||||||||\n", 1_000))
            + "\u0000\u0001|\u0007 |\n１２３．４５万元 |\n");
        Assert.Empty(report.Tables);
    }

    [Fact]
    public void Five_thousand_sentences_of_changes_are_audited_in_bounded_time()
    {
        // Each change looked for its rate and amount among all the report's claims: 5,000 such sentences took half a minute, 20,000 ten minutes.
        var text = "一、收入支出决算总体情况说明\n" + string.Concat(Enumerable.Range(0, 5_000)
            .Select(i => $"与2019年度收、支总计{i}万元相比各增加1万元，下降%，占%。\u0001１２３万元\n"));
        var report = ReadAndAudit(text);
        Assert.True(report.Statements.Count >= 5_000, $"{report.Statements.Count} statements");
    }
}
