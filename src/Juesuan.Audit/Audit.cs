using System.Globalization;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit;

/// <summary>How serious a finding is: an Error is a contradiction beyond rounding; a Warning needs a look; a Note is 尾差 or information.</summary>
public enum Severity
{
    Error,
    Warning,
    Note,
}

/// <summary>basic rules run always; strict ones are stricter readings; optional ones are advice.</summary>
public enum RuleTier
{
    Basic,
    Strict,
    Optional,
}

/// <summary>
/// One finding: the rule, where (table and row/行次/栏次, narrative paragraph, evaluation table and
/// indicator), the message stating the figures (its kind: <see cref="MessageId"/>), and the figures compared with the
/// difference and tolerance.
/// </summary>
public sealed record AuditFinding(string RuleId, Severity Severity, string Place, string Message)
{
    /// <summary>
    /// A finding whose message comes from the catalogue (namespace Juesuan.Audit.Messages): its text and its id. Internal, so that
    /// the positional constructor stays the one System.Text.Json uses (the inspection cache reads findings back).
    /// </summary>
    internal AuditFinding(string ruleId, Severity severity, string place, AuditMessage message)
        : this(ruleId, severity, place, message.Text) => MessageId = message.Id;

    /// <summary>说明编号: which catalogue message <see cref="Message"/> is; null for a finding read back from before the catalogue.</summary>
    public AuditMessageId? MessageId { get; init; }

    public decimal? Printed { get; init; }

    public decimal? Computed { get; init; }

    public decimal? Difference => Printed is { } p && Computed is { } c ? p - c : null;

    public decimal? Tolerance { get; init; }

    public PrintedPlace? At { get; init; }

    /// <summary>For Juesuan's own report: the line of report.txt and the page of report.pdf of <see cref="At"/>; null otherwise.</summary>
    public OutputPlace? Output { get; init; }

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}\t{RuleId}\t{Place}\t{Message}";
}

/// <summary>One audit rule: a stable id, what it checks and why; reads the report, returns findings as data.</summary>
public interface IAuditRule
{
    string Id { get; }

    RuleTier Tier { get; }

    /// <summary>What it checks (Chinese, for docs/audit-rules.md).</summary>
    string Title { get; }

    /// <summary>Why it matters.</summary>
    string Why { get; }

    IEnumerable<AuditFinding> Check(PublishedReport report);
}

/// <summary>Runs every rule; a rule that crashes becomes an internal-error finding and the others go on.</summary>
public static class Auditor
{
    public static IReadOnlyList<IAuditRule> Rules { get; } = typeof(Auditor).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAuditRule).IsAssignableFrom(t))
        .Select(t => (IAuditRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    /// <param name="ct">checked between rules</param>
    public static IReadOnlyList<AuditFinding> Run(PublishedReport report, IEnumerable<IAuditRule>? rules = null, CancellationToken ct = default)
    {
        var findings = new List<AuditFinding>();
        foreach (var rule in rules ?? Rules)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                // One statement printing its figure twice ("…（项）”545.84 万元…支出决算为 545.84 万元") is one finding, not two.
                var seen = new HashSet<(Severity, string, string)>();
                findings.AddRange(rule.Check(report).Where(f => seen.Add((f.Severity, f.Place, f.Message))));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                findings.Add(new AuditFinding("INTERNAL", Severity.Error, rule.Id, GeneralMessages.RuleCrashed(rule.Id, ex.GetType().Name, ex.Message)));
            }
        }

        return findings;
    }
}

/// <summary>
/// Rounding tolerance, modelled: a sum of n figures printed at precision p may differ from its printed
/// total by at most n × p/2. Inside it is 尾差 (a Note), outside an Error.
/// </summary>
public static class Tolerance
{
    public static decimal OfSum(int n, decimal precision) => n * precision / 2m;

    public static string Format(decimal d) => d.ToString("#,##0.####", CultureInfo.InvariantCulture);

    /// <summary>Compares a printed total with the sum of its printed parts; nothing when they agree exactly.</summary>
    public static AuditFinding? Sum(string ruleId, string place, string what, PrintedNumber? total, IReadOnlyList<PrintedNumber?> parts, string partsName)
    {
        var present = parts.Where(p => p is not null).Select(p => p!).ToList();
        var printed = total?.Value ?? 0m;
        var computed = present.Sum(p => p.Value);
        if (printed == computed)
        {
            return null;
        }

        var precision = present.Select(p => p.Precision).Append(total?.Precision ?? 0m).DefaultIfEmpty(1m).Max();
        var tolerance = OfSum(Math.Max(1, present.Count), precision);
        var diff = printed - computed;
        var inside = Math.Abs(diff) <= tolerance;
        var message = inside
            ? GeneralMessages.SumWithinRounding(what, printed, partsName, computed, precision / 2m, present.Count)
            : GeneralMessages.SumDiffers(what, printed, partsName, computed, precision / 2m, present.Count);
        return new AuditFinding(ruleId, inside ? Severity.Note : Severity.Error, place, message)
        {
            Printed = printed,
            Computed = computed,
            Tolerance = tolerance,
            At = total?.Place ?? present.FirstOrDefault()?.Place,
        };
    }

    /// <summary>
    /// The same figure printed in two places: at one precision the two must be equal — one unit apart is a warning marked
    /// 尾差 (the two places rounded or summed differently), more is an error; at two precisions the coarser must be the
    /// finer rounded. Null when they agree.
    /// </summary>
    public static Severity? SameFigure(PrintedNumber a, PrintedNumber b)
    {
        var diff = Math.Abs(a.Value - b.Value);
        if (a.Precision == b.Precision)
        {
            return diff == 0m ? null : diff <= a.Precision ? Severity.Warning : Severity.Error;
        }

        return diff <= (a.Precision / 2m) + (b.Precision / 2m) ? null : Severity.Error;
    }

    /// <summary>The interval a ratio a ÷ b × 100 can take when a and b are printed at their precisions.</summary>
    public static (decimal Low, decimal High)? RatioRange(PrintedNumber a, PrintedNumber b)
    {
        var aLow = a.Value - (a.Precision / 2m);
        var aHigh = a.Value + (a.Precision / 2m);
        var bLow = b.Value - (b.Precision / 2m);
        var bHigh = b.Value + (b.Precision / 2m);
        // (a ratio past a million times is no rate a form prints; hostile figures must not overflow the quotient)
        if (bLow <= 0m || Math.Abs(aHigh) / 1_000_000m > bLow)
        {
            return null;
        }

        return (Math.Max(0m, aLow) / bHigh * 100m, aHigh / bLow * 100m);
    }
}
