using System.Globalization;
using Juesuan.Audit;

namespace Juesuan.Inspection.Across;

/// <summary>
/// I-DUPLICATE: two files of the same organisation, year and kind. The same bytes (SHA-256) are a copy (a note);
/// different files whose figures disagree on a key both print are a correction or a mistake (a warning naming both
/// files and the figures that differ). Different files that agree (one report as PDF and as XLSX) are no finding.
/// </summary>
public static class DuplicateCheck
{
    public const string Id = "I-DUPLICATE";

    /// <summary>Figures named in a message; the rest are counted.</summary>
    private const int ShownDifferences = 5;

    /// <summary>Distinct files of one organisation and year compared pairwise (a batch holds a few at most).</summary>
    private const int ComparedFiles = 20;

    public static CrossReportRule Rule { get; } = new(Id, "同一部门同一年度的两个文件一致",
        "同一部门（或单位）、同一年度、同一类文件两两比较：SHA-256 相同 → 重复副本；否则两份都印出的每个数字（同一键）各 ± 半个印刷单位",
        "提示：重复副本；警告：两个文件数字不一致（更正版或错误）");

    public static IEnumerable<InspectionFinding> Check(BatchIndex batch)
    {
        var seen = new HashSet<(string, int, DocumentKind)>();
        foreach (var first in batch.Reports)
        {
            if (!seen.Add((first.Organization.Key, first.Year, first.File.Kind)))
            {
                continue;
            }

            var group = batch.Of(first.Organization.Key, first.Year).Where(r => r.File.Kind == first.File.Kind).ToList();
            if (group.Count < 2)
            {
                continue;
            }

            var distinct = new List<IndexedReport>();
            foreach (var report in group)
            {
                if (distinct.FirstOrDefault(d => string.Equals(d.File.Sha256, report.File.Sha256, StringComparison.OrdinalIgnoreCase)) is { } original)
                {
                    yield return new InspectionFinding(Id, Severity.Note, report.Organization.Entry?.Code, [original.Path, report.Path], "整个文件",
                        $"{report.Path} 与 {original.Path} 是同一文件的副本（SHA-256 相同）");
                    continue;
                }

                distinct.Add(report);
            }

            var compared = distinct.Take(ComparedFiles).ToList();
            for (var i = 0; i < compared.Count; i++)
            {
                for (var j = i + 1; j < compared.Count; j++)
                {
                    if (Compare(compared[i], compared[j]) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static InspectionFinding? Compare(IndexedReport a, IndexedReport b)
    {
        var differences = a.Figures.Values
            .Select(fa => (A: fa, B: b.Figure(fa.Key)))
            .Where(p => p.B is not null && !PrintedAgreement.Agree(p.A, p.B))
            .Select(p => (p.A, B: p.B!))
            .OrderBy(p => p.A.Key, StringComparer.Ordinal)
            .ToList();
        if (differences.Count == 0)
        {
            return null;
        }

        var shown = string.Join("；", differences.Take(ShownDifferences).Select(d => $"{d.A.Place}：{Tolerance.Format(d.A.Value)} 与 {Tolerance.Format(d.B.Value)}"));
        var more = differences.Count > ShownDifferences ? $"；另有 {(differences.Count - ShownDifferences).ToString(CultureInfo.InvariantCulture)} 处" : string.Empty;
        var first = differences[0];
        return new InspectionFinding(Id, Severity.Warning, a.Organization.Entry?.Code, [a.Path, b.Path], first.A.Place,
            $"{a.Organization.Name} {a.Year.ToString(CultureInfo.InvariantCulture)} 年度有两个文件数字不一致（更正版或其中一份有误）：{a.Path} 与 {b.Path} 有 {differences.Count.ToString(CultureInfo.InvariantCulture)} 个数字不同 — {shown}{more}")
        {
            Printed = first.A.Value,
            Computed = first.B.Value,
        };
    }
}
