using Juesuan.Reporting.Tables;

namespace Juesuan.Reporting.Document;

/// <summary>
/// The whole disclosure report as a format-neutral sequence of blocks, in reading order. Composed
/// once from facts and a template profile; the DOCX, PDF and HTML renderers only lay it out.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>Cover title, e.g. 辽宁省朝阳市凌源市人力资源和社会保障局 / 2024 年度部门决算.</summary>
    public required IReadOnlyList<string> TitleLines { get; init; }

    /// <summary>The department's full name (running header, metadata).</summary>
    public required string DepartmentName { get; init; }

    public required int Year { get; init; }

    /// <summary>The template profile the document follows (liaoning-2024, shanghai-2024).</summary>
    public required string Profile { get; init; }

    /// <summary>Whether a 目录 (table of contents) follows the title.</summary>
    public bool HasTableOfContents { get; init; } = true;

    /// <summary>
    /// Whether the title has a page of its own (a report's cover), true by default; false for a document that
    /// begins under its title on the first page (a 通报).
    /// </summary>
    public bool TitleOnOwnPage { get; init; } = true;

    public required IReadOnlyList<ReportBlock> Blocks { get; init; }
}

/// <summary>One block of the report.</summary>
public abstract record ReportBlock;

/// <summary>
/// A heading. Level 1 = 第一部分 …; level 2 = 一、…; level 3 = （一）…; level 4 = 1. … .
/// Headings of level ≤ 2 appear in the 目录.
/// </summary>
public sealed record Heading(int Level, string Text) : ReportBlock
{
    /// <summary>A stable anchor for links (HTML id, DOCX bookmark).</summary>
    public string? Anchor { get; init; }
}

/// <summary>A paragraph of running text. <see cref="Runs"/> allow a bold term (名词解释) followed by plain text.</summary>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs) : ReportBlock
{
    public Paragraph(string text)
        : this([new TextRun(text)])
    {
    }

    /// <summary>The item this paragraph states figures for (e.g. 项:2013201), for links and audits.</summary>
    public string? Item { get; init; }

    /// <summary>Indent the first line by two characters (Chinese body text), true by default.</summary>
    public bool FirstLineIndent { get; init; } = true;

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public sealed record TextRun(string Text, bool Bold = false);

/// <summary>One of the nine public tables (or any <see cref="DisclosureTable"/>), printed with its title block.</summary>
public sealed record TableBlock(DisclosureTable Table) : ReportBlock
{
    /// <summary>Wide tables go on landscape pages.</summary>
    public bool Landscape { get; init; }
}

/// <summary>
/// A free-form grid (绩效自评表 and other annex tables): rows of cells with spans, no computation.
/// </summary>
public sealed record GridBlock(string Title, string? Subtitle, int ColumnCount, IReadOnlyList<GridRow> Rows) : ReportBlock
{
    public IReadOnlyList<int> ColumnWidths { get; init; } = [];

    public bool Landscape { get; init; } = true;
}

public sealed record GridRow(IReadOnlyList<GridCell> Cells, bool IsHeader = false);

/// <summary>A grid cell at a column position, spanning columns and rows; covered positions are simply absent.</summary>
public sealed record GridCell(int Column, string Text, int ColSpan = 1, int RowSpan = 1, bool Bold = false, bool AlignRight = false);

/// <summary>Starts a new page (before a part, before the tables).</summary>
public sealed record PageBreak : ReportBlock;
