using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>情况说明的一段: a paragraph of the narrative as the text reader joined it, and where it begins.</summary>
internal sealed record NarrativeParagraph(string Text, PrintedPlace Place);
