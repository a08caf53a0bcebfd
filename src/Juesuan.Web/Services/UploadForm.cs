namespace Juesuan.Web.Services;

/// <summary>Reads an uploaded file by hand, so an oversized or malformed upload is a clear 413/400, not a binding error.</summary>
public static class UploadForm
{
    public sealed record Upload(byte[]? Bytes, string FileName, IFormCollection? Form, int Status, string? Error);

    /// <param name="field">the form field of the file</param>
    /// <param name="missing">the message when no file was sent</param>
    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct,
        string field = "package", string missing = "请选择要上传的数据包（.xlsx 工作簿或数据包文件夹的 .zip）")
    {
        var tooLarge = $"上传文件超过 {maxBytes / 1024 / 1024} MB 上限，未保存";
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Upload(null, "", null, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        catch (InvalidDataException)
        {
            return new Upload(null, "", null, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }

        var file = form.Files.GetFile(field);
        if (file is null || file.Length == 0)
        {
            return new Upload(null, "", form, StatusCodes.Status400BadRequest, missing);
        }

        if (file.Length > maxBytes)
        {
            return new Upload(null, file.FileName, form, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }

        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        return new Upload(ms.ToArray(), Path.GetFileName(file.FileName), form, 200, null);
    }
}
