using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auditor.Web.Accounts;
using Auditor.Web.Workspace;

namespace Auditor.Web.Tests;

/// <summary>The office's flow through the JSON API: start, status, findings with filters, appeal, sign-off, 409, reopen.</summary>
public class OfficeApiTests
{
    private static readonly (string, string, string?)[] Accounts = [("office", Roles.Office, null)];

    [Fact]
    public async Task Login_with_a_wrong_password_is_401_and_a_right_one_sets_an_HttpOnly_SameSite_Strict_cookie()
    {
        await using var ws = await RunningWorkspace.Start("login", Accounts);
        var http = await ws.Client();
        var wrong = await http.PostAsJsonAsync("api/login", new { user = "office", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("账号或密码不正确", (await RunningWorkspace.Json(wrong)).GetProperty("error").GetString());
        var unknown = await http.PostAsJsonAsync("api/login", new { user = "nobody", password = RunningWorkspace.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/audits")).StatusCode);

        var right = await http.PostAsJsonAsync("api/login", new { user = "office", password = RunningWorkspace.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("auditor.session="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/audits")).StatusCode);
    }

    [Fact]
    public async Task A_POST_without_the_client_header_is_refused_as_a_possible_cross_site_request()
    {
        await using var ws = await RunningWorkspace.Start("csrf", Accounts);
        var http = await ws.Client("office");
        var bare = await ws.Client(csrfHeader: false);
        // the same session cookie, but no X-Auditor-Client header: what a form on another site could send
        bare.DefaultRequestHeaders.Add("Cookie", string.Join("; ", (await LoginCookies(ws)).Select(c => $"{c.Name}={c.Value}")));
        var r = await bare.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3());
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("X-Auditor-Client", await r.Content.ReadAsStringAsync());
        Assert.Empty(await http.GetFromJsonAsync<JsonElement[]>("api/audits") ?? []);
    }

    private static async Task<CookieCollection> LoginCookies(RunningWorkspace ws)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = ws.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Auditor-Client", "t");
        (await http.PostAsJsonAsync("api/login", new { user = "office", password = RunningWorkspace.Password })).EnsureSuccessStatusCode();
        return handler.CookieContainer.GetCookies(ws.BaseAddress);
    }

    [Fact]
    public async Task Run_filter_appeal_sign_off_then_409_until_reopened_with_a_reason()
    {
        await using var ws = await RunningWorkspace.Start("flow", Accounts);
        var http = await ws.Client("office");

        var start = await http.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3());
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await RunningWorkspace.Json(start)).GetProperty("id").GetString()!;
        Assert.Equal("huangchuan-2026Q3", id);
        var status = await RunningWorkspace.WaitDone(http, $"api/audits/{id}");
        Assert.Equal("done", status.GetProperty("status").GetString());

        // findings: the rows of findings.csv, filtered
        var all = await http.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{id}/findings");
        Assert.NotNull(all);
        Assert.Equal(File.ReadAllLines(Path.Combine(ws.DataDir, "audits", id, "out", "findings.csv")).Length - 1, all.Length);
        // a finished run still says how much it replayed: the 80 cases of the ledger, one finding per findings.csv row
        Assert.Equal(80, status.GetProperty("cases").GetInt32());
        Assert.Equal(all.Length, status.GetProperty("findings").GetInt64());
        var breached = await http.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{id}/findings?verdict=breached");
        Assert.NotEmpty(breached!);
        Assert.All(breached!, r => Assert.Equal("breached", r["verdict"]));
        Assert.Equal(all.Count(r => r["verdict"] == "breached"), breached!.Length);
        var unit = breached![0]["unit"];
        var ofUnit = await http.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{id}/findings?unit={Uri.EscapeDataString(unit)}&verdict=超时");
        Assert.Equal(breached.Count(r => r["unit"] == unit), ofUnit!.Length);
        // the office names a unit as the registry does in any of its forms: the alias finds the same rows as the name
        var byName = await http.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{id}/findings?unit={Uri.EscapeDataString("潢川县春申街道办事处")}");
        var byAlias = await http.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{id}/findings?unit={Uri.EscapeDataString("春申街道")}");
        Assert.NotEmpty(byName!);
        Assert.Equal(byName!.Select(r => r["case_id"] + r["rule_id"]), byAlias!.Select(r => r["case_id"] + r["rule_id"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync($"api/audits/{id}/findings?verdict=maybe")).StatusCode);

        // an appeal: recorded in the overrides, the audit runs again, every output shows it
        var target = breached[0];
        var appeal = await http.PostAsJsonAsync($"api/audits/{id}/appeals", new
        {
            case_id = target["case_id"], rule_id = target["rule_id"], verdict = "met", justification = "平台时间记录错误，以发布截图为准",
        });
        Assert.Equal(HttpStatusCode.Accepted, appeal.StatusCode);
        status = await RunningWorkspace.WaitDone(http, $"api/audits/{id}");
        Assert.Equal("done", status.GetProperty("status").GetString());
        var after = (await http.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{id}/findings"))!
            .Single(r => r["case_id"] == target["case_id"] && r["rule_id"] == target["rule_id"]);
        Assert.Equal("met", after["verdict"]);
        Assert.Equal("breached", after["override_from"]);
        Assert.Equal("平台时间记录错误，以发布截图为准", after["override_justification"]);
        var overrides = File.ReadAllText(Path.Combine(ws.DataDir, "audits", id, "overrides.csv"));
        Assert.Contains(target["case_id"], overrides);
        Assert.Contains(",office,", overrides); // the approver: the account that decided it
        var appeals = await http.GetFromJsonAsync<JsonElement[]>($"api/audits/{id}/appeals");
        Assert.Single(appeals!);
        // the history store holds the appealed verdict too
        Assert.Equal(("met", "breached"), HistoryVerdict(Path.Combine(ws.DataDir, "history.db"), target["case_id"], target["rule_id"]));

        // sign-off locks the period
        var signoff = await http.PostAsync($"api/audits/{id}/signoff", null);
        Assert.Equal(HttpStatusCode.OK, signoff.StatusCode);
        var again = await http.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("重新开启", (await RunningWorkspace.Json(again)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsJsonAsync($"api/audits/{id}/appeals", new
        {
            case_id = target["case_id"], rule_id = target["rule_id"], verdict = "breached", justification = "x",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync($"api/audits/{id}/signoff", null)).StatusCode);

        // documents: one by one and as a zip
        var notice = await http.GetAsync($"api/audits/{id}/files/{Uri.EscapeDataString("通报批评.docx")}");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await notice.Content.ReadAsByteArrayAsync())[..2]));
        var zip = await http.GetAsync($"api/audits/{id}/documents.zip");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using (var archive = new System.IO.Compression.ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "通报批评.docx");
            Assert.Contains(archive.Entries, e => e.FullName.StartsWith("单位成绩单/", StringComparison.Ordinal));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/audits/{id}/files/..%2Faudit.json")).StatusCode);

        // reopening needs a reason, kept in the audit log
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync($"api/audits/{id}/reopen", new { reason = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync($"api/audits/{id}/reopen", new { reason = "县政府办要求补录两起舆情后重新考核" })).StatusCode);
        var log = await http.GetFromJsonAsync<JsonElement[]>($"api/audits/{id}/log");
        Assert.Contains(log!, e => e.GetProperty("action").GetString() == "重新开启"
                                   && e.GetProperty("detail").GetString()!.Contains("县政府办要求补录两起舆情后重新考核"));
        Assert.Contains(log!, e => e.GetProperty("action").GetString() == "签发");
        var rerun = await http.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3(withUnits: false));
        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        Assert.Equal("done", (await RunningWorkspace.WaitDone(http, $"api/audits/{id}")).GetProperty("status").GetString());
    }

    private static (string, string) HistoryVerdict(string db, string caseId, string ruleId)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT verdict, original_verdict FROM findings WHERE case_id = $c AND rule_id = $r";
        q.Parameters.AddWithValue("$c", caseId);
        q.Parameters.AddWithValue("$r", ruleId);
        using var r = q.ExecuteReader();
        Assert.True(r.Read());
        var result = (r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1));
        Assert.False(r.Read());
        return result;
    }

    [Fact]
    public async Task A_second_audit_of_the_period_while_the_first_runs_is_409()
    {
        // one run at a time and that slot held: the first audit stays live (waiting its turn) whatever the machine's speed
        await using var ws = await RunningWorkspace.Start("twice", Accounts, o => o with { MaxConcurrentRuns = 1 });
        using var hold = new ManualResetEventSlim();
        var queue = ws.Service<RunQueue>();
        queue.Start("test:hold", (_, cancel) => hold.Wait(cancel), _ => { });
        while (queue.Live("test:hold") is { Waiting: true }) await Task.Delay(10);
        var http = await ws.Client("office");
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3())).StatusCode);
        var second = await http.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("正在运行", (await RunningWorkspace.Json(second)).GetProperty("error").GetString());
        hold.Set();
        Assert.Equal("done", (await RunningWorkspace.WaitDone(http, "api/audits/huangchuan-2026Q3")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_failed_run_keeps_the_previous_results()
    {
        await using var ws = await RunningWorkspace.Start("failed", Accounts);
        var http = await ws.Client("office");
        (await http.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3())).EnsureSuccessStatusCode();
        var first = await RunningWorkspace.WaitDone(http, "api/audits/huangchuan-2026Q3");
        var before = await http.GetStringAsync("api/audits/huangchuan-2026Q3/findings");

        // a ledger without the columns a case needs: the run fails, with the reader's message
        var bad = new MultipartFormDataContent
        {
            { new StringContent("huangchuan"), "pack" }, { new StringContent("2026Q3"), "period" },
            { new StringContent("2026-10-15 00:00"), "as_of" },
            { RunningWorkspace.FileContent(Path.Combine(TestRepo.Root, "fixtures", "bad", "ledger-missing-discovered.csv")), "logs", "坏台账.csv" },
        };
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("api/audits", bad)).StatusCode);
        var failed = await RunningWorkspace.WaitDone(http, "api/audits/huangchuan-2026Q3");
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetString()));
        Assert.True(failed.GetProperty("has_results").GetBoolean());
        Assert.Equal(first.GetProperty("result_run").GetString(), failed.GetProperty("result_run").GetString());
        Assert.Equal(before, await http.GetStringAsync("api/audits/huangchuan-2026Q3/findings"));
        // signing off what failed to replace is refused until a run succeeds
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync("api/audits/huangchuan-2026Q3/signoff", null)).StatusCode);
    }
}
