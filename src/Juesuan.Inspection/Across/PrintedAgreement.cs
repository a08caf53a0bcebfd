using Juesuan.Audit;

namespace Juesuan.Inspection.Across;

/// <summary>
/// The rounding model across reports: a printed figure stands for any exact amount within half its precision. Two
/// printings of one amount at the same precision are the same figure; at different precisions (万元 to 2 decimals in
/// the narrative, to integers in a table) they may differ by up to the sum of the two half-precisions. A sum of n
/// printed figures may differ from its printed total by n × p/2 (<see cref="Tolerance.OfSum"/>, as the audit models 尾差).
/// </summary>
public static class PrintedAgreement
{
    /// <summary>How far two printings of one amount may differ: 0 at one precision, (p₁ + p₂)/2 at two.</summary>
    public static decimal ToleranceOfPair(ReportFigure a, ReportFigure b) =>
        a.Precision == b.Precision ? 0m : (a.Precision + b.Precision) / 2m;

    public static bool Agree(ReportFigure a, ReportFigure b) => Math.Abs(a.Value - b.Value) <= ToleranceOfPair(a, b);

    /// <summary>How far a total may differ from the sum of its <paramref name="parts"/> printed apart from it.</summary>
    public static decimal ToleranceOfSum(ReportFigure total, IReadOnlyList<ReportFigure> parts) =>
        Tolerance.OfSum(Math.Max(1, parts.Count), parts.Select(p => p.Precision).Append(total.Precision).Max());
}
