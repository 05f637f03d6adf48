using Auditor.Core.Scoring;
using Auditor.Reports.Office;
using FsCheck;
using FsCheck.Fluent;

namespace Auditor.Reports.Tests;

/// <summary>Whatever text a ledger carries, every document stays valid Open XML and nothing lands outside the folder.</summary>
public class HostileTextTests
{
    private static readonly char[] Alphabet =
        "镇县街道<>&\"'*_#[](){}|\\/.:?\u0000\u0001\u0008\u000B\u001F\uFFFE\uFFFF\uD800\uDC00\t\r\n =+-@ 1380013800０😀𠀀".ToCharArray();

    [Fact]
    public void Random_text_in_names_titles_evidence_and_reasons_keeps_every_docx_valid()
    {
        var text = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a));
        var gen = from unit in text from title in text from evidence in text from reason in text select (unit, title, evidence, reason);
        var office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(12), Prop.ForAll(Arb.From(gen), x =>
        {
            var unit = "光明镇" + x.unit;
            var all = SampleOutcome.Findings.Select(f => f.Unit == "光明镇" ? f with { Unit = unit, CaseTitle = x.title, Evidence = x.evidence } : f).ToList();
            var o = SampleOutcome.WithFindings(SampleOutcome.Build(), all);
            o = o with
            {
                Scores = [.. o.Scores.Select(s => s.Unit == "光明镇" ? s with { Unit = unit } : s)],
                Sanctions = [.. o.Sanctions.Select(s => s.Unit == "光明镇" ? s with { Unit = unit, Reasons = [new SanctionReason(null, [x.title], x.reason, x.reason)] } : s)],
            };
            var dir = TestFiles.TempDir("hostile");
            ReportFiles.WriteSet(o, office, dir, all);
            var docs = Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories);
            var cards = Path.GetFullPath(Path.Combine(dir, "单位成绩单"));
            bool ok = docs.Length == 10
                      && Directory.GetFiles(cards).All(f => Path.GetDirectoryName(f) == cards)
                      && docs.All(d => TestFiles.ValidationErrors(d).Count == 0);
            Directory.Delete(dir, recursive: true);
            return ok;
        }));
    }
}
