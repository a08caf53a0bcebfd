namespace Juesuan.Cli;

/// <summary>A file written beside its target under a temporary name and renamed over it only when complete.</summary>
internal static class StagedFile
{
    public static void Write(string target, Action<Stream> write)
    {
        var full = Path.GetFullPath(target);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.juesuan-{Guid.NewGuid():N}");
        try
        {
            using (var stream = File.Create(temp))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
