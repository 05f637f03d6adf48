using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Auditor.Web.Accounts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Auditor.Web.Tests.Browser;

/// <summary>
/// The office's quarter in a real browser: log in, upload the bundled 潢川 ledger and registry, run, filter the
/// findings, file an appeal, sign off, download the documents as a zip and open its notice; then a unit's self-check.
/// Screenshots of the main pages go to artifacts/web-tests/browser/ for review.
/// </summary>
public class WorkspaceFlowTests(ITestOutputHelper output)
{
    private static readonly (string, string, string?)[] Accounts = [("张主任", Roles.Office, null), ("chunshen", Roles.Unit, "春申街道")];

    [SkippableFact]
    public async Task Office_runs_reviews_appeals_signs_off_and_downloads_the_notice_then_a_unit_checks_itself()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var shots = TestRepo.Artifacts("browser");
        await using var ws = await RunningWorkspace.Start("browser", Accounts);
        // the second quarter first (through the API, as an OA system would), so the history shows a trend
        var api = await ws.Client("张主任");
        var q2 = new MultipartFormDataContent
        {
            { new StringContent("huangchuan"), "pack" }, { new StringContent("2026Q2"), "period" }, { new StringContent("2026-07-15 00:00"), "as_of" },
            { RunningWorkspace.FileContent(TestRepo.Huangchuan("潢川县2026年第二季度政务舆情处置台账.xlsx")), "logs", "潢川县2026年第二季度政务舆情处置台账.xlsx" },
            { RunningWorkspace.FileContent(TestRepo.Huangchuan("units.csv")), "units", "units.csv" },
        };
        (await api.PostAsync("api/audits", q2)).EnsureSuccessStatusCode();
        Assert.Equal("done", (await RunningWorkspace.WaitDone(api, "api/audits/huangchuan-2026Q2")).GetProperty("status").GetString());
        using var b = new Chromium();
        var web = b.Web;
        string Url(string path) => new Uri(ws.BaseAddress, path).ToString();

        // log in: a wrong password first
        web.Navigate().GoToUrl(Url("audits/new"));
        Assert.Contains("/login", web.Url);
        b.Find("#user").SendKeys("张主任");
        b.Find("#password").SendKeys("wrong-password");
        b.Find("form button[type=submit]").Click();
        Assert.Contains("账号或密码不正确", b.Find("[role=alert]").Text);
        b.Screenshot(shots, "01-login-wrong-password");
        b.Find("#password").SendKeys(RunningWorkspace.Password);
        b.Find("form button[type=submit]").Click();
        b.WaitUntil(() => web.Url.EndsWith("/audits/new"), "the new-audit page after login");

        // the drop zone: a file dropped on it becomes the input's file
        var dropped = web.ExecuteScript("""
            const zone = document.querySelector('fieldset[data-drop=units]');
            const dt = new DataTransfer(); dt.items.add(new File(['单位编码,单位名称\n'], '拖入的名录.csv'));
            zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
            return document.getElementById('units').files[0].name + '|' + document.querySelector('ul.chosen[data-for=units]').textContent;
            """) as string;
        Assert.StartsWith("拖入的名录.csv|拖入的名录.csv", dropped);

        // start the audit with the bundled fixtures
        b.Find("#pack option[value=huangchuan]").Click();
        b.Find("#period").SendKeys("2026Q3");
        b.Find("#as_of").SendKeys("2026-10-15 00:00");
        b.Find("#logs").SendKeys(TestRepo.Huangchuan(TestRepo.Q3Ledger));
        b.Find("#units").SendKeys(TestRepo.Huangchuan("units.csv")); // replaces the dropped one
        b.Screenshot(shots, "02-new-audit");
        b.Find("#new-audit button[type=submit]").Click();
        b.WaitUntil(() => web.Url.EndsWith("/audits/huangchuan-2026Q3"), "the audit page");
        b.WaitUntil(() => b.Find(".status .badge").Text == "完成", "the run to finish");
        Assert.Contains("排名", b.Text);
        Assert.NotEmpty(b.FindAll("table.bars tbody tr"));
        Assert.NotEmpty(b.FindAll("svg.svgbars rect"));
        b.Screenshot(shots, "03-audit-ranking");
        var (metBefore, breachedBefore) = NoticeCounts(await Download(ws, web, "api/audits/huangchuan-2026Q3/files/" + Uri.EscapeDataString("通报批评.docx")));

        // what was read
        web.Navigate().GoToUrl(Url("audits/huangchuan-2026Q3/read"));
        Assert.Contains("列映射", b.Text);
        Assert.Contains("潢川县2026年第三季度政务舆情处置台账.xlsx（台账01.xlsx）", b.Text);
        b.Screenshot(shots, "04-read");

