namespace Juesuan.Storage;

/// <summary>A piece of a search result's passage: plain text, or a word searched for (<see cref="Hit"/>) as the report prints it.</summary>
public sealed record PassagePart(string Text, bool Hit);
