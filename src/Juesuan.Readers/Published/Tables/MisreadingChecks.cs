using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Readers.Published.Tables;

/// <summary>错位判断 (signs of a misreading): a table read into the wrong rows or columns, so that it is recorded, not checked.</summary>
internal static class MisreadingChecks
{
    /// <summary>
    /// A page text whose rows came apart (names and figures of neighbouring rows interleaved): when most 类/款 rows do
    /// not equal their parts in the first column, the reading — not the report — is wrong.
    /// </summary>
    /// <summary>When most parents differ from the sum of their children, an example ("207 印 17,127.62，下级之和 17,147.62"); else null.</summary>
    internal static string? LevelsMostlyWrong(List<PublishedRow> rows, bool childlessIsWrong = false)
    {
        var coded = rows.Where(r => r.Code is not null && r.Cells.Count > 0 && r.Cells[0] is not null).ToList();
        var parents = coded.Where(p => p.Code!.Length is 3 or 5)
            .Select(p => (Parent: p, Children: coded.Where(ch => ch.Code!.Length == p.Code!.Length + 2 && ch.Code.StartsWith(p.Code, StringComparison.Ordinal)).ToList()))
            .Where(x => x.Children.Count > 0 || (childlessIsWrong && x.Parent.Code!.Length == 3 && x.Parent.Cells[0]!.Value != 0m))
            .ToList();
        if (parents.Count < (childlessIsWrong ? 2 : 3))
        {
            return null;
        }

        var wrong = parents.Where(x => x.Children.Count == 0 || Math.Abs(x.Parent.Cells[0]!.Value - x.Children.Sum(ch => ch.Cells[0]!.Value)) > x.Children.Count * 0.01m).ToList();
        if (wrong.Count * 3 <= parents.Count)
        {
            return null;
        }

        var (parent, children) = wrong[0];
        var sum = children.Sum(ch => ch.Cells[0]!.Value);
        static string F(decimal d) => d.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        return children.Count == 0
            ? $"{parent.Code} 印 {F(parent.Cells[0]!.Value)}，却没有下级"
            : $"{parent.Code} 印 {F(parent.Cells[0]!.Value)}，下级之和 {F(sum)}";
    }

    /// <summary>
    /// A 类/款/项 table whose rows mostly fail "合计栏 = 分栏之和" by far more than rounding was not read into
    /// the right columns (a PDF text layer that splits or merges cells).
    /// </summary>
    internal static bool Misaligned(PublicTable kind, List<PublishedRow> rows)
    {
        // The column arithmetic of the tables' specification: its first total column and that column's parts.
        var sums = kind == PublicTable.Other ? [] : TableSpecs.Of(kind).Sums.Select(kv => (Total: kv.Key, Parts: kv.Value.ToArray())).ToList();
        if (sums is not [var l, ..] || rows.Count == 0)
        {
            return false;
        }

        // Parts without their total: the columns were taken from the wrong headings.
        var orphans = rows.Count(r => r.Cells.Count > l.Parts.Max() && r.Cells[l.Total] is null && l.Parts.Any(p => r.Cells[p] is not null));
        if (orphans * 4 > rows.Count)
        {
            return true;
        }

        var checkable = rows.Where(r => r.Cells.Count > l.Parts.Max() && r.Cells[l.Total] is { Value: not 0m }).ToList();
        if (checkable.Count == 0)
        {
            return false;
        }

        // A row with a total but no part at all is the signature of a text layer that dropped empty cells
        // and shifted the rest: a printed table always shows where its total comes from.
        if (rows.Any(r => r.Cells.Count > l.Total && r.Cells[l.Total] is { Value: not 0m } && l.Parts.All(p => p >= r.Cells.Count || r.Cells[p] is null)))
        {
            return true;
        }

        var bad = checkable.Count(r => Math.Abs(r.Cells[l.Total]!.Value - l.Parts.Sum(p => r.Cells[p]?.Value ?? 0m)) > l.Parts.Length);
        return bad * 2 > checkable.Count;
    }

    /// <summary>公开06表 read with its groups shifted: an economic code (302, 30101 …) landed in an amount column.</summary>
    internal static bool CodesReadAsAmounts(List<PublishedRow> rows)
    {
        string[] classes = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"];
        return rows.Any(r => r.Cells.Any(c => c is { Precision: 1m, Text.Length: 3 or 5 } && c.Text.All(char.IsAsciiDigit)
            && classes.Contains(c.Text[..3], StringComparer.Ordinal)));
    }
}
