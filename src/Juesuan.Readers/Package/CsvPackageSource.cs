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

    private readonly Func<string, byte[]?> _file;

    public CsvPackageSource(string folder)
    {
        Path = folder;
        _file = name =>
        {
            var file = System.IO.Path.Combine(folder, name);
            if (!File.Exists(file))
            {
                return null;
            }

            var info = new FileInfo(file);
            if (info.Length > MaxFileBytes)
            {
                throw new PackageSourceException($"{name} 过大（{info.Length / 1024 / 1024} MB），超过 {MaxFileBytes / 1024 / 1024} MB 上限");
            }

            return File.ReadAllBytes(file);
        };
    }

    /// <summary>The same package held elsewhere (a zip of the folder): <paramref name="file"/> gives a CSV's bytes by name, or null.</summary>
    public CsvPackageSource(string path, Func<string, byte[]?> file)
    {
        Path = path;
        _file = file;
    }

    public string Path { get; }

    public bool IsWorkbook => false;

    public RawSheet? Read(FactSheet sheet)
    {
        if (_file(sheet.FileName) is not { } bytes)
        {
            return null;
        }

        var text = Decode(bytes);
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
