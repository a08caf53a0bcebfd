namespace Juesuan.Tests;

/// <summary>
/// A docs page section between BEGIN/END markers that is generated from code: the test compares it, and
/// with JUESUAN_REGENERATE_DOCS=1 rewrites it.
/// </summary>
internal static class GeneratedDocSection
{
    // Tests run in parallel and several sections share a page: each read-modify-write holds the lock, or one rewrite tears another.
    private static readonly Lock Rewriting = new();

    /// <summary>Returns (current, generated) for the caller to compare.</summary>
    public static (string Current, string Generated) Check(string path, string beginMarker, string endMarker, string generated)
    {
        lock (Rewriting)
        {
            return CheckLocked(path, beginMarker, endMarker, generated);
        }
    }

    private static (string Current, string Generated) CheckLocked(string path, string beginMarker, string endMarker, string generated)
    {
        var doc = File.ReadAllText(path);
        var begin = doc.IndexOf(beginMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(endMarker, StringComparison.Ordinal);
        if (begin < 0 || end <= begin)
        {
            throw new InvalidOperationException($"markers {beginMarker} … {endMarker} missing in {path}");
        }

        var current = doc[begin..(end + endMarker.Length)];
        if (current != generated && Environment.GetEnvironmentVariable("JUESUAN_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..begin] + generated + doc[(end + endMarker.Length)..]);
            current = generated;
        }

        return (current, generated);
    }
}
