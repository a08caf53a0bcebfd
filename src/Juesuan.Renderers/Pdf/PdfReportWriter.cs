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

    /// <summary>
    /// Converts <paramref name="docx"/> to a PDF at <paramref name="pdf"/>. LibreOffice runs with Juesuan's
    /// fontconfig (fonts.conf: 宋体/黑体/楷体/仿宋 → Noto Serif/Sans CJK SC, AR PL UKai/UMing CN) and in
    /// Simplified Chinese (LANG and the profile's locale zh-CN), so the SC glyphs are chosen. When the
    /// document has a 目录 written by <see cref="Docx.DocxReportWriter"/>, its page numbers are read from
    /// the converted pages and the document converted again with them filled (LibreOffice does not update a
    /// TOC field on conversion); the body's numbering starts after the 目录, so filling it moves no page.
    /// </summary>
    public static void Convert(string docx, string pdf, TimeSpan? timeout = null)
    {
        var soffice = FindConverter() ?? throw new PdfConversionException(
            "未找到 LibreOffice，无法生成 PDF。请安装 Debian 软件包 libreoffice-writer、fonts-noto-cjk、fonts-arphic-ukai 和 fonts-arphic-uming（scripts/install-prerequisites.sh 会自动安装）。");
        var work = Path.Combine(Path.GetTempPath(), "juesuan-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            PrepareEnvironment(work);
            var produced = RunLibreOffice(soffice, work, Path.GetFullPath(docx), timeout ?? DefaultTimeout);
            var numbered = Path.Combine(work, "toc", Path.GetFileName(docx));
            if (TableOfContentsPages.Fill(docx, produced, numbered))
            {
                produced = RunLibreOffice(soffice, work, numbered, timeout ?? DefaultTimeout);
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

    /// <summary>Juesuan's fontconfig file (Pdf/fonts.conf) as LibreOffice gets it through FONTCONFIG_FILE.</summary>
    public static string FontConfiguration()
    {
        using var conf = typeof(PdfReportWriter).Assembly.GetManifestResourceStream("Juesuan.Renderers.Pdf.fonts.conf")!;
        using var reader = new StreamReader(conf);
        return reader.ReadToEnd();
    }

    /// <summary>The fontconfig file and a LibreOffice profile set to zh-CN, in <paramref name="work"/>.</summary>
    private static void PrepareEnvironment(string work)
    {
        File.WriteAllText(Path.Combine(work, "fonts.conf"), FontConfiguration());

        var user = Path.Combine(work, "profile", "user");
        Directory.CreateDirectory(user);
        File.WriteAllText(Path.Combine(user, "registrymodifications.xcu"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
            <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
            <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-CN</value></prop></item>
            <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale"><value>zh-CN</value></prop></item>
            </oor:items>
            """);
    }

    private static string RunLibreOffice(string soffice, string work, string docx, TimeSpan timeout)
    {
        var outDir = Path.Combine(work, "out-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FONTCONFIG_FILE"] = Path.Combine(work, "fonts.conf");
        start.Environment["LANG"] = "zh_CN.UTF-8";
        start.Environment["LANGUAGE"] = "zh_CN";
        start.Environment.Remove("LC_ALL");

        // A private profile so concurrent conversions do not fight over one user installation.
        start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(work, "profile"));
        foreach (var a in new[] { "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outDir, docx })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new PdfConversionException("无法启动 LibreOffice");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new PdfConversionException($"LibreOffice 转换超时（{timeout.TotalSeconds:0} 秒）");
        }

        var produced = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        if (process.ExitCode != 0 || !File.Exists(produced))
        {
            throw new PdfConversionException($"LibreOffice 未能生成 PDF（退出码 {process.ExitCode}）：{stderr.Result.Trim()}");
        }

        return produced;
    }
}
