using System.Text.RegularExpressions;
using Juesuan.Renderers.Html;

namespace Juesuan.Renderers.Tests.Report;

public sealed partial class HtmlReportWriterTests
{
    private static readonly Lazy<string> Html = new(() => HtmlReportWriter.Write(SampleReport.Document));

    [Fact]
    public void The_page_is_self_contained()
    {
        Assert.StartsWith("<!DOCTYPE html>", Html.Value, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", Html.Value, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalResource(), Html.Value);
        Assert.Contains("name=\"viewport\"", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_are_semantic()
    {
        var html = Html.Value;
        Assert.Contains("<caption>一般公共预算财政拨款支出决算表", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"3\">本年支出</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" rowspan=\"2\">本年收入合计</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><th scope=\"row\" colspan=\"2\">合计</th><td class=\"num\">7,943</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">2013201</td><th scope=\"row\">行政运行</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void It_prints_on_a4_and_reads_on_a_phone()
    {
        var html = Html.Value;
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("@page wide { size: A4 landscape;", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
        Assert.Contains("@media (max-width: 640px)", html, StringComparison.Ordinal);
        Assert.Contains("overflow-x: auto", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_toc_links_to_every_part_and_section()
    {
        var html = Html.Value;
        Assert.Contains("<nav class=\"toc\" aria-label=\"目录\">", html, StringComparison.Ordinal);
        var links = LinkTarget().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(links.Count >= 20);
        Assert.All(links, id => Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_text_from_the_model_is_escaped()
    {
        var html = HtmlReportWriter.Write(SampleReport.Hostile());
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("测试局&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>名词</strong>：&lt;b&gt;不是粗体&lt;/b&gt; &amp; 符号", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" rowspan=\"2\">一级指标</th>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    [GeneratedRegex("<a href=\"#([^\"]+)\">")]
    private static partial Regex LinkTarget();
}
