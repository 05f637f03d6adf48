using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auditor.Web.Accounts;

namespace Auditor.Web.Tests;

/// <summary>
/// What a unit account may see through the API: its own unit only, and the office's findings, lists and notice never
/// before sign-off; its own self-checks, never another unit's.
/// </summary>
public class UnitIsolationTests
{
    private const string Id = "huangchuan-2026Q3";
    private const string Chunshen = "潢川县春申街道办事处", Yiyang = "潢川县弋阳街道办事处";

    // one unit account names its unit by alias, the other by code: both resolve in the registry
    private static readonly (string, string, string?)[] Accounts =
        [("office", Roles.Office, null), ("chunshen", Roles.Unit, "春申街道"), ("yiyang", Roles.Unit, "HC02")];

    [Fact]
    public async Task Before_sign_off_a_unit_gets_403_for_the_offices_findings_and_documents_after_it_only_its_own_and_the_public_ones()
    {
        await using var ws = await RunningWorkspace.Start("isolation", Accounts);
        var office = await ws.Client("office");
        var unit = await ws.Client("chunshen");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3())).StatusCode);
        (await office.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3())).EnsureSuccessStatusCode();
        await RunningWorkspace.WaitDone(office, $"api/audits/{Id}");

        // before sign-off: nothing of the office's audit
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/findings?unit={Uri.EscapeDataString(Chunshen)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/files/{Uri.EscapeDataString("通报批评.docx")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/files/{Uri.EscapeDataString($"单位成绩单/{Chunshen}.docx")}")).StatusCode);
        Assert.Empty((await unit.GetFromJsonAsync<JsonElement[]>("api/audits"))!);
        // the office's actions are the office's
        var finding = (await office.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{Id}/findings?verdict=breached"))![0];
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync($"api/audits/{Id}/appeals",
            new { case_id = finding["case_id"], rule_id = finding["rule_id"], verdict = "met", justification = "我们按时了" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsync($"api/audits/{Id}/signoff", null)).StatusCode);

        (await office.PostAsync($"api/audits/{Id}/signoff", null)).EnsureSuccessStatusCode();

        // after sign-off: its own findings, the notice and lists, its own scorecard — nothing of another unit
        var own = await unit.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{Id}/findings");
        var expected = (await office.GetFromJsonAsync<Dictionary<string, string>[]>($"api/audits/{Id}/findings"))!.Count(r => r["unit"] == Chunshen);
        Assert.True(expected > 0);
        Assert.Equal(expected, own!.Length);
        Assert.All(own, r => Assert.Equal(Chunshen, r["unit"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/findings?unit={Uri.EscapeDataString(Yiyang)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync($"api/audits/{Id}/findings?unit={Uri.EscapeDataString(Chunshen)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync($"api/audits/{Id}/files/{Uri.EscapeDataString("通报批评.docx")}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync($"api/audits/{Id}/files/单位成绩单/{Uri.EscapeDataString(Chunshen + ".docx")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/files/单位成绩单/{Uri.EscapeDataString(Yiyang + ".docx")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/files/{Uri.EscapeDataString("汇总评分报告.docx")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/files/findings.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"api/audits/{Id}/documents.zip")).StatusCode);
        var files = await unit.GetFromJsonAsync<string[]>($"api/audits/{Id}/files");
        Assert.Contains("通报批评.docx", files!);
        Assert.Contains($"单位成绩单/{Chunshen}.docx", files!);
        Assert.DoesNotContain(files!, f => f.Contains(Yiyang) || f.StartsWith("findings", StringComparison.Ordinal) || f == "汇总评分报告.docx");
        Assert.Single((await unit.GetFromJsonAsync<JsonElement[]>("api/audits"))!);
    }

    [Fact]
    public async Task A_units_self_check_holds_its_own_findings_and_no_other_account_can_open_it()
    {
        await using var ws = await RunningWorkspace.Start("selfcheck", Accounts);
        var office = await ws.Client("office");
        var chunshen = await ws.Client("chunshen");
        var yiyang = await ws.Client("yiyang");
        // no registry yet: the office has not uploaded one for the pack
        var early = await chunshen.PostAsync("api/selfchecks", SelfCheckForm());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        (await office.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3())).EnsureSuccessStatusCode();
        await RunningWorkspace.WaitDone(office, $"api/audits/{Id}");

        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsync("api/selfchecks", SelfCheckForm())).StatusCode);
        var start = await chunshen.PostAsync("api/selfchecks", SelfCheckForm());
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await RunningWorkspace.Json(start)).GetProperty("id").GetString()!;
        var status = await RunningWorkspace.WaitDone(chunshen, $"api/selfchecks/{id}");
        Assert.Equal("done", status.GetProperty("status").GetString());
        var rows = await chunshen.GetFromJsonAsync<Dictionary<string, string>[]>($"api/selfchecks/{id}/findings");
        Assert.NotEmpty(rows!);
        Assert.All(rows!, r => Assert.Equal(Chunshen, r["unit"]));
        var report = await chunshen.GetAsync($"api/selfchecks/{id}/files/{Uri.EscapeDataString("自查报告.docx")}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        foreach (var other in new[] { yiyang, office })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"api/selfchecks/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"api/selfchecks/{id}/findings")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"api/selfchecks/{id}/files/{Uri.EscapeDataString("自查报告.docx")}")).StatusCode);
        }
        Assert.Empty((await yiyang.GetFromJsonAsync<JsonElement[]>("api/selfchecks"))!);
        Assert.Single((await chunshen.GetFromJsonAsync<JsonElement[]>("api/selfchecks"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await chunshen.GetAsync("api/selfchecks/sc-..%2F..%2Faccounts")).StatusCode);
    }

    private static MultipartFormDataContent SelfCheckForm() => new()
    {
        { new StringContent("huangchuan"), "pack" }, { new StringContent("2026Q3"), "period" },
        { new StringContent("2026-10-15 00:00"), "as_of" },
        { RunningWorkspace.FileContent(TestRepo.Huangchuan(TestRepo.Q3Ledger)), "logs", "本单位台账.xlsx" },
    };
}
