using Juesuan.Core.Model;
using Juesuan.Reporting.Tables;

namespace Juesuan.Renderers.Csv;

/// <summary>
/// Writes a disclosure table as CSV: one line per printed row, header rows first, cells in printed
/// order, amounts exactly as printed (万元, integers with thousands separators).
/// </summary>
public static class TableCsvWriter
{
    public static string Write(DisclosureTable table)
    {
        var lines = new List<string>();
        lines.AddRange(table.HeaderRowsAsText().Select(CsvText.Line));
        lines.AddRange(table.Rows.Select(r => CsvText.Line(r.Cells.Select(c => c.Text))));
        return string.Join('\n', lines) + "\n";
    }
}
