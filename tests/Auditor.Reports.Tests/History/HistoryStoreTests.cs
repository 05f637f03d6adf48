using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Auditor.Reports.Tests.History;

public sealed class HistoryStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-history-").FullName;
    private string Db => Path.Combine(_dir, "sub", "auditor.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static Finding F(string unit, string caseId, string ruleId, ObligationKind kind, Verdict verdict, double weight = 2) => new()
    {
        CaseId = caseId, Unit = unit, RuleId = ruleId, RuleTitle = "规则" + ruleId, Kind = kind, Verdict = verdict,
        Clause = new Citation("003_b9631caf5bf78e06.txt", "4.4", "引文"), Evidence = "证据", Weight = weight,
        Start = Instant.FromUtc(2026, 7, 1, 2, 0), OverrunMinutes = verdict == Verdict.Breached ? 30 : null,
    };

    internal static HistoryRun Run(string period, string pack = "zhanggong") =>
        new(pack, "1.0", AuditPeriod.Parse(period), Instant.FromUtc(2026, 10, 1, 0, 0), "0.1.0");

    /// <summary>Scores and sanctions the way the audit pipeline will: calculator, then engine with the previous period from the store.</summary>
    internal static (IReadOnlyList<UnitScore> Scores, IReadOnlyList<Sanction> Sanctions) Audit(HistoryStore store, HistoryRun run, IReadOnlyList<Finding> findings, params string[] units)
    {
        var scheme = Scheme();
        var scores = AuditedRuns.Scores(findings, scheme, units);
        var sanctions = SanctionEngine.Decide(findings, scores, scheme, store.LoadPrevious(run.PackId, run.Period));
        store.Record(run, findings, scores, sanctions);
        return (scores, sanctions);
    }

    /// <summary>
    /// The C# defaults enable no sanction list (a pack must cite its own document), so the store is exercised with an
    /// explicit scheme citing a made-up test document "T": late feedback → 通报批评, 整改不到位 → 约谈, clean → 表彰.
    /// </summary>
    internal static ScoringScheme Scheme()
    {
        var s = new ScoringScheme();
        s.Sanctions.Criticism = new CriticismCriteria
        {
            Enabled = true, Clause = "T 一", Quote = "反馈不及时的通报批评",
            Triggers = [new() { Label = "反馈不及时", Kinds = ["feedback"], Verdicts = ["breached", "missing"] }],
        };
        s.Sanctions.Interview = new InterviewCriteria { Enabled = true, Clause = "T 二", Quote = "整改不到位的进行约谈" };
        s.Sanctions.Commendation = new CommendationCriteria { Enabled = true, Clause = "T 三", Quote = "工作落实好的进行表彰" };
        return s;
    }

    private static List<string> Dump(string path) => HistoryRows.Dump(path);

    [Fact]
    public void Recording_a_period_twice_leaves_the_same_rows()
    {
        var findings = new List<Finding>
        {
            F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached),
            F("乙镇", "HC-2", "R-rel", ObligationKind.Release, Verdict.Met),
        };
        using (var store = HistoryStore.Open(Db)) Audit(store, Run("2026Q3"), findings);
        var first = Dump(Db);
        using (var store = HistoryStore.Open(Db)) Audit(store, Run("2026Q3"), findings);
        Assert.Equal(first, Dump(Db));
        // 1 run, 2 findings, 2 scores, 甲镇 criticised (feedback breached) and 乙镇 commended
        Assert.Single(first, r => r.StartsWith("runs:"));
        Assert.Equal(2, first.Count(r => r.StartsWith("findings:")));
        Assert.Equal(2, first.Count(r => r.StartsWith("scores:")));
        Assert.Equal(new[] { "sanctions:1|乙镇|commendation", "sanctions:1|甲镇|criticism" }.Order(), first.Where(r => r.StartsWith("sanctions:")).Order());
    }

    [Fact]
    public void Re_recording_replaces_the_period_and_keeps_the_others()
    {
        using var store = HistoryStore.Open(Db);
        Audit(store, Run("2026Q2"), [F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached)]);
        Audit(store, Run("2026Q3"), [F("甲镇", "HC-5", "R-fb", ObligationKind.Feedback, Verdict.Breached), F("甲镇", "HC-6", "R-fb", ObligationKind.Feedback, Verdict.Breached)]);
        Audit(store, Run("2026Q3"), [F("甲镇", "HC-7", "R-fb", ObligationKind.Feedback, Verdict.Met)]);
        var runs = store.Runs();
        Assert.Equal(new[] { ("2026Q2", 1L), ("2026Q3", 1L) }, runs.Select(r => (r.PeriodId, r.FindingCount)).ToArray());
        Assert.Equal(new[] { ("2026Q2", 98.0), ("2026Q3", 100.0) }, store.ScoreHistory("zhanggong", "甲镇").Select(h => (h.PeriodId, h.Score)).ToArray());
    }

    [Fact]
    public void Two_consecutive_quarters_repeat_offender_is_interviewed_first_offender_is_not_clean_unit_first_and_commended()
    {
        using var store = HistoryStore.Open(Db);
        // Q2: 甲镇 misses a public response; 乙镇 and 丙镇 are clean.
        Audit(store, Run("2026Q2"),
        [
            F("甲镇", "HC-Q2-1", "R-resp", ObligationKind.Response, Verdict.Missing),
            F("乙镇", "HC-Q2-2", "R-resp", ObligationKind.Response, Verdict.Met),
            F("丙镇", "HC-Q2-3", "R-resp", ObligationKind.Response, Verdict.Met),
        ]);
        // Q3: 甲镇 breaches the same obligation kind again (整改不到位); 乙镇 breaches it for the first time; 丙镇 clean.
        var (scores, sanctions) = Audit(store, Run("2026Q3"),
        [
            F("甲镇", "HC-Q3-1", "R-resp", ObligationKind.Response, Verdict.Breached),
            F("乙镇", "HC-Q3-2", "R-resp", ObligationKind.Response, Verdict.Breached),
            F("丙镇", "HC-Q3-3", "R-resp", ObligationKind.Response, Verdict.Met),
        ]);
        var interviewed = sanctions.Where(s => s.Kind == SanctionKind.Interview).Select(s => s.Unit).ToArray();
        Assert.Equal(new[] { "甲镇" }, interviewed);
        var reason = Assert.Single(sanctions.Single(s => s.Kind == SanctionKind.Interview).Reasons);
        Assert.Contains("2026Q2", reason.Text);
        Assert.Equal(new[] { "HC-Q3-1" }, reason.CaseIds.ToArray());
        Assert.Equal(("丙镇", 1), (scores[0].Unit, scores[0].Rank));
        Assert.Equal(new[] { "丙镇" }, sanctions.Where(s => s.Kind == SanctionKind.Commendation).Select(s => s.Unit).ToArray());
        // and the store gives the sanctions back as recorded
        Assert.Equal(sanctions.Select(s => s.Unit + "|" + s.Kind.Id()), HistoryRows.Sanctions(Db, "2026Q3"));
    }

    [Fact]
    public void Previous_period_failures_and_sanctions_are_read_back_per_unit_and_kind()
    {
        using var store = HistoryStore.Open(Db);
        Audit(store, Run("2026Q2"),
        [
            F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached),
            F("甲镇", "HC-2", "R-fb2", ObligationKind.Feedback, Verdict.Breached),
            F("甲镇", "HC-3", "R-rel", ObligationKind.Release, Verdict.Missing),
            F("甲镇", "HC-4", "R-rel", ObligationKind.Release, Verdict.Met),
            F("甲镇", "HC-5", "R-rel", ObligationKind.Release, Verdict.InsufficientData),
        ]);
        var prior = store.LoadPrevious("zhanggong", AuditPeriod.Parse("2026Q3"))!;
        Assert.Equal("2026Q2", prior.PeriodId);
        Assert.Equal(2, prior.Failures.Length);
        var fb = prior.Failures.Single(f => f.Kind == ObligationKind.Feedback);
        Assert.Equal(("甲镇", Verdict.Breached, 2), (fb.Unit, fb.Verdict, fb.Count));
        Assert.Equal(new[] { "R-fb", "R-fb2" }, fb.RuleIds.ToArray());
        Assert.Equal(("甲镇", Verdict.Missing, 1), prior.Failures.Where(f => f.Kind == ObligationKind.Release).Select(f => (f.Unit, f.Verdict, f.Count)).Single());
        Assert.Equal(new[] { new PriorSanction("甲镇", SanctionKind.Criticism) }, prior.Sanctions.ToArray());
        Assert.Null(store.LoadPrevious("zhanggong", AuditPeriod.Parse("2026Q2"))); // Q1 never recorded
        Assert.Null(store.LoadPrevious("other-pack", AuditPeriod.Parse("2026Q3"))); // periods are per pack
    }

    [Fact]
    public void A_newer_schema_is_refused_and_a_foreign_database_too()
    {
        using (var store = HistoryStore.Open(Db)) { }
        using (var c = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE schema_version SET version = 99";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<InputException>(() => HistoryStore.Open(Db));
        Assert.Contains("99", ex.Message);

        var foreign = Path.Combine(_dir, "foreign.db");
        using (var c = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x)";
            cmd.ExecuteNonQuery();
        }
        Assert.Contains("不是 auditor 的历史库", Assert.Throws<InputException>(() => HistoryStore.Open(foreign)).Message);

        var text = Path.Combine(_dir, "notes.db");
        File.WriteAllText(text, "这不是数据库，只是一段足够长的文字，用来冒充数据库文件的头部。这不是数据库，只是一段足够长的文字。");
        var notDb = Assert.Throws<InputException>(() => HistoryStore.Open(text)).Message;
        Assert.Contains("无法打开历史库", notDb);
        Assert.Contains("不是 SQLite 数据库或已损坏", notDb);
    }

    [Theory]
    [InlineData(5, "正被另一个运行中的审计或工作台写入")]   // SQLITE_BUSY
    [InlineData(6, "正被另一个运行中的审计或工作台写入")]   // SQLITE_LOCKED
    [InlineData(517, "正被另一个运行中的审计或工作台写入")] // SQLITE_BUSY_SNAPSHOT, an extended code of BUSY
    [InlineData(26, "不是 SQLite 数据库或已损坏")]          // SQLITE_NOTADB
    [InlineData(11, "不是 SQLite 数据库或已损坏")]          // SQLITE_CORRUPT
    [InlineData(14, "权限")]                              // SQLITE_CANTOPEN
    public void A_store_that_will_not_open_is_explained_by_its_cause(int code, string expected)
    {
        var hint = HistoryStore.OpenFailureHint(code);
        Assert.Contains(expected, hint);
        // a locked store is never called damaged, and a damaged one is never blamed on another run
        Assert.False(hint.Contains("损坏") && hint.Contains("另一个"));
    }

    [Fact]
    public void Opening_for_reading_does_not_create_a_database()
    {
        var ex = Assert.Throws<InputException>(() => HistoryStore.Open(Db, create: false));
        Assert.Contains("不存在", ex.Message);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void A_failed_record_rolls_back_and_keeps_the_previous_recording()
    {
        using var store = HistoryStore.Open(Db);
        Audit(store, Run("2026Q3"), [F("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Met)]);
        IEnumerable<Finding> Exploding()
        {
            yield return F("甲镇", "HC-2", "R-fb", ObligationKind.Feedback, Verdict.Met);
            throw new InvalidOperationException("读到一半出错");
        }
        Assert.Throws<InvalidOperationException>(() => store.Record(Run("2026Q3"), Exploding(), [], []));
        Assert.Equal(new[] { 1L }, store.Runs().Select(r => r.FindingCount).ToArray());
        Assert.Equal(100.0, store.ScoreHistory("zhanggong").Single().Score);
    }
}

public sealed class HistoryStorePathTests
{
    [Fact]
    public void A_folder_that_cannot_be_created_is_an_input_error()
    {
        var file = Path.GetTempFileName();
        try
        {
            // a path "under" a regular file cannot be created
            var ex = Assert.Throws<InputException>(() => HistoryStore.Open(Path.Combine(file, "sub", "auditor.db")));
            Assert.Contains("无法创建历史库所在文件夹", ex.Message);
        }
        finally { File.Delete(file); }
    }
}
