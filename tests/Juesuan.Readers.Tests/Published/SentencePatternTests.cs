using Juesuan.Core.Catalogs;
using Juesuan.Core.Published;
using Juesuan.Readers.Published.Statements;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// Every entry of the three pattern catalogues reads its own example — the sentence as reports print it — by that
/// entry (not by another that would shadow it). The examples are in the catalogues, next to their patterns.
/// </summary>
public sealed class SentencePatternTests
{
    private static readonly SubjectContext Context = new(CatalogSet.Default, new Dictionary<string, string>());

    private static string Flat(string example) => StatedFigures.Normalize(example.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static TheoryData<string> Subjects() => new(SubjectPatterns.All.Select(p => p.Name));

    public static TheoryData<string> Measures() => new(MeasurePatterns.All.Select(p => p.Name));

    public static TheoryData<string> Words() => new(WordPatterns.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Each_subject_pattern_reads_its_example(string name)
    {
        var pattern = SubjectPatterns.All.Single(p => p.Name == name);
        var mentions = StatementReader.Mentions(Flat(pattern.Example), Context);
        Assert.Contains(mentions, m => m.Pattern == name);
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Each_measure_pattern_reads_its_example(string name)
    {
        var pattern = MeasurePatterns.All.Single(p => p.Name == name);
        var text = Flat(pattern.Example);
        var readings = StatedFigures.In(text).Select(f => MeasurePatterns.Read(text, 0, f)).ToList();
        Assert.Contains(readings, r => r?.Pattern == name);
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Each_word_pattern_reads_its_example(string name)
    {
        var pattern = WordPatterns.All.Single(p => p.Name == name);
        var words = WordPatterns.Read(Flat(pattern.Example), new PrintedPlace(1, 1), [], "事项", _ => null);
        Assert.Contains(words, w => w.Pattern == name && w.Kind == pattern.Kind);
    }

    [Fact]
    public void A_sentence_becomes_its_claims()
    {
        // putuo-ecology, 七: the whole, its parts, their completion rates, against the budget the sentence names.
        // The text reader hands over paragraphs without their spaces.
        var paragraphs = new[]
        {
            new NarrativeParagraph("七、财政拨款“三公”经费支出决算情况说明", new PrintedPlace(26, 540)),
            new NarrativeParagraph(Flat("“三公”经费财政拨款支出年初预算为 21.00 万元，支出决算为 16.95 万元，完成预算的 80.71%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 16.95 万元，完成预算的 82.68%。"), new PrintedPlace(26, 541)),
        };
        var claims = StatementReader.Read(paragraphs, Context, 2025).SelectMany(s => s.Claims)
            .Select(c => $"{c.Subject} {c.Measure} {c.Number.Text}{(c.Basis is { } b ? " " + b : string.Empty)}").ToList();
        Assert.Equal(
            [
                "三公经费 Budget 21.00 Initial",
                "三公经费 Amount 16.95",
                "三公经费 Completion 80.71 FullYear",
                "三公:因公出国（境）费 Amount 0.00",
                "三公:因公出国（境）费 Completion 0.00 FullYear",
                "三公:公务用车购置及运行费 Amount 16.95",
                "三公:公务用车购置及运行费 Completion 82.68 FullYear",
            ],
            claims);
    }
}
