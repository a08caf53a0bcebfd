using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Storage;
using Juesuan.Web.Api;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Juesuan.Web;

/// <summary>How `juesuan serve` runs: the store, where caches live, whether to seed the demo.</summary>
public sealed record WebOptions(string Database, string DataDirectory, bool Demo)
{
    /// <summary>Uploads larger than this are refused before they are read (a department's package is far smaller).</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>How often a client may sign in and upload (429 beyond).</summary>
    public RateLimits Limits { get; init; } = new();

    /// <summary>
    /// Cookies only over HTTPS (<c>--https</c>: the site is served over HTTPS, perhaps by a proxy in front). Without it a
    /// cookie is Secure when the request came over HTTPS.
    /// </summary>
    public bool HttpsOnly { get; init; }

    /// <summary>The longest an uploaded package may take to be read and built; beyond it the upload is refused.</summary>
    public TimeSpan BuildTimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The clock <see cref="BuildTimeLimit"/> runs on (a test advances its own, so the limit passes when it says).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Called on an upload's worker thread just before the report is built (a test holds a build here: none in production).</summary>
    public Action? BeforeBuild { get; init; }

    /// <summary>
    /// The reverse proxies (nginx …) whose X-Forwarded-For and X-Forwarded-Proto are believed (<c>--known-proxy</c>):
    /// behind one, the client's address (rate limits, the trail) and the scheme (Secure cookies) are what it forwards.
    /// Empty: the headers are ignored, so no client can choose its own address.
    /// </summary>
    public IReadOnlyList<System.Net.IPAddress> KnownProxies { get; init; } = [];

    /// <summary>The memory the built reports kept for serving may take (an estimate of each entry's size).</summary>
    public long ReportCacheBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>公开检查: the most an upload's reports may take once unzipped (they are stored until inspected).</summary>
    public long MaxInspectionBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>公开检查: how many files of a batch are inspected at once (half the cores, at least one: pages stay served).</summary>
    public int InspectionParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>The memory the published pages and files kept for serving may take (their bytes and precompressed variants).</summary>
    public long PublishedCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Render a draft's report.pdf in the background when its findings are first shown, to name each finding's page
    /// (on by default). Off, a draft's findings name their line of report.txt only; published versions' PDFs are made
    /// at publication either way.
    /// </summary>
    public bool DraftPdfs { get; init; } = true;
}

/// <summary>The web application: officers' workspace, public portal, open-data API.</summary>
public static partial class WebApp
{
    /// <summary>Room for the form's other fields around an upload of the maximum size.</summary>
    public const long FormOverhead = 64 * 1024;

