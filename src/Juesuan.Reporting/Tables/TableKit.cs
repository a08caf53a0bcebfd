using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;

namespace Juesuan.Reporting.Tables;

/// <summary>How a zero amount prints: blank (most tables) or "0" (公开05表).</summary>
public enum ZeroStyle
{
    Blank,
    Zero,
}

/// <summary>Small helpers shared by the nine table builders.</summary>
internal static class TableKit
{
    public const string EmptyTableNote = "如本表为空，则我部门本年度无此类资金收支余。";

    public const string RoundingNote = "本表金额转换成万元时，因四舍五入可能存在尾差。";

    /// <summary>An amount cell: exact yuan kept, rounded 万元 printed. Exactly zero prints per <paramref name="zero"/>.</summary>
    public static TableCell Amount(Yuan value, ZeroStyle zero = ZeroStyle.Blank)
    {
        if (value.IsZero && zero == ZeroStyle.Blank)
        {
            return new TableCell(CellKind.Amount, string.Empty, value);
        }

        return new TableCell(CellKind.Amount, PrintFormat.TableAmount(value), value, PrintFormat.WanInteger(value));
    }

    /// <summary>An amount position with nothing printed and no figure (e.g. the amount of a padding row).</summary>
    public static TableCell NoAmount => new(CellKind.Amount, string.Empty);

    /// <summary>A label spanning <paramref name="span"/> columns, followed by the covered positions.</summary>
    public static IEnumerable<TableCell> Spanning(string text, int span)
    {
        yield return TableCell.Label(text, span);
        for (var i = 1; i < span; i++)
        {
            yield return TableCell.Empty;
        }
    }

    /// <summary>类/款/项 rows with code, name and one amount per column, in code order.</summary>
    public static IEnumerable<TableRow> FunctionRows(IReadOnlyList<FunctionRow> rows, FunctionCatalog catalog, ZeroStyle zero)
    {
        foreach (var r in rows)
        {
            var cells = new List<TableCell> { TableCell.CodeCell(r.Code.Value), TableCell.Label(catalog.NameOf(r.Code)) };
            cells.AddRange(r.Columns.Select(v => Amount(v, zero)));
            yield return new TableRow(r.Code.Level == CodeLevel.Xiang ? RowKind.Item : RowKind.Subtotal, cells) { Code = r.Code.Value };
        }
    }

    /// <summary>The 合计 row of a 类/款/项 table: "合计" over code and name, then the totals.</summary>
    public static TableRow TotalRow(IEnumerable<Yuan> totals, ZeroStyle zero, string label = "合计")
    {
        var cells = Spanning(label, 2).ToList();
        cells.AddRange(totals.Select(v => Amount(v, zero)));
        return new TableRow(RowKind.Total, cells);
    }

    /// <summary>
    /// The standard two-level header of the 类/款/项 tables: 项目 (功能分类科目编码, 科目名称) then
    /// the amount columns; <paramref name="group"/> puts a spanning caption over some of them.
    /// A 栏次 row numbers the amount columns 1…n.
    /// </summary>
    public static List<HeaderCell> FunctionHeader(IReadOnlyList<string> columns, (string Caption, int First, int Count)? group = null)
    {
        var h = new List<HeaderCell>
        {
            new(0, 0, "项目", 1, 2),
            new(1, 0, "功能分类科目编码"),
            new(1, 1, "科目名称"),
        };
        for (var i = 0; i < columns.Count; i++)
        {
            var col = i + 2;
            if (group is { } g && i >= g.First && i < g.First + g.Count)
            {
                if (i == g.First)
                {
                    h.Add(new HeaderCell(0, col, g.Caption, 1, g.Count));
                }

                h.Add(new HeaderCell(1, col, columns[i]));
            }
            else
            {
                h.Add(new HeaderCell(0, col, columns[i], 2, 1));
            }
        }

        h.Add(new HeaderCell(2, 0, "栏次", 1, 2));
        for (var i = 0; i < columns.Count; i++)
        {
            h.Add(new HeaderCell(2, i + 2, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return h;
    }

    public static IReadOnlyList<int> FunctionWidths(int amountColumns) =>
        [12, 34, .. Enumerable.Repeat(12, amountColumns)];
}
