using Juesuan.Core.Model;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>
/// Writes facts back as a package folder (manifest.csv and one CSV per fact kind), in the format
/// <see cref="PackageReader"/> reads: the round trip gives the same facts.
/// </summary>
public static class PackageCsvWriter
{
    public static void Write(FinalAccounts a, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (sheet, rows) in PackageRows.Sheets(a))
        {
            var lines = new List<string> { CsvText.Line(sheet.Columns.Select(c => c.Header)) };
            lines.AddRange(rows.Select(CsvText.Line));
            File.WriteAllText(Path.Combine(folder, sheet.FileName), string.Join('\n', lines) + "\n");
        }
    }
}
