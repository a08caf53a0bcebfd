using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Juesuan.Publishing;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>The open-data API, the portal pages and the downloads, as the public reaches them.</summary>
public sealed class ApiTests(WebServer server) : IClassFixture<WebServer>
{
    private static JsonElement Json(string s) => JsonDocument.Parse(s).RootElement;

    private ReportVersionRow Sample2024 => server.Services.GetRequiredService<Store>()
        .Search(new ReportQuery(Words: "凌源市人力资源和社会保障局", Year: 2024)).Items.Single();

    [Fact]
    public async Task Regions_departments_and_reports_list_the_demo()
    {
        using var c = server.NewClient();
        Assert.Equal(4, Json(await c.GetStringAsync("/api/regions")).GetArrayLength());
        var departments = Json(await c.GetStringAsync("/api/departments"));
        Assert.Contains(departments.EnumerateArray(), d => d.GetProperty("name").GetString() == "凌源市人力资源和社会保障局");
        var reports = Json(await c.GetStringAsync("/api/reports?year=2024&pageSize=100"));
        Assert.Equal(4, reports.GetProperty("total").GetInt32());
        var one = Json(await c.GetStringAsync("/api/reports?q=" + Uri.EscapeDataString("凌源市 就业") + "&year=2024"));
        Assert.Equal("凌源市人力资源和社会保障局", Assert.Single(one.GetProperty("items").EnumerateArray()).GetProperty("department").GetString());
    }

    [Fact]
    public async Task A_reports_tables_carry_the_reference_figures()
    {
        using var c = server.NewClient();
        var id = Sample2024.Id;
        var tables = Json(await c.GetStringAsync($"/api/reports/{id}/tables"));
        Assert.Equal(9, tables.GetArrayLength());
        var gk01 = await c.GetStringAsync($"/api/reports/{id}/tables/gk01");
        // 公开01表 of the reference report: 一般公共预算财政拨款收入 7,943 and 社会保障和就业支出 7,336 (万元, as printed).
        Assert.Contains("\"text\":\"7,943\"", gk01, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"7,336\"", gk01, StringComparison.Ordinal);
        var missing = await c.GetAsync($"/api/reports/{id}/tables/gk10");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("gk01", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_data_are_computed_from_the_facts()
    {
        using var c = server.NewClient();
        var charts = Json(await c.GetStringAsync($"/api/reports/{Sample2024.Id}/charts"));
        var expenditure = charts.GetProperty("expenditureComposition").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("wan").GetDecimal());
        // The reference narrative: 基本支出 1423.31 万元.
        Assert.Equal(1423.31m, expenditure["基本支出"]);
        Assert.NotEmpty(charts.GetProperty("expenditureByFunction").EnumerateArray());
        Assert.NotEmpty(charts.GetProperty("budgetVsActual").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_reports_are_404_problems()
    {
        using var c = server.NewClient();
        var r = await c.GetAsync("/api/reports/999999");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("999999", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync("/reports/999999")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_describes_the_endpoints_and_is_browsable()
    {
        using var c = server.NewClient();
        var doc = Json(await c.GetStringAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/regions", "/api/departments", "/api/reports", "/api/reports/{id}", "/api/reports/{id}/tables", "/api/reports/{id}/findings", "/api/reports/{id}/charts", "/reports/{id}/download/{format}" })
        {
            Assert.Contains(p, paths);
        }

        var ui = await c.GetStringAsync("/scalar/");
        Assert.Contains("scalar", ui, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://cdn", ui, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    [InlineData("csv", "application/zip", "PK")]
    [InlineData("json", "application/json", "{")]
    [InlineData("txt", "text/plain", "")]
    public async Task Downloads_are_the_files_they_say(string format, string contentType, string magic)
    {
        using var c = server.NewClient();
        var r = await c.GetAsync($"/reports/{Sample2024.Id}/download/{format}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.StartsWith(contentType, r.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(magic, System.Text.Encoding.UTF8.GetString(bytes, 0, 2), StringComparison.Ordinal);
        Assert.Contains("凌源市人力资源和社会保障局", r.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        if (format == "csv")
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            Assert.Equal(9, zip.Entries.Count);
        }
    }

    [Fact]
    public async Task Downloads_are_the_outputs_list_its_media_types_names_and_bytes()
    {
        using var c = server.NewClient();
        var v = Sample2024;
        var built = server.Services.GetRequiredService<Portal>().Render(v).Built;
        foreach (var output in ReportOutputs.Downloads.Where(o => !o.NeedsLibreOffice))
        {
            var r = await c.GetAsync($"/reports/{v.Id}/download/{output.Format}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(output.MediaType.Replace(" ", string.Empty, StringComparison.Ordinal), r.Content.Headers.ContentType!.ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
            Assert.EndsWith($"第{v.VersionNo}版{output.DownloadSuffix}", r.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
            if (output.Format is "txt" or "json")
            {
                // The text outputs are deterministic: the very bytes the output list makes (the others carry zip times and part ids).
                Assert.Equal(output.Bytes!(built), await r.Content.ReadAsByteArrayAsync());
            }
        }

        Assert.Equal(["docx", "pdf", "txt", "xlsx", "csv", "json"], ReportOutputs.Downloads.Select(o => o.Format));
        Assert.Equal("tables-csv.zip", PublishedSite.FileNames["csv"]);
    }

    [Fact]
    public async Task The_pdf_download_is_a_pdf()
    {
        using var c = server.NewClient();
        var bytes = await PublishedSiteTests.PdfAsync(c, $"/reports/{Sample2024.Id}/download/pdf"); // 503 until the background made it
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        // the second time comes from the rendering on disk
        Assert.Equal(bytes, await (await c.GetAsync($"/reports/{Sample2024.Id}/download/pdf")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_report_page_shows_narrative_tables_evaluations_charts_and_downloads()
    {
        using var c = server.NewClient();
        var page = await c.GetStringAsync($"/reports/{Sample2024.Id}");
        foreach (var expected in new[] { "第二部分", "公开01表", "公开09表", "绩效自评表", "chart-functions", "/lib/echarts.min.js", "/download/pdf", "SHA-256", "与 2023 年度对比" })
        {
            Assert.Contains(expected, page, StringComparison.Ordinal);
        }

        // The publication only: the audit is the officers' working material, not part of what is published.
        Assert.DoesNotContain("审核发现", page, StringComparison.Ordinal);
        Assert.DoesNotContain("table class=\"findings\"", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/lib/echarts.min.js")).StatusCode);
        var compare = await c.GetStringAsync($"/compare?a={Sample2024.Id}&b={Sample2024.Id - 1}");
        Assert.Contains("基本支出", compare, StringComparison.Ordinal);
        Assert.Contains("1,423.31", compare, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        using var c = server.NewClient();
        var r = await c.GetAsync("/");
        Assert.Contains("default-src 'self'", r.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
    }
}
