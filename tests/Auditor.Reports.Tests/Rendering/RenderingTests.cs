using System.Diagnostics;
using Auditor.Reports.Office;
using Xunit.Abstractions;

namespace Auditor.Reports.Tests.Rendering;

/// <summary>
/// Renders the notice and the summary with LibreOffice (installed by scripts/test-setup.sh, which `make test` runs) and
/// checks the page counts; skipped — and reported as skipped, not passed — where LibreOffice or poppler is missing. The official
/// fonts are mapped to Noto CJK SC by the private fonts.conf next to this file (FONTCONFIG_FILE), as offices have them.
/// </summary>
[Collection(HeavyTests.Name)]
public class RenderingTests(ITestOutputHelper output)
{
    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    [SkippableFact]
    public void Notice_and_summary_render_to_the_expected_number_of_pages()
    {
        var soffice = Find("soffice");
        var pdfinfo = Find("pdfinfo");
        Skip.If(soffice is null || pdfinfo is null, "soffice/pdfinfo not installed (scripts/test-setup.sh installs libreoffice-writer and poppler-utils)");
        var dir = TestFiles.TempDir("render");
        ReportFiles.WriteSet(SampleOutcome.Build(), OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), dir);
        var pdfDir = Path.Combine(dir, "pdf");
        Convert(soffice, pdfDir, Path.Combine(dir, "通报批评.docx"), Path.Combine(dir, "汇总评分报告.docx"), Path.Combine(dir, "约谈名单.docx"));
        int notice = Pages(pdfinfo, Path.Combine(pdfDir, "通报批评.pdf"));
        int summary = Pages(pdfinfo, Path.Combine(pdfDir, "汇总评分报告.pdf"));
        int list = Pages(pdfinfo, Path.Combine(pdfDir, "约谈名单.pdf"));
        output.WriteLine($"通报批评 {notice} 页, 汇总评分报告 {summary} 页, 约谈名单 {list} 页");
        // The sample notice holds about 80 lines of 22 a page with the 版头 (≈ 10 lines), 附件说明 and 落款: 4 pages; the
        // 版记 sits at the foot of the last page and moves to a page of its own when the 落款 fills that page (5).
        Assert.InRange(notice, 4, 5);
        // Summary: tables, four charts of 70–95 mm, method and appendix (own page): 5 pages.
        Assert.InRange(summary, 4, 6);
        Assert.Equal(1, list);

        // Chart text is laid out as text: the legend of the lateness chart and the trend chart's title exist only in charts.
        var pdftotext = Find("pdftotext") ?? throw new Xunit.Sdk.XunitException("pdftotext missing beside pdfinfo (both are poppler-utils)");
        var summaryText = Run(pdftotext, "-layout", Path.Combine(pdfDir, "汇总评分报告.pdf"), "-");
        Assert.Contains("超时1小时内", summaryText.Replace(" ", ""));
        Assert.Contains("各单位得分趋势", summaryText.Replace(" ", ""));
        Assert.Contains("2026年第一季度", summaryText.Replace(" ", ""));
        var noticeText = Run(pdftotext, "-layout", Path.Combine(pdfDir, "通报批评.pdf"), "-");
        Assert.Contains("—1—", noticeText.Replace(" ", ""));
        Assert.Contains("—2—", noticeText.Replace(" ", ""));
        Assert.Contains("潢政办〔2026〕12号", noticeText.Replace(" ", ""));
    }

    private static string Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }

    private void Convert(string soffice, string outDir, params string[] files)
    {
        Directory.CreateDirectory(outDir);
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", $"-env:UserInstallation=file://{Path.Combine(outDir, "lo-profile")}", "--convert-to", "pdf", "--outdir", outDir })
            psi.ArgumentList.Add(a);
        foreach (var f in files) psi.ArgumentList.Add(f);
        psi.Environment["FONTCONFIG_FILE"] = Path.Combine(TestFiles.RepoRoot, "tests", "Auditor.Reports.Tests", "Rendering", "fonts.conf");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(240_000), "soffice took more than 4 minutes");
        output.WriteLine(stdout.Result + stderr.Result);
        Assert.Equal(0, p.ExitCode);
    }

    private static int Pages(string pdfinfo, string pdf)
    {
        Assert.True(File.Exists(pdf), pdf + " was not produced");
        var psi = new ProcessStartInfo(pdfinfo) { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(pdf);
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var line = text.Split('\n').First(l => l.StartsWith("Pages:"));
        return int.Parse(line["Pages:".Length..].Trim());
    }
}
