using System.Diagnostics;

namespace Juesuan.Renderers.Pdf;

/// <summary>The PDF route is missing or failed; the message says what to install or what went wrong.</summary>
public sealed class PdfConversionException(string message) : Exception(message);

/// <summary>
/// report.pdf from report.docx through LibreOffice headless (docs/decisions/0001-pdf-route.md): the
/// PDF is exactly the document offices edit, with CJK fonts embedded and the text searchable.
/// </summary>
public static class PdfReportWriter
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>The LibreOffice binary, or null when it is not installed.</summary>
    public static string? FindConverter()
    {
        foreach (var candidate in new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, "soffice");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Converts <paramref name="docx"/> to a PDF at <paramref name="pdf"/>.</summary>
    public static void Convert(string docx, string pdf, TimeSpan? timeout = null)
    {
        var soffice = FindConverter() ?? throw new PdfConversionException(
            "未找到 LibreOffice，无法生成 PDF。请安装 Debian 软件包 libreoffice-writer 和 fonts-noto-cjk（scripts/install-prerequisites.sh 会自动安装）。");
        var work = Path.Combine(Path.GetTempPath(), "juesuan-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // A private profile so concurrent conversions do not fight over one user installation.
            start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(work, "profile"));
            foreach (var a in new[] { "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work, Path.GetFullPath(docx) })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start) ?? throw new PdfConversionException("无法启动 LibreOffice");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? DefaultTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfConversionException($"LibreOffice 转换超时（{(timeout ?? DefaultTimeout).TotalSeconds:0} 秒）");
            }

            var produced = Path.Combine(work, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(produced))
            {
                throw new PdfConversionException($"LibreOffice 未能生成 PDF（退出码 {process.ExitCode}）：{stderr.Result.Trim()}");
            }

            File.Copy(produced, pdf, overwrite: true);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A lingering LibreOffice child may still hold a file; the temp folder is harmless.
            }
        }
    }
}
