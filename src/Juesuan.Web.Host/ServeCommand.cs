using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Data.Common;
using System.Globalization;
using Juesuan.Storage;

namespace Juesuan.Web.Host;

/// <summary>
/// juesuan serve: the web application on Kestrel until Ctrl+C. Typed options on System.CommandLine, errors in
/// Chinese on standard error (「错误：…」), exit code 2 for bad input, no stack trace unless JUESUAN_DEBUG=1.
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const int Ok = 0;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            return Invoke(args, stdout, stderr);
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("JUESUAN_DEBUG") != "1")
        {
            var message = string.Join(" ", ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"错误：意外的内部错误（{ex.GetType().Name}）：{message}。设置 JUESUAN_DEBUG=1 可显示详细信息。");
            return BadInput;
        }
    }

    private static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var demo = new Option<bool>("--demo") { Description = "载入演示部门和各角色的演示账户（SQLite 文件 <数据目录>/demo.db）" };
        var db = new Option<string?>("--db")
        {
            Description = "数据库：SQLite 文件（默认 <数据目录>/juesuan.db），或 PostgreSQL 连接串 \"Host=…;Database=…;Username=…\"",
            HelpName = "文件.db|连接串",
        };
        var data = new Option<string>("--data") { Description = "数据目录：SQLite 文件、缓存（默认 .juesuan）", HelpName = "目录" };
        var https = new Option<bool>("--https") { Description = "网站经 HTTPS 提供（例如在 HTTPS 反向代理之后）：登录和防伪 Cookie 一律标记为 Secure" };
        var proxies = new Option<string[]>("--known-proxy")
        {
            Description = "反向代理（如 nginx）的 IP 地址，可重复：只采信这些地址发来的 X-Forwarded-For / X-Forwarded-Proto（客户端地址用于限流和操作记录，协议用于 Secure Cookie）",
            HelpName = "IP",
            AllowMultipleArgumentsPerToken = false,
        };
        proxies.Validators.Add(r =>
        {
            foreach (var p in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (!System.Net.IPAddress.TryParse(p, out _))
                {
                    r.AddError($"选项 --known-proxy 的取值「{p}」不是 IP 地址");
                }
            }
        });
        var urls = new Option<string>("--urls") { Description = $"监听的地址（默认 {DefaultUrls}）", HelpName = "地址" };
        urls.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            foreach (var url in v.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    r.AddError($"选项 --urls 的取值「{url}」不是 http:// 或 https:// 地址");
                }
            }
        });

        var root = new RootCommand("juesuan serve — 启动网站：单位填报、部门审核、财政发布的工作台，公众查阅的公开平台和开放数据 API")
        {
            demo, db, data, urls, https, proxies,
        };
        root.HelpName = "juesuan serve";
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = "显示用法";
        }

        root.SetAction(r => Serve(r.GetValue(demo), r.GetValue(db), r.GetValue(data) ?? ".juesuan", r.GetValue(urls) ?? DefaultUrls, r.GetValue(https),
            [.. (r.GetValue(proxies) ?? []).Select(System.Net.IPAddress.Parse)], stdout, stderr));
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var token in parsed.UnmatchedTokens)
            {
                stderr.WriteLine(token.StartsWith('-') ? $"错误：未知选项「{token}」（serve 没有此选项）" : $"错误：多余的参数「{token}」（serve 不接受位置参数）");
            }

            foreach (var error in parsed.Errors.Where(e => !parsed.UnmatchedTokens.Any(t => e.Message.Contains(t, StringComparison.Ordinal))))
            {
                stderr.WriteLine("错误：" + error.Message);
            }

            stderr.WriteLine("运行 juesuan serve --help 查看用法。");
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static int Serve(bool demo, string? db, string data, string urls, bool https, IReadOnlyList<System.Net.IPAddress> proxies, TextWriter stdout, TextWriter stderr)
    {
        db ??= Path.Combine(data, demo ? "demo.db" : "juesuan.db");
        try
        {
            var app = WebApp.Create(new WebOptions(db, data, demo) { HttpsOnly = https, KnownProxies = proxies }, ["--urls", urls], stdout);
            app.Lifetime.ApplicationStarted.Register(() =>
                stdout.WriteLine($"决算公开平台已启动：{string.Join("、", app.Urls)}（Ctrl+C 停止）"));
            app.Run();
            return Ok;
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("错误：" + ex.Message);
            return BadInput;
        }
        catch (DbException ex)
        {
            stderr.WriteLine($"错误：无法连接或使用数据库「{db}」：{ex.Message}");
            return BadInput;
        }
        catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"错误：无法监听 {urls}：{ex.Message}");
            return BadInput;
        }
    }
}
