using Juesuan.Audit;
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

        // The findings are the audit of that text read back, and differ from the Liaoning document's.
        var reread = TextReportReader.Read(built.Text(), "sample", built.Catalogs);
        Assert.Equal(Auditor.Run(reread).Select(f => f.ToString()), built.Findings.Select(f => f.ToString()));
        var liaoning = Build(TableSpecs.Liaoning);
        Assert.NotEqual(liaoning.Findings.Select(f => f.ToString()), built.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void The_liaoning_profile_audits_the_liaoning_document()
    {
        var built = Build(TableSpecs.Liaoning);

        Assert.Equal("公开07表", built.Published.Table(PublicTable.ThreePublic)!.Number);
        Assert.Equal(Auditor.Run(TextReportReader.Read(built.Text(), "sample", built.Catalogs)).Select(f => f.ToString()),
            built.Findings.Select(f => f.ToString()));
        Assert.Equal(0, built.ErrorCount);
    }
}