        // findings filtered by verdict (and the unit and kind filters are there)
        web.Navigate().GoToUrl(Url("audits/huangchuan-2026Q3/findings"));
        Assert.True(b.FindAll("#unit option").Count > 2);
        Assert.True(b.FindAll("#kind option").Count > 2);
        b.Find("#verdict option[value=breached]").Click();
        b.Find("form.filters button").Click();
        b.WaitUntil(() => web.Url.Contains("verdict=breached"), "the filtered findings");
        var badges = b.FindAll("table.findings tbody .badge").Select(e => e.Text).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, t => Assert.Equal("超时", t));
        Assert.All(b.FindAll("table.findings tbody tr td:nth-child(6)"), td => Assert.NotEqual("", td.Text.Trim())); // every row cites its clause
        Assert.All(b.FindAll("table.findings tbody tr td:nth-child(5)"), td => Assert.NotEqual("", td.Text.Trim())); // and its evidence
        b.Screenshot(shots, "05-findings-breached");

        // an appeal on the first breached finding
        var caseId = b.Find("table.findings tbody tr td").Text.Split('\n')[0].Trim();
        b.Find("table.findings tbody tr a[href*='/appeal']").Click();
        b.WaitUntil(() => web.Url.Contains("/appeal"), "the appeal page");
        b.Find("#verdict option[value=met]").Click();
        b.Find("#justification").SendKeys("平台时间记录错误，以发布截图为准");
        b.Screenshot(shots, "06-appeal");
        b.Find("form.card button[type=submit]").Click();
        b.WaitUntil(() => web.Url.EndsWith("/audits/huangchuan-2026Q3"), "back on the audit page");
        b.WaitUntil(() => b.Find(".status .badge").Text == "完成", "the re-run after the appeal");
        Assert.Contains(caseId, b.Find("section[aria-labelledby=appeals-h]").Text);
        Assert.Contains("张主任", b.Find("section[aria-labelledby=appeals-h]").Text);

        // sign off
        b.Find("section[aria-labelledby=signoff-h] button[type=submit]").Click();
        b.WaitUntil(() => b.Text.Contains("已签发"), "the sign-off");
        b.Screenshot(shots, "07-signed-off");

        // the documents as a zip, downloaded by the browser; its notice carries the appeal
        b.Find("a[href$='documents.zip']").Click();
        var zipPath = "";
        b.WaitUntil(() => (zipPath = Directory.EnumerateFiles(b.Downloads, "*.zip").FirstOrDefault() ?? "") != "", "the zip download");
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            var entry = zip.GetEntry("通报批评.docx") ?? throw new Xunit.Sdk.XunitException("no 通报批评.docx in the zip");
            using var ms = new MemoryStream();
            using (var s = entry.Open()) s.CopyTo(ms);
            var text = DocxText(ms.ToArray(), out var errors);
            Assert.Empty(errors);
            Assert.Contains("关于2026年第三季度政务舆情回应处置工作考核情况的通报", text);
            Assert.Equal((metBefore + 1, breachedBefore - 1), NoticeCounts(ms.ToArray()));
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("单位成绩单/", StringComparison.Ordinal));
        }

        // earlier periods and trends
        web.Navigate().GoToUrl(Url("history"));
        Assert.Contains("2026Q2", b.Text);
        Assert.Contains("2026Q3", b.Text);
        Assert.NotEmpty(b.FindAll("svg.spark polyline"));
        b.Screenshot(shots, "08-history");

        // a unit: its self-check page, and its own findings of the signed-off period
        b.Find("form[action='/logout'] button").Click();
        b.WaitUntil(() => web.Url.Contains("/login"), "the login page after logging out");
        b.Find("#user").SendKeys("chunshen");
        b.Find("#password").SendKeys(RunningWorkspace.Password);
        b.Find("form button[type=submit]").Click();
        b.WaitUntil(() => web.Url.EndsWith("/unit"), "the unit's page");
        Assert.Contains("huangchuan-2026Q3", b.Find("section[aria-labelledby=released-h]").Text);
        b.Find("#pack option[value=huangchuan]").Click();
        b.Find("#period").SendKeys("2026Q3");
        b.Find("#as_of").SendKeys("2026-09-30 12:00");
        b.Find("#logs").SendKeys(TestRepo.Huangchuan(TestRepo.Q3Ledger));
        b.Screenshot(shots, "09-unit-home");
        b.Find("#selfcheck button[type=submit]").Click();
        b.WaitUntil(() => web.Url.Contains("/selfchecks/"), "the self-check page");
        b.WaitUntil(() => b.Find(".card .badge").Text == "完成", "the self-check to finish");
        Assert.Contains("得分", b.Text);
        Assert.NotEmpty(b.FindAll("a[href*='自查报告'], a[href*='%E8%87%AA%E6%9F%A5%E6%8A%A5%E5%91%8A']"));
        b.Screenshot(shots, "10-selfcheck");
        // the unit's view of the signed-off audit holds its own unit only
        web.Navigate().GoToUrl(Url("audits/huangchuan-2026Q3/findings"));
        var units = b.FindAll("table.findings tbody tr td:nth-child(2)").Select(e => e.Text).Distinct().ToList();
        Assert.Equal(["潢川县春申街道办事处"], units);
        b.Screenshot(shots, "11-unit-findings");
        output.WriteLine($"screenshots: {shots}");
    }

    /// <summary>A file fetched with the browser's session cookie.</summary>
    private static async Task<byte[]> Download(RunningWorkspace ws, IWebDriver web, string path)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        foreach (var c in web.Manage().Cookies.AllCookies) handler.CookieContainer.Add(ws.BaseAddress, new System.Net.Cookie(c.Name, c.Value));
        using var http = new HttpClient(handler) { BaseAddress = ws.BaseAddress };
        return await http.GetByteArrayAsync(path);
    }

    /// <summary>The notice's "按时履行N项、超时履行M项" of its 总体情况 section.</summary>
    private static (int Met, int Breached) NoticeCounts(byte[] docx)
    {
        var m = Regex.Match(DocxText(docx, out _), @"按时履行(\d+)项、超时履行(\d+)项");
        Assert.True(m.Success, "the notice states the counts");
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    private static string DocxText(byte[] docx, out List<ValidationErrorInfo> errors)
    {
        using var ms = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(ms, false);
        errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(doc).ToList();
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }
}
