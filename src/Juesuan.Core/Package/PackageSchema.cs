namespace Juesuan.Core.Package;

/// <summary>What a column of a data package holds; decides how a cell is parsed and checked.</summary>
public enum ColumnKind
{
    Text,
    UnitCode,
    Year,
    /// <summary>功能分类科目, 7-digit 项 required.</summary>
    FunctionXiang,
    /// <summary>功能分类科目, any level (for balances where it is optional).</summary>
    FunctionAny,
    /// <summary>经济分类科目, 5-digit 款 required.</summary>
    EconomicKuan,
    /// <summary>Money in yuan, at most two decimals.</summary>
    Amount,
    /// <summary>A whole count (vehicles, persons, batches).</summary>
    Count,
    /// <summary>One of a fixed list of terms (see <see cref="PackageColumn.Choices"/>).</summary>
    Choice,
    /// <summary>A 功能分类 level word 类/款/项 (catalog additions).</summary>
    Level,
}

/// <summary>One column of a fact sheet: its Chinese header (canonical), an ASCII alias, and what it holds.</summary>
public sealed record PackageColumn(string Header, string Alias, ColumnKind Kind, bool Required, string Help)
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    public string? Example { get; init; }
}

/// <summary>
/// One kind of fact: a CSV file in a package folder, or a sheet of the same name in the workbook.
/// </summary>
public sealed record FactSheet(string Key, string FileName, string SheetName, bool Required, string Purpose, IReadOnlyList<PackageColumn> Columns)
{
    /// <summary>Whether the sheet is a list of key/value lines (the manifest).</summary>
    public bool IsKeyValue { get; init; }
}
