namespace Juesuan.Readers.Published;

/// <summary>报告无法读取: a published report could not be read at all (not a report, unreadable file); the message names the file.</summary>
public sealed class PublishedReadException(string message, Exception? inner = null) : Exception(message, inner);
