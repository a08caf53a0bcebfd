using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Tables;

/// <summary>公开07表横排 (the 三公 table printed across): twelve 预算数/决算数 figures on one line, placed under their six categories.</summary>
internal static class ThreePublicAcross
{
    internal static readonly string[] AcrossLabels = ["合计", "1、因公出国（境）费", "3、公务用车购置及运行费", "（2）公务用车购置费", "（1）公务用车运行维护费", "2、公务接待费"];

    /// <summary>
    /// Shanghai prints 公开07表 across: 预算数 | 决算数 for 合计, 因公出国（境）费, 公务用车购置及运行维护费 (小计, 购置费,
    /// 运行维护费) and 公务接待费 — twelve figures on one line. A page text drops blank pairs; then the only placing
    /// of the remaining pairs under which 合计 = 出国 + 用车 + 接待 and 用车 = 购置 + 运行 in both columns is used, and
    /// none at all when that is not unique.
    /// </summary>
    internal static IReadOnlyList<PublishedRow>? HorizontalThreePublic(string[] c, PrintedPlace place)
    {
        var figures = c.Where(x => x.Length > 0).Select(x => PrintedNumber.TryParse(x, place)).ToList();
        if (figures.Count is not (8 or 10 or 12) || figures.Any(f => f is null))
        {
            return null;
        }

        var pairs = Enumerable.Range(0, figures.Count / 2).Select(k => (figures[2 * k]!, figures[(2 * k) + 1]!)).ToList();
        List<(PrintedNumber, PrintedNumber)?[]> fits = [];
        foreach (var present in Combinations(6, pairs.Count))
        {
            var slots = new (PrintedNumber, PrintedNumber)?[6];
            for (var k = 0; k < present.Length; k++)
            {
                slots[present[k]] = pairs[k];
            }

            if (pairs.Count == 6 || Balances(slots))
            {
                fits.Add(slots);
            }
        }

        if (fits.Count != 1)
        {
            return null;
        }

        return fits[0].Select((p, k) => new PublishedRow(AcrossLabels[k], null, null, [p?.Item1, p?.Item2], place)).ToList();
    }

    private static bool Balances((PrintedNumber, PrintedNumber)?[] s)
    {
        decimal V((PrintedNumber, PrintedNumber)? p, int col) => p is { } x ? (col == 0 ? x.Item1.Value : x.Item2.Value) : 0m;
        return Enumerable.Range(0, 2).All(col =>
            Math.Abs(V(s[0], col) - V(s[1], col) - V(s[2], col) - V(s[5], col)) <= 0.015m
            && Math.Abs(V(s[2], col) - V(s[3], col) - V(s[4], col)) <= 0.01m);
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= n - k; first++)
        {
            foreach (var rest in Combinations(n - first - 1, k - 1))
            {
                yield return [first, .. rest.Select(r => r + first + 1)];
            }
        }
    }
}
