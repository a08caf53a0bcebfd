namespace Juesuan.Readers.Published.Lines;

/// <summary>印刷行 (a printed line) of the document: page, line number and its tab-separated cells (trimmed).</summary>
internal sealed record TextLine(int Page, int Number, string Text, string[] Cells)
{
    /// <summary>Each cell's centre x on the page when the text came from a PDF, else null.</summary>
    public double[]? Anchors { get; init; }

    /// <summary>The cells were split at spaces (a page text without tabs): empty cells are not marked, so columns after the first are uncertain.</summary>
    public bool SpaceSeparated { get; init; }

    /// <summary>The line was one cell of a web page's table, copied as "text |" (a page text's table, one cell or one row to a line).</summary>
    public bool PipeCell { get; init; }

    public string Flat => FlatText.Normalize(Text);
}
