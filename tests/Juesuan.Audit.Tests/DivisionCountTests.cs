using Juesuan.Readers.Published;

namespace Juesuan.Audit.Tests;

/// <summary>N-DIVISIONS: "设立 N 个内设机构，分别是……" names as many as it counts (sentence shapes of real 概况).</summary>
public sealed class DivisionCountTests
{
    private static List<AuditFinding> Found(string sentence) =>
        [.. Auditor.Run(TextReportReader.Read("第一部分 部门概况\n" + sentence + "\n", "概况.txt")).Where(f => f.RuleId == "N-DIVISIONS")];

    [Theory]
    [InlineData("本单位设立5个内设机构，分别是采购股、工程股、产权股（土地股）、中介股及综合股等五个业务部门。")]
    [InlineData("内设机构4个：办公室、人事处、执法一队、执法二队。")]
    [InlineData("本局设立3个内设机构，分别是：“一室两科”，办公室、审批改革科、审批业务科。")]
    [InlineData("本局设立2个内设机构，分别是：办公室、财务及审计科。")]
    public void A_count_that_matches_its_list_is_silent(string sentence) => Assert.Empty(Found(sentence));

    [Fact]
    public void A_count_that_its_list_contradicts_is_found()
    {
        var f = Assert.Single(Found("内设机构5个：办公室、人事处、执法一队、执法二队。"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(5m, f.Printed);
        Assert.Equal(4m, f.Computed);
    }

    [Fact]
    public void A_count_of_科室_is_read_as_one_of_内设机构()
    {
        // A county office's 概况: "内设科室11个" above ten names.
        var f = Assert.Single(Found("内设科室11个：办公室、人事股、财务股、法规股、就业股、社保股、劳动关系股、职业能力建设股、信访股、监察股。"));
        Assert.Equal(11m, f.Printed);
        Assert.Equal(10m, f.Computed);
        Assert.Empty(Found("内设科室10个：办公室、人事股、财务股、法规股、就业股、社保股、劳动关系股、职业能力建设股、信访股、监察股。"));
        Assert.Single(Found("本局设有3个职能科室，分别为办公室、财务股。"));
    }

    [Fact]
    public void A_summary_that_contradicts_the_count_is_found()
    {
        // "一室两科" is 1 + 2 = 3 whatever the count before it says.
        var f = Assert.Single(Found("本局设立1个内设机构，分别是：“一室两科”，办公室、审批改革科、审批业务科。"));
        Assert.Equal(1m, f.Printed);
        Assert.Equal(3m, f.Computed);
    }
}
