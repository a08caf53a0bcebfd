namespace Juesuan.Core.Tables;

/// <summary>
/// A fixed row a table prints whatever the facts: one of the 26 expenditure 类 of 公开01/04表, or an economic
/// 类/款 of 公开06表 in its column group (1 人员经费; 2 and 3 公用经费), with its label as printed (the template
/// shortens some catalog names, e.g. 30108 机关事业单位基本养老保险).
/// </summary>
public sealed record LayoutRow(int Group, string Code, string Label);
