namespace Juesuan.Tests;

/// <summary>Locates files of the repository from a test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The reference sample package.</summary>
    public static string Sample => Path("samples", "lingyuan-hrss-2024");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Juesuan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Juesuan.sln not found above " + AppContext.BaseDirectory);
    }
}
