namespace Juesuan.Cli;

/// <summary>
/// Output written into a temporary folder beside its target and moved into place only when everything was
/// written: a failed build leaves the target as it was. Files of the target that the output does not
/// replace are kept.
/// </summary>
internal sealed class StagedFolder : IDisposable
{
    private readonly string _target;

    private StagedFolder(string target, string path)
    {
        _target = target;
        Path = path;
    }

    /// <summary>The temporary folder to write into.</summary>
    public string Path { get; }

    /// <summary>A new temporary folder beside <paramref name="target"/> (same file system, so moving is renaming).</summary>
    public static StagedFolder Beside(string target)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(target));
        var parent = System.IO.Path.GetDirectoryName(full) ?? full;
        Directory.CreateDirectory(parent);
        var temp = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.juesuan-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        return new StagedFolder(full, temp);
    }

    /// <summary>Moves what was written into the target: the whole folder when the target does not exist, else file by file.</summary>
    public void Commit()
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(Path, _target);
            return;
        }

        var files = Directory.GetFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => (From: f, To: System.IO.Path.Combine(_target, System.IO.Path.GetRelativePath(Path, f))))
            .ToList();
        // Refuse before moving anything, so a clash cannot leave the target half replaced.
        foreach (var (_, to) in files)
        {
            if (Directory.Exists(to))
            {
                throw new IOException($"「{to}」是已存在的文件夹，无法以同名文件替换");
            }
        }

        foreach (var (from, to) in files)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Move(from, to, overwrite: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
