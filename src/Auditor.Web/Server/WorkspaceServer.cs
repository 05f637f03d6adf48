using System.Net;
using Auditor.Core;
using Auditor.Web.Accounts;
using Auditor.Web.Api;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Auditor.Web.Server;

/// <summary>
/// Builds the workspace's web server: Kestrel on the --listen address, cookie logins, the Razor pages (Chinese UI) and
/// the JSON API under /api, both over the same <see cref="OfficeAudits"/> and <see cref="SelfChecks"/>.
/// </summary>
public static class WorkspaceServer
{
    public const string CookieName = "auditor.session";

    /// <summary>
    /// The server for <paramref name="options"/>; refuses (<see cref="UsageException"/>) to listen beyond loopback while no
    /// account exists, saying how to add one.
    /// </summary>
    public static WebApplication Build(WebOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var listen = ListenAddress.Parse(options.Listen);
        var data = new Storage.DataFolder(options.DataDir);
        var accounts = AccountStore.In(data);
        if (!listen.IsLoopback && !accounts.Any())
            throw new UsageException(
                $"在 {listen} 上监听会让其他机器访问，但数据目录 {data.Root} 中还没有账号。请先添加至少一个办公室账号：\n" +
                $"  auditor users add 账号名 --role office --data {data.Root}\n（密码从标准输入读取）；或只在本机使用：--listen 127.0.0.1:8080。");
        // request bodies being received are buffered under --data, like everything else the workspace keeps (ASP.NET
        // reads the variable once per process: a process that already set it keeps its own)
        Directory.CreateDirectory(data.Temp);
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_TEMP")))
            Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", data.Temp);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WorkspaceServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        // the server's own failures (never a user's input: those are answers) go to standard error
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            if (listen.IsLocalhostName) k.ListenLocalhost(listen.Port);
            else k.Listen(listen.Address, listen.Port);
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxRequestBytes;
            f.ValueLengthLimit = 1 << 20;
        });

        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        // pages keep Chinese as text instead of &#x...; entities (still HTML-encoded where it matters)
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(accounts);
        builder.Services.AddSingleton(listen);
        builder.Services.AddSingleton(sp => new RunQueue(options.MaxConcurrentRuns,
            sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        builder.Services.AddSingleton<WorkspaceContext>();
        builder.Services.AddSingleton<OfficeAudits>();
        builder.Services.AddSingleton<SelfChecks>();

        // The keys that sign session cookies live under --data like everything else: a restart of the server keeps its
        // users signed in, and moving the data folder moves them. Owner-only: a key signs any session.
        if (!Directory.Exists(data.Keys))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(data.Keys);
            else Directory.CreateDirectory(data.Keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        builder.Services.AddDataProtection().SetApplicationName("auditor").PersistKeysToFileSystem(new DirectoryInfo(data.Keys));
        // that the keys are stored unencrypted is said at every start; they are protected by the folder's permissions
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.Cookie.Name = CookieName;
            c.Cookie.HttpOnly = true;
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = true;
            c.LoginPath = "/login";
            c.AccessDeniedPath = "/denied";
            c.Events.OnRedirectToLogin = e => Answer(e.HttpContext, e.RedirectUri, 401, "请先登录（POST /api/login）。");
            c.Events.OnRedirectToAccessDenied = e => Answer(e.HttpContext, e.RedirectUri, 403, "没有权限。");
            // an account removed or changed since the cookie was issued no longer opens the workspace
            c.Events.OnValidatePrincipal = e =>
            {
                var v = Viewer.From(e.Principal!);
                var a = v is null ? null : e.HttpContext.RequestServices.GetRequiredService<AccountStore>().Find(v.Name);
                if (a is null || a.Role != v!.Role || a.Unit != v.Unit) e.RejectPrincipal();
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "auditor.antiforgery";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.FormFieldName = "__csrf";
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
        }).AddApplicationPart(typeof(WorkspaceServer).Assembly);

        var app = builder.Build();
        app.UseMiddleware<LocalAccess>();
        app.UseAuthentication();
        app.UseMiddleware<LocalAccess.NoAccountsOffice>();
        app.UseAuthorization();
        app.UseMiddleware<ApiCsrfGuard>();
        StaticAssets.Map(app);
        ApiEndpoints.Map(app);
        app.MapRazorPages();
        return app;
    }

    /// <summary>Builds and runs the server until <paramref name="cancel"/> fires (Ctrl+C); <paramref name="started"/> gets the addresses it listens on.</summary>
    public static async Task Serve(WebOptions options, Action<IReadOnlyList<string>> started, CancellationToken cancel)
    {
        await using var app = Build(options);
        await app.StartAsync(cancel);
        started(Addresses(app));
        await app.WaitForShutdownAsync(cancel);
    }

    /// <summary>The API answers 401/403 with a JSON error; pages are redirected to the login page.</summary>
    private static Task Answer(HttpContext http, string redirect, int status, string message)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
            return http.Response.WriteAsJsonAsync(new { error = message });
        }
        http.Response.Redirect(redirect);
        return Task.CompletedTask;
    }

    /// <summary>The addresses the started server listens on (the real port when --listen asked for port 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    internal static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
