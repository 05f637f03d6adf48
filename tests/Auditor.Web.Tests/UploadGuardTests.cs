using System.Net;
using Auditor.Core;
using Auditor.Web.Accounts;
using Auditor.Web.Server;

namespace Auditor.Web.Tests;

/// <summary>What an upload may not be: not a spreadsheet, empty, over the size limits; names never become paths.</summary>
public class UploadGuardTests
{
    private static readonly (string, string, string?)[] Accounts = [("office", Roles.Office, null)];

    private static MultipartFormDataContent Form(string fileName, byte[] content) => new()
    {
        { new StringContent("huangchuan"), "pack" }, { new StringContent("2026Q3"), "period" },
        { new StringContent("2026-10-15 00:00"), "as_of" },
        { RunningWorkspace.Bytes(content), "logs", fileName },
        { RunningWorkspace.FileContent(TestRepo.Huangchuan("units.csv")), "units", "units.csv" },
    };

    [Fact]
    public async Task Not_a_spreadsheet_an_empty_file_and_a_file_over_the_limit_are_refused_with_a_message()
    {
        await using var ws = await RunningWorkspace.Start("uploads", Accounts, o => o with { MaxFileBytes = 1 << 20 });
        var http = await ws.Client("office");
        var png = await http.PostAsync("api/audits", Form("照片.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]));
        Assert.Equal(HttpStatusCode.BadRequest, png.StatusCode);
        Assert.Contains("不是表格文件", (await RunningWorkspace.Json(png)).GetProperty("error").GetString());
        var empty = await http.PostAsync("api/audits", Form("台账.csv", []));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var big = await http.PostAsync("api/audits", Form("大台账.csv", new byte[(1 << 20) + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Contains("超过上限", (await RunningWorkspace.Json(big)).GetProperty("error").GetString());
        var unknownPack = await http.PostAsync("api/audits", new MultipartFormDataContent { { new StringContent("nope"), "pack" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPack.StatusCode);
        Assert.Contains("规则包“nope”不存在", (await RunningWorkspace.Json(unknownPack)).GetProperty("error").GetString());
        // nothing of the refused uploads was kept
        Assert.False(Directory.Exists(Path.Combine(ws.DataDir, "audits", "huangchuan-2026Q3", "runs"))
                     && Directory.EnumerateFileSystemEntries(Path.Combine(ws.DataDir, "audits", "huangchuan-2026Q3", "runs")).Any());
    }

    [Fact]
    public async Task A_request_over_the_request_limit_is_413()
    {
        await using var ws = await RunningWorkspace.Start("request-limit", Accounts, o => o with { MaxRequestBytes = 256 << 10 });
        var http = await ws.Client("office");
        var r = await http.PostAsync("api/audits", Form("台账.csv", new byte[512 << 10]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_by_the_engine_and_the_run_fails_with_the_guards_message()
    {
        await using var ws = await RunningWorkspace.Start("bomb", Accounts, o => o with { MaxSheetBytes = 8L << 20 });
        var http = await ws.Client("office");
        var start = await http.PostAsync("api/audits", Form("炸弹.xlsx", Bomb(32L << 20)));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var s = await RunningWorkspace.WaitDone(http, "api/audits/huangchuan-2026Q3");
        Assert.Equal("failed", s.GetProperty("status").GetString());
        Assert.Contains("超过上限 8 MB", s.GetProperty("error").GetString());
        Assert.False(s.GetProperty("has_results").GetBoolean());
    }

    [Fact]
    public async Task An_uploaded_name_never_becomes_a_path()
    {
        await using var ws = await RunningWorkspace.Start("names", Accounts);
        var http = await ws.Client("office");
        var r = await http.PostAsync("api/audits", Form("../../../../tmp/evil.xlsx", File.ReadAllBytes(TestRepo.Huangchuan(TestRepo.Q3Ledger))));
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        await RunningWorkspace.WaitDone(http, "api/audits/huangchuan-2026Q3");
        var stored = Directory.EnumerateFiles(ws.DataDir, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain("evil.xlsx", stored);
        Assert.Contains("台账01.xlsx", stored);
        var run = Directory.EnumerateFiles(Path.Combine(ws.DataDir, "audits"), "run.json", SearchOption.AllDirectories).Single();
        Assert.Contains("\"name\": \"evil.xlsx\"", File.ReadAllText(run));
    }

    [Fact]
    public void Listening_beyond_loopback_without_any_account_is_refused_with_how_to_add_one()
    {
        var data = TestRepo.TempDir("no-accounts");
        var e = Assert.Throws<UsageException>(() => WorkspaceServer.Build(new WebOptions { DataDir = data, RulesDir = TestRepo.Rules, Listen = "0.0.0.0:0" }));
        Assert.Contains("auditor users add", e.Message);
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Directory.Delete(data, true);
    }

    [Fact]
    public async Task Without_accounts_on_loopback_this_machine_is_the_office_and_other_host_names_are_refused()
    {
        await using var ws = await RunningWorkspace.Start("local");
        var http = await ws.Client();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/audits")).StatusCode);
        var other = new HttpRequestMessage(HttpMethod.Get, "api/audits");
        other.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(other)).StatusCode);
    }

    /// <summary>An .xlsx whose sheet XML inflates to <paramref name="sheetBytes"/> in a file of a few tens of KB.</summary>
    private static byte[] Bomb(long sheetBytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.Optimal).Open();
            var blanks = new byte[1 << 20];
            Array.Fill(blanks, (byte)' ');
            for (long written = 0; written < sheetBytes; written += blanks.Length) s.Write(blanks);
        }
        return ms.ToArray();
    }
}
