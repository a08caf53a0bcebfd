using System.Collections;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// Rows of cells made as the workbook writer asks for each (a list's count is known before): the workbook of a region
/// holds its findings once, as <see cref="FindingRow"/>s, not again as boxed cells.
/// </summary>
internal sealed class CellRows<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<object?>> cells) : IReadOnlyList<IReadOnlyList<object?>>
{
    public int Count => items.Count;

    public IReadOnlyList<object?> this[int index] => cells(items[index]);

    public IEnumerator<IReadOnlyList<object?>> GetEnumerator()
    {
        foreach (var item in items)
        {
            yield return cells(item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
