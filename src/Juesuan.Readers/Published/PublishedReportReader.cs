using Juesuan.Core.Published;
using Juesuan.Readers.Published.Text;

namespace Juesuan.Readers.Published;

/// <summary>Reads a published report file by its type: .txt (pages split by form feeds), .pdf (text layer via PdfPig), .docx and .xlsx (OpenXml).</summary>
public static class PublishedReportReader
{
    /// <summary>Files larger than this are refused: a 100-page report is a few megabytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static PublishedReport Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new PublishedReadException($"文件「{path}」不存在");
        }

        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new PublishedReadException($"「{name}」过大（{length / 1024 / 1024} MB）");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var text = extension switch
        {
            ".txt" => PlainText(File.ReadAllBytes(path), name),
            ".pdf" => PdfText.Extract(path),
            ".docx" => WithoutControls(OfficeText.FromDocx(path)),
            ".xlsx" => WithoutControls(OfficeText.FromXlsx(path)),
            _ => throw new PublishedReadException($"不支持的报告格式「{extension}」（支持 .txt、.pdf、.docx、.xlsx）：{name}"),
        };
        if (text.Trim().Length == 0)
        {
            throw new PublishedReadException($"「{name}」没有可读的文字（空文件，或 PDF 只有图片没有文字层）");
        }

        return TextReportReader.Read(text, name);
    }

    /// <summary>A text file's characters: decoded as a data package's CSV files are, and refused with the same message when it cannot be.</summary>
    private static string PlainText(byte[] bytes, string name)
    {
        var decoded = Package.CsvPackageSource.Decode(bytes);
        return decoded.Success ? WithoutControls(decoded.Value) : throw new PublishedReadException($"「{name}」{decoded.Message}");
    }

    /// <summary>
    /// Control characters other than tab, line breaks and form feed become spaces: they mean nothing in a report, and
    /// U+001F is the reader's own mark for a PDF cell's position, which only <see cref="PdfText"/> may write.
    /// </summary>
    internal static string WithoutControls(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
                span[i] = char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f') ? ' ' : c;
            }
        });
}
