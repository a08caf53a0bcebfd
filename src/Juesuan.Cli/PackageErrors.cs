using Juesuan.Readers.Package;

namespace Juesuan.Cli;

/// <summary>A package's problems on standard error, every one of them, each on its own line.</summary>
internal static class PackageErrors
{
    /// <summary>False, after listing the errors, when the package could not be read.</summary>
    public static bool Report(PackageReadResult result, string path, CliOutput output, string consequence)
    {
        if (result.Success)
        {
            return true;
        }

        output.Error($"数据包「{path}」有 {result.Errors.Count} 处错误，{consequence}：");
        foreach (var e in result.Errors)
        {
            output.Detail(e.ToString());
        }

        return false;
    }
}
