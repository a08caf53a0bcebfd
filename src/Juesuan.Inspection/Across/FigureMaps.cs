using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Juesuan.Inspection.Across;

/// <summary>
/// The figures of the batch's reports by key, made when a check asks and kept for the last <see cref="Capacity"/>
/// reports asked for: the checks go organisation by organisation, so a department, its units and last year are asked
/// together, and the whole batch's figures are never held at once (they wait in the batch's <c>FigureSpill</c>).
/// </summary>
internal sealed class FigureMaps
{
    public const int Capacity = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<InspectedFile, LinkedListNode<(InspectedFile File, Dictionary<string, ReportFigure> Map)>> _kept = new(ReferenceEqualityComparer.Instance);
    private readonly LinkedList<(InspectedFile File, Dictionary<string, ReportFigure> Map)> _recent = new();

    public IReadOnlyDictionary<string, ReportFigure> Of(InspectedFile file) => new Lazy(this, file);

    private Dictionary<string, ReportFigure> Map(InspectedFile file)
    {
        lock (_gate)
        {
            if (_kept.TryGetValue(file, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Map;
            }
        }

        // The first figure of a key wins (a label printed twice keeps its first place).
        var map = new Dictionary<string, ReportFigure>(StringComparer.Ordinal);
        foreach (var f in file.Figures)
        {
            map.TryAdd(f.Key, f);
        }

        lock (_gate)
        {
            if (!_kept.ContainsKey(file))
            {
                _kept[file] = _recent.AddFirst((file, map));
                if (_recent.Count > Capacity)
                {
                    _kept.Remove(_recent.Last!.Value.File);
                    _recent.RemoveLast();
                }
            }
        }

        return map;
    }

    private sealed class Lazy(FigureMaps maps, InspectedFile file) : IReadOnlyDictionary<string, ReportFigure>
    {
        private Dictionary<string, ReportFigure> Map => maps.Map(file);

        public ReportFigure this[string key] => Map[key];

        public IEnumerable<string> Keys => Map.Keys;

        public IEnumerable<ReportFigure> Values => Map.Values;

        public int Count => Map.Count;

        public bool ContainsKey(string key) => Map.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out ReportFigure value) => Map.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, ReportFigure>> GetEnumerator() => Map.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
