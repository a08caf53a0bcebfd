using Juesuan.Audit;
using Juesuan.Audit.Messages;
using Juesuan.Core.Tables;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Publishing.Tests;

/// <summary>A built report is computed once, for its profile, and its findings are the audit of the document it renders.</summary>
public sealed class BuiltReportTests
{
    private static readonly Lazy<PackageReadResult> Sample = new(() => PackageReader.Read(Repo.Sample));

    private static BuiltReport Build(string profile) =>
        BuiltReport.Build(Sample.Value.Accounts!, Sample.Value.Catalogs!, "sample", profile);

    /// <summary>The text read back as any published report, told the template it was written in.</summary>
    private static Core.Published.PublishedReport ReadBack(BuiltReport built) =>
        TextReportReader.Read(built.Text(), "sample", built.Catalogs) with
        {
            Template = built.Published.Template,
            TemplateWordings = built.Published.TemplateWordings,
        };

    [Fact]
    public void The_shanghai_profile_s_findings_are_computed_from_the_shanghai_document()
    {
        var built = Build(TableSpecs.Shanghai);

        // What was audited is what is rendered: the text written once, and the Shanghai template's tables in it.
        Assert.Equal(built.Text(), built.ReportText);
        Assert.Contains("第二部分 " + built.Accounts.Department.FullName, built.Text(), StringComparison.Ordinal);
        var threePublic = built.Published.Table(PublicTable.ThreePublic)!;
        Assert.Equal("“三公”经费财政拨款支出决算表", threePublic.Title);
        Assert.Null(threePublic.Number);
        Assert.All(built.Tables, t => Assert.Equal(string.Empty, t.Number));

        // The findings are the audit of that text read back (placed in report.txt), and differ from the Liaoning document's.
        var reread = ReadBack(built);
        Assert.Equal(Auditor.Run(reread).Select(f => f.ToString()), built.Audited.Select(f => f.ToString()));
        Assert.Equal(OwnReportPlaces.Locate(Auditor.Run(reread), null).Select(f => f.ToString()), built.Findings.Select(f => f.ToString()));
        var liaoning = Build(TableSpecs.Liaoning);
        Assert.NotEqual(liaoning.Findings.Select(f => f.ToString()), built.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void The_liaoning_profile_audits_the_liaoning_document()
    {
        var built = Build(TableSpecs.Liaoning);

        Assert.Equal("公开07表", built.Published.Table(PublicTable.ThreePublic)!.Number);
        Assert.Equal(OwnReportPlaces.Locate(Auditor.Run(ReadBack(built)), null).Select(f => f.ToString()),
            built.Findings.Select(f => f.ToString()));
        Assert.Equal(0, built.ErrorCount);
    }

    /// <summary>
    /// Juesuan's wording passes Juesuan's audit (issue 11 item 4): with the two evaluation indicators whose entered
    /// data contradict themselves (as the reference prints them: 完成值 100 for a target of 2300 人, and 10.75 万元 ≤ 35
    /// scored below full) corrected, the report has no error and no warning in either profile. What its template
    /// prescribes (完成年初预算的0% with no budget, shares of a zero procurement total, the fixed 主要包括 lists) is noted
    /// as the template's wording.
    /// </summary>
    [Theory]
    [InlineData(TableSpecs.Liaoning)]
    [InlineData(TableSpecs.Shanghai)]
    public void Juesuan_s_own_report_has_no_warning_when_its_facts_are_consistent(string profile)
    {
        var folder = Directory.CreateTempSubdirectory("juesuan-clean-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Repo.Sample, "*.csv"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var indicators = Path.Combine(folder, "performance_indicators.csv");
            var text = File.ReadAllText(indicators);
            text = Replace(text, "退休人员养老金纳入社保人数,=,2300,人,100,", "退休人员养老金纳入社保人数,=,2300,人,2300,");
            text = Replace(text, "办公经费支出,<=,35,万元,10.75,", "办公经费支出,<=,35,万元,40,");
            File.WriteAllText(indicators, text);
            var package = PackageReader.Read(folder);
            Assert.True(package.Accounts is not null, string.Join("\n", package.Errors));

            var built = BuiltReport.Build(package.Accounts!, package.Catalogs!, "clean", profile);

            Assert.Empty(built.Findings.Where(f => f.Severity != Severity.Note).Select(f => f.ToString()));
            Assert.Contains(built.Findings, f => f.Message.EndsWith("规定的用语）", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Findings_json_names_each_message_by_its_id()
    {
        // A finding read back from a row of before the catalogue has no id, and its JSON no messageId.
        var json = FindingsJson.Node(
        [
            new AuditFinding("T-TOTAL", Severity.Error, "公开02表 合计行", "合计 12 ≠ 各类之和 10（差 2，容差 0.5×2）") { MessageId = AuditMessageId.SumDiffers },
            new AuditFinding("T-TOTAL", Severity.Error, "公开02表 合计行", "合计 12 ≠ 各类之和 10"),
        ]).AsArray();
        Assert.Equal("SumDiffers", (string?)json[0]!["messageId"]);
        Assert.Equal("合计 12 ≠ 各类之和 10（差 2，容差 0.5×2）", (string?)json[0]!["message"]);
        Assert.False(json[1]!.AsObject().ContainsKey("messageId"));

        // Every finding of a built report comes from the catalogue, and data.json says which message it is.
        var built = Build(TableSpecs.Liaoning);
        Assert.NotEmpty(built.Findings);
        var written = FindingsJson.Node(built.Findings).AsArray();
        Assert.Equal(built.Findings.Select(f => f.MessageId!.Value.ToString()), written.Select(n => (string?)n!["messageId"]));
        Assert.Contains("\"messageId\": \"", built.DataJson(), StringComparison.Ordinal);
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
