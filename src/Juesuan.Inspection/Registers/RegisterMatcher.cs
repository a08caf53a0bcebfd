using Juesuan.Audit;
using Juesuan.Inspection.Reading;

namespace Juesuan.Inspection.Registers;

/// <summary>
/// Matches each file of a batch to its register entry from what the file says of itself — the department it names
/// in its title, then its file name — with a confidence (0–1) and the reason; and states what the register expects
/// and the batch lacks: files that match no one (I-UNMATCHED) and organisations with no final accounts (I-UNPUBLISHED).
/// </summary>
public static class RegisterMatcher
{
    /// <summary>Below this a match is kept but said to be uncertain (I-UNCERTAIN).</summary>
    public const decimal Uncertain = 0.6m;

    /// <summary>Below this a file matches no entry.</summary>
    public const decimal Floor = 0.35m;

    public static IReadOnlyList<RegisterMatch> Match(IReadOnlyList<InspectedFile> files, IReadOnlyList<RegisterEntry> register) =>
        files.Select(f => register.Count == 0 ? Grouped(f) : Best(f, register)).ToList();

    /// <summary>Without a register a file is grouped by the department it names (no entry).</summary>
    private static RegisterMatch Grouped(InspectedFile file) =>
        file.DepartmentName is { } name
            ? new RegisterMatch(file.RelativePath, null, 1m, $"未提供名录：按报告所列部门「{name}」归组")
            : new RegisterMatch(file.RelativePath, null, 0m, "未提供名录，报告未列部门名称");

    private static RegisterMatch Best(InspectedFile file, IReadOnlyList<RegisterEntry> register)
    {
        var wantUnit = file.Kind is DocumentKind.UnitFinalAccounts or DocumentKind.UnitBudget;
        var stem = Normal(Path.GetFileNameWithoutExtension(file.RelativePath));
        var department = file.DepartmentName is { } d ? Normal(d) : string.Empty;
        RegisterMatch? best = null;
        foreach (var entry in register)
        {
            foreach (var candidate in entry.Aliases.Prepend(entry.Name))
            {
                var name = Normal(candidate);
                if (name.Length == 0)
                {
                    continue;
                }

                var which = candidate == entry.Name ? "名称" : "别名";
                var (confidence, reason) = department.Length > 0 && department == name ? (0.95m, $"报告标题所列部门「{file.DepartmentName}」与名录{which}一致")
                    : department.Length > 0 && (department.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(department, StringComparison.Ordinal))
                        ? (0.85m, $"报告标题所列部门「{file.DepartmentName}」与名录{which}「{candidate}」仅差地区前缀")
                    : department.Length > 0 && Dice(department, name) is var similar && similar >= 0.75m
                        ? (Math.Round(similar * 0.8m, 2), $"报告标题所列部门「{file.DepartmentName}」与名录{which}「{candidate}」相近（相似度 {similar:0.00}）")
                    : name.Length >= 3 && stem.Contains(name, StringComparison.Ordinal) ? (0.7m, $"文件名包含名录{which}「{candidate}」")
                    : (0m, string.Empty);
                if (confidence == 0m)
                {
                    continue;
                }

                // A unit's report matches a unit entry before a department of the same name, and the other way round.
                if ((entry.Level == OrganizationLevel.Unit) != wantUnit && file.Kind != DocumentKind.Unrecognised)
                {
                    confidence -= 0.05m;
                }

                if (best is null || confidence > best.Confidence)
                {
                    best = new RegisterMatch(file.RelativePath, entry, confidence, reason);
                }
            }
        }

        return best is { Confidence: >= Floor } ? best
            : new RegisterMatch(file.RelativePath, null, 0m, file.DepartmentName is null ? "报告未列部门名称，文件名也不含名录中的名称" : $"报告所列部门「{file.DepartmentName}」不在名录中");
    }

