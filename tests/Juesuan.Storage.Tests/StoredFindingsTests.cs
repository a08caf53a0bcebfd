using Juesuan.Audit.Messages;

namespace Juesuan.Storage.Tests;

/// <summary>The findings_json text: message ids by name, rows of before the catalogue read back.</summary>
public sealed class StoredFindingsTests
{
    [Fact]
    public void Findings_stored_before_the_message_catalogue_read_back_without_an_id()
    {
        // A row of before the catalogue has no messageId; one naming an id since renamed, or a number, has none either.
        var read = StoredFindings.Read("""
            [{"rule":"T-TOTAL","severity":"error","place":"公开02表","message":"合计 12 ≠ 各类之和 10","printed":12,"computed":10},
             {"rule":"R-PUNCT","severity":"warning","place":"第1页 第2行","message":"重复的标点“，，”：…","messageId":"NoSuchMessage"},
             {"rule":"R-PUNCT","severity":"warning","place":"第1页 第3行","message":"重复的标点“，，”：…","messageId":"3"},
             {"rule":"R-PUNCT","severity":"warning","place":"第1页 第4行","message":"重复的标点“，，”：…","messageId":"PunctuationDoubled"}]
            """);
        Assert.Equal(new[] { "T-TOTAL", "R-PUNCT", "R-PUNCT", "R-PUNCT" }, read.Select(f => f.RuleId));
        Assert.Equal(new AuditMessageId?[] { null, null, null, AuditMessageId.PunctuationDoubled }, read.Select(f => f.MessageId));
        Assert.Equal(2m, read[0].Difference);
    }
}
