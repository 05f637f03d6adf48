using Auditor.Core.Audit;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;

namespace Auditor.Reports.Tests;

/// <summary>
/// Issue 7: a streamed audit hands the documents only the findings it keeps (not the plain met ones) plus counts of
/// all. Every document must read exactly as it does from an outcome that lists every finding.
/// </summary>
public class StreamedOutcomeTests
{
    [Fact]
    public void Documents_from_kept_findings_and_totals_read_the_same_as_from_every_finding()
    {
        var full = SampleOutcome.Build();
        var streamed = full with { Findings = [.. full.Findings.Where(AuditOutcome.IsKept)], Totals = full.Totals };
        Assert.True(streamed.Findings.Length < full.Findings.Length, "the sample must have plain met findings to leave out");
        Assert.False(streamed.HasAllFindings);

        var office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));
        var templates = ReportTemplates.Load(Path.Combine(TestFiles.Rules, "templates"));
        var a = TestFiles.TempDir("streamed-full");
        var b = TestFiles.TempDir("streamed-kept");
        var fullDocs = ReportSet.WriteDocuments(full, office, templates, a);
        var keptDocs = ReportSet.WriteDocuments(streamed, office, templates, b);
        Assert.Equal(fullDocs.Select(p => Path.GetRelativePath(a, p)), keptDocs.Select(p => Path.GetRelativePath(b, p)));
        foreach (var p in fullDocs)
        {
            var rel = Path.GetRelativePath(a, p);
            Assert.True(TestFiles.BodyText(p) == TestFiles.BodyText(Path.Combine(b, rel)), rel + " differs");
        }
    }

    [Fact]
    public void An_outcome_without_its_met_findings_cannot_be_written_as_if_complete()
    {
        var full = SampleOutcome.Build();
        var streamed = full with { Findings = [.. full.Findings.Where(AuditOutcome.IsKept)], Totals = full.Totals };
        var office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));
        Assert.Throws<InvalidOperationException>(() => ReportSet.WriteAll(streamed, office, TestFiles.TempDir("streamed-all")));
        Assert.Throws<InvalidOperationException>(() => AuditFiles.WriteMachine(streamed, TestFiles.TempDir("streamed-machine")));
    }
}
