using System.Globalization;

namespace Juesuan.Audit.Rules;

/// <summary>A count as printed: 内设机构 "设立两个", a heading's "二十三、".</summary>
internal static class ChineseNumber
{
    /// <summary>Arabic digits, or Chinese numerals up to 99 (一, 两, 十二, 二十三).</summary>
    public static int? Parse(string s)
    {
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string Digits = "零一二三四五六七八九";
        int Digit(char c) => c == '两' ? 2 : Digits.IndexOf(c, StringComparison.Ordinal);
        return s switch
        {
            [var d] when Digit(d) > 0 => Digit(d),
            "十" => 10,
            ['十', var d] when Digit(d) > 0 => 10 + Digit(d),
            [var t, '十'] when Digit(t) > 1 => Digit(t) * 10,
            [var t, '十', var d] when Digit(t) > 1 && Digit(d) > 0 => (Digit(t) * 10) + Digit(d),
            _ => null,
        };
    }
}
