using System.Globalization;
using Juesuan.Audit;
using Juesuan.Inspection.Across;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// Everything the outputs print about an inspection, computed once from the <see cref="InspectionResult"/>: the
/// counts of the summary paragraph, the ranking, every finding as a row, every file, the departments with their
/// files and findings, and the typical problems with examples. The workbook, CSV, JSON and 检查通报 only lay this out.
/// </summary>
public sealed record InspectionSummary
{
    public required InspectionResult Result { get; init; }

    /// <summary>The year most files are of (the 通报's year); null when no file names one.</summary>
    public int? Year { get; init; }

    /// <summary>应公开: the register's departments, or (without a register) the departments the files name.</summary>
    public int DepartmentsToPublish { get; init; }

    /// <summary>已公开: departments with a readable 部门决算 in the batch.</summary>
    public int DepartmentsPublished { get; init; }

    /// <summary>按时公开: department scores whose 及时性 lost nothing; null when 及时性 was not assessed (no dates).</summary>
    public int? DepartmentsOnTime { get; init; }

    /// <summary>The mean of the scores, to 2 decimals; null when nothing was scored.</summary>
    public decimal? AverageScore { get; init; }

    public int FilesUnreadable { get; init; }

    public int FilesUnmatched { get; init; }

    /// <summary>Files by kind (Chinese name), in <see cref="DocumentKind"/> order, kinds present only.</summary>
    public required IReadOnlyList<(string Kind, int Files)> Kinds { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    public int Notes { get; init; }

    /// <summary>Every score: the departments ranked among departments, then the reports ranked among reports (the workbook's 排名).</summary>
    public required IReadOnlyList<RankingRow> Ranking { get; init; }

    /// <summary>The departments' ranking (the 通报's table); without department scores, the reports'.</summary>
    public IReadOnlyList<RankingRow> DepartmentRanking =>
        Ranking.Any(r => r.Level == ScoreLevel.Department) ? [.. Ranking.Where(r => r.Level == ScoreLevel.Department)] : Ranking;

    /// <summary>The reports' ranking (one line per file of final accounts scored).</summary>
    public IReadOnlyList<RankingRow> ReportRanking => [.. Ranking.Where(r => r.Level == ScoreLevel.Report)];

    /// <summary>Every finding: each file's audit findings (by path), then the findings of the inspection.</summary>
    public required IReadOnlyList<FindingRow> Findings { get; init; }

    public required IReadOnlyList<FileRow> Files { get; init; }

    /// <summary>Departments in the register's order (by code), then those not in it by name, each with a unique valid sheet name.</summary>
    public required IReadOnlyList<DepartmentGroup> Departments { get; init; }

    /// <summary>The rules with most departments (then findings) among errors and warnings, at most five.</summary>
    public required IReadOnlyList<TypicalProblem> TypicalProblems { get; init; }

    /// <summary>The workbook's fixed sheets (department sheets take other names).</summary>
    public static readonly string[] FixedSheets = ["排名", "全部问题", "文件"];

    private const int MostTypicalProblems = 5;
    private const int ExamplesPerProblem = 3;
    private const int ReasonsPerDimension = 3;
    private const string Unassigned = "（未识别部门）";

    public static InspectionSummary Of(InspectionResult result)
    {
        var entries = new Dictionary<string, RegisterEntry>(StringComparer.Ordinal);
        foreach (var e in result.Register)
        {
            entries.TryAdd(e.Code, e);
        }

        var matches = new Dictionary<string, RegisterMatch>(StringComparer.Ordinal);
        foreach (var m in result.Matches)
        {
            matches.TryAdd(m.RelativePath, m);
        }

        // The department a register entry files under: itself, or for a unit its parent department.
        (string Key, string Name) DepartmentOfEntry(RegisterEntry entry) =>
            entry.Level == OrganizationLevel.Unit && entry.ParentCode is { } parent && entries.TryGetValue(parent, out var p)
                ? (p.Code, p.Name)
                : (entry.Code, entry.Name);

        (string Key, string Name) DepartmentOfFile(InspectedFile file) =>
            matches.TryGetValue(file.RelativePath, out var m) && m.Entry is { } entry ? DepartmentOfEntry(entry)
            : string.IsNullOrWhiteSpace(file.DepartmentName) ? (Unassigned, Unassigned)
            : ("name:" + OrganizationNames.Normalize(file.DepartmentName), file.DepartmentName.Trim());

        var files = result.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var fileRows = new List<FileRow>();
        var rows = new List<FindingRow>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (key, name) = DepartmentOfFile(file);
            names.TryAdd(key, name);
            var match = matches.GetValueOrDefault(file.RelativePath);
            fileRows.Add(new FileRow(file.RelativePath, ChineseNames.Of(file.Kind), file.DepartmentName ?? string.Empty, file.Year,
                match?.Entry?.Code, match?.Entry?.Name, match?.Confidence, match?.Reason, file.Counts,
                file.Count(Severity.Error), file.Count(Severity.Warning), file.Count(Severity.Note), file.Unreadable)
            { DepartmentKey = key });
            foreach (var f in file.Findings)
            {
                rows.Add(new FindingRow(rows.Count + 1, "审核", f.RuleId, f.Severity, name, match?.Entry?.Code, file.RelativePath, f.Place, f.Message,
                    f.Printed, f.Computed, f.Tolerance)
                { DepartmentKey = key });
            }
        }

        foreach (var f in result.Findings)
        {
            var (key, name) = f.EntryCode is { } code && entries.TryGetValue(code, out var entry) ? DepartmentOfEntry(entry)
                : f.Files.Count > 0 && byPath.TryGetValue(f.Files[0], out var first) ? DepartmentOfFile(first)
                : (Unassigned, Unassigned);
            names.TryAdd(key, name);
            rows.Add(new FindingRow(rows.Count + 1, "检查", f.RuleId, f.Severity, name, f.EntryCode, string.Join("；", f.Files), f.Place, f.Message,
                f.Printed, f.Computed, null)
            { DepartmentKey = key });
        }

        var sheetNames = new UniqueSheetNames(FixedSheets);
        var departments = names
            .OrderBy(n => n.Key == Unassigned ? 2 : n.Key.StartsWith("name:", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(n => n.Key.StartsWith("name:", StringComparison.Ordinal) ? n.Value : n.Key, StringComparer.Ordinal)
            .Select(n => new DepartmentGroup(n.Key, n.Value, sheetNames.Take(n.Value),
                fileRows.Where(r => r.DepartmentKey == n.Key).ToList(), rows.Where(r => r.DepartmentKey == n.Key).ToList()))
            .ToList();

        var registerDepartments = result.Register.Where(e => e.Level == OrganizationLevel.Department).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var publishing = files
            .Where(f => f.Unreadable is null && f.Kind == DocumentKind.DepartmentFinalAccounts)
            .Select(f => DepartmentOfFile(f).Key)
            .Where(k => k != Unassigned && (registerDepartments.Count == 0 || registerDepartments.Contains(k)))
            .ToHashSet(StringComparer.Ordinal);
        var toPublish = registerDepartments.Count > 0
            ? registerDepartments.Count
            : departments.Count(d => d.Key != Unassigned && d.Files.Count > 0);

        var timeliness = result.Scores
            .Where(s => registerDepartments.Count == 0 || registerDepartments.Contains(s.Subject))
            .Select(s => s.Dimensions.FirstOrDefault(d => d.Dimension == ComplianceDimension.Timeliness && d.Weight > 0m))
            .ToList();
        int? onTime = timeliness.Any(d => d is not null) ? timeliness.Count(d => d is { Reasons.Count: 0 }) : null;

        return new InspectionSummary
        {
            Result = result,
            Year = files.Where(f => f.Year is not null).GroupBy(f => f.Year!.Value).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault(),
            DepartmentsToPublish = toPublish,
            DepartmentsPublished = publishing.Count,
            DepartmentsOnTime = onTime,
            AverageScore = result.Scores.Count == 0 ? null : Math.Round(result.Scores.Average(s => s.Total), 2, MidpointRounding.AwayFromZero),
            FilesUnreadable = files.Count(f => f.Unreadable is not null),
            FilesUnmatched = result.Register.Count == 0 ? 0 : files.Count(f => !(matches.GetValueOrDefault(f.RelativePath)?.Entry is not null)),
            Kinds = Enum.GetValues<DocumentKind>().Select(k => (ChineseNames.Of(k), files.Count(f => f.Kind == k))).Where(k => k.Item2 > 0).ToList(),
            Errors = rows.Count(r => r.Severity == Severity.Error),
            Warnings = rows.Count(r => r.Severity == Severity.Warning),
            Notes = rows.Count(r => r.Severity == Severity.Note),
            Ranking = RankingOf(result.Scores),
            Findings = rows,
            Files = fileRows,
            Departments = departments,
            TypicalProblems = Typical(rows),
        };
    }

    private static List<RankingRow> RankingOf(IReadOnlyList<ComplianceScore> scores) =>
        // Departments and reports are ranked apart (each from 1): listed apart, never interleaved by place.
        scores.OrderBy(s => s.Level == ScoreLevel.Department ? 0 : 1)
            .ThenBy(s => s.Rank <= 0 ? int.MaxValue : s.Rank).ThenByDescending(s => s.Total).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new RankingRow(s.Rank, s.Level, s.Subject, s.Name, s.Year, s.Total,
                Enum.GetValues<ComplianceDimension>().Select(d => s.Dimensions.FirstOrDefault(x => x.Dimension == d)?.Score).ToList(),
                string.Join("；", s.Dimensions.Where(d => d.Reasons.Count > 0).Select(d => ChineseNames.Of(d.Dimension) + "：" + Reasons(d.Reasons)))))
            .ToList();

    private static string Reasons(IReadOnlyList<string> reasons) =>
        string.Join("，", reasons.Take(ReasonsPerDimension))
        + (reasons.Count > ReasonsPerDimension ? $"等 {reasons.Count.ToString(CultureInfo.InvariantCulture)} 项" : string.Empty);

    private static List<TypicalProblem> Typical(List<FindingRow> rows) =>
        rows.Where(r => r.Severity != Severity.Note && r.RuleId != "INTERNAL")
            .GroupBy(r => r.RuleId, StringComparer.Ordinal)
            .Select(g => (Rule: g.Key, Rows: g.ToList(), Departments: g.Select(r => r.DepartmentKey).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(g => g.Departments).ThenByDescending(g => g.Rows.Count).ThenBy(g => g.Rule, StringComparer.Ordinal)
            .Take(MostTypicalProblems)
            .Select(g => new TypicalProblem(g.Rule, RuleTitle(g.Rule), g.Rows.Count, g.Departments, Examples(g.Rows)))
            .ToList();

    /// <summary>Up to three findings of different departments, errors first, in the order of the list.</summary>
    private static List<FindingRow> Examples(List<FindingRow> rows)
    {
        var examples = new List<FindingRow>();
        foreach (var row in rows.OrderBy(r => r.Severity).ThenBy(r => r.Number))
        {
            if (examples.Count < ExamplesPerProblem && examples.All(e => e.DepartmentKey != row.DepartmentKey))
            {
                examples.Add(row);
            }
        }

        return examples;
    }

    /// <summary>What a rule checks, from the audit's catalogue or the checks across reports; the id when neither knows it.</summary>
    public static string RuleTitle(string ruleId) =>
        Auditor.Rules.FirstOrDefault(r => r.Id == ruleId)?.Title
        ?? CrossReportChecks.Rules.FirstOrDefault(r => r.Id == ruleId)?.Title
        ?? ruleId;
}
