using System.Text;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// Writes an inspection as the bureau circulates it, every file from one <see cref="InspectionSummary"/> of the
/// result: the workbook (检查结果.xlsx: ranking, every finding with filters, files, one sheet per department), the
/// findings as CSV (检查结果.csv), the whole result as JSON (检查结果.json), and the 检查通报 (检查通报.docx).
/// </summary>
public static class InspectionOutputs
{
    /// <summary>The files <see cref="Write"/> writes, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [InspectionWorkbook.FileName, InspectionCsv.FileName, InspectionJson.FileName, InspectionNotice.FileName];

    /// <summary>Writes every output into <paramref name="folder"/> (created if missing) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(InspectionResult result, string folder)
    {
        var summary = InspectionSummary.Of(result);
        Directory.CreateDirectory(folder);
        var written = new List<string>();

        string Path(string name)
        {
            var path = System.IO.Path.Combine(folder, name);
            written.Add(path);
            return path;
        }

        using (var xlsx = File.Create(Path(InspectionWorkbook.FileName)))
        {
            InspectionWorkbook.Write(summary, xlsx);
        }

        // The BOM is part of the text (TableCsvWriter.ByteOrderMark): UTF-8 without another preamble writes it once.
        using (var csv = new StreamWriter(Path(InspectionCsv.FileName), false, new UTF8Encoding(false)))
        {
            InspectionCsv.Write(summary, csv);
        }

        using (var json = File.Create(Path(InspectionJson.FileName)))
        {
            InspectionJson.Write(summary, json);
        }
        using (var docx = File.Create(Path(InspectionNotice.FileName)))
        {
            InspectionNotice.Write(summary, docx);
        }

        return written;
    }
}
