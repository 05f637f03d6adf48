using System.Net;
using System.Net.Http.Json;
using Auditor.Core;
using Auditor.Web.Accounts;
using Auditor.Web.Workspace;
using NodaTime;

namespace Auditor.Web.Tests;

/// <summary>A unit's pending obligations with the time left until each deadline, from the workspace's clock.</summary>
public class PendingTimeLeftTests
{
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private static Instant Local(int month, int day, int hour, int minute) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(AuditorZones.Default).ToInstant();

    [Theory]
    [InlineData(10, 1, 13, 30, "还剩 3 天 1 小时")]   // 73 h 30 min
    [InlineData(9, 29, 9, 11, "还剩 21 小时")]       // 21 h 11 min
    [InlineData(9, 28, 12, 45, "还剩 45 分钟")]
    [InlineData(9, 28, 12, 0, "已过截止时间")]
    [InlineData(9, 27, 8, 0, "已过截止时间")]
    public void Time_left_counts_whole_days_and_hours_from_now(int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(expected, WorkspaceTime.Left(new LocalDateTime(2026, month, day, hour, minute), Local(9, 28, 12, 0), AuditorZones.Default));

    [Fact]
    public async Task A_self_check_without_an_as_of_runs_at_now_and_lists_what_is_still_due_with_the_time_left()
    {
        var now = Local(9, 28, 12, 0);
        await using var ws = await RunningWorkspace.Start("pending", [("office", Roles.Office, null), ("chunshen", Roles.Unit, "春申街道")],
            o => o with { Clock = new FixedClock(now) });
        var office = await ws.Client("office");
        (await office.PostAsync("api/audits", RunningWorkspace.HuangchuanQ3())).EnsureSuccessStatusCode();
        await RunningWorkspace.WaitDone(office, "api/audits/huangchuan-2026Q3");

        var unit = await ws.Client("chunshen");
        var form = new MultipartFormDataContent
        {
            { new StringContent("huangchuan"), "pack" }, { new StringContent("2026Q3"), "period" },
            { RunningWorkspace.FileContent(TestRepo.Huangchuan(TestRepo.Q3Ledger)), "logs", "台账.xlsx" },
        };
        var start = await unit.PostAsync("api/selfchecks", form);
        var id = (await RunningWorkspace.Json(start)).GetProperty("id").GetString()!;
        var status = await RunningWorkspace.WaitDone(unit, $"api/selfchecks/{id}");
        Assert.Equal("2026-09-28 12:00", status.GetProperty("as_of").GetString());

        // HC-2026Q3-035 was discovered 9月27日 9:11: its 48-hour response is due 9月29日 9:11, 21 h 11 min after now
        var pending = (await unit.GetFromJsonAsync<Dictionary<string, string>[]>($"api/selfchecks/{id}/findings?verdict=pending"))!;
        Assert.Contains(pending, r => r["case_id"] == "HC-2026Q3-035" && r["deadline"] == "2026-09-29T09:11:00");
        var page = await unit.GetStringAsync($"selfchecks/{id}");
        Assert.Contains($"未到期的义务（{pending.Length} 项）", page);
        var row = page[page.IndexOf("HC-2026Q3-035", page.IndexOf("pending-h", StringComparison.Ordinal), StringComparison.Ordinal)..];
        Assert.Contains("还剩 21 小时", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync($"api/selfchecks/{id}/files/{Uri.EscapeDataString("自查报告.docx")}")).StatusCode);
    }
}
