namespace Juesuan.Readers.Published.Text;

/// <summary>PDF 单元格片段: a cell's text on one printed row, with its horizontal extent.</summary>
internal sealed record PdfPiece(string Text, double Left, double Right)
{
    public double Centre => (Left + Right) / 2;

    /// <summary>A label standing alone in a ruled table row: written with its position like any cell.</summary>
    public bool InRuledRow { get; init; }
}
