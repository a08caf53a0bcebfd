using System.Text.RegularExpressions;
using Juesuan.Renderers.Docx;
using Juesuan.Renderers.Pdf;
using Juesuan.Tests;
using UglyToad.PdfPig;

namespace Juesuan.Renderers.Tests.Report;

/// <summary>
/// report.pdf through LibreOffice. On CI the converter must be there (./run-tests installs it): a missing
/// converter fails rather than skips. Figures are read back with pdftotext, fonts with pdffonts and PdfPig.
/// The sample is converted once (two LibreOffice runs: the second with the 目录's page numbers).
/// </summary>
public sealed class PdfReportWriterTests : IClassFixture<PdfReportWriterTests.SamplePdf>
{
    private readonly SamplePdf _sample;

    public PdfReportWriterTests(SamplePdf sample) => _sample = sample;

    /// <summary>The sample report as report.pdf, converted once for the tests of this class.</summary>
    public sealed class SamplePdf : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "juesuan-pdf-test-" + Guid.NewGuid().ToString("N"));

        public SamplePdf()
        {
            Directory.CreateDirectory(_dir);
            Assert.True(PdfReportWriter.FindConverter() is not null, "LibreOffice is required: scripts/install-prerequisites.sh");
            var docx = Path.Combine(_dir, "report.docx");
            using (var s = File.Create(docx))
            {
                DocxReportWriter.Write(SampleReport.Document, s);
            }

            Pdf = Path.Combine(_dir, "report.pdf");
            PdfReportWriter.Convert(docx, Pdf);
        }

        public string Pdf { get; }

        public string Dir => _dir;

        public void Dispose() => Directory.Delete(_dir, recursive: true);
    }

    private static string Run(string program, IReadOnlyDictionary<string, string>? env, params string[] args) => ExternalTool.Output(program, env, args);

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void The_sample_report_becomes_a_searchable_pdf_with_embedded_cjk_fonts()
    {
        // pdftotext puts spaces between CJK text and figures; compare without white space.
        var text = Compact(Run("pdftotext", null, "-layout", _sample.Pdf, "-"));
        Assert.Contains("辽宁省朝阳市凌源市人力资源和社会保障局", text, StringComparison.Ordinal);
        Assert.Contains("收入总计7972.87万元", text, StringComparison.Ordinal);
        Assert.Contains("完成年初预算的453.74%", text, StringComparison.Ordinal);
        Assert.Contains("7,973", text, StringComparison.Ordinal);
        Assert.Contains("公开09表", text, StringComparison.Ordinal);

        var fonts = Run("pdffonts", null, _sample.Pdf);
        Assert.Contains("CJK", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain(fonts.Split('\n').Skip(2).Where(l => l.Contains("CJK", StringComparison.Ordinal)), l => l.Contains(" no ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The faces of an official document: a serif body (宋体 → Noto Serif CJK SC), 黑体 headings (Noto Sans CJK
    /// SC), 楷体 (AR PL UKai CN) where the template sets it. Debian's Noto CJK fonts are collections whose five
    /// language faces share one CFF table named "…CJKjp…", so the embedded name cannot tell SC from JP glyphs;
    /// the variant is the face LibreOffice opens, which fonts.conf names: every official name must resolve to
    /// an SC/CN face, never a JP one.
    /// </summary>
    [Fact]
    public void The_pdf_uses_official_faces_a_serif_body_and_the_simplified_chinese_variants()
    {
        var names = Run("pdffonts", null, _sample.Pdf).Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToList();
        Assert.Contains(names, n => n.Contains("NotoSerifCJK", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("NotoSansCJK", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("UKai", StringComparison.Ordinal));
        // No face of a Japanese-only family (what LibreOffice fell back to before fonts.conf), none of another CJK family.
        Assert.DoesNotContain(names, n => Regex.IsMatch(n, "IPA|Takao|VL-?Gothic|NotoSansJP|NotoSerifJP|SourceHan|Droid|WenQuanYi|wqy", RegexOptions.IgnoreCase));

        // The body (12 pt) is serif (or 楷体 in a 三级 heading); headings (14–16 pt) are sans.
        using var document = PdfDocument.Open(_sample.Pdf);
        var cjk = document.GetPages().SelectMany(p => p.Letters).Where(l => l.Value.Length == 1 && l.Value[0] is >= '\u4e00' and <= '\u9fff').ToList();
        var body = cjk.Where(l => Math.Abs(l.PointSize - 12) < 0.5).Select(l => l.FontName ?? string.Empty).Distinct().ToList();
        Assert.NotEmpty(body);
        Assert.All(body, f => Assert.True(f.Contains("Serif", StringComparison.Ordinal) || f.Contains("UKai", StringComparison.Ordinal), "body set in " + f));
        var headings = cjk.Where(l => l.PointSize is > 13.5 and < 16.5).Select(l => l.FontName ?? string.Empty).Distinct().ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, f => Assert.Contains("Sans", f, StringComparison.Ordinal));
        Assert.True(cjk.Count(l => (l.FontName ?? string.Empty).Contains("Serif", StringComparison.Ordinal)) > cjk.Count / 2, "most of the text is serif");

        // The variant: each name the DOCX or a template asks for resolves, under fonts.conf, to an SC/CN face.
        var conf = Path.Combine(_sample.Dir, "fonts.conf");
        File.WriteAllText(conf, PdfReportWriter.FontConfiguration());
        var env = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = conf };
        foreach (var (asked, face) in new[]
        {
            ("宋体", "Noto Serif CJK SC"), ("SimSun", "Noto Serif CJK SC"), ("黑体", "Noto Sans CJK SC"), ("SimHei", "Noto Sans CJK SC"),
            ("楷体", "AR PL UKai CN"), ("KaiTi", "AR PL UKai CN"), ("仿宋", "AR PL UMing CN"), ("FangSong", "AR PL UMing CN"),
            ("Noto Sans CJK JP", "Noto Sans CJK SC"), ("Noto Serif CJK JP", "Noto Serif CJK SC"),
        })
        {
            Assert.Equal(face, Run("fc-match", env, "-f", "%{family[0]}", asked));
        }
    }

    [Fact]
    public void Pages_are_numbered_after_the_cover_and_the_contents_and_the_contents_carry_them()
    {
        using var document = PdfDocument.Open(_sample.Pdf);
        var all = document.GetPages().Select(p => Compact(p.Text)).ToList();
        var numbered = TableOfContentsPages.NumberedPages(_sample.Pdf);
        Assert.Equal(all.Count - 2, numbered.Count);                       // the cover and the one-page 目录 carry no number
        Assert.Equal("1", numbered[0].Label);
        Assert.Contains("第一部分", numbered[0].Text, StringComparison.Ordinal);

        // Each 目录 line ends with the page its heading is on.
        var contents = Run("pdftotext", null, "-layout", "-f", "2", "-l", "2", _sample.Pdf, "-").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && l != "目录" && l != "目 录").ToList();
        Assert.True(contents.Count >= 15);
        var from = 0;
        foreach (var line in contents)
        {
            var m = Regex.Match(line, @"^(.*?)[.．…\s]*(\d+)$");
            Assert.True(m.Success, "目录 line without a page number: " + line);
            var heading = Compact(m.Groups[1].Value);
            var at = numbered.FindIndex(from, p => p.Text.Contains(heading, StringComparison.Ordinal));
            Assert.True(at >= 0, "heading not found after page " + from + ": " + heading);
            Assert.Equal(numbered[at].Label, m.Groups[2].Value);
            from = at;
        }
    }

    [Fact]
    public void A_part_title_shares_its_page_and_annex_pages_repeat_the_indicator_header()
    {
        var numbered = TableOfContentsPages.NumberedPages(_sample.Pdf);
        var part4 = numbered.FindIndex(p => p.Text.Contains("第四部分2024年度部门决算表", StringComparison.Ordinal));
        Assert.True(part4 >= 0);
        Assert.Contains("收入支出决算总表", numbered[part4].Text, StringComparison.Ordinal);
        Assert.Contains("公开01表", numbered[part4].Text, StringComparison.Ordinal);

        // Every page of 第五部分 with indicator rows carries the 绩效自评表's indicator header: on a table's first page,
        // or repeated on its continuation. A page without it holds only the top of a table (before a 年度总体目标 too long to
        // fit below it: its rows are never split), and the next page carries the header.
        var annex = numbered.FindIndex(p => p.Text.Contains("第五部分附件", StringComparison.Ordinal));
        Assert.True(annex > part4);
        for (var i = annex; i < numbered.Count; i++)
        {
            var text = numbered[i].Text;
            if (!text.Contains("一级指标二级指标三级指标", StringComparison.Ordinal))
            {
                Assert.Contains("绩效自评表", text, StringComparison.Ordinal);
                Assert.DoesNotContain("分值", text, StringComparison.Ordinal);
                Assert.Contains("一级指标二级指标三级指标", numbered[i + 1].Text, StringComparison.Ordinal);
            }
        }

        Assert.True(numbered.Skip(annex).Count(p => p.Text.Contains("一级指标二级指标三级指标", StringComparison.Ordinal)) > 18, "header repeated on continuation pages");
    }

    [Fact]
    public void A_missing_input_is_a_clear_conversion_error()
    {
        Assert.True(PdfReportWriter.FindConverter() is not null, "LibreOffice is required: scripts/install-prerequisites.sh");
        var ex = Assert.Throws<PdfConversionException>(() => PdfReportWriter.Convert(Path.Combine(_sample.Dir, "nothing.docx"), Path.Combine(_sample.Dir, "x.pdf")));
        Assert.Contains("LibreOffice", ex.Message, StringComparison.Ordinal);
    }
}
