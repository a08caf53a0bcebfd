using Juesuan.Publishing;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>
/// The audit of the reference finds each discrepancy of samples/lingyuan-hrss-2024/KNOWN-DISCREPANCIES.md
/// that a reader of the printed figures can establish, and no error besides; the sample package built by
/// Juesuan has no error. Expected findings written by hand.
/// </summary>
public sealed class ReferenceFindingsTests
{
    private static readonly Lazy<IReadOnlyList<AuditFinding>> Reference = new(() =>
        Auditor.Run(PublishedReportReader.Read(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt"))));

    [Theory]
    [InlineData("D1", "N-COMPLETION", Severity.Error, "财政拨款支出完成年初预算的 266.77%")]
    [InlineData("D2", "N-NOBUDGET", Severity.Warning, "2080705 公益性岗位补贴 决算数 1,193.01 万元却“完成年初预算的0%”")]
    [InlineData("D2", "N-NOBUDGET", Severity.Warning, "2080799 其他就业补助支出 决算数 2,136.14 万元")]
    [InlineData("D2", "N-NOBUDGET", Severity.Warning, "2089999 其他社会保障和就业支出 决算数 0.98 万元")]
    [InlineData("D2", "N-NOBUDGET", Severity.Warning, "2230105 国有企业退休人员社会化管理补助支出 决算数 29.77 万元")]
    [InlineData("D3", "N-NOBUDGET", Severity.Note, "因公出国（境）费 预算数与决算数均为 0")]
    [InlineData("D3", "N-NOBUDGET", Severity.Note, "公务接待费 预算数与决算数均为 0")]
    [InlineData("D4", "N-SHARE", Severity.Warning, "政府采购 中小企业 占政府采购支出总额的 0.00%，但政府采购支出总额为 0")]
    [InlineData("D5", "N-BLANK", Severity.Error, "政府性基金预算资金 没有填写金额")]
    [InlineData("D6", "P-NARRATIVE", Severity.Error, "「企业职工养老保险统筹外代发」预算数 200 ≠ 附件 789.14")]
    [InlineData("D6", "P-NARRATIVE", Severity.Error, "「社保办公经费」预算数 10 ≠ 附件 10.67")]
    [InlineData("D7", "P-EXECUTION", Severity.Note, "执行率 85.09% 与 9.08 ÷ 10.67 = 85.1%")]
    [InlineData("D9", "P-NARRATIVE", Severity.Note, "涉及资金（各项目执行数之和） 6478.42 与 附件 6478.36")]
    [InlineData("D10", "P-MET", Severity.Warning, "完成值 10.75 已达到，得分却为 3.3（分值 8.3）")]
    [InlineData("D11", "P-ACTUAL", Severity.Warning, "指标值 = 2300人，完成值 100，得分却为满分 6.6")]
    [InlineData("D12", "P-CONSISTENT", Severity.Note, "完成值 1，而其他 4 个单位同一指标（<= 5%）均为 5")]
    [InlineData("W1", "C-TOC", Severity.Warning, "目录「九、国有资本经营预算财政拨款支出决算表」与正文「国有资本经营预算财政拨款收入支出决算表」")]
    // The 目录 names the department where the body's heading says 部门 or leaves it out: one heading, worded apart (a note).
    [InlineData("W2", "C-TOC", Severity.Note, "目录「二、辽宁省朝阳市凌源市人力资源和社会保障局决算单位构成」与正文「二、部门决算单位构成」")]
    [InlineData("W2", "C-TOC", Severity.Note, "与正文「第二部分 2024 年度部门决算情况说明」")]
    [InlineData("W3", "W-TERMS", Severity.Note, "「公务用车购置及运行维护费」（第1页 第197行）与「公务用车购置及运行费」")]
    [InlineData("W4", "W-TERMS", Severity.Note, "「国有资本经营预算财政拨款」（第1页 第47行）与「国有资本经营财政拨款」（第1页 第511行）")]
    [InlineData("W5", "P-NAMES", Severity.Note, "说明称「工伤5至6级伤残津贴」，附件自评表标题为「工伤5-6级人员伤残津贴」")]
    [InlineData("W5", "P-NAMES", Severity.Note, "说明称「机关事业办公经费」，附件自评表标题为「办公经费」")]
    [InlineData("W5", "P-NAMES", Severity.Note, "说明称「社保办公经费」，附件自评表标题为「办公经费」")]
    [InlineData("W6", "P-UNIT", Severity.Warning, "实施单位「凌源市人力资源和社会保障局事务服务中心」不在概况所列单位中（最接近的是「辽宁省朝阳市凌源市人力资源和社会保障事务服务中心」）")]
    [InlineData("W7", "N-COUNT", Severity.Note, "列举 12 个项目，却称“等 13 个项目”；附件有 13 张项目自评表")]
    [InlineData("W8", "N-PRECISION", Severity.Note, "「25%」的精度与其他")]
    [InlineData("尾差", "T06-CLASSES", Severity.Note, "301 工资福利支出 1,248 与 各款之和 1,249")]
    [InlineData("尾差", "T-LEVELS", Severity.Note, "20801 人力资源和社会保障管理事务 3,828 与 各项之和 3,829")]
    public void Each_known_discrepancy_is_found(string discrepancy, string rule, Severity severity, string message)
    {
        Assert.True(Reference.Value.Any(f => f.RuleId == rule && f.Severity == severity && f.Message.Contains(message, StringComparison.Ordinal)),
            $"{discrepancy}: no {severity} {rule} containing 「{message}」 among\n" + string.Join("\n", Reference.Value.Where(f => f.RuleId == rule)));
    }

    [Fact]
    public void The_reference_has_no_error_beyond_the_known_ones()
    {
        var errors = Reference.Value.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["N-BLANK", "N-COMPLETION", "P-NARRATIVE", "P-NARRATIVE"], errors);
    }

    [Fact]
    public void The_sample_package_built_by_juesuan_has_no_error()
    {
        var r = PackageReader.Read(Repo.Sample);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        var findings = Auditor.Run(BuiltReport.ReportOfPackage(r.Accounts!, r.Catalogs!, "sample"));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        // What remains: the reference style's 0% and 0.00% of zero totals, and the evaluators' scores as printed
        // (P-MET is D10, P-ACTUAL is D11 of KNOWN-DISCREPANCIES: the sample keeps the annex as published), and the
        // 人员经费/公用经费 lists the department wrote, which name items 06表 leaves blank (N-CONTENT, W9) — warnings; 尾差 notes.
        Assert.All(findings.Where(f => f.Severity == Severity.Warning), f => Assert.True(f.RuleId is "N-NOBUDGET" or "N-SHARE" or "P-MET" or "P-ACTUAL" or "N-CONTENT", f.ToString()));
    }

    [Fact]
    public void Every_shared_report_is_read_and_audited_without_a_crash()
    {
        var folder = Path.Combine(Repo.Root, "..", "shared", "reports");
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var report = PublishedReportReader.Read(file);
            Assert.True(report.Tables.Count >= 9, $"{Path.GetFileName(file)}: {report.Tables.Count} tables");
            Assert.DoesNotContain(Auditor.Run(report), f => f.RuleId == "INTERNAL");
        }
    }

    [Fact]
    public void Broken_files_give_a_clear_error_never_a_crash()
    {
        var dir = Path.Combine(Path.GetTempPath(), "juesuan-broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var pdf = File.ReadAllBytes(Path.Combine(Repo.Root, "..", "shared", "reports", "putuo-social-work-2024.pdf"));
            File.WriteAllBytes(Path.Combine(dir, "cut.pdf"), pdf[..(pdf.Length / 3)]);
            File.WriteAllBytes(Path.Combine(dir, "noise.pdf"), [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 251))]);
            File.WriteAllText(Path.Combine(dir, "empty.txt"), string.Empty);
            File.WriteAllText(Path.Combine(dir, "report.doc"), "x");
            foreach (var f in Directory.GetFiles(dir))
            {
                var ex = Record.Exception(() => PublishedReportReader.Read(f));
                Assert.True(ex is null or PublishedReadException, $"{Path.GetFileName(f)}: {ex}");
            }

            var text = File.ReadAllText(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt"));
            // A page cut in the middle of 公开05表: what is there is read, the rest is said to be beyond the cut.
            var cut = TextReportReader.Read(text[..(text.IndexOf("公开 05 表", StringComparison.Ordinal) + 400)], "cut.txt");
            Assert.Equal(5, cut.Tables.Count);
            Assert.True(cut.Tables[^1].Truncated);
            var findings = Auditor.Run(cut);
            // The text stops inside 05表 with the 目录's last parts never reached: it is cut off, so the tables after the cut
            // are one note, not errors.
            Assert.DoesNotContain(findings, f => f.RuleId is "C-TABLES" or "C-SECTIONS" && f.Severity == Severity.Error);
            var note = Assert.Single(findings, f => f.RuleId == "C-TABLES");
            Assert.Contains("中途截断", note.Message, StringComparison.Ordinal);
            Assert.Contains("一般公共预算财政拨款基本支出决算表", note.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
