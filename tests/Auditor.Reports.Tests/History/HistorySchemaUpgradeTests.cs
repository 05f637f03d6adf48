using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;
using NodaTime;
using NodaTime.Text;
using static Auditor.Reports.Tests.History.HistoryStoreTests;

namespace Auditor.Reports.Tests.History;

public sealed class HistorySchemaUpgradeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-upgrade-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Instant Whole = Instant.FromUtc(2026, 7, 16, 3, 49, 4);

    /// <summary>Findings with every shape a row can take: overrides, classes, nulls, fractional and edge instants, odd text.</summary>
    private static List<Finding> Varied() =>
    [
        F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached) with
        {
            Deadline = Whole, Actual = Whole + Duration.FromMinutes(30), SanctionClass = "feedback",
        },
        F("甲镇", "HC-1", "R-rel", ObligationKind.Release, Verdict.Met, weight: 2.5) with
        {
            Override = new VerdictOverride(Verdict.Breached, Verdict.Met, "平台时间记录错误", "张三", new LocalDate(2026, 10, 12)),
            Deadline = Instant.FromUtc(2026, 7, 17, 0, 0) - Duration.Epsilon, // 23:59:59.999999999, kept as text
            Actual = Whole + Duration.FromMilliseconds(250),
        },
        F("R-fb", "", "R-fb", ObligationKind.Response, Verdict.Missing, weight: 0) with { Start = null }, // unit text equal to a rule id, empty case id
        F("乙镇", "案'1,\"2\"", "R-rel", ObligationKind.Release, Verdict.InsufficientData) with
        {
            Start = Instant.FromUtc(1000, 1, 1, 0, 0), Deadline = Instant.FromUtc(9999, 12, 31, 23, 59, 59),
            Actual = Instant.FromUtc(999, 12, 31, 23, 59, 59),
        },
        F("乙镇", "HC-5", "R-rel", ObligationKind.Release, Verdict.NotApplicable) with { Start = Instant.FromUtc(1969, 12, 31, 23, 59, 59) },
    ];

    private static (IReadOnlyList<UnitScore>, IReadOnlyList<Sanction>) ScoresAndSanctions(IReadOnlyList<Finding> findings)
    {
        var scores = AuditedRuns.Scores(findings, Scheme(), ["丙镇"]);
        return (scores, SanctionEngine.Decide(findings, scores, Scheme(), null));
    }

    [Fact]
    public void A_version_1_store_is_upgraded_keeping_every_row_as_version_1_wrote_it_and_equal_to_a_new_recording()
    {
        var v1 = Path.Combine(_dir, "v1.db");
        var q2 = Varied();
        var q3 = new List<Finding> { F("甲镇", "HC-9", "R-fb", ObligationKind.Feedback, Verdict.Breached) };
        var (s2, n2) = ScoresAndSanctions(q2);
        var (s3, n3) = ScoresAndSanctions(q3);
        VersionOneStore.Record(v1, Run("2026Q2"), q2, s2, n2);
        VersionOneStore.Record(v1, Run("2026Q3"), q3, s3, n3);
        var written = HistoryRows.Dump(v1);
        Assert.Contains("schema_version:1", written);

        using (var store = HistoryStore.Open(v1, create: false))
        {
            // readable as before: runs with their counts, scores, the previous period's failures and sanctions
            Assert.Equal(new[] { ("2026Q2", 5L, 4), ("2026Q3", 1L, 2) }, store.Runs().Select(r => (r.PeriodId, r.FindingCount, r.UnitCount)).ToArray());
            var prior = store.LoadPrevious("zhanggong", AuditPeriod.Parse("2026Q3"))!;
            Assert.Equal(new[] { ("R-fb", ObligationKind.Response, Verdict.Missing, 1), ("甲镇", ObligationKind.Feedback, Verdict.Breached, 1) },
                prior.Failures.Select(f => (f.Unit, f.Kind, f.Verdict, f.Count)).ToArray());
            Assert.Equal(n2.Select(s => s.Unit + "|" + s.Kind.Id()), HistoryRows.Sanctions(v1, "2026Q2"));
            Assert.Equal(s3.Select(s => (s.Unit, s.Score)), store.ScoreHistory("zhanggong").Where(h => h.PeriodId == "2026Q3").Select(h => (h.Unit, h.Score)));
        }
        var upgraded = HistoryRows.Dump(v1);
        Assert.Equal(written.Select(r => r == "schema_version:1" ? "schema_version:3" : r), upgraded);

        var fresh = Path.Combine(_dir, "v3.db");
        using (var store = HistoryStore.Open(fresh))
        {
            store.Record(Run("2026Q2"), q2, s2, n2);
            store.Record(Run("2026Q3"), q3, s3, n3);
        }
        Assert.Equal(upgraded, HistoryRows.Dump(fresh));
        // the counts the upgrade computed from the findings are the counts a recording keeps as it goes
        var tallies = HistoryRows.Tallies(v1);
        Assert.Equal(tallies, HistoryRows.Tallies(fresh));
        // Q2: one finding per (unit, kind, rule, verdict); Q3: 甲镇's breached feedback
        Assert.Equal(q2.Count + q3.Count, tallies.Count);
        Assert.Contains("2|甲镇|feedback|R-fb|breached|1", tallies);
        Assert.Contains("1|R-fb|response|R-fb|missing|1", tallies);
    }

    [Fact]
    public void Earlier_periods_come_back_with_each_units_rate_per_kind()
    {
        var db = Path.Combine(_dir, "rates.db");
        // Q2: 甲镇 release 3 met + 1 breached (75 %), feedback 1 missing (0 %); Q3: 甲镇 release 1 met
        var q2 = new List<Finding>
        {
            F("甲镇", "A1", "R-rel", ObligationKind.Release, Verdict.Met), F("甲镇", "A2", "R-rel", ObligationKind.Release, Verdict.Met),
            F("甲镇", "A3", "R-rel", ObligationKind.Release, Verdict.Met), F("甲镇", "A4", "R-rel", ObligationKind.Release, Verdict.Breached),
            F("甲镇", "A5", "R-fb", ObligationKind.Feedback, Verdict.Missing), F("甲镇", "A6", "R-fb", ObligationKind.Feedback, Verdict.Pending),
        };
        using var store = HistoryStore.Open(db);
        store.Record(Run("2026Q2"), q2, AuditedRuns.Scores(q2, Scheme(), ["甲镇"]), []);
        var q3 = new List<Finding> { F("甲镇", "B1", "R-rel", ObligationKind.Release, Verdict.Met) };
        store.Record(Run("2026Q3"), q3, AuditedRuns.Scores(q3, Scheme(), ["甲镇"]), []);

        var before = store.ScoresBefore("zhanggong", AuditPeriod.Parse("2026Q4"));
        var q2point = before.Single(p => p.Period == "2026Q2" && p.Unit == "甲镇");
        Assert.Equal(0.75, q2point.KindRates.Single(k => k.Kind == ObligationKind.Release).Rate!.Value, 9);
        Assert.Equal(0.0, q2point.KindRates.Single(k => k.Kind == ObligationKind.Feedback).Rate!.Value, 9);
        Assert.Equal(3.0 / 5, q2point.OnTimeRate!.Value, 9); // 3 met of 5 judged (the pending one is not judged)
        Assert.Equal(1.0, before.Single(p => p.Period == "2026Q3").KindRates.Single().Rate!.Value, 9);
        Assert.Equal(0.25, store.Analysis("zhanggong").Changes("2026Q3").Single().Change!.Value, 9); // release 75 % → 100 %
    }

    [Fact]
    public void An_upgraded_store_records_and_replaces_periods()
    {
        var v1 = Path.Combine(_dir, "v1.db");
        var q2 = Varied();
        var (s2, n2) = ScoresAndSanctions(q2);
        VersionOneStore.Record(v1, Run("2026Q2"), q2, s2, n2);
        using var store = HistoryStore.Open(v1);
        var (_, sanctions) = Audit(store, Run("2026Q3"), [F("甲镇", "HC-9", "R-fb", ObligationKind.Feedback, Verdict.Breached)]);
        Assert.Contains(sanctions, s => s.Unit == "甲镇" && s.Kind == SanctionKind.Interview); // 整改不到位 from the upgraded Q2
        Audit(store, Run("2026Q2"), [F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Met)]);
        Assert.Equal(new[] { ("2026Q2", 1L), ("2026Q3", 1L) }, store.Runs().Select(r => (r.PeriodId, r.FindingCount)).ToArray());
    }

    [Fact]
    public void Whole_second_instants_are_stored_as_integers_and_read_back_as_the_same_text()
    {
        var db = Path.Combine(_dir, "times.db");
        var findings = Varied();
        using (var store = HistoryStore.Open(db)) store.Record(Run("2026Q2"), findings, [], []);
        static string Text(Instant? i) => i is null ? "∅" : InstantPattern.ExtendedIso.Format(i.Value);
        var expected = findings.OrderBy(f => f.CaseId, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(f => $"{Text(f.Start)} {Text(f.Deadline)} {Text(f.Actual)}");
        var read = HistoryRows.Column(db, "SELECT concat_ws(' ', ifnull(start, '∅'), ifnull(deadline, '∅'), ifnull(actual, '∅')) FROM findings ORDER BY case_id, rule_id");
        Assert.Equal(expected, read);
        var types = HistoryRows.Column(db, "SELECT typeof(start) || ',' || typeof(deadline) || ',' || typeof(actual) FROM finding_rows ORDER BY rowid");
        Assert.Equal(new[] { "integer,integer,integer", "integer,text,text", "null,null,null", "integer,integer,text", "integer,null,null" }, types);
    }
}
