using System.Globalization;
using System.Text;
using Juesuan.Core.Model;
using Juesuan.Renderers.Csv;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// 检查结果.csv: every finding (the 全部问题 sheet), UTF-8 with a BOM as the project's other CSVs (Excel on Chinese
/// Windows reads it), RFC 4180 quoting; a text beginning with = + - @ is prefixed with ' so that no cell becomes a formula.
/// </summary>
public static class InspectionCsv
{
    public const string FileName = "检查结果.csv";

    public static string Write(InspectionSummary summary)
    {
        using var text = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        Write(summary, text);
        return text.ToString();
    }

    /// <summary>Writes line by line (a region's findings are not held again as one string).</summary>
    public static void Write(InspectionSummary summary, TextWriter output)
    {
        output.Write(TableCsvWriter.ByteOrderMark);
        output.Write(CsvText.Line(FindingRow.Header));
        output.Write('\n');
        foreach (var row in summary.Findings)
        {
            output.Write(CsvText.Line(row.Cells().Select(Field)));
            output.Write('\n');
        }
    }

    private static string Field(object? value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        string s when s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal) => "'" + s,
        string s => s,
        _ => string.Empty,
    };
}
