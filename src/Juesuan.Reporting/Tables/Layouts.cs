using Juesuan.Core.Model;

namespace Juesuan.Reporting.Tables;

/// <summary>
/// Fixed row lists of the 2024 tables, kept as data (Layouts/*.csv): the 26 expenditure 类 of
/// 公开01/04表 and the economic 款 rows of 公开06表 with their labels as printed (the template
/// shortens some catalog names, e.g. 30108 机关事业单位基本养老保险).
/// </summary>
public static class Layouts
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Label)>> Classes = new(() =>
        Load("expenditure-classes-2024.csv").Select(r => (r[0], r[1])).ToList());

    private static readonly Lazy<IReadOnlyList<(int Group, string Code, string Label)>> Gk06 = new(() =>
        Load("gk06-groups-2024.csv").Select(r => (int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r[1], r[2])).ToList());

    /// <summary>The fixed 名词解释 terms of a profile (term, definition), in order.</summary>
    public static IReadOnlyList<(string Term, string Definition)> GlossaryTerms(string name) =>
        Load(name + ".csv").Select(r => (r[0], r[1])).ToList();

    /// <summary>The 26 支出功能分类 类 printed in 公开01表 and 公开04表, in order.</summary>
    public static IReadOnlyList<(string Code, string Label)> ExpenditureClasses => Classes.Value;

    /// <summary>The three column groups of 公开06表 (1 人员经费; 2 and 3 公用经费).</summary>
    public static IReadOnlyList<(int Group, string Code, string Label)> Gk06Groups => Gk06.Value;

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
