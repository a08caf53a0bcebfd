using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Tests;

namespace Juesuan.Web.Tests;

/// <summary>检查已公开的报告: anyone uploads a published report and gets `juesuan check`'s findings as a page, CSV, XLSX and JSON.</summary>
public sealed class CheckTests(WebServer server) : IClassFixture<WebServer>
{
    private static byte[] PutuoFinance => File.ReadAllBytes(Path.Combine(Repo.Root, "..", "shared", "reports", "putuo-finance-2024.pdf"));

    /// <summary>Uploads the file anonymously and follows the redirect to its result; returns the result's path and page.</summary>
    private async Task<(string Path, string Html)> CheckAsync(Client c, byte[] file, string name)
    {
        using var r = await c.PostFileAsync("/check", file, name, field: "file");
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"POST /check: {(int)r.StatusCode}\n{Client.Excerpt(await r.Content.ReadAsStringAsync())}");
        var location = r.Headers.Location!.OriginalString;
        Assert.StartsWith("/check?id=", location, StringComparison.Ordinal);
        return (location, await c.GetStringAsync(location));
    }

    [Fact]
    public async Task A_published_pdf_is_checked_without_signing_in_and_its_findings_are_listed_and_downloadable()
    {
        using var c = server.NewClient();
        Assert.Contains("href=\"/check\"", await c.GetStringAsync("/"), StringComparison.Ordinal);
        var (path, html) = await CheckAsync(c, PutuoFinance, "putuo-finance-2024.pdf");
        html = WebUtility.HtmlDecode(html);
        Assert.Contains("putuo-finance-2024.pdf", html, StringComparison.Ordinal);
        Assert.Matches("说明数字 \\d+ 个，已理解 \\d+ 个", html);
        var rows = html.Split("<tr", StringSplitOptions.None);
        Assert.Contains(rows, r => r.Contains("N-AMOUNT", StringComparison.Ordinal) && r.Contains("0.3", StringComparison.Ordinal) && r.Contains("2,961.68", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("N-SHARE", StringComparison.Ordinal) && r.Contains("71.73%", StringComparison.Ordinal));

        // Filtered to one severity, server-side.
        var notes = WebUtility.HtmlDecode(await c.GetStringAsync(path + "&severity=note"));
        Assert.DoesNotContain(notes.Split("<tr", StringSplitOptions.None), r => r.Contains("<td>错误</td>", StringComparison.Ordinal));

        var id = path["/check?id=".Length..];
        using var csv = await c.GetAsync($"/check/{id}/findings.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("级别,规则,位置,说明,印刷数,计算数", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.Contains(lines, l => l.Contains("N-AMOUNT", StringComparison.Ordinal) && l.Contains("2,961.68", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("N-SHARE", StringComparison.Ordinal) && l.Contains("71.73%", StringComparison.Ordinal));
        // The place as fields too: the page of the PDF and the line of the text read from it (and a table's row and column);
        // last, the message's id (说明编号): N-AMOUNT says a narrative amount differs from the table's.
        Assert.EndsWith(",表格,行次,栏次,页,行,说明编号", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("N-AMOUNT", StringComparison.Ordinal)
            && Regex.Match(l, @"第(\d+)页 第(\d+)行") is { Success: true } m
            && l.EndsWith($",,,,{m.Groups[1].Value},{m.Groups[2].Value},AmountDiffersFromTable", StringComparison.Ordinal));
        Assert.All(lines.Skip(1).Where(l => l.Length > 0), l => Assert.Matches(",[A-Z][A-Za-z]+$", l));

        using var xlsx = await c.GetAsync($"/check/{id}/findings.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var sheet = Assert.Single(doc.WorkbookPart!.Workbook.Descendants<Sheet>());
        Assert.Equal("审核发现", sheet.Name!.Value);
        var ws = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
        var header = ws.Descendants<Row>().First().Descendants<Cell>().Select(x => x.InnerText).ToList();
        Assert.Equal(["级别", "规则", "位置", "说明", "印刷数", "计算数"], header.Take(6));
        Assert.Equal("说明编号", header[^1]);
        Assert.NotNull(ws.Descendants<AutoFilter>().SingleOrDefault());
        Assert.Equal(lines.Count(l => l.Length > 0), ws.Descendants<Row>().Count());
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_refused_in_words()
    {
        using var c = server.NewClient();
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        using var r = await c.PostFileAsync("/check", random, "决算.pdf", field: "file");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains("「决算.pdf」", html, StringComparison.Ordinal);
        Assert.Contains("未保存任何内容", html, StringComparison.Ordinal);
        Assert.DoesNotContain("审核发现", html, StringComparison.Ordinal);

        using var big = await c.PostFileAsync("/check", new byte[21 * 1024 * 1024], "big.pdf", expectContinue: true, field: "file");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);

        using var expired = await c.GetAsync("/check?id=0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task The_api_checks_an_uploaded_report_and_answers_the_findings_as_check_json_does()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var content = new MultipartFormDataContent { { new ByteArrayContent(PutuoFinance), "file", "putuo-finance-2024.pdf" } };
        using var r = await http.PostAsync("/api/check", content);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode} {body}");
        var findings = JsonNode.Parse(body)!.AsArray();
        Assert.Contains(findings, f => (string?)f!["rule"] == "N-AMOUNT" && ((string?)f["message"])!.Contains("2,961.68", StringComparison.Ordinal));
        Assert.Contains(findings, f => (string?)f!["rule"] == "N-SHARE");
        Assert.All(findings, f => Assert.Contains((string?)f!["severity"], new[] { "error", "warning", "note" }));

        using var bad = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("not a pdf")), "file", "x.pdf" } };
        using var refused = await http.PostAsync("/api/check", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("x.pdf", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var openApi = await http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/check\"", openApi, StringComparison.Ordinal);
    }
}
