using Auditor.Core;
using Auditor.Core.Domain;
using static Auditor.Engine.Tests.TinyAudit;

namespace Auditor.Engine.Tests;

/// <summary>
/// A self-check decides like the audit: it ranks and compares its unit against the units of the ledgers it was given,
/// and leaves rank and comparison out when those hold only its own cases.
/// </summary>
public sealed class SelfCheckTests() : ScratchFolder("self")
{
    private static int Response(IEnumerable<Finding> fs, Verdict v) => fs.Count(f => f.Kind == ObligationKind.Response && f.Verdict == v);

    [Fact]
    public void Given_every_units_ledger_it_ranks_among_them_like_the_audit_and_keeps_only_its_own_part()
    {
        var audit = AuditEngine.Run(Request(At("audit"))).Outcome;
        var seen = new List<Finding>();
        var result = AuditEngine.Run(Request(At("jia"), unit: "甲镇"), new AuditHooks { Findings = seen.Add });
        var o = result.Outcome;

        Assert.Equal(Jia, o.SelfCheck!.Unit);
        var peers = o.SelfCheck.Peers!;
        Assert.Equal(3, peers.RankedUnits); // 甲镇, 乙街道, 丙局; the superior office is not assessed
        var own = Assert.Single(o.Scores);
        var inAudit = audit.Scores.Single(s => s.Unit == Jia);
        Assert.Equal((inAudit.Score, inAudit.Rank), (own.Score, own.Rank));
        // its own: T01 met, T02 breached, T06 missing, T09 breached, T11 met, T14 missing, T20 met (T16 is 正面)
        Assert.All(seen, f => Assert.Equal(Jia, f.Unit));
        Assert.Equal((3, 2, 2), (Response(seen, Verdict.Met), Response(seen, Verdict.Breached), Response(seen, Verdict.Missing)));
        Assert.Equal([Jia], o.Totals.Units.Keys);
        Assert.All(o.KeptFindings, f => Assert.Equal(Jia, f.Unit));
        Assert.Equal(8, o.CaseCount); // T01 T02 T06 T09 T11 T14 T16 T20 (T15 is after the period)
        Assert.Empty(o.Sanctions);
        // compared with every unit: response met 5, breached 3, missing 3, insufficient 5 (README of the tiny ledger)
        var response = peers.ByKind[ObligationKind.Response];
        Assert.Equal((5, 3, 3, 5), (response[(int)Verdict.Met], response[(int)Verdict.Breached], response[(int)Verdict.Missing], response[(int)Verdict.InsufficientData]));

        var report = DocxText(Path.Combine(result.OutputFolder, "自查报告.docx"));
        Assert.Contains($"第{own.Rank}名（共3个单位）", report);
        Assert.Contains("（全部单位 ", report);
        Assert.Contains("8件舆情案件", report);
    }

    [Fact]
    public void Given_only_its_own_ledger_it_shows_no_rank_and_no_comparison()
    {
        var ledger = LedgerWithout(Scratch, Yi, Bing);
        var result = AuditEngine.Run(Request(At("alone"), unit: "甲镇", ledger: ledger));
        var o = result.Outcome;

        Assert.Null(o.SelfCheck!.Peers);
        Assert.Null(o.ComparedWith);
        Assert.Equal(Jia, Assert.Single(o.Scores).Unit);
        Assert.Equal(8, o.CaseCount);
        var report = DocxText(Path.Combine(result.OutputFolder, "自查报告.docx"));
        Assert.DoesNotContain("排名", report);
        Assert.DoesNotContain("全部单位", report);
    }

    [Fact]
    public void A_registry_unit_absent_from_the_ledgers_is_not_ranked_in_a_self_check()
    {
        var ledger = LedgerWithout(Scratch, Bing);
        // the audit of the period ranks every assessed unit: 丙局 with no findings scores the base
        Assert.Equal(3, AuditEngine.Run(Request(At("audit"), ledger: ledger)).Outcome.Scores.Length);
        // the self-check was given 甲镇's and 乙街道's cases only: nobody looked at 丙局's
        Assert.Equal(2, AuditEngine.Run(Request(At("jia"), unit: Jia, ledger: ledger)).Outcome.SelfCheck!.Peers!.RankedUnits);
    }

    [Fact]
    public void A_unit_the_registry_does_not_know_is_refused_before_anything_is_written()
    {
        var ex = Assert.Throws<UsageException>(() => AuditEngine.Run(Request(At("x"), unit: "丁乡")));
        Assert.Contains("自查单位“丁乡”不在单位名录", ex.Message);
        Assert.False(Directory.Exists(At("x")));
    }
}

/// <summary>Runs that change the working folder: alone, so that no other test resolves a relative path meanwhile.</summary>
[CollectionDefinition(nameof(WorkingFolder), DisableParallelization = true)]
public sealed class WorkingFolder;

[Collection(nameof(WorkingFolder))]
public sealed class DefaultFolderTests
{
    [Fact]
    public void A_self_check_without_an_output_folder_writes_under_reports_named_after_the_unit()
    {
        var dir = TestRepo.TempDir("default");
        var cwd = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(dir);
        try
        {
            var result = AuditEngine.Run(Request(outDir: null, unit: "甲镇"));
            Assert.Equal(Path.Combine(dir, "reports", "2026Q3", "自查", Jia), result.OutputFolder);
        }
        finally
        {
            Directory.SetCurrentDirectory(cwd);
            Directory.Delete(dir, recursive: true);
        }
    }
}
