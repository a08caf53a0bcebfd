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

    [Fact]
    public void Ten_thousand_named_items_and_ten_thousand_reasons_are_audited_in_bounded_time()
    {
        // Each reason was weighed against every item with a change (N-REASON): 20,000 of each took over a minute.
        static string Name(int i) => new([(char)('一' + (i % 97)), (char)('丁' + (i / 97 % 97)), (char)('万' + (i / 9409)), '甲']);
        var text = "一、收入决算情况说明\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"其中：{Name(i)}收入100.00万元，比上年增加1.00万元。\n"))
            + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"公务接待费10.00万元，比上年增加1.00万元，主要原因是{Name(i)}收入减少。\n"));
        var report = ReadAndAudit(text);
        Assert.True(report.Statements.Count >= 20_000, $"{report.Statements.Count} statements");
    }

    [Fact]
    public void A_line_of_a_million_dots_is_read()
    {
        var report = ReadAndAudit("2024年度某局部门决算\n目录\n第一部分 概况" + new string('.', 1_000_000) + "x\n第一部分 概况\n");
        Assert.Equal(2024, report.Year?.Value);
    }

    [Fact]
    public void Twenty_thousand_sentences_with_a_doubled_word_are_audited_in_bounded_time()
    {
        // W-REPEAT looked up each sentence's printed line among all the lines (11 s for these).
        var report = ReadAndAudit("一、收入决算情况说明\n" + string.Concat(Enumerable.Repeat("其中的的收入1.00万元，比上年增加1.00万元。\n", 20_000)));
        Assert.True(report.Statements.Count >= 20_000, $"{report.Statements.Count} statements");
    }
}
