namespace Juesuan.Synthetic.Region;

/// <summary>One department of the synthetic region: its register code, place, field, template and whether it published.</summary>
/// <param name="Index">Its position in the region (0-based); its facts and errors are drawn from the seed and this.</param>
/// <param name="Code">Its register code (6 digits: place, field).</param>
/// <param name="Place">Its county or district (望澜区), or the city for the city's own departments.</param>
/// <param name="Region">The region printed before its name (澜江省鹤汀市望澜区).</param>
/// <param name="Field">What it does.</param>
/// <param name="Profile">The template its report is written in (liaoning-2024, shanghai-2024).</param>
/// <param name="Published">False for a registered department that published nothing (未公开).</param>
public sealed record PlannedDepartment(int Index, string Code, string Place, string Region, DepartmentField Field, string Profile, bool Published)
{
    /// <summary>Its name: place + field's name (望澜区教育局).</summary>
    public string Name => Place + Field.Name;

    /// <summary>Its short name, as some reports title it (望澜区教育).</summary>
    public string ShortName => Place + Field.ShortName;

    /// <summary>The folder of its files in the region (000-望澜区教育局).</summary>
    public string Folder => $"{Index:D4}-{Name}";
}
