using System.IO.Compression;
using System.Text.RegularExpressions;
using Auditor.Core.Domain;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using Auditor.Reports.Writers;

namespace Auditor.Reports.Tests;

/// <summary>A unit with thousands of findings gets a readable scorecard: tables capped, the rest pointed to.</summary>
public class ScorecardCapTests
{
    [Fact]
    public void Findings_table_lists_at_most_the_cap_and_says_where_the_rest_are()
    {
        var template = SampleOutcome.Findings.First(f => f.Verdict == Verdict.Breached); // scorecards list the findings that are not met
        int n = ScorecardContent.MaxTableRows + 50;
        var many = Enumerable.Range(0, n).Select(i => template with { CaseId = $"BIG-{i:0000}" });
        var outcome = SampleOutcome.WithFindings(SampleOutcome.Build(), [.. SampleOutcome.Findings, .. many]);
        var score = outcome.Scores.First(s => s.Unit == template.Unit);
        var ctx = new ReportContext(outcome, ReportTemplates.Load(Path.Combine(TestFiles.Rules, "templates")),
            OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")));

        var bytes = ScorecardWriter.Build(ctx, score);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var r = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = r.ReadToEnd();
        Assert.Contains($"下表列出前 {ScorecardContent.MaxTableRows} 条", xml);
        Assert.Contains("BIG-0000", xml);
        Assert.DoesNotContain($"BIG-{n - 1:0000}", xml); // sorted by case id, the last ones are beyond the cap
    }
}
