using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

// Temporary until the OpenXml-based reader lands from the xlsx branch.
public sealed class XlsxPackageSource : IPackageSource
{
    private XlsxPackageSource(string path) => Path = path;

    public string Path { get; }

    public bool IsWorkbook => true;

    public static XlsxPackageSource Open(string path) => throw new PackageSourceException($"{path}: XLSX 读取尚未接入");

    public RawSheet? Read(FactSheet sheet) => null;
}
