using Juesuan.Inspection;
using Juesuan.Inspection.Batch;

namespace Juesuan.Web.Services;

/// <summary>
/// The files of a 公开检查 upload: reports (.pdf .docx .xlsx .txt) and zips of them, read into (path, bytes). A zip
/// is opened by the batch engine's <see cref="BatchSource"/> (entries bounded, paths that leave it refused) and
/// bounded again here by what it inflates to (<see cref="WebOptions.MaxInspectionBytes"/>): a zip bomb is refused
/// before it fills the store.
/// </summary>
public static class InspectionUpload
{
    /// <summary>The files, or why the upload is refused (a Chinese message naming the file).</summary>
    public sealed record Files(IReadOnlyList<(string Path, byte[] Content)> Items, string SourceName, string? Error);

    public static async Task<Files> ReadAsync(IReadOnlyList<IFormFile> uploads, long maxBytes, CancellationToken ct)
    {
        var items = new List<(string, byte[])>();
        long total = 0;
        var tooMuch = $"解压后的文件超过 {maxBytes / 1024 / 1024} MB 上限，未保存任何内容";
        foreach (var upload in uploads)
        {
            var name = Path.GetFileName(upload.FileName);
            if (upload.Length == 0)
            {
                return new Files([], "", $"「{name}」是空文件，未保存任何内容");
            }

            using var ms = new MemoryStream();
            await upload.CopyToAsync(ms, ct);
            var bytes = ms.ToArray();
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                var temp = Path.Combine(Path.GetTempPath(), "juesuan-upload-" + Guid.NewGuid().ToString("N") + ".zip");
                await File.WriteAllBytesAsync(temp, bytes, ct);
                try
                {
                    using var zip = BatchSource.Open(temp);
                    foreach (var item in zip.Items)
                    {
                        var content = item.Open();
                        total += content.LongLength;
                        if (total > maxBytes)
                        {
                            return new Files([], "", tooMuch);
                        }

                        // The engine names an entry "archive.zip/inner": the archive here is the upload, not its temporary copy.
                        items.Add((name + item.RelativePath[Path.GetFileName(temp).Length..], content));
                    }
                }
                catch (Exception ex) when (ex is BatchSourceException or InvalidDataException or IOException)
                {
                    return new Files([], "", $"压缩包「{name}」无法读取：{ex.Message.TrimEnd('。')}。未保存任何内容");
                }
                finally
                {
                    File.Delete(temp);
                }
            }
            else if (Inspector.IsReport(name))
            {
                total += bytes.LongLength;
                if (total > maxBytes)
                {
                    return new Files([], "", tooMuch);
                }

                items.Add((name, bytes));
            }
            else
            {
                return new Files([], "", $"「{name}」不是报告文件（支持 .pdf、.docx、.xlsx、.txt 及其 .zip 压缩包），未保存任何内容");
            }
        }

        if (items.Count == 0)
        {
            return new Files([], "", "请选择要检查的报告文件或 zip 压缩包（压缩包中没有 .pdf、.docx、.xlsx、.txt 报告）");
        }

        var source = uploads.Count == 1 ? Path.GetFileName(uploads[0].FileName) : $"{Path.GetFileName(uploads[0].FileName)} 等 {uploads.Count} 个文件";
        return new Files(items, source, null);
    }
}
