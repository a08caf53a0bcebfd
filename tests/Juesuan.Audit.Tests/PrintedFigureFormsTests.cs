using System.Text.RegularExpressions;
using Juesuan.Readers.Published;
using Juesuan.Tests;

namespace Juesuan.Audit.Tests;

/// <summary>
/// The forms fonts and text layers give figures — "7，943" with a full-width separator, "７９４３．１０" in full-width
/// digits — are read as the figures they are: the reference so printed gives exactly the reference's findings.
/// </summary>
public sealed partial class PrintedFigureFormsTests
{
    private static readonly string Reference = File.ReadAllText(Path.Combine(Repo.Root, "..", "shared", "reports", "lingyuan-hrss-2024.txt"));

    private static List<string> Findings(string text) =>
        Auditor.Run(TextReportReader.Read(text, "reference.txt")).Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Full_width_separators_and_digits_change_nothing()
    {
        var expected = Findings(Reference);
        var separators = Thousands().Replace(Reference, "$1，$2");
        Assert.NotEqual(Reference, separators);
        Assert.Equal(expected, Findings(separators));

        var digits = string.Concat(separators.Select(c => c switch { >= '0' and <= '9' => (char)('０' + (c - '0')), '.' => '．', _ => c }));
        Assert.Equal(expected, Findings(digits));
    }

    [GeneratedRegex(@"(\d),(\d{3})")]
    private static partial Regex Thousands();
}
