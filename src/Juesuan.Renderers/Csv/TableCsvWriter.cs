using Juesuan.Core.Model;
using Juesuan.Reporting.Tables;

namespace Juesuan.Renderers.Csv;

/// <summary>
/// Writes a disclosure table as CSV: one line per printed row, header rows first, cells in printed
/// order, amounts exactly as printed (万元, integers with thousands separators).
/// </summary>
public static class TableCsvWriter
{
    /// <summary>
    /// The byte order mark, U+FEFF. Excel on Chinese Windows opens a double-clicked CSV as GBK unless the file
    /// begins with the UTF-8 BOM, so the downloadable CSVs (tables/gk0N.csv) begin with it: the text carries the
    /// mark, and any UTF-8 writer (File.WriteAllText, a zip entry's StreamWriter) writes it as EF BB BF.
    /// </summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>The table as CSV text, beginning with <see cref="ByteOrderMark"/> unless <paramref name="byteOrderMark"/> is false.</summary>
    public static string Write(DisclosureTable table, bool byteOrderMark = true)
    {
        var lines = new List<string>();
        lines.AddRange(table.HeaderRowsAsText().Select(CsvText.Line));
        lines.AddRange(table.Rows.Select(r => CsvText.Line(r.Cells.Select(c => c.Text))));
        return (byteOrderMark ? ByteOrderMark.ToString() : string.Empty) + string.Join('\n', lines) + "\n";
    }
}
