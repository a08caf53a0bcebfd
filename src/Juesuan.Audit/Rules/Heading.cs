using System.Text.RegularExpressions;

namespace Juesuan.Audit.Rules;

/// <summary>A heading's ordinal: its series ("第一部分", "一、", "（一）", "1.") and its number.</summary>
internal static partial class Heading
{
    public static (int Series, int Value)? Ordinal(string flat)
    {
        var m = OrdinalShape().Match(flat);
        for (var g = 1; m.Success && g <= 4; g++)
        {
            if (m.Groups[g].Success)
            {
                return ChineseNumber.Parse(m.Groups[g].Value) is > 0 and var value ? (g, value) : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:第([一二三四五六七八九十]{1,3})部分|([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})[、.．](?!\d))")]
    private static partial Regex OrdinalShape();
}
