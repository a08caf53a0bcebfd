namespace Juesuan.Cli;

/// <summary>A file written beside its target under a temporary name and renamed over it only when complete.</summary>
internal static class StagedFile
{
    public static void Write(string target, Action<Stream> write)
    {
        var full = Path.GetFullPath(target);

        // "--out /dev/null", "--out /dev/stdout": a device is written to, never renamed over (that replaced /dev/null with a
        // plain file, and every later "> /dev/null" of every user failed).
        if (!OperatingSystem.IsWindows() && full.StartsWith("/dev/", StringComparison.Ordinal))
        {
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
            write(device);
            return;
        }

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
