using System.Net;
using System.Text.Json;
using Juesuan.Storage;
using Juesuan.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}

/// <summary>The same application on PostgreSQL: migrations, the demo through the workflow, a correction published, scopes enforced.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWebTests(PostgresServer postgres) : IAsyncLifetime
{
    private WebServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = WebServer.OnPostgres(postgres.NewDatabase());
        await _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_workflow_runs_on_postgresql()
    {
        var store = _server.Services.GetRequiredService<Store>();
        Assert.Equal(DatabaseKind.PostgreSql, store.Database.Kind);
        using var visitor = _server.NewClient();
        var list = JsonDocument.Parse(await visitor.GetStringAsync("/api/reports?pageSize=100")).RootElement;
        Assert.Equal(8, list.GetProperty("total").GetInt32());

        using var officer = _server.NewClient();
        using var reviewer = _server.NewClient();
        using var bureau = _server.NewClient();
        using var other = _server.NewClient();
        await officer.LoginAsync("unit-lingyuan");
        await reviewer.LoginAsync("reviewer-lingyuan");
        await bureau.LoginAsync("bureau-lingyuan");
        await other.LoginAsync("unit2-lingyuan");

        var up = await officer.PostFileAsync("/work?handler=Upload", WebServer.SampleWorkbook(), "sample.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        var draft = up.Headers.Location!.OriginalString;
        var id = long.Parse(draft.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(draft)).StatusCode);

        string V() => store.Draft(id)!.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(draft + "?handler=Submit", new Dictionary<string, string> { ["rowVersion"] = V() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(draft + "?handler=Approve", new Dictionary<string, string> { ["rowVersion"] = V() })).StatusCode);
        var pub = await bureau.PostFormAsync(draft + "?handler=Publish", new Dictionary<string, string> { ["rowVersion"] = V(), ["revisionNote"] = "更正：重新发布", ["publishFindings"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        var report = pub.Headers.Location!.OriginalString;
        var page = await visitor.GetStringAsync(report);
        Assert.Contains("第 2 版", page, StringComparison.Ordinal);
        Assert.Contains("更正：重新发布", page, StringComparison.Ordinal);

        // The publisher's choice to publish the findings, stored on PostgreSQL and changed later.
        Assert.Contains("审核结果（发布单位选择公开）", page, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(await visitor.GetStringAsync("/api" + report)).RootElement.GetProperty("findingsPublished").GetBoolean());
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync(report + "?handler=Findings", new Dictionary<string, string> { ["publish"] = "false" })).StatusCode);
        Assert.DoesNotContain("审核结果", await visitor.GetStringAsync(report), StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(await visitor.GetStringAsync("/api" + report)).RootElement.GetProperty("findingsPublished").GetBoolean());
        Assert.Contains("共 0 份报告", await visitor.GetStringAsync("/?q=" + Uri.EscapeDataString("人_资源")), StringComparison.Ordinal);

        // Word search behaves as on SQLite: the placeholder's example finds the reports that print “三公”经费, passage marked.
        foreach (var q in new[] { "三公经费", "“三公”经费", "三公" })
        {
            var found = await visitor.GetStringAsync("/?q=" + Uri.EscapeDataString(q));
            Assert.Contains("共 8 份报告", found, StringComparison.Ordinal);
            Assert.Contains(q == "三公" ? "<mark>三公</mark>" : "<mark>“三公”经费</mark>", found, StringComparison.Ordinal);
        }

        Assert.Contains("共 2 份报告", await visitor.GetStringAsync("/?q=" + Uri.EscapeDataString("才聚凌源")), StringComparison.Ordinal);
    }
}
