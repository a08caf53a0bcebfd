using System.Text.Json;
using Juesuan.Inspection;
using Juesuan.Inspection.Outputs;
using Juesuan.Storage;
using Juesuan.Tests;
using Juesuan.Web.Services;

namespace Juesuan.Web.Tests;

/// <summary>A 公开检查 survives the server: one left running is taken up again at the next start, its done files not read again.</summary>
public sealed class InspectionRestartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "juesuan-restart-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task An_inspection_left_running_is_finished_when_the_server_starts_again()
    {
        // The store as a stopped server left it: three files uploaded, the first one's result stored, the batch running.
        var file = Path.Combine(_directory, "juesuan.db");
        var database = Database.Sqlite(file);
        database.Migrate();
        var store = new Store(database);
        var region = store.EnsureRegion("310107", "上海市普陀区");
        var bureau = store.CreateUser("bureau-putuo", "普陀区财政局", Role.FinanceBureau, "-", region, null, null);
        var names = new[] { "putuo-culture-tourism-2025.txt", "putuo-ecology-environment-2025.txt", "putuo-shiquanlu-street-2025.txt" };
        var files = names.Select(n => (Path: "普陀区2025/" + n, Content: File.ReadAllBytes(Path.Combine(Repo.Root, "..", "shared", "reports", n)))).ToList();
        var inspections = new InspectionStore(database);
        var id = inspections.Create(region, "普陀区2025.zip", files, bureau, "bureau-putuo");
        inspections.SetRunning(id);
        var first = Inspector.InspectFile(files[0].Content, files[0].Path) with { DepartmentName = "（重启前已检查）" };
        Assert.True(inspections.StoreFileResult(id, 0, JsonSerializer.Serialize(first, InspectionJson.Options)));

        var app = WebApp.Create(new WebOptions(file, _directory, Demo: false) { Limits = RateLimits.Relaxed }, ["--urls", "http://127.0.0.1:0"], TextWriter.Null);
        await app.StartAsync();
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (inspections.Find(id) is { IsFinished: false })
            {
                Assert.True(DateTime.UtcNow < deadline, "the inspection was not taken up again within 4 minutes");
                await Task.Delay(250);
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        var row = inspections.Find(id)!;
        Assert.Equal((InspectionStates.Done, 3, 2025), (row.State, row.DoneCount, row.Year));
        var result = InspectionJson.Read(inspections.ResultJson(id)!);
        Assert.Equal(files.Select(f => f.Path), result.Files.Select(f => f.RelativePath));
        // The file done before the restart was not read again: its stored result (with the name set above) is the one concluded.
        Assert.Equal("（重启前已检查）", result.Files[0].DepartmentName);
        Assert.Equal("上海市普陀区生态环境局", result.Files[1].DepartmentName);
    }
}
