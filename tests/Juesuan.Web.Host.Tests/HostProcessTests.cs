using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Juesuan.Tests;

namespace Juesuan.Web.Host.Tests;

/// <summary>
/// <c>juesuan serve</c> as it is run: the real juesuan-web.dll in its own process, on a free port with an empty data
/// folder, answering the portal page and the open-data API; bad options refused with exit code 2 and a message.
/// </summary>
public sealed class HostProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_host_serves_the_portal_and_the_api_from_an_empty_data_folder()
    {
        var data = Path.Combine(Path.GetTempPath(), "juesuan-host-" + Guid.NewGuid().ToString("N")[..12]);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        using var host = Start("--data", data, "--urls", url);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilListening(host);

            var portal = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
            Assert.Equal("text/html", portal.Content.Headers.ContentType!.MediaType);
            var page = await portal.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"zh-CN\">", page, StringComparison.Ordinal);
            Assert.Contains("决算公开平台", page, StringComparison.Ordinal);

            var regions = await client.GetAsync("/api/regions");
            Assert.Equal(HttpStatusCode.OK, regions.StatusCode);
            Assert.Equal("application/json", regions.Content.Headers.ContentType!.MediaType);
            using var json = JsonDocument.Parse(await regions.Content.ReadAsStringAsync());
            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
            Assert.Equal(0, json.RootElement.GetArrayLength()); // a new data folder: no region yet

            // The store was made where --data says.
            Assert.True(File.Exists(Path.Combine(data, "juesuan.db")), "juesuan.db in the data folder");
        }
        finally
        {
            Stop(host);
            TryDelete(data);
        }

        Assert.Contains($"决算公开平台已启动：{url}", host.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("选项 --urls 的取值「ftp://127.0.0.1:1」不是 http:// 或 https:// 地址", "--urls", "ftp://127.0.0.1:1")]
    [InlineData("错误：未知选项「--bogus」（serve 没有此选项）", "--bogus")]
    [InlineData("选项 --known-proxy 的取值「proxy.example」不是 IP 地址", "--known-proxy", "proxy.example")]
    [InlineData("错误：多余的参数「extra」（serve 不接受位置参数）", "extra")]
    public void Bad_options_exit_with_code_2_and_say_why(string message, params string[] args)
    {
        using var host = Start(args);
        Assert.True(host.Process.WaitForExit(StartTimeout), "the host exits on bad options");
        host.Process.WaitForExit(); // the redirected streams drained
        Assert.Equal(2, host.Process.ExitCode);
        Assert.Contains(message, host.Errors, StringComparison.Ordinal);
        Assert.Contains("运行 juesuan serve --help 查看用法。", host.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("已启动", host.Output, StringComparison.Ordinal);
    }

    /// <summary>A port nobody listens on now (the system's choice for port 0, released for the host).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitUntilListening(HostProcess host)
    {
        var until = DateTime.UtcNow + StartTimeout;
        while (!host.Output.Contains("决算公开平台已启动", StringComparison.Ordinal))
        {
            if (host.Process.HasExited)
            {
                Assert.Fail($"the host exited ({host.Process.ExitCode}): {host.Errors}");
            }

            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"the host did not start within {StartTimeout.TotalSeconds} s: {host.Output} {host.Errors}");
            }

            await Task.Delay(100);
        }
    }

    private static HostProcess Start(params string[] args)
    {
        var dll = Repo.Path("src", "Juesuan.Web.Host", "bin", Configuration, "net10.0", "juesuan-web.dll");
        Assert.True(File.Exists(dll), dll + " is built with this test project");
        var psi = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment.Remove("JUESUAN_DEBUG");
        return new HostProcess(Process.Start(psi)!);
    }

    private static void Stop(HostProcess host)
    {
        if (!host.Process.HasExited)
        {
            host.Process.Kill(entireProcessTree: true);
        }

        host.Process.WaitForExit();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The started process and what it wrote, collected as it comes.</summary>
    private sealed class HostProcess : IDisposable
    {
        private readonly System.Text.StringBuilder _out = new();
        private readonly System.Text.StringBuilder _err = new();

        public HostProcess(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => { lock (_out) { _out.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (_err) { _err.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output { get { lock (_out) { return _out.ToString(); } } }

        public string Errors { get { lock (_err) { return _err.ToString(); } } }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }
}
