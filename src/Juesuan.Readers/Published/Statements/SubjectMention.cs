using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>主语 (the subject named): where a sentence names a subject, and which (a <see cref="NarrativeItems"/> key).</summary>
internal sealed record SubjectMention(int Start, int End, string Key, string Pattern);
