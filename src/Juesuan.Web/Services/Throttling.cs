using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Juesuan.Web.Services;

/// <summary>
/// ASP.NET Core's rate limiter on the doors a client can hammer: sign-in (per address here, per account in
/// <see cref="AccountThrottle"/>) and every upload — a package to the workspace, a report to /check or POST
/// /api/check (per signed-in account, or per address for the public). A refusal is a 429 with Retry-After and
/// a Chinese message; nothing is read or stored.
/// </summary>
public static class Throttling
{
    public const string LoginPolicy = "login";
    public const string UploadPolicy = "upload";

    public static IServiceCollection AddThrottling(this IServiceCollection services, RateLimits limits)
    {
        services.AddSingleton<AccountThrottle>();
        return services.AddRateLimiter(o =>
        {
            FixedWindowRateLimiterOptions Window(int permits) => new() { PermitLimit = permits, Window = limits.Window, QueueLimit = 0 };

            // Only attempts count: the sign-in page itself (GET) is free.
            o.AddPolicy(LoginPolicy, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("address:" + Sessions.Address(ctx), _ => Window(limits.LoginsPerAddress))
                : RateLimitPartition.GetNoLimiter(""));
            // An upload is a multipart POST; the pages' other forms (submit, comment …) are not limited.
            o.AddPolicy(UploadPolicy, ctx => HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.HasFormContentType
                    && ctx.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                ? RateLimitPartition.GetFixedWindowLimiter(Client(ctx), _ => Window(limits.UploadsPerClient))
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (r, _) => new ValueTask(RefuseAsync(r.HttpContext,
                r.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : limits.Window));
        });
    }

    /// <summary>The signed-in account, or the address of an anonymous client.</summary>
    private static string Client(HttpContext ctx) =>
        ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? "user:" + id : "address:" + Sessions.Address(ctx);

    /// <summary>The 429 answer: Retry-After in seconds, a problem detail for the API, a page otherwise.</summary>
    public static async Task<Microsoft.AspNetCore.Mvc.EmptyResult> RefuseAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var message = $"请求过于频繁，请 {seconds} 秒后再试。未处理本次请求，未保存任何内容。";
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(message, statusCode: StatusCodes.Status429TooManyRequests, title: "请求过于频繁").ExecuteAsync(http);
        }
        else
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(
                "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>请求过于频繁 — 决算公开平台</title><link rel=\"stylesheet\" href=\"/site.css\"></head><body><main class=\"site\"><h1>429 请求过于频繁</h1>"
                + $"<p>{message}</p><p><a href=\"/\">返回首页</a></p></main></body></html>");
        }

        return new Microsoft.AspNetCore.Mvc.EmptyResult();
    }
}