    /// <summary>
    /// The findings of the register: a file that matches no entry (I-UNMATCHED), a match below
    /// <see cref="Uncertain"/> (I-UNCERTAIN), and, for each year the batch holds final accounts of, each entry
    /// with no final accounts of that year (I-UNPUBLISHED; a unit that its department's 决算单位构成 lists is a
    /// warning, not an error).
    /// </summary>
    public static IReadOnlyList<InspectionFinding> Findings(IReadOnlyList<InspectedFile> files, IReadOnlyList<RegisterEntry> register, IReadOnlyList<RegisterMatch> matches)
    {
        var findings = new List<InspectionFinding>();
        if (register.Count == 0)
        {
            return findings;
        }

        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var file = byPath[match.RelativePath];
            if (file.Unreadable is not null)
            {
                continue; // listed as unreadable already (I-UNREADABLE)
            }

            if (match.Entry is null)
            {
                findings.Add(new InspectionFinding("I-UNMATCHED", Severity.Warning, null, [file.RelativePath], file.RelativePath,
                    $"文件未能对应名录中的部门或单位：{match.Reason}"));
            }
            else if (match.Confidence < Uncertain)
            {
                findings.Add(new InspectionFinding("I-UNCERTAIN", Severity.Note, match.Entry.Code, [file.RelativePath], file.RelativePath,
                    $"文件对应「{match.Entry.Name}」把握不大（{match.Confidence:0.00}）：{match.Reason}"));
            }
        }

        var finals = files.Where(f => f.Unreadable is null && IsFinalAccounts(f.Kind)).ToList();
        var years = finals.Select(f => f.Year).Where(y => y is not null).Distinct().OrderBy(y => y).ToList();
        if (years.Count == 0)
        {
            years.Add(null);
        }

        var matched = matches.Where(m => m.Entry is not null).ToDictionary(m => m.RelativePath, m => m.Entry!, StringComparer.Ordinal);
        foreach (var year in years)
        {
            var ofYear = finals.Where(f => year is null || f.Year == year).ToList();
            var published = ofYear.Where(f => matched.ContainsKey(f.RelativePath)).Select(f => matched[f.RelativePath].Code).ToHashSet(StringComparer.Ordinal);
            var yearText = year is null ? string.Empty : $"{year} 年度";
            foreach (var entry in register.Where(e => !published.Contains(e.Code)))
            {
                var listedBy = entry.Level == OrganizationLevel.Unit
                    ? ofYear.FirstOrDefault(f => matched.TryGetValue(f.RelativePath, out var e) && e.Code == entry.ParentCode
                        && f.Units.Any(u => Normal(u) == Normal(entry.Name) || entry.Aliases.Any(a => Normal(a) == Normal(u))))
                    : null;
                findings.Add(listedBy is null
                    ? new InspectionFinding("I-UNPUBLISHED", Severity.Error, entry.Code, [], entry.Name,
                        $"未公开：名录中的{(entry.Level == OrganizationLevel.Department ? "部门" : "单位")}「{entry.Name}」（{entry.Code}）在本批文件中没有{yearText}决算")
                    : new InspectionFinding("I-UNPUBLISHED", Severity.Warning, entry.Code, [listedBy.RelativePath], entry.Name,
                        $"单位「{entry.Name}」（{entry.Code}）没有单独公开{yearText}单位决算，仅列于部门决算的决算单位构成"));
            }
        }

        return findings;
    }

    public static bool IsFinalAccounts(DocumentKind kind) =>
        kind is DocumentKind.DepartmentFinalAccounts or DocumentKind.UnitFinalAccounts or DocumentKind.Fragment;

    /// <summary>A name as compared: no spaces, no brackets' width differences, no 中共 prefix quirks of spacing.</summary>
    internal static string Normal(string name) =>
        DocumentKinds.Compact(name).Replace('(', '（').Replace(')', '）');

    /// <summary>The Dice coefficient of two names' character bigrams (0–1).</summary>
    internal static decimal Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0m;
        }

        var left = Enumerable.Range(0, a.Length - 1).Select(i => a.Substring(i, 2)).ToList();
        var right = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToList();
        var pool = right.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var bigram in left)
        {
            if (pool.TryGetValue(bigram, out var n) && n > 0)
            {
                pool[bigram] = n - 1;
                common++;
            }
        }

        return Math.Round(2m * common / (left.Count + right.Count), 2);
    }
}
