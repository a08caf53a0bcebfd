using System.Text;
using Juesuan.Core.Model;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>
/// A package folder: manifest.csv and one CSV per fact kind. Files may be UTF-8 (with or without
/// BOM) or GB18030/GBK, which Excel on Chinese Windows writes when saving "CSV".
/// </summary>
public sealed class CsvPackageSource : IPackageSource
{
    /// <summary>Larger files are refused: a department's year is far smaller.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    static CsvPackageSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public CsvPackageSource(string folder) => Path = folder;

    public string Path { get; }

    public bool IsWorkbook => false;

    public RawSheet? Read(FactSheet sheet)
    {
        var file = System.IO.Path.Combine(Path, sheet.FileName);
        if (!File.Exists(file))
        {
            return null;
        }

        var info = new FileInfo(file);
        if (info.Length > MaxFileBytes)
        {
            throw new PackageSourceException($"{sheet.FileName} 过大（{info.Length / 1024 / 1024} MB），超过 {MaxFileBytes / 1024 / 1024} MB 上限");
        }

        var text = Decode(File.ReadAllBytes(file));
        var rows = CsvText.Parse(text).Select(r => new RawRow(r.Line, r.Fields)).ToList();
        return new RawSheet(sheet, sheet.FileName, false, rows);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8, otherwise GB18030.</summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var s = utf8.GetString(bytes);
            return s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
