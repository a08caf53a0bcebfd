using System.Text;
using System.Text.Unicode;
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

    /// <summary>The package's files together, checked before any is read (the same bound as a workbook's unpacked parts).</summary>
    public const long MaxPackageBytes = XlsxPackageSource.MaxUncompressedBytes;

    public CsvPackageSource(string folder)
    {
        Path = folder;
        var total = PackageFormat.Sheets.Select(s => new FileInfo(System.IO.Path.Combine(folder, s.FileName))).Where(f => f.Exists).Sum(f => f.Length);
        if (total > MaxPackageBytes)
        {
            throw new PackageSourceException(InputMessages.PackageTooLarge(total, MaxPackageBytes));
        }

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
                throw new PackageSourceException(InputMessages.FileTooLarge(name, info.Length, MaxFileBytes), name);
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

        var decoded = Decode(bytes);
        if (!decoded.Success)
        {
            throw new PackageSourceException(new InputMessage(decoded.Error!.Value, decoded.Message!), sheet.FileName, EncodingErrorLine(bytes));
        }

        var records = CsvText.Parse(decoded.Value, out var unclosed);
        if (unclosed is { } line)
        {
            throw new PackageSourceException(InputMessages.QuoteUnclosed(), sheet.FileName, line);
        }

        var rows = records.Select(r => new RawRow(r.Line, r.Fields)).ToList();
        return new RawSheet(sheet, sheet.FileName, false, rows);
    }

    /// <summary>
    /// UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030 when they are valid GB18030.
    /// Anything else is refused with what was tried: UTF-16 (which Excel's "Unicode text" writes), a UTF-8 file
    /// spoilt by a few invalid bytes (said with the line of the first), or bytes neither encoding explains.
    /// </summary>
    public static ParseResult<string> Decode(byte[] bytes)
    {
        if (LooksUtf16(bytes))
        {
            return ParseResult<string>.Fail(InputMessages.EncodingUtf16());
        }

        if (Utf8.IsValid(bytes))
        {
            var s = StrictUtf8.GetString(bytes);
            return ParseResult<string>.Ok(s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s);
        }

        if (FirstInvalidUtf8(bytes) is { } at && MostlyUtf8(bytes))
        {
            return ParseResult<string>.Fail(InputMessages.EncodingInvalidUtf8(bytes[at]));
        }

        try
        {
            return ParseResult<string>.Ok(StrictGb18030.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return ParseResult<string>.Fail(InputMessages.EncodingUnrecognised());
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding StrictGb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>A UTF-16 byte-order mark, or a NUL in every other byte of the first bytes (UTF-16 of mostly ASCII text).</summary>
    private static bool LooksUtf16(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return true;
        }

        var head = Math.Min(bytes.Length, 400);
        var zeros = 0;
        for (var i = 0; i < head; i++)
        {
            zeros += bytes[i] == 0 ? 1 : 0;
        }

        return head >= 8 && zeros * 4 >= head;
    }

    private static int? FirstInvalidUtf8(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : null;
    }

    /// <summary>More well-formed multi-byte UTF-8 characters than invalid sequences: a UTF-8 file with a few bad bytes, not GBK.</summary>
    private static bool MostlyUtf8(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var bad = text.Count(c => c == '\uFFFD');
        var good = text.Count(c => c > '\u007F' && c != '\uFFFD');
        return good >= 2 * bad;
    }

    /// <summary>The 1-based line of the first byte that is not UTF-8, for the message's place; null when the whole file is at fault.</summary>
    private static int? EncodingErrorLine(byte[] bytes)
    {
        if (LooksUtf16(bytes) || FirstInvalidUtf8(bytes) is not { } at || !MostlyUtf8(bytes))
        {
            return null;
        }

        return 1 + bytes.AsSpan(0, at).Count((byte)'\n');
    }
}
