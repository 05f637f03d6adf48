using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Auditor.Web.Accounts;
using Auditor.Web.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Auditor.Web.Tests;

/// <summary>
/// A real workspace server on a free loopback port over a scratch data folder, with the repository's rules; clients
/// talk to it over HTTP like an OA system or a browser would. Disposed: stopped and its folder removed.
/// </summary>
public sealed class RunningWorkspace : IAsyncDisposable
{
    public const string Password = "correct-horse-9";
    private readonly WebApplication _app;

    public string DataDir { get; }
    public Uri BaseAddress { get; }
    public WebOptions Options { get; }

    private RunningWorkspace(WebApplication app, string dataDir, WebOptions options)
    {
        _app = app;
        DataDir = dataDir;
        Options = options;
        BaseAddress = new Uri(WorkspaceServer.Addresses(app).First().Replace("[::]", "127.0.0.1") + "/");
    }

    /// <param name="accounts">(name, role, unit) to create before the server starts.</param>
    public static async Task<RunningWorkspace> Start(string name, IEnumerable<(string Name, string Role, string? Unit)>? accounts = null,
        Func<WebOptions, WebOptions>? adjust = null)
    {
        var data = TestRepo.TempDir(name);
        var store = AccountStore.In(new Storage.DataFolder(data));
        foreach (var (n, role, unit) in accounts ?? []) store.Add(n, role, unit, Password, SystemClock.Instance.GetCurrentInstant());
        var options = new WebOptions { DataDir = data, RulesDir = TestRepo.Rules, Listen = "127.0.0.1:0", MaxConcurrentRuns = 2 };
        if (adjust is not null) options = adjust(options);
        var app = WorkspaceServer.Build(options);
        await app.StartAsync();
        return new RunningWorkspace(app, data, options);
    }

    /// <summary>A client with its own cookies; logged in as <paramref name="user"/> when given.</summary>
    public async Task<HttpClient> Client(string? user = null, bool csrfHeader = true)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var http = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        if (csrfHeader) http.DefaultRequestHeaders.Add(ApiCsrfGuard.Header, "tests");
        if (user is not null)
        {
            var r = await http.PostAsJsonAsync("api/login", new { user, password = Password });
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }
        return http;
    }

    /// <summary>The 潢川 third quarter: the bundled ledger and registry, as the office uploads them.</summary>
    public static MultipartFormDataContent HuangchuanQ3(string? asOf = "2026-10-15 00:00", bool withUnits = true)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("huangchuan"), "pack" },
            { new StringContent("2026Q3"), "period" },
        };
        if (asOf is not null) form.Add(new StringContent(asOf), "as_of");
        form.Add(FileContent(TestRepo.Huangchuan(TestRepo.Q3Ledger)), "logs", TestRepo.Q3Ledger);
        if (withUnits) form.Add(FileContent(TestRepo.Huangchuan("units.csv")), "units", "units.csv");
        return form;
    }

    public static ByteArrayContent FileContent(string path) => Bytes(File.ReadAllBytes(path));

    public static ByteArrayContent Bytes(byte[] bytes)
    {
        var c = new ByteArrayContent(bytes);
        c.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return c;
    }

    /// <summary>Polls a status URL until the run is no longer running; the final status document.</summary>
    public static async Task<JsonElement> WaitDone(HttpClient http, string statusUrl, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(3));
        while (true)
        {
            var s = await http.GetFromJsonAsync<JsonElement>(statusUrl);
            if (s.GetProperty("status").GetString() != "running") return s;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{statusUrl} still running");
            await Task.Delay(200);
        }
    }

    /// <summary>One of the server's services (the run queue, to hold its slots in a test).</summary>
    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); }
        catch (IOException) { }
    }
}
