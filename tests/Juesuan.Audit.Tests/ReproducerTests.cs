using System.Text;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>
/// A catalogue of minimal reproducers (hledger's test/errors): Reproducers/RULE-ID/ holds a tiny report.txt that
/// breaks that rule, README.md saying how, and expected.txt with the exact findings of that rule, one per line
/// (severity, rule, place, message), worked out from the figures in README.md. docs/audit-rules.md lists them.
/// </summary>
public sealed class ReproducerTests
{
    private static readonly string Root = Repo.Path("tests", "Juesuan.Audit.Tests", "Reproducers");

    public static TheoryData<string> Ids() => new(Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void Every_rule_has_a_reproducer_and_every_reproducer_a_rule()
    {
        var folders = Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);
        Assert.Equal(Auditor.Rules.Select(r => r.Id).Order(StringComparer.Ordinal), folders);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_reproducer_gives_exactly_the_expected_findings(string id)
    {
        var dir = Path.Combine(Root, id);
        var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt")).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(expected);
        var report = PublishedReportReader.Read(Path.Combine(dir, "report.txt"));
        var found = Auditor.Run(report).Where(f => f.RuleId == id || f.RuleId == "INTERNAL").Select(f => f.ToString()).ToList();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_rules_doc_lists_every_reproducer()
    {
        var (current, generated) = GeneratedDocSection.Check(Repo.Path("docs", "audit-rules.md"), BeginMarker, EndMarker, Markdown());
        Assert.Equal(generated, current);
    }

    private const string BeginMarker = "<!-- BEGIN GENERATED: reproducers -->";
    private const string EndMarker = "<!-- END GENERATED: reproducers -->";

    private static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append(BeginMarker).Append('\n');
        sb.Append("<!-- generated from tests/Juesuan.Audit.Tests/Reproducers by the Audit tests; do not edit by hand -->\n");
        foreach (var id in Ids())
        {
            var dir = Path.Combine(Root, id);
            var why = File.ReadAllText(Path.Combine(dir, "README.md")).Trim();
            sb.Append("\n### `").Append(id).Append("`\n\n").Append(why).Append(" — [report.txt](../tests/Juesuan.Audit.Tests/Reproducers/")
                .Append(id).Append("/report.txt)\n\n```text\n");
            sb.Append(File.ReadAllText(Path.Combine(dir, "report.txt")).Replace('\t', '→').TrimEnd()).Append("\n```\n\n```text\n");
            sb.Append(File.ReadAllText(Path.Combine(dir, "expected.txt")).Replace('\t', ' ').TrimEnd()).Append("\n```\n");
        }

        sb.Append('\n').Append(EndMarker);
        return sb.ToString();
    }
}
