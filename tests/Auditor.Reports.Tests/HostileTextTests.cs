using Auditor.Core.Scoring;
using Auditor.Reports.Office;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Reports.Tests;

/// <summary>Whatever text a ledger carries, every document stays valid Open XML and nothing lands outside the folder.</summary>
public class HostileTextTests
{
    private static readonly OfficeProfile Office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));

    // Each case writes and validates a whole document set, so a dozen cases.
    [Property(MaxTest = 12, Arbitrary = new[] { typeof(HostileTextArbitrary) })]
    public bool Random_text_in_names_titles_evidence_and_reasons_keeps_every_docx_valid(string unitSuffix, string title, string evidence, string reason)
    {
        var x = (unit: unitSuffix, title, evidence, reason);
        var unit = "光明镇" + x.unit;
        var all = SampleOutcome.Findings.Select(f => f.Unit == "光明镇" ? f with { Unit = unit, CaseTitle = x.title, Evidence = x.evidence } : f).ToList();
        var o = SampleOutcome.WithFindings(SampleOutcome.Build(), all);
        o = o with
        {
            Scores = [.. o.Scores.Select(s => s.Unit == "光明镇" ? s with { Unit = unit } : s)],
            Sanctions = [.. o.Sanctions.Select(s => s.Unit == "光明镇" ? s with { Unit = unit, Reasons = [new SanctionReason(null, [x.title], x.reason, x.reason)] } : s)],
        };
        var dir = TestFiles.TempDir("hostile");
        ReportFiles.WriteSet(o, Office, dir, all);
        var docs = Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories);
        var cards = Path.GetFullPath(Path.Combine(dir, "单位成绩单"));
        bool ok = docs.Length == 10
                  && Directory.GetFiles(cards).All(f => Path.GetDirectoryName(f) == cards)
                  && docs.All(d => TestFiles.ValidationErrors(d).Count == 0);
        Directory.Delete(dir, recursive: true);
        return ok;
    }
}
