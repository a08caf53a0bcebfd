using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>
/// CounterExamples/*/: correct texts a reviewer wrote against the rules, each of which once gave a false error or warning. None may
/// give one again (a fragment's missing parts, C-SECTIONS and C-TABLES, are the fragment's, not the rules').
/// </summary>
public sealed class CounterExampleTests
{
    private static readonly string Root = Repo.Path("tests", "Juesuan.Audit.Tests", "CounterExamples");

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Root, "*.txt", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void A_correct_text_gives_no_error_or_warning(string file)
    {
        var report = PublishedReportReader.Read(Path.Combine(Root, file));
        Assert.Empty(Auditor.Run(report).Where(f => f.Severity != Severity.Note && f.RuleId is not ("C-SECTIONS" or "C-TABLES")).Select(f => f.ToString()));
    }
}
