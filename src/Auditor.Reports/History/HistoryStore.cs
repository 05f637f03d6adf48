using System.Collections.Immutable;
using System.Globalization;
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
/// score trends.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    public static string DefaultPath { get; } = System.IO.Path.Combine("reports", "auditor.db");

    private readonly SqliteConnection _c;
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
            HistorySchema.Ensure(c, path);
        }
        catch (SqliteException ex)
        {
            c.Dispose();
            throw new InputException($"无法打开历史库 {path}：{ex.Message}（文件可能不是 SQLite 数据库或已损坏）", ex);
        }
        catch
        {
            c.Dispose();
            throw;
        }
        return new HistoryStore(c, path);
    }

    public void Dispose() => _c.Dispose();

    /// <summary>Records (or replaces) the outcome's period for its pack.</summary>
    public void Record(AuditOutcome o) =>
        Record(new HistoryRun(o.Pack.Id, o.Pack.Version, o.Period, o.AsOf, o.ToolVersion, o.Zone.Id), o.Findings, o.Scores, o.Sanctions);

    /// <summary>
    /// Records one run; an earlier recording of the same (pack, period) is deleted first, all in one transaction, so
    /// recording twice leaves the same rows. Findings are streamed through one prepared command.
    /// </summary>
    public void Record(HistoryRun run, IEnumerable<Finding> findings, IEnumerable<UnitScore> scores, IEnumerable<Sanction> sanctions)
    {
        using var tx = _c.BeginTransaction();
        try
        {
            DeleteRun(tx, run.PackId, run.Period.Id);
            long runId;
            using (var cmd = Command(tx, """
                INSERT INTO runs (pack, period, period_start, period_end, pack_version, as_of, zone, tool_version)
                VALUES ($pack, $period, $start, $end, $version, $asof, $zone, $tool) RETURNING id
                """))
            {
                cmd.Parameters.AddWithValue("$pack", run.PackId);
                cmd.Parameters.AddWithValue("$period", run.Period.Id);
                cmd.Parameters.AddWithValue("$start", DateText(run.Period.Start));
                cmd.Parameters.AddWithValue("$end", DateText(run.Period.End));
                cmd.Parameters.AddWithValue("$version", run.PackVersion);
                cmd.Parameters.AddWithValue("$asof", InstantPattern.ExtendedIso.Format(run.AsOf));
                cmd.Parameters.AddWithValue("$zone", run.ZoneId);
                cmd.Parameters.AddWithValue("$tool", run.ToolVersion);
                runId = (long)cmd.ExecuteScalar()!;
            }
            InsertFindings(tx, runId, findings);
            InsertScores(tx, runId, scores);
            InsertSanctions(tx, runId, sanctions);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            throw;
        }
    }

    private void DeleteRun(SqliteTransaction tx, string pack, string period)
    {
        using var find = Command(tx, "SELECT id FROM runs WHERE pack = $pack AND period = $period");
        find.Parameters.AddWithValue("$pack", pack);
        find.Parameters.AddWithValue("$period", period);
        if (find.ExecuteScalar() is not long id) return;
        foreach (var table in new[] { "findings", "scores", "sanctions", "sanction_reasons" })
        {
            using var del = Command(tx, $"DELETE FROM {table} WHERE run_id = $id");
            del.Parameters.AddWithValue("$id", id);
            del.ExecuteNonQuery();
        }
        using var delRun = Command(tx, "DELETE FROM runs WHERE id = $id");
        delRun.Parameters.AddWithValue("$id", id);
        delRun.ExecuteNonQuery();
    }

    private void InsertFindings(SqliteTransaction tx, long runId, IEnumerable<Finding> findings)
    {
        using var cmd = Command(tx, """
            INSERT INTO findings (run_id, case_id, unit, rule_id, kind, verdict, original_verdict, overrun_minutes, weight,
                                  sanction_class, clause, start, deadline, actual)
            VALUES ($run, $case, $unit, $rule, $kind, $verdict, $orig, $overrun, $weight, $class, $clause, $start, $deadline, $actual)
            """);
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$run", "$case", "$unit", "$rule", "$kind", "$verdict", "$orig", "$overrun", "$weight", "$class", "$clause", "$start", "$deadline", "$actual" })
            p[name] = cmd.Parameters.Add(name, SqliteType.Text);
        p["$run"].SqliteType = SqliteType.Integer;
        p["$overrun"].SqliteType = SqliteType.Integer;
        p["$weight"].SqliteType = SqliteType.Real;
        p["$run"].Value = runId;
        cmd.Prepare();
        foreach (var f in findings)
        {
            p["$case"].Value = f.CaseId;
            p["$unit"].Value = f.Unit;
            p["$rule"].Value = f.RuleId;
            p["$kind"].Value = f.Kind.Id();
            p["$verdict"].Value = f.Verdict.Id();
            p["$orig"].Value = (object?)f.Override?.Original.Id() ?? DBNull.Value;
            p["$overrun"].Value = (object?)f.OverrunMinutes ?? DBNull.Value;
            p["$weight"].Value = f.Weight;
            p["$class"].Value = (object?)f.SanctionClass ?? DBNull.Value;
            p["$clause"].Value = f.Clause.Short;
            p["$start"].Value = InstantText(f.Start);
            p["$deadline"].Value = InstantText(f.Deadline);
            p["$actual"].Value = InstantText(f.Actual);
            cmd.ExecuteNonQuery();
        }
    }

    private void InsertScores(SqliteTransaction tx, long runId, IEnumerable<UnitScore> scores)
    {
        using var cmd = Command(tx, """
            INSERT INTO scores (run_id, unit, unit_code, score, grade, rank, met, breached, missing, pending, not_applicable,
                                insufficient_data, on_time_rate, formula)
            VALUES ($run, $unit, $code, $score, $grade, $rank, $met, $breached, $missing, $pending, $na, $insufficient, $rate, $formula)
            """);
        foreach (var s in scores)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$run", runId);
            cmd.Parameters.AddWithValue("$unit", s.Unit);
            cmd.Parameters.AddWithValue("$code", (object?)s.UnitCode ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$score", s.Score);
            cmd.Parameters.AddWithValue("$grade", s.Grade);
            cmd.Parameters.AddWithValue("$rank", s.Rank);
            cmd.Parameters.AddWithValue("$met", s.Count(Verdict.Met));
            cmd.Parameters.AddWithValue("$breached", s.Count(Verdict.Breached));
            cmd.Parameters.AddWithValue("$missing", s.Count(Verdict.Missing));
            cmd.Parameters.AddWithValue("$pending", s.Count(Verdict.Pending));
            cmd.Parameters.AddWithValue("$na", s.Count(Verdict.NotApplicable));
            cmd.Parameters.AddWithValue("$insufficient", s.Count(Verdict.InsufficientData));
            cmd.Parameters.AddWithValue("$rate", (object?)s.OnTimeRate ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$formula", s.Formula);
            cmd.ExecuteNonQuery();
        }
    }

    private void InsertSanctions(SqliteTransaction tx, long runId, IEnumerable<Sanction> sanctions)
    {
        using var head = Command(tx, "INSERT INTO sanctions (run_id, unit, kind) VALUES ($run, $unit, $kind)");
        using var reason = Command(tx, """
            INSERT INTO sanction_reasons (run_id, unit, kind, seq, rule_id, case_ids, clause, text)
            VALUES ($run, $unit, $kind, $seq, $rule, $cases, $clause, $text)
            """);
        foreach (var s in sanctions)
        {
            head.Parameters.Clear();
            head.Parameters.AddWithValue("$run", runId);
            head.Parameters.AddWithValue("$unit", s.Unit);
            head.Parameters.AddWithValue("$kind", s.Kind.Id());
            head.ExecuteNonQuery();
            for (int i = 0; i < s.Reasons.Length; i++)
            {
                var r = s.Reasons[i];
                reason.Parameters.Clear();
                reason.Parameters.AddWithValue("$run", runId);
                reason.Parameters.AddWithValue("$unit", s.Unit);
                reason.Parameters.AddWithValue("$kind", s.Kind.Id());
                reason.Parameters.AddWithValue("$seq", i);
                reason.Parameters.AddWithValue("$rule", (object?)r.RuleId ?? DBNull.Value);
                reason.Parameters.AddWithValue("$cases", JsonSerializer.Serialize(r.CaseIds.ToArray()));
                reason.Parameters.AddWithValue("$clause", r.Clause);
                reason.Parameters.AddWithValue("$text", r.Text);
                reason.ExecuteNonQuery();
            }
        }
    }

    /// <summary>The period of this pack just before <paramref name="period"/> (AuditPeriod.Previous), or null when it was never recorded.</summary>
    public PriorPeriod? LoadPrevious(string packId, AuditPeriod period) => LoadPeriod(packId, period.Previous().Id);

    /// <summary>A recorded period's failures (breached/missing) per unit, kind and verdict, and its sanctions; null when not recorded.</summary>
    public PriorPeriod? LoadPeriod(string packId, string periodId)
    {
        var runId = RunId(packId, periodId);
        if (runId is null) return null;
        var failures = ImmutableArray.CreateBuilder<PriorFailure>();
        using (var cmd = Command(null, """
            SELECT unit, kind, verdict, COUNT(*), GROUP_CONCAT(DISTINCT rule_id) FROM findings
            WHERE run_id = $run AND verdict IN ('breached', 'missing')
            GROUP BY unit, kind, verdict ORDER BY unit, kind, verdict
            """))
        {
            cmd.Parameters.AddWithValue("$run", runId.Value);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (!ObligationKinds.TryParse(r.GetString(1), out var kind) || !Verdicts.TryParse(r.GetString(2), out var verdict)) continue;
                var rules = r.GetString(4).Split(',').Order(StringComparer.Ordinal).ToImmutableArray();
                failures.Add(new PriorFailure(r.GetString(0), kind, verdict, r.GetInt32(3), rules));
            }
        }
        var sanctions = ImmutableArray.CreateBuilder<PriorSanction>();
        using (var cmd = Command(null, "SELECT unit, kind FROM sanctions WHERE run_id = $run ORDER BY kind, unit"))
        {
            cmd.Parameters.AddWithValue("$run", runId.Value);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                if (SanctionKinds.TryParse(r.GetString(1), out var k)) sanctions.Add(new PriorSanction(r.GetString(0), k));
        }
        return new PriorPeriod(periodId, failures.ToImmutable(), sanctions.ToImmutable());
    }

    /// <summary>Full sanctions of a recorded period (with reasons), in recorded order.</summary>
    public ImmutableArray<Sanction> Sanctions(string packId, string periodId)
    {
        var runId = RunId(packId, periodId);
        if (runId is null) return [];
        var heads = new List<(string Unit, string Kind)>();
        using (var cmd = Command(null, "SELECT unit, kind FROM sanctions WHERE run_id = $run ORDER BY rowid"))
        {
            cmd.Parameters.AddWithValue("$run", runId.Value);
            using var r = cmd.ExecuteReader();
            while (r.Read()) heads.Add((r.GetString(0), r.GetString(1)));
        }
        var result = ImmutableArray.CreateBuilder<Sanction>();
        foreach (var (unit, kindId) in heads)
        {
            if (!SanctionKinds.TryParse(kindId, out var kind)) continue;
            var reasons = ImmutableArray.CreateBuilder<SanctionReason>();
            using var cmd = Command(null, "SELECT rule_id, case_ids, clause, text FROM sanction_reasons WHERE run_id = $run AND unit = $unit AND kind = $kind ORDER BY seq");
            cmd.Parameters.AddWithValue("$run", runId.Value);
            cmd.Parameters.AddWithValue("$unit", unit);
            cmd.Parameters.AddWithValue("$kind", kindId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
                reasons.Add(new SanctionReason(r.IsDBNull(0) ? null : r.GetString(0),
                    [.. JsonSerializer.Deserialize<string[]>(r.GetString(1)) ?? []], r.GetString(2), r.GetString(3)));
            result.Add(new Sanction(unit, kind, reasons.ToImmutable()));
        }
        return result.ToImmutable();
    }

    /// <summary>Recorded runs, by pack then period start.</summary>
    public ImmutableArray<RecordedRun> Runs(string? packId = null)
    {
        using var cmd = Command(null, """
            SELECT r.pack, r.pack_version, r.period, r.period_start, r.period_end, r.as_of, r.tool_version,
                   (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id), (SELECT COUNT(*) FROM scores s WHERE s.run_id = r.id), r.zone
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
        using var cmd = Command(null, """
            SELECT r.pack, r.period, r.period_start, s.unit, s.score, s.grade, s.rank
            FROM scores s JOIN runs r ON r.id = s.run_id
            WHERE ($pack IS NULL OR r.pack = $pack) AND ($unit IS NULL OR s.unit = $unit)
            ORDER BY r.pack, r.period_start, r.period, s.rank, s.unit
            """);
        cmd.Parameters.AddWithValue("$pack", (object?)packId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$unit", (object?)unit ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var result = ImmutableArray.CreateBuilder<HistoryScore>();
        while (r.Read())
            result.Add(new HistoryScore(r.GetString(0), r.GetString(1), ParseDate(r.GetString(2)), r.GetString(3), r.GetDouble(4), r.GetString(5), r.GetInt32(6)));
        return result.ToImmutable();
    }

    /// <summary>Scores of the periods of a pack that start before <paramref name="period"/>, oldest first (AuditOutcome.History).</summary>
    public ImmutableArray<ScorePoint> ScoresBefore(string packId, AuditPeriod period) =>
        ScoreHistory(packId)
            .Where(h => h.PeriodStart < period.Start)
            .Select(h => new ScorePoint(h.PeriodId, h.Unit, h.Score, h.Grade))
            .ToImmutableArray();

    private long? RunId(string packId, string periodId)
    {
        using var cmd = Command(null, "SELECT id FROM runs WHERE pack = $pack AND period = $period");
        cmd.Parameters.AddWithValue("$pack", packId);
        cmd.Parameters.AddWithValue("$period", periodId);
        return cmd.ExecuteScalar() as long?;
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var cmd = _c.CreateCommand();
        cmd.Transaction = tx;
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

    private static string DateText(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static LocalDate ParseDate(string s) => LocalDatePattern.Iso.Parse(s).GetValueOrThrow();

    private static object InstantText(Instant? i) => i is null ? DBNull.Value : InstantPattern.ExtendedIso.Format(i.Value);
}
