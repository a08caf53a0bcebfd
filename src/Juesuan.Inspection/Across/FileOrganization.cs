namespace Juesuan.Inspection.Across;

/// <summary>
/// Whom a file speaks for, as the checks across reports group files: its register entry when it was matched to one
/// (the key is the entry's code), else the department name it prints (the key is that name, normalized).
/// </summary>
/// <param name="Key">"code:…" or "name:…": equal keys are one organisation.</param>
/// <param name="Names">The names it goes by: the entry's name and aliases, or the printed name.</param>
public sealed record FileOrganization(string Key, string Name, RegisterEntry? Entry, IReadOnlyList<string> Names)
{
    /// <summary>Whether <paramref name="printed"/> (a name in a 决算单位构成 list) names this organisation.</summary>
    public bool IsNamed(string printed) => Names.Any(n => OrganizationNames.Same(n, printed));

    /// <summary>The organisation of a file, or null when it is matched to no entry and prints no name.</summary>
    public static FileOrganization? Of(InspectedFile file, IReadOnlyDictionary<string, RegisterMatch> matches)
    {
        if (matches.TryGetValue(file.RelativePath, out var match) && match.Entry is { } entry)
        {
            return new FileOrganization("code:" + entry.Code, entry.Name, entry, [entry.Name, .. entry.Aliases]);
        }

        if (string.IsNullOrWhiteSpace(file.DepartmentName))
        {
            return null;
        }

        return new FileOrganization("name:" + OrganizationNames.Normalize(file.DepartmentName), file.DepartmentName.Trim(), null, [file.DepartmentName]);
    }
}
