using Juesuan.Core.Model;

namespace Juesuan.Core.Computation;

/// <summary>One row of a 类/款/项 rollup: a code and its column sums in yuan.</summary>
public sealed record FunctionRow(FunctionCode Code, IReadOnlyList<Yuan> Columns)
{
    public Yuan Total => Yuan.Sum(Columns);
}

/// <summary>
/// Rolls facts keyed by a 项 code up to their 款 and 类, column by column, in code order
/// (类, then its 款, then their 项 — ordinal order of the codes does exactly that).
/// Sums are exact in yuan; rounding happens only when printing.
/// </summary>
public static class FunctionRollup
{
    /// <param name="facts">the facts to sum</param>
    /// <param name="code">the 项 (or 款/类) code of a fact</param>
    /// <param name="columnCount">how many amount columns</param>
    /// <param name="columnOf">the column a fact adds to, or -1 to leave it out</param>
    /// <param name="amount">the fact's amount</param>
    public static IReadOnlyList<FunctionRow> Build<T>(
        IEnumerable<T> facts,
        Func<T, FunctionCode> code,
        int columnCount,
        Func<T, int> columnOf,
        Func<T, Yuan> amount)
    {
        var sums = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        foreach (var f in facts)
        {
            var col = columnOf(f);
            if (col < 0)
            {
                continue;
            }

            var c = code(f);
            var value = amount(f).Value;
            for (FunctionCode? level = c; level is { } l; level = l.Parent)
            {
                if (!sums.TryGetValue(l.Value, out var arr))
                {
                    arr = new decimal[columnCount];
                    sums[l.Value] = arr;
                }

                arr[col] += value;
            }
        }

        return sums.Select(kv => new FunctionRow(FunctionCode.Of(kv.Key), kv.Value.Select(v => new Yuan(v)).ToArray())).ToList();
    }

    /// <summary>The column sums over the 类 rows (the 合计 row).</summary>
    public static IReadOnlyList<Yuan> Totals(IReadOnlyList<FunctionRow> rows, int columnCount)
    {
        var totals = new decimal[columnCount];
        foreach (var r in rows.Where(r => r.Code.Level == CodeLevel.Lei))
        {
            for (var i = 0; i < columnCount; i++)
            {
                totals[i] += r.Columns[i].Value;
            }
        }

        return totals.Select(v => new Yuan(v)).ToArray();
    }
}
