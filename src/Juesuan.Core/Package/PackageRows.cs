using System.Globalization;
using Juesuan.Core.Model;

namespace Juesuan.Core.Package;

/// <summary>The facts as the rows of each package sheet (cells in the sheet's column order), for the CSV and XLSX writers.</summary>
public static class PackageRows
{
    private static string Y(Yuan y) => y.Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<(FactSheet Sheet, IEnumerable<string[]> Rows)> Sheets(FinalAccounts a)
    {
        var d = a.Department;
        yield return (PackageFormat.Manifest,
        [
            [PackageFormat.ManifestDepartmentName, d.Name], [PackageFormat.ManifestDepartmentCode, d.Code],
            [PackageFormat.ManifestRegion, d.Region], [PackageFormat.ManifestYear, a.Year.ToString()],
            [PackageFormat.ManifestCatalogEdition, d.CatalogEdition], [PackageFormat.ManifestFormatVersion, PackageFormat.FormatVersion],
        ]);
        yield return (PackageFormat.Units, a.Units.Select(u => new[] { u.Code, u.Name, u.Type.Name() }));
        yield return (PackageFormat.Income, a.Income.Select(i => new[] { i.UnitCode, i.Type.Name(), i.Function.Value, Y(i.Amount) }));
        yield return (PackageFormat.Expenditure, a.Expenditure.Select(e => new[]
        {
            e.UnitCode, e.Function.Value, e.Economic.Value, e.Fund.Name(), e.Type.Name(), e.Project ?? string.Empty, Y(e.Amount),
        }));
        yield return (PackageFormat.Balances, a.Balances.Select(b => new[]
        {
            b.UnitCode, b.Fund.Name(), b.Item.Name(), b.Function?.Value ?? string.Empty, Y(b.Amount),
        }));
        yield return (PackageFormat.InitialBudget, a.InitialBudget.Select(b => new[]
        {
            b.UnitCode, b.Function.Value, b.Fund.Name(), b.Type.Name(), b.Project ?? string.Empty, Y(b.Amount),
        }));
        yield return (PackageFormat.PriorYear, a.PriorYear.Select(p => new[] { p.Key, Y(p.Amount) }));
        yield return (PackageFormat.ThreePublic, a.ThreePublic.Select(t => new[]
        {
            t.UnitCode, t.Category.Name(), Y(t.Budget), Y(t.Actual), N(t.Batches), N(t.Persons),
        }));
        yield return (PackageFormat.Procurement, a.Procurement.Select(p => new[]
        {
            p.UnitCode, p.Category.Name(), Y(p.Total), Y(p.ToSme), Y(p.ToSmallAndMicro),
        }));
        yield return (PackageFormat.Vehicles, a.Vehicles.Select(v => new[] { v.UnitCode, v.Category.Name(), N(v.Count), v.Note ?? string.Empty }));
        yield return (PackageFormat.Equipment, a.Equipment.Select(e => new[] { e.UnitCode, e.Name, N(e.Count) }));
        yield return (PackageFormat.Narrative, a.Narrative.Select(n => new[] { n.Item, n.Kind, n.Text }));
        yield return (PackageFormat.Evaluations, a.Evaluations.Select(e => new[]
        {
            e.Id, e.Kind == Performance.EvaluationKind.Unit ? "单位" : "项目", e.UnitCode, e.Name, e.Fund.Name(), Y(e.Budget), Y(e.Executed),
            D(e.Deduction), e.Goal, e.Achieved, e.Summary, e.Problems, e.Improvements,
        }));
        yield return (PackageFormat.Indicators, a.Evaluations.SelectMany(e => e.Indicators.Select(i => new[]
        {
            e.Id, N(i.Order), i.Level1, i.Level2, i.Name, i.Operator, i.Target, i.Unit, i.Actual, i.Completion, D(i.Weight), D(i.Score),
        })));
        yield return (PackageFormat.Tasks, a.Evaluations.SelectMany(e => e.Tasks.Select(t => new[]
        {
            e.Id, N(t.Order), t.Name, Y(t.Assigned), Y(t.Executed), D(t.Weight), D(t.Score),
        })));
    }
}
