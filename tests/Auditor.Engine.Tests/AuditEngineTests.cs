using System.Security.Cryptography;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Engine.Output;
using static Auditor.Engine.Tests.TinyAudit;

namespace Auditor.Engine.Tests;

public sealed class AuditEngineTests() : ScratchFolder("run")
{
    private string Out => At("out");
    private string History => At("auditor.db");

    private static int Count(IEnumerable<Finding> fs, ObligationKind k, Verdict v) => fs.Count(f => f.Kind == k && f.Verdict == v);

    [Fact]
    public void Every_finding_reaches_the_sink_and_the_outcome_keeps_those_that_are_not_plainly_met()
    {
        var seen = new List<Finding>();
        var result = AuditEngine.Run(Request(Out), new AuditHooks { Findings = seen.Add });

        // worked out by hand from the cases of scripts/bench/tiny as of 10-15 00:00 (its README gives the facts). Release
        // (80号 四（四）, a press conference within 5 h is the release, as the pack reads it): met T03 (13:00, exactly 5 h),
        // T04 (press 11:00, due 14:00), T22; breached T13 (press 12:30, due 10:00); missing T23; insufficient T21 (no 等级).
        // Press conference: breached T03, met T04 and T13, missing T22 and T23, insufficient T21. Response: met T01 T05 T07
        // T11 T20, breached T02 T09 T18, missing T06 T14 T19, insufficient T08 T12 T17 T21 T24.
        Assert.Equal((3, 1, 1, 1), (Count(seen, ObligationKind.Release, Verdict.Met), Count(seen, ObligationKind.Release, Verdict.Breached),
            Count(seen, ObligationKind.Release, Verdict.Missing), Count(seen, ObligationKind.Release, Verdict.InsufficientData)));
        Assert.Equal((1, 2, 2, 1), (Count(seen, ObligationKind.PressConference, Verdict.Breached), Count(seen, ObligationKind.PressConference, Verdict.Met),
            Count(seen, ObligationKind.PressConference, Verdict.Missing), Count(seen, ObligationKind.PressConference, Verdict.InsufficientData)));
        Assert.Equal((5, 3, 3, 5), (Count(seen, ObligationKind.Response, Verdict.Met), Count(seen, ObligationKind.Response, Verdict.Breached),
            Count(seen, ObligationKind.Response, Verdict.Missing), Count(seen, ObligationKind.Response, Verdict.InsufficientData)));
        Assert.DoesNotContain(seen, f => f.Verdict == Verdict.NotApplicable);

        var o = result.Outcome;
        Assert.Equal(seen.Count, o.Totals.Total);
        Assert.Equal(seen.Where(AuditOutcome.IsKept).Select(f => (f.CaseId, f.RuleId)), o.KeptFindings.Select(f => (f.CaseId, f.RuleId)));
        Assert.Contains(seen, f => f.Verdict == Verdict.Met); // so the kept ones are fewer than all
        Assert.Equal(seen.Count, File.ReadAllLines(Path.Combine(Out, "findings.csv")).Length - 1);
        // 24 cases: T10 (06-30) and T15 (10-01) were discovered outside 2026Q3
        Assert.Equal((22, 2), (o.CaseCount, o.OutOfPeriodCases));
        Assert.Equal(Path.GetFullPath(Out), result.OutputFolder);
    }

    [Fact]
    public void Progress_reports_each_stage_as_it_begins_with_the_counts_so_far()
    {
        var reports = new List<AuditProgress>();
        AuditEngine.Run(Request(Out, history: History), new AuditHooks { Progress = new Collect(reports) });
        AuditStage[] expected =
        [
            AuditStage.ReadingRules, AuditStage.ReadingUnits, AuditStage.Replaying, AuditStage.Scoring, AuditStage.DecidingLists,
            AuditStage.CollectingDataIssues, AuditStage.FindingsWritten, AuditStage.WritingTables, AuditStage.WritingDocuments,
            AuditStage.WritingScorecards, AuditStage.WritingManifest, AuditStage.RecordingHistory,
        ];
        Assert.Equal(expected, reports.Select(r => r.Stage).Distinct());
        Assert.Equal(0, reports.First(r => r.Stage == AuditStage.Replaying).Cases);
        Assert.Equal(22, reports.First(r => r.Stage == AuditStage.Scoring).Cases);
        // the two cases of other periods are read, not replayed
        Assert.Equal(24, reports.First(r => r.Stage == AuditStage.Scoring).Read);
        // three assessed units (the superior office is not ranked): three scorecards, counted up
        Assert.Equal([0, 1, 2, 3], reports.Where(r => r.Stage == AuditStage.WritingScorecards).Select(r => r.Done).Order());
        Assert.All(reports.Where(r => r.Stage == AuditStage.WritingScorecards), r => Assert.Equal(3, r.Total));
        Assert.Equal("写完 findings.csv / findings.parquet / findings.xlsx 与历史库明细", reports.First(r => r.Stage == AuditStage.FindingsWritten).Text);
        Assert.All(reports, r => Assert.False(string.IsNullOrEmpty(r.Text)));
        // the pictures' font (or that this machine has none with Chinese) is said once, with the documents
        Assert.Equal("汇总评分报告、通报批评、约谈/表彰名单；" + Auditor.Reports.ReportSet.PictureFontNotice,
            reports.Single(r => r.Stage == AuditStage.WritingDocuments).Text);
        Assert.Single(reports, r => r.Text.Contains("图片字体"));
    }

    [Fact]
    public void A_cancelled_run_leaves_the_folder_and_the_history_store_as_they_were()
    {
        AuditEngine.Run(Request(Out, history: History));
        var before = Hashes(Out);
        var historyBefore = Sha(History);
        using var cancel = new CancellationTokenSource();
        var progress = new Collect([], p => { if (p.Stage == AuditStage.Replaying) cancel.Cancel(); });

        Assert.ThrowsAny<OperationCanceledException>(() => AuditEngine.Run(Request(Out, history: History), new AuditHooks { Progress = progress }, cancel.Token));

        Assert.Equal(before, Hashes(Out));
        Assert.Equal(historyBefore, Sha(History));
        Assert.Equal(["auditor.db", "out"], Directory.GetFileSystemEntries(Scratch).Select(Path.GetFileName).Order()); // no staging, no locks
    }

    [Fact]
    public void An_audit_is_refused_while_another_run_holds_its_history_store_or_its_folder()
    {
        using (RunLock.Acquire(History + ".lock", "held by the test"))
        {
            var ex = Assert.Throws<RunInProgressException>(() => AuditEngine.Run(Request(Out, history: History)));
            Assert.Contains($"历史库 {History} 正被另一次审计使用", ex.Message);
            Assert.False(Directory.Exists(Out));
            // a self-check only reads the store: it does not wait for the audit
            AuditEngine.Run(Request(At("self"), unit: Jia, history: History));
        }
        using (new StagedOutputDirectory(Out))
            Assert.Throws<RunInProgressException>(() => AuditEngine.Run(Request(Out, history: History)));
        AuditEngine.Run(Request(Out, history: History)); // both released
        Assert.True(File.Exists(Path.Combine(Out, "manifest.json")));
    }

    private static string Sha(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), Sha), StringComparer.Ordinal);

    private sealed class Collect(List<AuditProgress> into, Action<AuditProgress>? then = null) : IProgress<AuditProgress>
    {
        public void Report(AuditProgress value)
        {
            lock (into) into.Add(value);
            then?.Invoke(value);
        }
    }
}
