using System.Data.Common;
using Juesuan.Storage;
using Juesuan.Web;
using Microsoft.AspNetCore.Builder;

namespace Juesuan.Cli;

/// <summary>juesuan serve: the web application on Kestrel until Ctrl+C.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static int Serve(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 0)
        {
            stderr.WriteLine("错误：serve 不接受位置参数；用 --db、--data、--urls、--demo");
            return Commands.BadInput;
        }

        var demo = options.ContainsKey("demo");
        var data = options.GetValueOrDefault("data", ".juesuan");
        var db = options.GetValueOrDefault("db", Path.Combine(data, demo ? "demo.db" : "juesuan.db"));
        var urls = options.GetValueOrDefault("urls", DefaultUrls);
        try
        {
            var app = WebApp.Create(new WebOptions(db, data, demo), ["--urls", urls], stdout);
            app.Lifetime.ApplicationStarted.Register(() =>
                stdout.WriteLine($"决算公开平台已启动：{string.Join("、", app.Urls)}（Ctrl+C 停止）"));
            app.Run();
            return Commands.Ok;
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("错误：" + ex.Message);
            return Commands.BadInput;
        }
        catch (DbException ex)
        {
            stderr.WriteLine($"错误：无法连接或使用数据库「{db}」：{ex.Message}");
            return Commands.BadInput;
        }
        catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"错误：无法监听 {urls}：{ex.Message}");
            return Commands.BadInput;
        }
    }
}
