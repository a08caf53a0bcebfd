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
        var sb = new StringBuilder();
        sb.Append(TableCsvWriter.ByteOrderMark);
        sb.Append(CsvText.Line(FindingRow.Header)).Append('\n');
        foreach (var row in summary.Findings)
        {
            sb.Append(CsvText.Line(row.Cells().Select(Field))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Field(object? value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        string s when s.Length > 0 && "=+-@".Contains(s[0], StringComparison.Ordinal) => "'" + s,
        string s => s,
        _ => string.Empty,
    };
}
