namespace Juesuan.Core.Tables;

/// <summary>
/// An amount column of a public table (栏目): its caption as printed in the header, the caption spanning it where the
/// header has two levels (本年支出 over 小计/基本支出/项目支出), what it holds, which facts it adds up and which
/// total column it is a part of.
/// </summary>
public sealed record TableColumn(string Caption, string Meaning)
{
    /// <summary>The spanning caption above this one (本年支出), or null.</summary>
    public string? Group { get; init; }

    /// <summary>The column's name in findings and in what the reader reports; the caption unless set.</summary>
    public string Name { get => field ?? Caption; init; }

    /// <summary>The facts the column adds up (取数口径); the builders compute its figures from them.</summary>
    public ColumnFacts? Facts { get; init; }

    /// <summary>
    /// The <see cref="Name"/> of the total column of the same table this column is a part of (基本支出 is a part of
    /// 小计): in every row the total equals the sum of its parts (rule T-COLUMNS), or null.
    /// </summary>
    public string? PartOf { get; init; }
}
