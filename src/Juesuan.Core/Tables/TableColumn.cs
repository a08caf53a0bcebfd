namespace Juesuan.Core.Tables;

/// <summary>
/// An amount column of a public table: its caption as printed in the header, the caption spanning it where the
/// header has two levels (本年支出 over 小计/基本支出/项目支出), and what it holds.
/// </summary>
public sealed record TableColumn(string Caption, string Meaning)
{
    /// <summary>The spanning caption above this one (本年支出), or null.</summary>
    public string? Group { get; init; }

    /// <summary>The column's name in findings and in what the reader reports; the caption unless set.</summary>
    public string Name { get => field ?? Caption; init; }
}
