using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

public sealed class AuditRulesDocTests
{
    /// <summary>docs/audit-rules.md lists the rules the auditor runs (JUESUAN_REGENERATE_DOCS=1 rewrites it).</summary>
    [Fact]
    public void The_rules_doc_lists_every_rule()
    {
        var (current, generated) = GeneratedDocSection.Check(Repo.Path("docs", "audit-rules.md"), AuditRulesDoc.BeginMarker, AuditRulesDoc.EndMarker, AuditRulesDoc.Markdown());
        Assert.Equal(generated, current);
        Assert.True(Auditor.Rules.Count >= 15);
        Assert.Equal(Auditor.Rules.Count, Auditor.Rules.Select(r => r.Id).Distinct().Count());
    }
}
