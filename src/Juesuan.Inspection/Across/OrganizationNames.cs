using System.Text;

namespace Juesuan.Inspection.Across;

/// <summary>
/// How two printed names of one organisation are compared: without spaces, with half-width brackets as full-width
/// ones, and (for the 决算单位构成 list) without the "本级"/"机关" mark a department puts on its own office.
/// </summary>
public static class OrganizationNames
{
    /// <summary>The name as compared: spaces dropped, "()" as "（）".</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            sb.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>The name without a trailing 本级 mark ("…局（本级）", "…局本级", "…局机关"), normalized.</summary>
    public static string WithoutOwnOfficeMark(string name)
    {
        var n = Normalize(name);
        foreach (var mark in OwnOfficeMarks)
        {
            if (n.Length > mark.Length && n.EndsWith(mark, StringComparison.Ordinal))
            {
                return n[..^mark.Length];
            }
        }

        return n;
    }

    /// <summary>Whether two printed names name the same organisation (exactly, or but for the 本级 mark).</summary>
    public static bool Same(string a, string b) =>
        Normalize(a) == Normalize(b) || WithoutOwnOfficeMark(a) == WithoutOwnOfficeMark(b);

    private static readonly string[] OwnOfficeMarks = ["（本级）", "（机关本级）", "机关本级", "本级", "（机关）", "机关"];
}
