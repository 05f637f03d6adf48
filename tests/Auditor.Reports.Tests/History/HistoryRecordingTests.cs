using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;
using NodaTime;
using static Auditor.Reports.Tests.History.HistoryStoreTests;

namespace Auditor.Reports.Tests.History;

public sealed class HistoryRecordingTests : IDisposable
{
    private const int Batch = FindingRowWriter.MaxRowsPerStatement;

    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-recording-").FullName;
    private string Db => Path.Combine(_dir, "auditor.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<Finding> Numbered(int n) =>
        Enumerable.Range(0, n).Select(i => F(i % 3 == 0 ? "甲镇" : "乙镇", $"YQ2026Q3-{i:D7}", "R-fb", ObligationKind.Feedback,
            i % 2 == 0 ? Verdict.Met : Verdict.Breached)).ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Batch - 1)]
    [InlineData(Batch)]
    [InlineData(Batch + 1)]
    [InlineData(2 * Batch + 1)]
    public void Every_finding_is_recorded_once_in_order_whatever_the_batch_remainder(int n)
    {
        var findings = Numbered(n);
        using (var store = HistoryStore.Open(Db))
        using (var recording = store.Begin(Run("2026Q3")))
        {
            foreach (var f in findings) recording.Add(f);
            recording.Finish([], []);
        }
        Assert.Equal(findings.Select(f => f.CaseId), HistoryRows.Column(Db, "SELECT case_id FROM finding_rows ORDER BY rowid"));
        Assert.Equal(findings.Select(f => f.Unit + "|" + f.Verdict.Id()), HistoryRows.Column(Db, "SELECT unit || '|' || verdict FROM findings ORDER BY case_id"));
        using var reopened = HistoryStore.Open(Db, create: false);
        Assert.Equal(n, Assert.Single(reopened.Runs()).FindingCount);
    }

    [Fact]
    public void While_a_period_is_being_recorded_another_connection_reads_the_store_as_it_was_without_waiting()
    {
        using (var store = HistoryStore.Open(Db)) store.Record(Run("2026Q2"), Numbered(10), [], []);
        using var writer = HistoryStore.Open(Db);
        using var recording = writer.Begin(Run("2026Q3"));
        // far more rows than SQLite's page cache holds: the writer's pages reach the file before the transaction ends
        foreach (var f in Numbered(60_000)) recording.Add(f);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var reader = HistoryStore.Open(Db, create: false))
            Assert.Equal(["2026Q2"], reader.Runs().Select(r => r.PeriodId));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the reader waited {clock.Elapsed} for the writer");
        recording.Finish([], []);
        using var after = HistoryStore.Open(Db, create: false);
        Assert.Equal(["2026Q2", "2026Q3"], after.Runs().Select(r => r.PeriodId).Order());
    }

    [Fact]
    public void Streaming_and_the_list_wrapper_record_the_same_rows_and_re_recording_replaces_them()
    {
        var findings = Numbered(Batch + 5);
        var scores = AuditedRuns.Scores(findings, Scheme(), ["丙镇"]);
        var a = Path.Combine(_dir, "a.db");
        using (var store = HistoryStore.Open(a)) store.Record(Run("2026Q3"), findings, scores, []);
        using (var store = HistoryStore.Open(Db))
        {
            for (int time = 0; time < 2; time++)
            {
                using var recording = store.Begin(Run("2026Q3"));
                foreach (var f in findings) recording.Add(f);
                recording.Finish(scores, []);
            }
        }
        Assert.Equal(HistoryRows.Dump(a), HistoryRows.Dump(Db));
        Assert.Equal(Batch + 5, HistoryRows.Dump(Db).Count(r => r.StartsWith("findings:")));
    }

    [Fact]
    public void Disposing_an_unfinished_recording_rolls_it_back_and_keeps_the_previous_one()
    {
        using var store = HistoryStore.Open(Db);
        Audit(store, Run("2026Q3"), [F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached)]);
        var before = HistoryRows.Dump(Db, "runs", "findings", "scores", "sanctions", "sanction_reasons", "texts");
        using (var recording = store.Begin(Run("2026Q3")))
        {
            foreach (var f in Numbered(Batch * 2 + 3)) recording.Add(f); // two full batches inserted, new texts (乙镇)
            recording.Add(F("新单位", "HC-9", "R-new", ObligationKind.Release, Verdict.Missing));
        }
        using (var other = store.Begin(Run("2026Q4")))
            other.Add(F("甲镇", "HC-10", "R-fb", ObligationKind.Feedback, Verdict.Met));
        Assert.Equal(before, HistoryRows.Dump(Db, "runs", "findings", "scores", "sanctions", "sanction_reasons", "texts"));
        Assert.Equal(new[] { ("2026Q3", 1L) }, store.Runs().Select(r => (r.PeriodId, r.FindingCount)).ToArray());
    }

    [Fact]
    public void A_failure_while_finishing_records_nothing_and_ends_the_recording()
    {
        using var store = HistoryStore.Open(Db);
        IEnumerable<UnitScore> Exploding()
        {
            throw new InvalidOperationException("评分出错");
#pragma warning disable CS0162 // unreachable: makes this an iterator
            yield break;
#pragma warning restore CS0162
        }
        var recording = store.Begin(Run("2026Q3"));
        recording.Add(F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Met));
        Assert.Throws<InvalidOperationException>(() => recording.Finish(Exploding(), []));
        Assert.Throws<InvalidOperationException>(() => recording.Add(F("甲镇", "HC-2", "R-fb", ObligationKind.Feedback, Verdict.Met)));
        recording.Dispose();
        Assert.Empty(store.Runs());
        Audit(store, Run("2026Q3"), [F("甲镇", "HC-3", "R-fb", ObligationKind.Feedback, Verdict.Met)]); // the store is usable again
        Assert.Equal(1, Assert.Single(store.Runs()).FindingCount);
    }

    [Fact]
    public void One_recording_at_a_time_and_none_after_finish()
    {
        using var store = HistoryStore.Open(Db);
        using (var recording = store.Begin(Run("2026Q3")))
        {
            Assert.Throws<InvalidOperationException>(() => store.Begin(Run("2026Q2")));
            recording.Finish([], []);
            Assert.Throws<InvalidOperationException>(() => recording.Finish([], []));
        }
        using var next = store.Begin(Run("2026Q2")); // the finished recording released the store
        next.Finish([], []);
        Assert.Equal(2, store.Runs().Length);
    }

    [Fact]
    public async Task A_recording_runs_on_another_thread_and_the_readers_work_meanwhile()
    {
        using var store = HistoryStore.Open(Db);
        Audit(store, Run("2026Q2"), [F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached)]);
        var recording = store.Begin(Run("2026Q3"));
        var findings = Numbered(Batch + 1);
        var prior = await Task.Run(() =>
        {
            foreach (var f in findings) recording.Add(f);
            var p = store.LoadPrevious("zhanggong", AuditPeriod.Parse("2026Q3")); // as the pipeline decides sanctions
            var scores = AuditedRuns.Scores(findings, Scheme(), []);
            recording.Finish(scores, SanctionEngine.Decide(findings, scores, Scheme(), p));
            recording.Dispose();
            return p;
        });
        Assert.Equal("甲镇", Assert.Single(prior!.Failures).Unit);
        Assert.Equal(new[] { ("2026Q2", 1L), ("2026Q3", (long)Batch + 1) }, store.Runs().Select(r => (r.PeriodId, r.FindingCount)).ToArray());
        Assert.Contains("甲镇|interview", HistoryRows.Sanctions(Db, "2026Q3"));
    }

    [Fact]
    public void Disposing_the_store_rolls_back_its_open_recording()
    {
        using (var store = HistoryStore.Open(Db))
        {
            var recording = store.Begin(Run("2026Q3"));
            recording.Add(F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Met));
        }
        using var reopened = HistoryStore.Open(Db);
        Assert.Empty(reopened.Runs());
    }
}
