using System.Text.RegularExpressions;

namespace Juesuan.Readers.Published.Statements;

/// <summary>
/// 口径句式: one named measure pattern: a regular expression over the words before a figure (up to it), the units it
/// applies to, and an example as reports print it.
/// </summary>
internal sealed record MeasurePattern(string Name, Regex Cue, Func<StatedFigure, bool> Applies, Func<Match, StatedFigure, MeasureReading> Read, string Example);