    public static WebApplication Create(WebOptions options, string[] args, TextWriter log)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name, // Razor Pages are found in this assembly
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var database = Juesuan.Storage.Database.FromOption(options.Database);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<Store>();
        builder.Services.AddSingleton(new ReportCache(options.ReportCacheBytes));
        builder.Services.AddSingleton<Workspace>();
        builder.Services.AddSingleton<Accounts>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddSingleton<Portal>();
        builder.Services.AddSingleton<PublishedCheck>();
        builder.Services.AddSingleton<InspectionStore>();
        builder.Services.AddSingleton<InspectionRuns>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<InspectionRuns>());
        builder.Services.AddSingleton<PublishedSite>();
        builder.Services.AddSingleton<ReportPdfPlaces>();
        builder.Services.AddHostedService<PublishedRenderer>();

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + FormOverhead;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes + FormOverhead);

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.Cookie.Name = "juesuan.auth";
            c.Cookie.HttpOnly = true;
            c.Cookie.SameSite = SameSiteMode.Lax;
            c.Cookie.SecurePolicy = options.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            c.LoginPath = "/account/login";
            c.LogoutPath = "/account/logout";
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = true;
            c.Events.OnValidatePrincipal = Sessions.ValidateAsync;
            c.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api"))
                {
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
            c.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
        builder.Services.AddThrottling(options.Limits);
        // Keys live with the data, so sign-ins survive a restart.
        builder.Services.AddDataProtection().SetApplicationName("Juesuan")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "juesuan.af";
            a.FormFieldName = "__af";
            a.Cookie.SecurePolicy = options.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // Chinese text is written as text, not as &#x…; entities (markup characters are still escaped).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Work");
            o.Conventions.AuthorizeFolder("/Admin");
        });
        builder.Services.AddOpenApi(ApiDocumentation.Configure);

        var app = builder.Build();

        var applied = database.Migrate();
        log.WriteLine($"数据库：{database.Description}（架构版本 {database.SchemaVersion()}{(applied.Count > 0 ? $"，本次迁移 {string.Join("、", applied.Select(m => m.Version.ToString("0000", CultureInfo.InvariantCulture) + "_" + m.Name))}" : "")}）");
        var indexed = app.Services.GetRequiredService<Store>().IndexForSearch();
        if (indexed > 0)
        {
            log.WriteLine($"检索索引：补建 {indexed} 个已发布版本");
        }

        Seed(app.Services, options, log);

        if (options.KnownProxies.Count > 0)
        {
            // First, so every later step sees the client's address and scheme; only the configured proxies are believed.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }

            app.UseForwardedHeaders(forwarded);
        }

        // A published version's page as static bytes, before anything else but the forwarded headers (a miss goes down the whole pipeline; decision 0013).
        app.Use(app.Services.GetRequiredService<PublishedSite>().ServePageAsync);
        app.UseExceptionHandler("/error/500");
        // Pages get a Chinese error page; the API keeps its own status and problem details.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.Use(async (ctx, next) =>
        {
            // An oversized body is refused before anything (antiforgery included) reads it.
            if (ctx.Request.ContentLength > options.MaxUploadBytes + FormOverhead)
            {
                // Answered here, not by the error page: that would be a POST whose oversized body must not be read.
                ctx.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                ctx.Response.ContentType = "text/html; charset=utf-8";
                await ctx.Response.WriteAsync(TooLargePage(options.MaxUploadBytes));
                return;
            }

            try
            {
                // A form sent chunked (no Content-Length) is measured by reading it, here: read first by the
                // anti-forgery check, its excess became a 400 "bad token" instead of a 413. The form is kept for later.
                if (ctx.Request.ContentLength is null && ctx.Request.HasFormContentType && HttpMethods.IsPost(ctx.Request.Method))
                {
                    await ctx.Request.ReadFormAsync(ctx.RequestAborted);
                }

                await next();
            }
            // Answered with a body: a bare status would have the error page re-executed for the same POST.
            catch (BadHttpRequestException ex) when (!ctx.Response.HasStarted)
            {
                ctx.Response.Clear();
                ctx.Response.StatusCode = ex.StatusCode;
                ctx.Response.ContentType = "text/html; charset=utf-8";
                await ctx.Response.WriteAsync(ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLargePage(options.MaxUploadBytes) : $"<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>请求无效</title><p>{ex.StatusCode} 请求无效，未处理，未保存任何内容。</p></html>");
            }
            catch (InvalidDataException ex) when (!ctx.Response.HasStarted && ex.Message.Contains("length limit", StringComparison.Ordinal))
            {
                ctx.Response.Clear();
                ctx.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                ctx.Response.ContentType = "text/html; charset=utf-8";
                await ctx.Response.WriteAsync(TooLargePage(options.MaxUploadBytes));
            }
        });
        app.Use(async (ctx, next) =>
        {
            SecurityHeaders(ctx.Response.Headers);
            // The API documentation's page has inline module scripts, each carrying a nonce fresh for the request
            // (Scalar's WithNonce); the policy names that nonce and nothing else inline.
            ctx.Response.OnStarting(() =>
            {
                if (ctx.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                {
                    ctx.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                }

                return Task.CompletedTask;
            });
            await next();
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebApp).Assembly, "wwwroot"),
            OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.Use(RecordRefusals);
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/report.css", () => Results.Text(Juesuan.Renderers.Html.HtmlReportWriter.Stylesheet, "text/css", Encoding.UTF8)).ExcludeFromDescription();
        app.MapRazorPages();
        // The addresses people type: /login and /logout lead to the pages (the query, a returnUrl, is kept).
        app.MapGet("/login", (HttpContext ctx) => Results.Redirect("/account/login" + ctx.Request.QueryString)).ExcludeFromDescription();
        app.MapGet("/logout", () => Results.Redirect("/account/logout")).ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json");
        // Offline and private: no AI agent, no telemetry, no calls to Scalar's services from the page.
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Juesuan 开放数据 API").WithNonce().DisableDefaultFonts().DisableAgent().DisableMcp().DisableTelemetry().HideDeveloperTools().HideClientButton());
        OpenDataApi.Map(app);
        InspectionEndpoints.Map(app);
        return app;
    }

    /// <summary>The headers every response carries (the published pages' too, <see cref="PublishedSite"/>).</summary>
    public static void SecurityHeaders(IHeaderDictionary h)
    {
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h.ContentSecurityPolicy = DefaultPolicy;
    }

    private static readonly string DefaultPolicy = ContentSecurityPolicy(null);

    /// <summary>
    /// The Content-Security-Policy of every response: nothing from another origin, no inline script (the API
    /// documentation's own, marked with this request's <paramref name="nonce"/>, excepted), no eval, no framing.
    /// </summary>
    public static string ContentSecurityPolicy(string? nonce) =>
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
        + $"script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// A signed-in user refused (403) or sent to something that is not there (404) is written to the audit trail:
    /// who, the request, its answer and the address. (The anonymous are sent to the sign-in page instead.)
    /// </summary>
    private static async Task RecordRefusals(HttpContext ctx, RequestDelegate next)
    {
        await next(ctx);
        if (ctx.Response.StatusCode is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound)
            || CurrentUser.From(ctx.User) is not { } user
            || !(ctx.Request.Path.StartsWithSegments("/work") || ctx.Request.Path.StartsWithSegments("/admin")
                || ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/reports")))
        {
            return;
        }

        var path = ctx.Request.Path.Value ?? "";
        var target = DraftPath().Match(path) is { Success: true } m ? Workspace.Target(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            : ReportPath().Match(path) is { Success: true } r ? "report:" + r.Groups[1].Value
            : InspectionPath().Match(path) is { Success: true } i ? "inspection:" + i.Groups[1].Value
            : path.Length > 200 ? path[..200] : path;
        var request = $"{ctx.Request.Method} {path}{ctx.Request.QueryString}";
        ctx.RequestServices.GetRequiredService<Store>().Record(user.Id, user.UserName,
            ctx.Response.StatusCode == StatusCodes.Status403Forbidden ? "拒绝访问" : "访问不存在的对象", target,
            $"{(request.Length > 300 ? request[..300] : request)} → {ctx.Response.StatusCode}", Sessions.Address(ctx));
    }

    [GeneratedRegex(@"/drafts/(\d{1,18})(?:/|$)")]
    private static partial Regex DraftPath();

    [GeneratedRegex(@"/reports/(\d{1,18})(?:/|$)")]
    private static partial Regex ReportPath();

    [GeneratedRegex(@"^/work/inspections/(\d{1,18})(?:/|$)")]
    private static partial Regex InspectionPath();

    private static string TooLargePage(long max) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>上传文件过大 — 决算公开平台</title><link rel=\"stylesheet\" href=\"/site.css\"></head><body><main class=\"site\"><h1>413 上传文件过大</h1>"
        + $"<p>上传的文件超过 {max / 1024 / 1024} MB 上限，未保存任何内容。一个部门一个年度的数据包远小于此，请检查是否选错了文件。</p>"
        + "<p><a href=\"/work\">返回工作台</a></p></main></body></html>";

    private static void Seed(IServiceProvider services, WebOptions options, TextWriter log)
    {
        var store = services.GetRequiredService<Store>();
        if (options.Demo)
        {
            var accounts = services.GetRequiredService<DemoSeeder>().Seed();
            log.WriteLine("演示数据：凌源市人力资源和社会保障局（样例）及建平县、喀喇沁左翼蒙古族自治县、北票市三个生成的部门（逐项变化的演示数据），各有 2023、2024 两个年度的已发布报告。");
            log.WriteLine("演示账户（密码均为 " + DemoSeeder.Password + "）：");
            foreach (var a in accounts)
            {
                log.WriteLine($"  {a.UserName,-20} {Roles.Chinese(a.Role),-8} {a.Scope}");
            }

            return;
        }

        if (store.Users().Count == 0)
        {
            var password = Accounts.RandomPassword();
            services.GetRequiredService<Accounts>().Create("admin", "系统管理员", Role.Administrator, password, null, null, null);
            log.WriteLine($"已创建管理员账户 admin，初始密码 {password}（只显示这一次；登录后在「系统管理」中建立地区、部门、单位和用户）");
        }
    }
}
