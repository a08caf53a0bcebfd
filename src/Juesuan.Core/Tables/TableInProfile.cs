namespace Juesuan.Core.Tables;

/// <summary>
/// How a template profile prints a public table: its number (公开01表, or none), the heading the report's tables
/// part puts over it (一、收入支出决算总表) and the title the table itself carries.
/// </summary>
public sealed record TableInProfile(string? Number, string Heading, string Title);
