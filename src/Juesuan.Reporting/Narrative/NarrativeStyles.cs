using Juesuan.Reporting.Document;

namespace Juesuan.Reporting.Narrative;

/// <summary>The narrative writers a profile can name.</summary>
public static class NarrativeStyles
{
    public static IEnumerable<ReportBlock> Write(string style, NarrativeContext c, IReadOnlyList<ReportBlock> performance) => style switch
    {
        "liaoning" => Liaoning(c, performance),
        "shanghai" => ShanghaiNarrative.Write(c, performance),
        _ => throw new InvalidOperationException($"unknown narrative style {style}"),
    };

    private static IEnumerable<ReportBlock> Liaoning(NarrativeContext c, IReadOnlyList<ReportBlock> performance) =>
        LiaoningNarrative.IncomeAndExpenditure(c)
            .Concat(LiaoningNarrative.Appropriation(c))
            .Concat(LiaoningNarrative.ThreePublic(c))
            .Concat(LiaoningNarrative.BasicExpenditure(c))
            .Concat(LiaoningNarrative.OtherMatters(c, performance));
}
