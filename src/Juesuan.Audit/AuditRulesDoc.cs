using System.Text;

namespace Juesuan.Audit;

/// <summary>The rule catalogue of docs/audit-rules.md, generated from the rule classes so the two cannot drift.</summary>
public static class AuditRulesDoc
{
    public const string BeginMarker = "<!-- BEGIN GENERATED: rules -->";
    public const string EndMarker = "<!-- END GENERATED: rules -->";

    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append(BeginMarker).Append('\n');
        sb.Append("<!-- generated from src/Juesuan.Audit/Rules by the Audit tests; do not edit by hand -->\n\n");
        sb.Append("| id | tier | what it checks | why |\n| --- | --- | --- | --- |\n");
        foreach (var r in Auditor.Rules)
        {
            sb.Append("| `").Append(r.Id).Append("` | ").Append(r.Tier.ToString().ToLowerInvariant()).Append(" | ")
                .Append(r.Title).Append(" | ").Append(r.Why).Append(" |\n");
        }

        sb.Append('\n').Append(EndMarker);
        return sb.ToString();
    }
}
