namespace Juesuan.Synthetic;

/// <summary>What a synthetic region holds: how many departments, from which seed, which year, how many PDFs and errors.</summary>
/// <param name="Departments">Departments in the register (a few of them publish nothing).</param>
/// <param name="Seed">Everything — facts, templates, errors, which reports get a PDF — follows from it.</param>
/// <param name="PdfFraction">The share of published reports also written as report.pdf (LibreOffice: about 3 s each).</param>
/// <param name="ErrorsPerReport">At most this many errors are planted in a report (each report draws 0 … this many).</param>
/// <param name="Year">The year the reports are for.</param>
/// <param name="UnpublishedFraction">The share of registered departments (after the first) that publish nothing.</param>
public sealed record RegionSettings(
    int Departments = 200,
    int Seed = 1,
    decimal PdfFraction = 0.05m,
    int ErrorsPerReport = 2,
    int Year = 2024,
    decimal UnpublishedFraction = 0.02m)
{
    /// <summary>The most departments a region may have (the register's codes and the file system's patience).</summary>
    public const int MaxDepartments = 100_000;

    /// <summary>The most errors planted in one report.</summary>
    public const int MaxErrorsPerReport = 10;
}
