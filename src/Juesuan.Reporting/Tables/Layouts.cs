using Juesuan.Core.Model;

namespace Juesuan.Reporting.Tables;

/// <summary>
/// Fixed text of the report kept as data (Layouts/*.csv): the glossary's terms per profile. The tables' fixed
/// rows are part of their specification (Juesuan.Core.Tables.TableSpec.Layout).
/// </summary>
public static class Layouts
{
    /// <summary>The fixed 名词解释 terms of a profile (term, definition), in order.</summary>
    public static IReadOnlyList<(string Term, string Definition)> GlossaryTerms(string name) =>
        Load(name + ".csv").Select(r => (r[0], r[1])).ToList();

    private static IEnumerable<string[]> Load(string name)
    {
        using var stream = typeof(Layouts).Assembly.GetManifestResourceStream("Juesuan.Layouts." + name)
            ?? throw new InvalidOperationException($"layout {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return CsvText.Parse(reader.ReadToEnd()).Skip(1).Select(r => r.Fields).ToList();
    }
}

/// <summary>Chinese ordinal numerals for row labels: 一、二、… 二十六、.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int n)
    {
        if (n is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(n));
        }

        if (n < 10)
        {
            return Digits[n];
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens]) + "十" + (ones == 0 ? string.Empty : Digits[ones]);
    }
}
