using System.Globalization;
using Juesuan.Core.Model;

namespace Juesuan.Readers.Package;

/// <summary>
/// One problem in a data package, located to the file or sheet, row and column, with the value
/// found. Rendered as 「工作表「支出」第 14 行 B 列（功能分类科目）：…」.
/// </summary>
public sealed record PackageError(MessageId Id, string Location, int? Row, int? Column, string? ColumnHeader, string? Value, string Message)
{
    /// <summary>Spreadsheet-style column letter (A, B, … Z, AA …) of a 0-based column index.</summary>
    public static string ColumnLetter(int index)
    {
        var s = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>E.g. 第 14 行 B 列（功能分类科目）.</summary>
    public string Place
    {
        get
        {
            var parts = new List<string> { Location };
            if (Row is { } r)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"第 {r} 行"));
            }

            if (Column is { } c)
            {
                parts.Add(ColumnLetter(c) + " 列" + (ColumnHeader is null ? string.Empty : $"（{ColumnHeader}）"));
            }
            else if (ColumnHeader is not null)
            {
                parts.Add($"「{ColumnHeader}」列");
            }

            // 工作表「支出」第 14 行 …, but expenditure.csv 第 14 行 ….
            return string.Join(' ', parts).Replace("」 第", "」第", StringComparison.Ordinal);
        }
    }

    public override string ToString() => $"{Place}：{Message}";
}

/// <summary>The outcome of reading a package: the facts, or every problem found (never both).</summary>
public sealed record PackageReadResult(FinalAccounts? Accounts, Juesuan.Core.Catalogs.CatalogSet? Catalogs, IReadOnlyList<PackageError> Errors)
{
    public bool Success => Accounts is not null && Errors.Count == 0;
}
