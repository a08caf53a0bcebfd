using Juesuan.Inspection.Batch;
using Juesuan.Tests;

namespace Juesuan.Inspection.Tests;

/// <summary>The batch over every report of shared/reports (and one damaged file), run once for the class.</summary>
public sealed class SharedReportsFixture : IDisposable
{
    public SharedReportsFixture()
    {
        Folder = Directory.CreateTempSubdirectory("juesuan-inspect-shared-").FullName;
        foreach (var file in Directory.GetFiles(SharedReports.Folder).Where(Inspector.IsReport))
        {
            var target = Path.Combine(Folder, Path.GetFileName(file).Contains("2025", StringComparison.Ordinal) ? "2025" : "2024", Path.GetFileName(file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllBytes(Path.Combine(Folder, "damaged.pdf"), "%PDF-1.4 not really a pdf"u8.ToArray());
        Result = BatchInspection.Run(Folder, new InspectionOptions());
    }

    public string Folder { get; }

    public InspectionResult Result { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

internal static class SharedReports
{
    public static string Folder => Path.Combine(Repo.Root, "..", "shared", "reports");
}

public sealed class SharedReportsTests(SharedReportsFixture fixture) : IClassFixture<SharedReportsFixture>
{
    /// <summary>From reading each file's title page: all eight are 部门决算 (the Shanghai template is a blank 部门决算 of 上海市XX局).</summary>
    [Theory]
    [InlineData("2024/lingyuan-hrss-2024.txt", "人力资源和社会保障局", 2024)]
    [InlineData("2024/putuo-finance-2024.pdf", "上海市普陀区财政局", 2024)]
    [InlineData("2024/putuo-planning-resources-2024.pdf", "规划和自然资源局", 2024)]
    [InlineData("2024/putuo-social-work-2024.pdf", "社会工作部", 2024)]
    [InlineData("2024/shanghai-template-2024.pdf", "XX", 2024)]
    [InlineData("2025/putuo-culture-tourism-2025.txt", "文化和旅游局", 2025)]
    [InlineData("2025/putuo-ecology-environment-2025.txt", "生态环境局", 2025)]
    [InlineData("2025/putuo-shiquanlu-street-2025.txt", "石泉路街道办事处", 2025)]
    public void Each_shared_report_is_a_department_final_accounts_of_its_department_and_year(string path, string department, int year)
    {
        var file = Assert.Single(fixture.Result.Files, f => f.RelativePath == path);
        Assert.Null(file.Unreadable);
        Assert.Equal(DocumentKind.DepartmentFinalAccounts, file.Kind);
        Assert.Contains(department, file.DepartmentName ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(year, file.Year);
        Assert.True(file.Counts.Tables >= 7, $"{path}: {file.Counts.Tables} tables");
    }

    [Fact]
    public void The_damaged_file_is_listed_with_its_reason_and_the_others_are_inspected()
    {
        Assert.Equal(9, fixture.Result.Files.Count);
        var damaged = Assert.Single(fixture.Result.Files, f => f.Unreadable is not null);
        Assert.Equal("damaged.pdf", damaged.RelativePath);
        Assert.Contains("damaged.pdf", damaged.Unreadable, StringComparison.Ordinal);
        Assert.Contains(fixture.Result.Findings, f => f.RuleId == "I-UNREADABLE" && f.Files.SequenceEqual(["damaged.pdf"]));
    }

    [Fact]
    public void The_reference_report_keeps_its_totals_and_its_known_errors()
    {
        var file = fixture.Result.Files.Single(f => f.RelativePath.EndsWith("lingyuan-hrss-2024.txt", StringComparison.Ordinal));
        // 收入总计 of the reference (公开01表, hand-checked against the published PDF): 7,973 万元.
        var total = Assert.Single(file.Figures, f => f.Key == ReportFigureKeys.TableRow(Core.Tables.PublicTable.IncomeExpenditureSummary, "收入总计", 1));
        Assert.Equal(7973m, total.Value);
        Assert.Contains(file.Findings, f => f.RuleId == "N-BLANK" && f.Severity == Audit.Severity.Error);
    }

    [Fact]
    public void Without_a_register_departments_are_grouped_by_the_name_they_print_and_ranked()
    {
        var departments = fixture.Result.Scores.Where(s => s.Level == ScoreLevel.Department).ToList();
        Assert.Equal(8, departments.Count);
        Assert.Equal(1, departments.Min(s => s.Rank));
        Assert.All(departments, s => Assert.InRange(s.Total, 0m, 100m));
        Assert.All(departments, s => Assert.Equal(5, s.Dimensions.Count));
    }
}
