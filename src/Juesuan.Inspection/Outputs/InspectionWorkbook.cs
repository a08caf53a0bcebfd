using Juesuan.Renderers.Xlsx;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// 检查结果.xlsx: 排名 (the departments' ranking, then the reports', each line labelled 部门 or 报告 in 级别, with its reasons), 全部问题 (every finding, filtered, header frozen), 文件 (every file:
/// kind, register match, counts, why unreadable), then one sheet per department (its files, its findings).
/// </summary>
public static class InspectionWorkbook
{
    public const string FileName = "检查结果.xlsx";

    private static readonly double[] FindingWidths = [6, 6, 6, 12, 24, 10, 30, 28, 70, 11, 11, 10, 8];
    private static readonly double[] FileWidths = [40, 12, 26, 7, 10, 26, 10, 24, 5, 8, 8, 9, 6, 6, 6, 30];
    private static readonly double[] RankingWidths = [6, 6, 30, 24, 6, 8, 8, 8, 8, 8, 8, 80];

    public static void Write(InspectionSummary summary, Stream output)
    {
        var sheets = new List<ListSheet>
        {
            new("排名", RankingWidths, [new ListSection(null, RankingRow.Header, new CellRows<RankingRow>(summary.Ranking, r => r.Cells())) { Filtered = true }]),
            new("全部问题", FindingWidths, [new ListSection(null, FindingRow.Header, new CellRows<FindingRow>(summary.Findings, r => r.Cells())) { Filtered = true }]),
            new("文件", FileWidths, [new ListSection(null, FileRow.Header, new CellRows<FileRow>(summary.Files, r => r.Cells())) { Filtered = true }]),
        };
        foreach (var d in summary.Departments)
        {
            sheets.Add(new ListSheet(d.SheetName, FindingWidths,
            [
                new ListSection($"{d.Name}：文件 {d.Files.Count} 个", FileRow.Header, new CellRows<FileRow>(d.Files, r => r.Cells())),
                new ListSection($"{d.Name}：问题 {d.Findings.Count} 个", FindingRow.Header, new CellRows<FindingRow>(d.Findings, r => r.Cells())) { Filtered = true },
            ]));
        }

        ListWorkbookWriter.Write(output, sheets);
    }
}
