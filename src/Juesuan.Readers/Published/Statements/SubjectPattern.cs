using System.Text.RegularExpressions;

namespace Juesuan.Readers.Published.Statements;

/// <summary>
/// 主语句式: one named way reports name a subject, with an example as printed. The catalogue is in
/// <see cref="SubjectPatterns.All"/>; the longest mention wins where two overlap.
/// </summary>
internal sealed record SubjectPattern(string Name, Regex Regex, Func<Match, SubjectContext, string?> Key, string Example);
