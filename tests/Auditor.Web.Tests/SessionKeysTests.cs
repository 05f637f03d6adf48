using System.Net;
using System.Net.Http.Json;
using Auditor.Web.Accounts;
using Auditor.Web.Api;
using Auditor.Web.Server;
using NodaTime;

namespace Auditor.Web.Tests;

/// <summary>The keys that sign session cookies are kept under --data: a restarted server still knows its sessions.</summary>
public class SessionKeysTests
{
    [Fact]
    public async Task A_session_survives_a_restart_of_the_server_and_its_keys_live_under_the_data_folder()
    {
        var data = TestRepo.TempDir("keys");
        try
        {
            AccountStore.In(new Storage.DataFolder(data))
                .Add("office", Roles.Office, null, RunningWorkspace.Password, SystemClock.Instance.GetCurrentInstant());
            var options = new WebOptions { DataDir = data, RulesDir = TestRepo.Rules, Listen = "127.0.0.1:0", MaxConcurrentRuns = 1 };

            string cookie;
            var first = WorkspaceServer.Build(options);
            await first.StartAsync();
            try
            {
                using var http = Client(first);
                var login = await http.PostAsJsonAsync("api/login", new { user = "office", password = RunningWorkspace.Password });
                Assert.Equal(HttpStatusCode.OK, login.StatusCode);
                cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(WorkspaceServer.CookieName + "=")).Split(';')[0];
            }
            finally
            {
                await first.StopAsync();
                await first.DisposeAsync();
            }

            var keys = Path.Combine(data, "keys");
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));

            var second = WorkspaceServer.Build(options);
            await second.StartAsync();
            try
            {
                using var http = Client(second);
                http.DefaultRequestHeaders.Add("Cookie", cookie);
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/audits")).StatusCode);
                // and a made-up cookie is still refused: the session is recognised by its signature, not let through
                using var forged = Client(second);
                forged.DefaultRequestHeaders.Add("Cookie", WorkspaceServer.CookieName + "=CfDJ8forged");
                Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("api/audits")).StatusCode);
            }
            finally
            {
                await second.StopAsync();
                await second.DisposeAsync();
            }
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); }
            catch (IOException) { }
        }
    }

    private static HttpClient Client(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        var address = WorkspaceServer.Addresses(app).First().Replace("[::]", "127.0.0.1") + "/";
        var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Add(ApiCsrfGuard.Header, "tests");
        return http;
    }
}
