using Juesuan.Core.Model;
using Juesuan.Core.Tables;

namespace Juesuan.Reporting.Tables;

/// <summary>The kind of a table row, for styling and for the audit (item / subtotal / total).</summary>
public enum RowKind
{
    /// <summary>An ordinary line (a 项, an income type, an economic 款).</summary>
    Item,

    /// <summary>A line that sums others (a 类 or 款 row, a 小计).</summary>
    Subtotal,

    /// <summary>合计 / 本年收入合计 / 总计.</summary>
    Total,

    /// <summary>A printed line with no label (padding in 公开01/04表).</summary>
    Blank,
}

/// <summary>What a cell holds.</summary>
public enum CellKind
{
    Text,
    /// <summary>A classification code (kept as text so leading digits survive).</summary>
    Code,
    /// <summary>行次 / 栏次 number.</summary>
    LineNumber,
    Amount,
}

/// <summary>
/// One printed cell. <see cref="Text"/> is exactly what is printed; for amounts <see cref="Amount"/>
/// keeps the exact yuan figure and <see cref="Printed"/> the rounded 万元 value shown.
/// </summary>
public sealed record TableCell(CellKind Kind, string Text, Yuan? Amount = null, decimal? Printed = null, int ColSpan = 1)
{
    public static readonly TableCell Empty = new(CellKind.Text, string.Empty);

    public static TableCell Label(string text, int colSpan = 1) => new(CellKind.Text, text, ColSpan: colSpan);

    public static TableCell CodeCell(string code) => new(CellKind.Code, code);

    public static TableCell Line(int number) => new(CellKind.LineNumber, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public bool IsEmpty => Text.Length == 0;
}

/// <summary>A header cell spanning rows and columns of the header grid (0-based position).</summary>
public sealed record HeaderCell(int Row, int Column, string Text, int RowSpan = 1, int ColSpan = 1);

/// <summary>A printed row: its kind, its cells (exactly <see cref="DisclosureTable.ColumnCount"/> positions, spans included).</summary>
public sealed record TableRow(RowKind Kind, IReadOnlyList<TableCell> Cells)
{
    /// <summary>The 功能分类 code of the row, where it has one (for the audit and links).</summary>
    public string? Code { get; init; }
}

/// <summary>
/// One of the nine public tables (公开01–09表), format-neutral: what is printed, in order.
/// Built once from facts; renderers (CSV, XLSX, DOCX, HTML) only lay it out.
/// </summary>
public sealed record DisclosureTable
{
    /// <summary>Which of the nine it is.</summary>
    public required PublicTable Table { get; init; }

    /// <summary>Stable id: gk01 … gk09 (the specification's).</summary>
    public required string Id { get; init; }

    /// <summary>The printed number, e.g. 公开01表.</summary>
    public required string Number { get; init; }

    public required string Title { get; init; }

    /// <summary>部门：… as printed.</summary>
    public required string DepartmentName { get; init; }

    public required FiscalYear Year { get; init; }

    /// <summary>金额单位, e.g. 万元.</summary>
    public string AmountUnit { get; init; } = "万元";

    public required int ColumnCount { get; init; }

    /// <summary>Header grid cells (multi-level; the last header row is 栏次 where the table has one).</summary>
    public required IReadOnlyList<HeaderCell> Header { get; init; }

    public int HeaderRowCount => Header.Count == 0 ? 0 : Header.Max(h => h.Row + h.RowSpan);

    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Notes printed below (注：…).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Suggested relative column widths (characters), for paged renderers.</summary>
    public IReadOnlyList<int> ColumnWidths { get; init; } = [];

    /// <summary>True when no amount in the table is non-zero (the "如本表为空" case).</summary>
    public bool IsEmpty => Rows.All(r => r.Cells.All(c => c.Kind != CellKind.Amount || c.Amount is null || c.Amount.Value.IsZero));

    /// <summary>The header as printed rows of text (spanned positions empty), as in the reference's text.</summary>
    public IReadOnlyList<string[]> HeaderRowsAsText()
    {
        var rows = new List<string[]>();
        for (var r = 0; r < HeaderRowCount; r++)
        {
            rows.Add(Enumerable.Repeat(string.Empty, ColumnCount).ToArray());
        }

        foreach (var h in Header)
        {
            rows[h.Row][h.Column] = h.Text;
        }

        return rows;
    }
}
