using System.Globalization;
using Juesuan.Audit;

namespace Juesuan.Inspection.Across;

/// <summary>
/// I-UNITS: a department's 部门决算 against its units' 单位决算 of the same year. The units its 决算单位构成 lists are
/// the ones that published (a listed unit with no report; a unit of the department, by the register, whose report is
/// there but not listed); when every listed unit published, their figures add up to the department's, table by table
/// and row by row, within the rounding model (n × p/2).
/// </summary>
public static class UnitsCheck
{
    public const string Id = "I-UNITS";

    public static CrossReportRule Rule { get; } = new(Id, "部门决算与所属单位决算一致",
        "部门决算「决算单位构成」所列单位 ↔ 同年度已公开的单位决算（按名录的上级部门或名称）；部门决算九张表每一行每一栏 ↔ 所属单位同一行同一栏之和（容差 n × 精度/2）",
        "警告：所列单位未公开、已公开单位未列入；错误：合计超出容差");

    public static IEnumerable<InspectionFinding> Check(BatchIndex batch)
    {
        foreach (var department in batch.Reports.Where(r => r.File.Kind == DocumentKind.DepartmentFinalAccounts))
        {
            foreach (var finding in CheckDepartment(batch, department))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<InspectionFinding> CheckDepartment(BatchIndex batch, IndexedReport department)
    {
        var listed = department.File.Units.Where(u => !string.IsNullOrWhiteSpace(u)).ToList();
        if (listed.Count == 0 || (listed.Count == 1 && department.Organization.IsNamed(listed[0])))
        {
            yield break; // no list, or a department that is its own only unit: nothing to compare across
        }

        var org = department.Organization;
        var code = org.Entry?.Code;
        var year = department.Year;
        var units = batch.Reports.Where(r => r.Year == year && r.File.Kind == DocumentKind.UnitFinalAccounts).ToList();
        var chosen = new List<IndexedReport>();
        var missing = 0;
        foreach (var name in listed)
        {
            if (units.FirstOrDefault(u => u.Organization.IsNamed(name)) is { } unit)
            {
                if (!chosen.Contains(unit))
                {
                    chosen.Add(unit);
                }

                continue;
            }

            missing++;
            yield return new InspectionFinding(Id, Severity.Warning, code, [department.Path], "决算单位构成",
                $"{org.Name} {Year(year)} 年度部门决算的决算单位构成列有「{name}」，批次中没有它 {Year(year)} 年度的单位决算（未公开或未收集）");
        }

        if (code is not null)
        {
            foreach (var unit in units.Where(u => u.Organization.Entry?.ParentCode == code && !chosen.Contains(u)
                && !listed.Any(n => u.Organization.IsNamed(n))))
            {
                yield return new InspectionFinding(Id, Severity.Warning, code, [department.Path, unit.Path], "决算单位构成",
                    $"{unit.Organization.Name} 是 {org.Name} 的所属单位（名录），已公开 {Year(year)} 年度单位决算，但部门决算的决算单位构成没有列出它");
            }
        }

        if (missing > 0 || chosen.Count == 0)
        {
            yield break; // the sum of a part of the units says nothing about the department
        }

        foreach (var total in department.Figures.Values.Where(IsTableFigure).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var parts = chosen.Select(u => u.Figure(total.Key)).ToList();
            var present = parts.Where(p => p is not null).Select(p => p!).ToList();
            // A unit without the row prints nothing for it: zero for a 功能分类 code (a row it has no spending in), unknown
            // for a labelled row (templates label rows differently).
            if (present.Count == 0 || (present.Count < parts.Count && !IsCodeRow(total.Key)))
            {
                continue;
            }

            var sum = present.Sum(p => p.Value);
            var tolerance = PrintedAgreement.ToleranceOfSum(total, present);
            var difference = total.Value - sum;
            if (Math.Abs(difference) <= tolerance)
            {
                continue;
            }

            yield return new InspectionFinding(Id, Severity.Error, code, [department.Path, .. chosen.Select(u => u.Path)], total.Place,
                $"{org.Name} {Year(year)} 年度部门决算 {total.Place}：{Tolerance.Format(total.Value)} ≠ 所属 {chosen.Count.ToString(CultureInfo.InvariantCulture)} 个单位决算之和 {Tolerance.Format(sum)}（差 {Tolerance.Format(difference)}，容差 {Tolerance.Format(tolerance)}）")
            {
                Printed = total.Value,
                Computed = sum,
            };
        }
    }

    /// <summary>A figure of one of the nine tables (not a narrative 说明/上年 figure).</summary>
    public static bool IsTableFigure(ReportFigure f) =>
        !f.Key.StartsWith(ReportFigureKeys.PriorYear(string.Empty), StringComparison.Ordinal)
        && !f.Key.StartsWith(ReportFigureKeys.Narrative(string.Empty), StringComparison.Ordinal);

    /// <summary>"Expenditure/2080101/1": a row keyed by its 功能分类 code.</summary>
    private static bool IsCodeRow(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 3 && parts[1].Length is 3 or 5 or 7 && parts[1].All(char.IsAsciiDigit);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
