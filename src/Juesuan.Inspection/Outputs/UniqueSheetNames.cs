using System.Globalization;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// Sheet names Excel accepts for department names: at most 31 characters, none of []:*?/\, not beginning or ending
/// with an apostrophe, unique in the workbook ignoring case (a repeated name gets "(2)", "(3)" within the 31).
/// </summary>
public sealed class UniqueSheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public UniqueSheetNames(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>A valid name not yet given, made from <paramref name="wanted"/>.</summary>
    public string Take(string wanted)
    {
        var clean = new string(wanted.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal) && !char.IsControl(c)).ToArray()).Trim().Trim('\'');
        if (clean.Length == 0)
        {
            clean = "部门";
        }

        var name = Cut(clean, MaxLength);
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = "(" + n.ToString(CultureInfo.InvariantCulture) + ")";
            name = Cut(clean, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Cut(string s, int length)
    {
        if (s.Length <= length)
        {
            return s;
        }

        // Never half a surrogate pair (a CJK extension character).
        var end = char.IsHighSurrogate(s[length - 1]) ? length - 1 : length;
        return s[..end].TrimEnd('\'');
    }
}
