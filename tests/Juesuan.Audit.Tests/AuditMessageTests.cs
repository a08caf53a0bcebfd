using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>The audit's message catalogue (Juesuan.Audit.Messages): every id made by a method, no text composed outside it.</summary>
public sealed class AuditMessageTests
{
    private static readonly PrintedPlace At = new(1, 1) { Table = "测试表" };

    private static PrintedNumber? P(string s) => PrintedNumber.TryParse(s, At);

    [Fact]
    public void Every_message_id_is_made_by_a_catalogue_method()
    {
        var made = AuditMessagesDoc.Examples().Select(e => e.Message.Id).ToHashSet();
        var never = Enum.GetValues<AuditMessageId>().Where(id => !made.Contains(id)).ToList();
        Assert.Empty(never);
        Assert.True(AuditMessagesDoc.Examples().Count >= Enum.GetValues<AuditMessageId>().Length);
    }

    [Fact]
    public void Message_ids_are_unique_by_name_and_by_value()
    {
        var ids = Enum.GetValues<AuditMessageId>();
        Assert.Equal(ids.Length, ids.Select(i => (int)i).Distinct().Count());
        Assert.Equal(ids.Length, Enum.GetNames<AuditMessageId>().Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void No_message_text_has_format_leftovers()
    {
        var leftovers = AuditMessagesDoc.Examples().Where(e => e.Message.Text.Contains('{') || e.Message.Text.Contains('}') || e.Message.Text.Length == 0)
            .Select(e => $"{e.Catalogue}.{e.Method}: {e.Message.Text}").ToList();
        Assert.Empty(leftovers);
    }

    [Fact]
    public void A_sum_names_its_message_and_keeps_its_text()
    {
        // 4 + 6 = 10 printed as 12: two parts at precision 1, tolerance 0.5 × 2; printed as 11 it is 尾差.
        var error = Tolerance.Sum("X", "p", "合计", P("12"), [P("4"), P("6")], "各项")!;
        Assert.Equal(AuditMessageId.SumDiffers, error.MessageId);
        Assert.Equal("合计 12 ≠ 各项 10（差 2，容差 0.5×2）", error.Message);
        var note = Tolerance.Sum("X", "p", "合计", P("11"), [P("4"), P("6")], "各项")!;
        Assert.Equal(AuditMessageId.SumWithinRounding, note.MessageId);
        Assert.Equal("合计 11 与 各项 10（差 1，容差 0.5×2，尾差）", note.Message);
    }

    [Fact]
    public void A_change_names_what_it_is_against()
    {
        // 较年初预算数减少 10.93 万元 against a budget of 20: −10.93 ÷ 20 = −54.65%, stated −50%.
        Assert.Equal("公务接待费 较预算增减 -10.93 万元，预算数应为 20 万元，增减率应为 -54.65%，情况说明写 -50.00%",
            NarrativeMessages.ChangeRateDiffers("公务接待费", ChangeAgainst.Budget, null, -10.93m, 20m, -50m, truncated: false).Text);
        Assert.Equal("公务接待费 较2019年增减 -10.93 万元，2019年应为 20 万元，增减率应为 -54.65%，情况说明写 -50.00%",
            NarrativeMessages.ChangeRateDiffers("公务接待费", ChangeAgainst.BaseYear, 2019, -10.93m, 20m, -50m, truncated: false).Text);
        Assert.Equal("公务接待费 增减 -10.93 万元，上年应为 20 万元，增减率应为 -54.65%，情况说明写 -54.60%（末位差一，像是截断而非四舍五入）",
            NarrativeMessages.ChangeRateDiffers("公务接待费", ChangeAgainst.LastYear, null, -10.93m, 20m, -54.6m, truncated: true).Text);
    }

    [Fact]
    public void A_template_wording_keeps_its_id()
    {
        var m = GeneralMessages.PrescribedByTemplate(NarrativeMessages.CompletionOfNothing("“三公”经费"), "辽宁");
        Assert.Equal(AuditMessageId.CompletionOfNothing, m.Id);
        Assert.Equal("“三公”经费 预算数与决算数均为 0，“完成预算的0.00%”没有意义（辽宁规定的用语）", m.Text);
    }

    [Fact]
    public void Every_finding_of_the_reproducers_comes_from_the_catalogue()
    {
        var root = Repo.Path("tests", "Juesuan.Audit.Tests", "Reproducers");
        var findings = Directory.GetDirectories(root).SelectMany(d => Auditor.Run(PublishedReportReader.Read(Path.Combine(d, "report.txt")))).ToList();
        Assert.True(findings.Count >= Auditor.Rules.Count);
        Assert.Empty(findings.Where(f => f.MessageId is null).Select(f => f.ToString()));
        // Each rule's reproducer: at least 40 kinds of message are seen.
        Assert.True(findings.Select(f => f.MessageId).Distinct().Count() >= 40);
    }

    /// <summary>docs/audit-rules.md lists every message (JUESUAN_REGENERATE_DOCS=1 rewrites it).</summary>
    [Fact]
    public void The_rules_doc_lists_every_message()
    {
        var (current, generated) = GeneratedDocSection.Check(Repo.Path("docs", "audit-rules.md"), AuditMessagesDoc.BeginMarker, AuditMessagesDoc.EndMarker, AuditMessagesDoc.Markdown());
        Assert.Equal(generated, current);
        foreach (var id in Enum.GetValues<AuditMessageId>())
        {
            Assert.Contains($"| `{id}` |", current, StringComparison.Ordinal);
        }
    }
}
