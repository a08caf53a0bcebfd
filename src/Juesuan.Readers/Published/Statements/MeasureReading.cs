using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>口径 (what is measured): what the words just before a figure say it measures.</summary>
internal sealed record MeasureReading(Measure Measure, string Pattern)
{
    /// <summary>−1 when the words say the figure fell (减少, 下降).</summary>
    public int Sign { get; init; } = 1;

    public BudgetBasis? Basis { get; init; }

    /// <summary>For a share: the words naming the whole (占<b>收入总计</b>的).</summary>
    public string? WholeText { get; init; }

    /// <summary>Where <see cref="WholeText"/> starts in the sentence, so its subject is not taken for the figure's.</summary>
    public int WholeStart { get; init; } = -1;

    /// <summary>The figure is last year's (上年决算数为…).</summary>
    public bool Prior { get; init; }
}
