using System.Text.RegularExpressions;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>文字表述句式 (大于、持平、增加…): one named way a sentence states a relation or direction in words, with an example as printed.</summary>
internal sealed record WordPattern(string Name, Regex Regex, WordKind Kind, string Example);
