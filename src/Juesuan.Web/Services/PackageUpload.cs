using System.Security.Cryptography;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;

namespace Juesuan.Web.Services;

/// <summary>
/// An uploaded data package — an .xlsx workbook or a .zip of the CSV folder — recognised by its content, not
/// its name, and read all-or-nothing. A file that is neither is refused with a reason, as a package error.
/// </summary>
public static class PackageUpload
{
    public const string Xlsx = "xlsx";
    public const string Zip = "zip";

    public sealed record Result(PackageReadResult Read, string Kind, string Hash);

    public static Result Read(byte[] bytes, string fileName)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var name = Path.GetFileName(fileName);
        if (bytes.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04)
        {
            var what = name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? $"「{name}」不是有效的 .xlsx 工作簿（内容不是 zip 格式；如为 .xls 旧格式或已加密，请在 Excel 中另存为不加密的 .xlsx）"
                : $"「{name}」既不是 .xlsx 工作簿，也不是数据包文件夹的 .zip 压缩包";
            return Refused(what, hash);
        }

        if (IsWorkbook(bytes))
        {
            try
            {
                return new Result(PackageReader.Read(XlsxPackageSource.Open(new MemoryStream(bytes, writable: false), name)), Xlsx, hash);
            }
            catch (PackageSourceException ex)
            {
                return Refused(ex.Message, hash);
            }
        }

        try
        {
            return new Result(PackageReader.Read(ZipPackageSource.Open(bytes, name)), Zip, hash);
        }
        catch (PackageSourceException ex)
        {
            return Refused(ex.Message, hash);
        }
    }

    /// <summary>Reads a stored package again (it was valid when stored).</summary>
    public static PackageReadResult Reread(byte[] bytes, string name) => Read(bytes, name).Read;

    private static bool IsWorkbook(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, false));
            return zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static Result Refused(string message, string hash) =>
        new(new PackageReadResult(null, null, [new PackageError(MessageId.FileUnreadable, "上传文件", null, null, null, null, message)]), "", hash);
}
