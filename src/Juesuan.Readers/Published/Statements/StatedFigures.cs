using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>文中数字: finds <see cref="StatedFigure"/>s in normalised sentence text.</summary>
internal static partial class StatedFigures
{
    /// <summary>
    /// Full-width digits, points and percent signs as ASCII; thousands separators (",", "，") between digits removed;
    /// control characters dropped. Reports print all of these, and PdfPig extracts some fonts' separator as "，".
    /// </summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '％' => '%',
                ';' => '；', // a half-width semicolon ends a clause as the full-width one does
                '－' => '-',
                _ when char.IsControl(c) => '\0',
                _ => c,
            });
        }

        var s = sb.Replace("\0", string.Empty).ToString();
        s = FullWidthPoint().Replace(s, ".");
        s = StrayComma().Replace(s, "占"); // "占,88.19%": a comma typed between 占 and its figure
        return Thousands().Replace(s, string.Empty);
    }

    /// <summary>
    /// Full-width digits, the full-width point between digits and the full-width percent sign as ASCII, nothing
    /// else: a document's whole text passes through this before its tables and narrative are read.
    /// </summary>
    public static string AsciiDigits(string text)
    {
        if (!text.Any(c => c is (>= '０' and <= '９') or '％' or '．'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '％' => '%',
                _ => chars[i],
            };
        }

        return FullWidthPoint().Replace(new string(chars), ".");
    }

    public static IReadOnlyList<StatedFigure> In(string sentence)
    {
        var found = new List<StatedFigure>();
        foreach (Match m in Figure().Matches(sentence))
        {
            var unit = m.Groups["unit"].Value;
            var after = sentence[(m.Index + m.Length)..];
            var before = sentence[..m.Index];

            // A threshold, not a figure: 单价100万元（含）以上, 50万元以上, 5万元以下.
            if (Threshold().IsMatch(after) || before.EndsWith('第') || before.EndsWith('单') || before.EndsWith('价'))
            {
                continue;
            }

            if (unit == "个" && after.StartsWith('月'))
            {
                continue; // 3个月: a duration
            }

            if (unit == "万" && after.StartsWith('元'))
            {
                continue; // matched as 万元 already
            }

            var number = m.Groups["num"].Value;
            if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var dot = number.IndexOf('.', StringComparison.Ordinal);
            var precision = 1m;
            for (var i = 0; dot >= 0 && i < number.Length - dot - 1 && i < 10; i++)
            {
                precision /= 10m;
            }

            unit = unit switch
            {
                "万" => "万元",
                // "台" alone stays: some counties count cars in 台, and a car is no 台（套） of equipment.
                "套" or "台(套)" => "台（套）",
                _ => unit,
            };
            found.Add(new StatedFigure(m.Index, m.Index + m.Length, m.Value, value, precision, unit) { NumberText = number });
        }

        return WithListedUnits(sentence, found);
    }

    /// <summary>
    /// "收、支总计各是4125.49，4143.91万元", "分别为12.50、13.80万元": a bare figure with decimals listed just before a money
    /// figure takes its unit.
    /// </summary>
    private static List<StatedFigure> WithListedUnits(string sentence, List<StatedFigure> found)
    {
        List<StatedFigure>? listed = null;
        foreach (var f in found.Where(f => f.IsMoney))
        {
            // The 40 characters before the figure hold any listed number (at most 22 characters and its separator).
            var from = Math.Max(0, f.Start - 40);
            if (ListedBefore().Match(sentence, from, f.Start - from) is { Success: true } m
                && PrintedNumber.TryParse(m.Groups["num"].Value, new PrintedPlace(null, null)) is { } number)
            {
                (listed ??= []).Add(new StatedFigure(m.Index, m.Index + number.Text.Length, number.Text + f.Unit, number.Value, number.Precision, f.Unit) { NumberText = number.Text });
            }
        }

        return listed is null ? found : [.. found.Concat(listed).OrderBy(f => f.Start)];
    }

    [GeneratedRegex(@"(?<![\d.])(?<num>-?\d{1,15}(?:\.\d{1,6})?)(?:(?<unit>万元|亿元|元|%)|(?<unit>个百分点|人次|批次|台（套）|台\(套\)|辆|个|台|套|分|万)(?![\d]))")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?<![\d.])(?<num>\d{1,15}\.\d{1,6})[，,、]$")]
    private static partial Regex ListedBefore();

    [GeneratedRegex(@"^(（含）|\(含\))?(以上|以下|及以上)")]
    private static partial Regex Threshold();

    [GeneratedRegex(@"(?<=\d)．(?=\d)")]
    private static partial Regex FullWidthPoint();

    /// <summary>A thousands separator: a comma between digits with exactly three digits after it.</summary>
    /// Not after a decimal fraction: "1267.86，257.97万元" lists two figures.
    [GeneratedRegex(@"(?<!\.\d+)(?<=\d)[,，](?=\d{3}(?!\d))")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"占[，,](?=\d)")]
    private static partial Regex StrayComma();
}
