using Juesuan.Tests;

namespace Juesuan.Cli.Tests;

/// <summary>check --rules / --tier / --min-severity choose what is audited and what is listed.</summary>
public sealed class CheckSelectionTests
{
    /// <summary>The reference report: its known errors are N-BLANK, N-COMPLETION and P-NARRATIVE ×2 (KNOWN-DISCREPANCIES).</summary>
    private static readonly string Reference = Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt");

    private static (int Code, string[] Findings, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Commands.Run(args, stdout, stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("error\t", StringComparison.Ordinal) || l.StartsWith("warning\t", StringComparison.Ordinal) || l.StartsWith("note\t", StringComparison.Ordinal)).ToArray();
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public void Rules_names_the_rules_that_run()
    {
        var (code, findings, _) = Run("check", Reference, "--rules", "N-BLANK,n-completion");
        Assert.Equal(1, code);
        Assert.Equal(["N-BLANK", "N-COMPLETION"], findings.Select(f => f.Split('\t')[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_rule_is_named_and_nothing_runs()
    {
        var (code, findings, err) = Run("check", Reference, "--rules", "N-YOY,X-NONE");
        Assert.Equal(2, code);
        Assert.Empty(findings);
        Assert.Contains("「X-NONE」不是已有的规则编号", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_severity_leaves_out_what_is_below_it()
    {
        var (code, findings, _) = Run("check", Reference, "--min-severity", "warning");
        Assert.Equal(1, code);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.False(f.StartsWith("note\t", StringComparison.Ordinal), f));
        Assert.Contains(findings, f => f.StartsWith("warning\t", StringComparison.Ordinal));
        Assert.Equal(2, Run("check", Reference, "--min-severity", "loud").Code);
    }

    [Fact]
    public void Tier_basic_leaves_out_the_strict_rules()
    {
        var all = Run("check", Reference).Findings.Select(f => f.Split('\t')[1]).ToHashSet();
        var basic = Run("check", Reference, "--tier", "basic").Findings.Select(f => f.Split('\t')[1]).ToHashSet();
        Assert.Contains("N-COMPLETION", all); // a strict rule: the overall completion against the per-项 ones
        Assert.DoesNotContain("N-COMPLETION", basic);
        Assert.Contains("N-BLANK", basic);
    }
}
