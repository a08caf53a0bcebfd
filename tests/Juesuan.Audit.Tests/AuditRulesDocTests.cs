using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

public sealed class AuditRulesDocTests
{
    /// <summary>docs/audit-rules.md lists the rules the auditor runs; JUESUAN_REGENERATE_DOCS=1 rewrites it.</summary>
    [Fact]
    public void The_rules_doc_lists_every_rule()
    {
        var path = Repo.Path("docs", "audit-rules.md");
        var doc = File.ReadAllText(path);
        var begin = doc.IndexOf(AuditRulesDoc.BeginMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(AuditRulesDoc.EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin);
        var current = doc[begin..(end + AuditRulesDoc.EndMarker.Length)];
        var generated = AuditRulesDoc.Markdown();
        if (current != generated && Environment.GetEnvironmentVariable("JUESUAN_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..begin] + generated + doc[(end + AuditRulesDoc.EndMarker.Length)..]);
            current = generated;
        }

        Assert.Equal(generated, current);
        Assert.True(Auditor.Rules.Count >= 15);
        Assert.Equal(Auditor.Rules.Count, Auditor.Rules.Select(r => r.Id).Distinct().Count());
    }
}
