using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Sections;

/// <summary>决算单位构成 (the units): the names listed after 预算单位包括：.</summary>
internal static class UnitList
{
    internal static IReadOnlyList<string> Read(List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var flat = lines[i].Flat;
            var at = flat.IndexOf("预算单位包括：", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = flat[(at + "预算单位包括：".Length)..];
            if (rest.Length == 0 && i + 1 < lines.Count)
            {
                rest = lines[i + 1].Flat;
            }

            return rest.TrimEnd('。').Split('、', StringSplitOptions.RemoveEmptyEntries);
        }

        return [];
    }
}
