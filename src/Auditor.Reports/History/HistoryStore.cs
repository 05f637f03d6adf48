using System.Collections.Immutable;
using System.Text.Json;
using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Reports.History;

/// <summary>
/// The embedded history store (SQLite, default reports/auditor.db): every period's findings, scores and sanctions
/// keyed by (pack, period). Recording a period again replaces it in one transaction. Feeds 整改不到位 (约谈) and
/// score trends. Findings are recorded as the audit streams them (<see cref="Begin"/>); HistorySchema describes the tables.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    public static string DefaultPath { get; } = System.IO.Path.Combine("reports", "auditor.db");

    private readonly SqliteConnection _c;
    private HistoryRecording? _recording;
    public string Path { get; }

    private HistoryStore(SqliteConnection c, string path) { _c = c; Path = path; }

    /// <summary>Opens (creating it and its folder when <paramref name="create"/>) the store; InputException when it is not usable.</summary>
    public static HistoryStore Open(string path, bool create = true)
    {
        bool exists = File.Exists(path);
        if (!exists && !create) throw new InputException($"历史库 {path} 不存在（先运行 auditor audit 记录一个考核期，或用 --history 指定路径）");
        if (!exists)
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            try
            {
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"无法创建历史库所在文件夹 {dir}：{ex.Message}", ex);
            }
        }
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        var c = new SqliteConnection(cs);
        try
        {
            c.Open();
            // Write-ahead log: an audit records its period in one long transaction, and meanwhile other runs (a unit's
            // self-check, the history page, `auditor history`) read the store as it was before that transaction instead
            // of waiting for it. The mode is kept in the file; a writer sets it, a reader never changes the file.
            if (create) Pragma(c, "PRAGMA journal_mode = WAL");
            HistorySchema.Ensure(c, path);
        }
        catch (SqliteException ex)
        {
            c.Dispose();
            throw new InputException($"无法打开历史库 {path}：{ex.Message}{OpenFailureHint(ex.SqliteErrorCode)}", ex);
        }
        catch
        {
            c.Dispose();
            throw;
        }
        return new HistoryStore(c, path);
    }

    /// <summary>
    /// What the user can do about a store that would not open, by SQLite's primary result code: a store held by another
    /// run is not a damaged file, and telling the office it may be damaged would send it restoring backups for nothing.
    /// </summary>
    internal static string OpenFailureHint(int sqliteErrorCode) => (sqliteErrorCode & 0xFF) switch
    {
        5 or 6 => "（历史库正被另一个运行中的审计或工作台写入，请等它结束后再试）", // SQLITE_BUSY, SQLITE_LOCKED
        11 or 26 => "（文件不是 SQLite 数据库或已损坏）", // SQLITE_CORRUPT, SQLITE_NOTADB
        3 or 8 or 14 => "（没有读写这个文件或其所在文件夹的权限，或路径不可用）", // SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN
        _ => "",
    };

    private static void Pragma(SqliteConnection c, string text)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = text;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _recording?.Dispose();
        _c.Dispose();
    }

    /// <summary>
    /// Starts recording <paramref name="run"/> (see <see cref="HistoryRecording"/>): one transaction that first deletes
    /// an earlier recording of the same (pack, period). One recording at a time per store; the store's readers may be
    /// used meanwhile (they see the recording so far).
    /// </summary>
    public HistoryRecording Begin(HistoryRun run)
    {
        if (_recording is not null) throw new InvalidOperationException("A history recording is already under way on this store.");
        _recording = new HistoryRecording(_c, run, ended => { if (ReferenceEquals(_recording, ended)) _recording = null; });
        return _recording;
    }

    /// <summary>The period of this pack just before <paramref name="period"/> (AuditPeriod.Previous), or null when it was never recorded.</summary>
    public PriorPeriod? LoadPrevious(string packId, AuditPeriod period) => LoadPeriod(packId, period.Previous().Id);

    /// <summary>A recorded period's failures (breached/missing) per unit, kind and verdict, and its sanctions; null when not recorded.</summary>
    public PriorPeriod? LoadPeriod(string packId, string periodId)
    {
        var runId = RunId(packId, periodId);
        if (runId is null) return null;
        var failures = Analysis(packId, [periodId]).Failures(periodId);
        var sanctions = ImmutableArray.CreateBuilder<PriorSanction>();
        using (var cmd = Command("SELECT unit, kind FROM sanctions WHERE run_id = $run ORDER BY kind, unit"))
        {
            cmd.Parameters.AddWithValue("$run", runId.Value);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                if (SanctionKinds.TryParse(r.GetString(1), out var k)) sanctions.Add(new PriorSanction(r.GetString(0), k));
        }
        return new PriorPeriod(periodId, failures, sanctions.ToImmutable());
    }

    /// <summary>Recorded runs, by pack then period start.</summary>
    public ImmutableArray<RecordedRun> Runs(string? packId = null)
    {
        using var cmd = Command("""
            SELECT r.pack, r.pack_version, r.period, r.period_start, r.period_end, r.as_of, r.tool_version,
                   (SELECT COUNT(*) FROM finding_rows f WHERE f.run_id = r.id), (SELECT COUNT(*) FROM scores s WHERE s.run_id = r.id), r.zone
            FROM runs r WHERE $pack IS NULL OR r.pack = $pack ORDER BY r.pack, r.period_start, r.period
            """);
        cmd.Parameters.AddWithValue("$pack", (object?)packId ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var result = ImmutableArray.CreateBuilder<RecordedRun>();
        while (r.Read())
            result.Add(new RecordedRun(r.GetString(0), r.GetString(1), r.GetString(2), ParseDate(r.GetString(3)), ParseDate(r.GetString(4)),
                r.GetString(5), r.GetString(6), r.GetInt64(7), r.GetInt32(8), r.GetString(9), LocalText(r.GetString(5), r.GetString(9))));
        return result.ToImmutable();
    }

    /// <summary>Every unit's score in every recorded period (optionally one pack, optionally one unit), by pack, period start, rank, unit.</summary>
    public ImmutableArray<HistoryScore> ScoreHistory(string? packId = null, string? unit = null)
    {
        using var cmd = Command("""
            SELECT r.pack, r.period, r.period_start, s.unit, s.score, s.grade, s.rank, s.on_time_rate
            FROM scores s JOIN runs r ON r.id = s.run_id
            WHERE ($pack IS NULL OR r.pack = $pack) AND ($unit IS NULL OR s.unit = $unit)
            ORDER BY r.pack, r.period_start, r.period, s.rank, s.unit
            """);
        cmd.Parameters.AddWithValue("$pack", (object?)packId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$unit", (object?)unit ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var result = ImmutableArray.CreateBuilder<HistoryScore>();
        while (r.Read())
            result.Add(new HistoryScore(r.GetString(0), r.GetString(1), ParseDate(r.GetString(2)), r.GetString(3), r.GetDouble(4), r.GetString(5), r.GetInt32(6))
            {
                OnTimeRate = r.IsDBNull(7) ? null : r.GetDouble(7),
            });
        return result.ToImmutable();
    }

    /// <summary>
    /// Scores of the periods of a pack that start before <paramref name="period"/>, oldest first (AuditOutcome.History),
    /// each with the unit's on-time rate and its counts per kind from the cross-period analysis.
    /// </summary>
    public ImmutableArray<ScorePoint> ScoresBefore(string packId, AuditPeriod period)
    {
        var scores = ScoreHistory(packId).Where(h => h.PeriodStart < period.Start).ToList();
        var periods = scores.Select(h => h.PeriodId).Distinct().ToList();
        var analysis = Analysis(packId, periods);
        var kinds = periods.ToDictionary(p => p, analysis.KindRates, StringComparer.Ordinal);
        return [.. scores.Select(h => new ScorePoint(h.PeriodId, h.Unit, h.Score, h.Grade)
        {
            OnTimeRate = h.OnTimeRate,
            KindRates = kinds[h.PeriodId].GetValueOrDefault(h.Unit, []),
        })];
    }

    /// <summary>
    /// The cross-period analysis (<see cref="PeriodAnalysis"/>) of a pack's recorded periods (all, or those named), oldest
    /// first, from the runs' tallies: per (period, unit, kind) the findings per verdict and the rules of the failures.
    /// </summary>
    public PeriodAnalysis Analysis(string packId, IReadOnlyCollection<string>? periods = null)
    {
        using var cmd = Command("""
            SELECT r.period, u.text, k.text, v.text, rl.text, t.n
            FROM tallies t
            JOIN runs r ON r.id = t.run_id
            JOIN texts u ON u.id = t.unit_text_id
            JOIN texts k ON k.id = t.kind_text_id
            JOIN texts v ON v.id = t.verdict_text_id
            JOIN texts rl ON rl.id = t.rule_text_id
            WHERE r.pack = $pack AND ($periods IS NULL OR r.period IN (SELECT value FROM json_each($periods)))
            ORDER BY r.period_start, r.period
            """);
        cmd.Parameters.AddWithValue("$pack", packId);
        cmd.Parameters.AddWithValue("$periods", periods is null ? DBNull.Value : JsonSerializer.Serialize(periods));
        var wanted = periods is null ? null : new HashSet<string>(periods, StringComparer.Ordinal);
        var order = new List<string>();
        var rows = new Dictionary<(string Period, string Unit, ObligationKind Kind), (int[] Counts, SortedSet<string> Breached, SortedSet<string> Missing)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var period = r.GetString(0);
                if (wanted is not null && !wanted.Contains(period)) continue;
                if (order.Count == 0 || order[^1] != period) order.Add(period);
                if (!ObligationKinds.TryParse(r.GetString(2), out var kind) || !Verdicts.TryParse(r.GetString(3), out var verdict)) continue;
                var key = (period, r.GetString(1), kind);
                if (!rows.TryGetValue(key, out var row))
                    rows[key] = row = (new int[Enum.GetValues<Verdict>().Length], new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                row.Counts[(int)verdict] += r.GetInt32(5);
                if (verdict == Verdict.Breached) row.Breached.Add(r.GetString(4));
                if (verdict == Verdict.Missing) row.Missing.Add(r.GetString(4));
            }
        }
        var tallies = rows.Select(kv => new PeriodTally(kv.Key.Period, kv.Key.Unit, kv.Key.Kind,
            kv.Value.Counts[(int)Verdict.Met], kv.Value.Counts[(int)Verdict.Breached], kv.Value.Counts[(int)Verdict.Missing],
            kv.Value.Counts[(int)Verdict.Pending], kv.Value.Counts[(int)Verdict.InsufficientData])
        {
            BreachedRules = [.. kv.Value.Breached],
            MissingRules = [.. kv.Value.Missing],
        });
        var all = periods is null ? order : [.. order.Union(periods.Where(p => !order.Contains(p)))];
        return PeriodAnalysis.Of(tallies, all);
    }

    private long? RunId(string packId, string periodId)
    {
        using var cmd = Command("SELECT id FROM runs WHERE pack = $pack AND period = $period");
        cmd.Parameters.AddWithValue("$pack", packId);
        cmd.Parameters.AddWithValue("$period", periodId);
        return cmd.ExecuteScalar() as long?;
    }

    private SqliteCommand Command(string sql)
    {
        var cmd = _c.CreateCommand();
        cmd.Transaction = _recording?.Transaction; // readers work while a recording is under way
        cmd.CommandText = sql;
        return cmd;
    }

    private static string LocalText(string instant, string zoneId)
    {
        var parsed = InstantPattern.ExtendedIso.Parse(instant);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (!parsed.Success || zone is null) return instant;
        return LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(parsed.Value.InZone(zone).LocalDateTime);
    }

    private static LocalDate ParseDate(string s) => LocalDatePattern.Iso.Parse(s).GetValueOrThrow();
}
