using Juesuan.Tests;

namespace Juesuan.Core.Tests;

/// <summary>Juesuan.Core is model and computation only: no packages, no file, network or console I/O.</summary>
public sealed class CoreHasNoIoTests
{
    [Fact]
    public void Core_references_no_package()
    {
        var project = File.ReadAllText(Repo.Path("src", "Juesuan.Core", "Juesuan.Core.csproj"));
        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_source_does_no_io()
    {
        string[] forbidden = ["File.", "Directory.", "FileStream", "FileInfo", "HttpClient", "Console.", "Socket", "Process.", "Environment.GetEnvironmentVariable"];
        var offenders = Directory.EnumerateFiles(Repo.Path("src", "Juesuan.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => forbidden.Any(t => x.line.Contains(t, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Core_assembly_does_not_reference_io_heavy_assemblies()
    {
        var refs = typeof(Juesuan.Core.Model.Yuan).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain(refs, n => n is "System.Net.Http" or "System.Console" or "System.Diagnostics.Process" or "System.IO.FileSystem");
    }
}
