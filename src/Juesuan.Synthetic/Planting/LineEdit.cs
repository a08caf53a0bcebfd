namespace Juesuan.Synthetic.Planting;

/// <summary>
/// A planted error as an edit of report.txt: line <paramref name="Line"/> (0-based) becomes <paramref name="NewText"/>.
/// A table row is a line of tab-separated cells; <paramref name="Cell"/> names the cell changed (−1 for a sentence).
/// <paramref name="Occurrence"/> counts identical lines before it, so that the same row is found again in the Word
/// document and the workbook, where the row of 公开02表 and the same row of 公开03表 may read alike.
/// </summary>
public sealed record LineEdit(PlantKind Kind, int Line, string OldText, string NewText, int Cell, int Occurrence, string Where, string Row, string Original, string Planted)
{
    /// <summary>The rule expected to find it: the kind's, unless the sentence decides otherwise (see <see cref="ReportPlanter"/>).</summary>
    public string Rule { get; init; } = Kind.Rule;
}
