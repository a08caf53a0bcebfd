using Juesuan.Audit;
using Juesuan.Inspection.Across;
using static Juesuan.Inspection.Tests.Batches;

namespace Juesuan.Inspection.Tests.Outputs;

/// <summary>
/// A small region by hand: 财政局 (with two units, one figure its units do not add up to), 规划资源局 (a table error),
/// a department on the register with no report (未公开), an unreadable file, and scores for the two that published.
/// </summary>
internal static class SampleInspection
{
    public static readonly RegisterEntry Finance = Entry("101", "上海市普陀区财政局");
    public static readonly RegisterEntry FinanceOwn = Entry("10101", "上海市普陀区财政局（本级）", "101");
    public static readonly RegisterEntry FinanceCentre = Entry("10102", "上海市普陀区会计管理中心", "101");
    public static readonly RegisterEntry Planning = Entry("102", "上海市普陀区规划和自然资源局");
    public static readonly RegisterEntry Social = Entry("103", "中共上海市普陀区委社会工作部");

    /// <summary>The audit finding planted in 规划资源局's report.</summary>
    public static readonly AuditFinding TableError = new("T-SUM", Severity.Error, "公开03表 行 2080101 栏1", "公开03表 2080101 支出合计 120 ≠ 基本支出 + 项目支出 118（差 2，容差 1）")
    {
        Printed = 120m,
        Computed = 118m,
        Tolerance = 1m,
    };

    public static InspectionResult Result()
    {
        const string social = "Expenditure/208/1";
        var files = new List<InspectedFile>
        {
            Department("财政局/2024部门决算.pdf", "上海市普陀区财政局", 2024, [Figure(social, 300m, place: "公开03表 208 栏1")],
                ["上海市普陀区财政局（本级）", "上海市普陀区会计管理中心"]),
            Unit("财政局/本级.pdf", "上海市普陀区财政局（本级）", 2024, [Figure(social, 100m)]),
            Unit("财政局/会计中心.pdf", "上海市普陀区会计管理中心", 2024, [Figure(social, 190m)]),
            File("规划资源局/2024.pdf", DocumentKind.DepartmentFinalAccounts, "上海市普陀区规划和自然资源局", 2024,
                findings: [TableError, new AuditFinding("R-UNIT", Severity.Warning, "说明 第5页第3行", "“增长 13.95。”缺少 %")]),
            File("其他/扫描件.pdf", DocumentKind.Unrecognised, null, null, unreadable: "没有文字层（扫描件）"),
        };
        var matches = new List<RegisterMatch>
        {
            Match("财政局/2024部门决算.pdf", Finance, 0.98m, "标题"),
            Match("财政局/本级.pdf", FinanceOwn, 0.95m, "标题"),
            Match("财政局/会计中心.pdf", FinanceCentre, 0.95m, "标题"),
            Match("规划资源局/2024.pdf", Planning, 0.9m, "标题"),
            Match("其他/扫描件.pdf", null, 0m, "无法读取"),
        };
        IReadOnlyList<RegisterEntry> register = [Finance, FinanceOwn, FinanceCentre, Planning, Social];
        var findings = CrossReportChecks.Run(files, register, matches).ToList();
        findings.Add(new InspectionFinding("I-UNPUBLISHED", Severity.Error, "103", [], "名录", "中共上海市普陀区委社会工作部 未公开 2024 年度部门决算"));

        DimensionScore Dim(ComplianceDimension d, decimal score, params string[] reasons) => new(d, 0.2m, score, reasons);
        var scores = new List<ComplianceScore>
        {
            new("102", "上海市普陀区规划和自然资源局", 91.5m,
                [Dim(ComplianceDimension.Completeness, 100m), Dim(ComplianceDimension.Detail, 100m), Dim(ComplianceDimension.Accuracy, 80m, "T-SUM 公开03表 行 2080101 栏1"),
                 Dim(ComplianceDimension.Conformity, 97.5m, "R-UNIT 说明 第5页第3行"), Dim(ComplianceDimension.Timeliness, 80m)]) { Rank = 1, Level = ScoreLevel.Department, Year = 2024 },
            new("101", "上海市普陀区财政局", 88m,
                [Dim(ComplianceDimension.Completeness, 100m), Dim(ComplianceDimension.Detail, 100m), Dim(ComplianceDimension.Accuracy, 60m, "I-UNITS 公开03表 208 栏1"),
                 Dim(ComplianceDimension.Conformity, 100m), Dim(ComplianceDimension.Timeliness, 80m)]) { Rank = 2, Level = ScoreLevel.Department, Year = 2024 },
            new("103", "中共上海市普陀区委社会工作部", 0m, [Dim(ComplianceDimension.Completeness, 0m, "未公开")]) { Rank = 3, Level = ScoreLevel.Department, Year = 2024 },
        };

        return new InspectionResult("putuo-2024", new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), files, register, matches, findings, scores);
    }
}
