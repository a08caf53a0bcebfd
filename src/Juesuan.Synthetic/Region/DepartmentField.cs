namespace Juesuan.Synthetic.Region;

/// <summary>
/// 部门的领域 (a department's field): what it is called, the institutions it may have, and the 功能分类 项 its
/// money is spent under — real codes of the 2024 catalog.
/// </summary>
/// <param name="Field">The field in a word (教育, 卫生健康 …).</param>
/// <param name="Name">The department's name without its place (教育局).</param>
/// <param name="ShortName">A short name it is also published under (教育).</param>
/// <param name="Duties">Its 主要职责, one sentence each.</param>
/// <param name="Units">The institutions it may have (本级 is always there and not listed).</param>
/// <param name="AdminItem">The 行政运行 项 of 本级.</param>
/// <param name="ProjectItems">The 项 its projects use.</param>
/// <param name="ProjectNames">Names of its projects.</param>
public sealed record DepartmentField(
    string Field,
    string Name,
    string ShortName,
    IReadOnlyList<string> Duties,
    IReadOnlyList<FieldUnit> Units,
    string AdminItem,
    IReadOnlyList<string> ProjectItems,
    IReadOnlyList<string> ProjectNames);
