using Juesuan.Audit.Rules;
using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>
/// Sentence shapes from held-out sets of published texts (paraphrased, figures kept as printed) that the audit missed or
/// misread; each figure was recomputed by hand, and each test also shows that the right figures give no finding.
/// </summary>
public sealed class HeldOutShapeTests
{
    private static Core.Published.PublishedReport Read(string text) => TextReportReader.Read(text, "r.txt");

    [Fact]
    public void A_three_public_total_whose_vehicle_part_is_named_by_its_running_costs_is_added_up()
    {
        // 甘南 2015: 1.58 + 28.91 + 0 = 30.49, not 31.23; "车辆运行费" stands for the whole vehicle category.
        const string text = "一、2015年“三公”经费增减变化情况说明\n2015年“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国（境）费0万元。\n";
        var f = Assert.Single(new PartsOfStatedTotal().Check(Read(text)), f => f.Severity == Severity.Error);
        Assert.Contains("30.49", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("31.23", "30.49", StringComparison.Ordinal))), f => f.Severity == Severity.Error);
        // A purchase named beside the running costs is a part too: 1.58 + 28.91 + 0.74 = 31.23.
        Assert.DoesNotContain(new PartsOfStatedTotal().Check(Read(text.Replace("车辆运行费28.91万元，", "车辆运行费28.91万元，公务用车购置费0.74万元，", StringComparison.Ordinal))),
            f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Shares_in_a_sentence_that_opens_with_qizhong_are_of_the_total_just_before()
    {
        // 渝中 2021: 1591.79 ÷ 12638.86 = 12.59%, 11047.07 ÷ 12638.86 = 87.41% (the digits swapped: 21.59, 78.41).
        const string text = "二、收入支出决算总体情况说明\n本部门2021年度支出合计12638.86万元，较上年决算数增加5117.19万元，增长68.03%。"
            + "其中：基本支出1591.79万元，占21.59%；项目支出11047.07万元，占78.41%。此外，结余分配40.35万元。\n";
        var report = Read(text);
        var errors = new NarrativeShares().Check(report).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, f => f.Message.Contains("12.59%", StringComparison.Ordinal));
        // 结余分配 is an item of its own, not a second 基本支出.
        Assert.DoesNotContain(report.Claims, c => c.Subject == "基本支出" && c.Number.Value == 40.35m);
        Assert.Empty(new NarrativeShares().Check(Read(text.Replace("21.59%", "12.59%", StringComparison.Ordinal).Replace("78.41%", "87.41%", StringComparison.Ordinal))));
    }
}
