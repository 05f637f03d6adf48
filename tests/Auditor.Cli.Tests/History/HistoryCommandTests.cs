using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;
using NodaTime;

namespace Auditor.Cli.Tests.History;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-history-cli-").FullName;
    private string Db => Path.Combine(_dir, "auditor.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Finding F(string unit, string caseId, Verdict verdict, double weight) => new()
    {
        CaseId = caseId, Unit = unit, RuleId = "R-resp", RuleTitle = "公开回应", Kind = ObligationKind.Response, Verdict = verdict,
        Clause = new Citation("003_b9631caf5bf78e06.txt", "4.4", "引文"), Evidence = "证据", Weight = weight,
    };

    private void Record(string period, params Finding[] findings)
    {
        using var store = HistoryStore.Open(Db);
        var scheme = new ScoringScheme();
        var scores = ScoreCalculator.Calculate(FindingTotals.Of(findings), findings, scheme, [new Unit("HC09", "丙局", [], UnitType.Department, null, null)]);
        var lists = SanctionEngine.Decide(findings, scores, scheme, store.LoadPrevious("zhanggong", AuditPeriod.Parse(period)));
        using var recording = store.Begin(new HistoryRun("zhanggong", "1.0", AuditPeriod.Parse(period), Instant.FromUtc(2026, 10, 1, 0, 0), "0.1.0"));
        foreach (var f in findings) recording.Add(f);
        recording.Finish(scores, lists);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = AuditorCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Text_lists_periods_and_each_units_score_over_them()
    {
        // 2026Q2: 甲镇 100 − 5 = 95, 丙局 100 (no findings) — 2026Q3: 甲镇 100 − 25 = 75, 丙局 100
        Record("2026Q3", F("甲镇", "HC-3", Verdict.Breached, 25));
        Record("2026Q2", F("甲镇", "HC-2", Verdict.Breached, 5));
        var (code, output, err) = Run("history", "--history", Db);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("规则包 zhanggong：2 个考核期"));
        int q2 = lines.FindIndex(l => l.Contains("2026Q2（2026年第二季度）")), q3 = lines.FindIndex(l => l.Contains("2026Q3（2026年第三季度）"));
        Assert.True(q2 >= 0 && q3 > q2, output); // periods oldest first even though Q3 was recorded first
        Assert.Contains("截至 2026-10-01 08:00", lines[q2]); // 2026-10-01T00:00Z in Asia/Shanghai
        var header = lines.Single(l => l.StartsWith("单位"));
        Assert.True(header.IndexOf("2026Q2", StringComparison.Ordinal) < header.IndexOf("2026Q3", StringComparison.Ordinal));
        // rows ordered by the latest period's rank: 丙局 (1) before 甲镇 (2)
        var bing = lines.FindIndex(l => l.StartsWith("丙局"));
        var jia = lines.FindIndex(l => l.StartsWith("甲镇"));
        Assert.True(bing < jia);
        Assert.Matches(@"^甲镇\s+95\.0 优秀（2）\s+75\.0 合格（2）$", lines[jia]);
        Assert.Matches(@"^丙局\s+100\.0 优秀（1）\s+100\.0 优秀（1）$", lines[bing]);
    }

    [Fact]
    public void Csv_has_one_row_per_unit_and_period()
    {
        Record("2026Q2", F("甲镇", "HC-2", Verdict.Breached, 5));
        var (code, output, _) = Run("history", "--history", Db, "--format", "csv", "--pack", "zhanggong");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(new[] { "规则包,考核期,单位,得分,等次,名次", "zhanggong,2026Q2,丙局,100.0,优秀,1", "zhanggong,2026Q2,甲镇,95.0,优秀,2" }, lines);
    }

    [Fact]
    public void Missing_database_unknown_pack_and_bad_format_are_user_errors()
    {
        var missing = Run("history", "--history", Db);
        Assert.Equal(ExitCodes.Input, missing.Code);
        Assert.Contains("不存在", missing.Err);
        Assert.False(File.Exists(Db));

        Record("2026Q2", F("甲镇", "HC-2", Verdict.Breached, 5));
        var pack = Run("history", "--history", Db, "--pack", "nope");
        Assert.Equal(ExitCodes.Input, pack.Code);
        Assert.Contains("zhanggong", pack.Err);

        var format = Run("history", "--history", Db, "--format", "xml");
        Assert.Equal(ExitCodes.Usage, format.Code);
        Assert.DoesNotContain("   at ", format.Err);
    }
}
