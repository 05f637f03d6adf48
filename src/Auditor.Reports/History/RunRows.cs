using System.Text.Json;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Reports.History;

/// <summary>A run's rows other than its findings: the runs row, scores and sanctions, and deleting a whole run.</summary>
internal static class RunRows
{
    /// <summary>Deletes the recording of (pack, period), if any, with all its rows.</summary>
    public static void Delete(SqliteConnection c, SqliteTransaction tx, string pack, string period)
    {
        using var find = Command(c, tx, "SELECT id FROM runs WHERE pack = $pack AND period = $period");
        find.Parameters.AddWithValue("$pack", pack);
        find.Parameters.AddWithValue("$period", period);
        if (find.ExecuteScalar() is not long id) return;
        foreach (var table in new[] { "finding_rows", "tallies", "scores", "sanctions", "sanction_reasons", "runs" })
        {
            using var del = Command(c, tx, $"DELETE FROM {table} WHERE {(table == "runs" ? "id" : "run_id")} = $id");
            del.Parameters.AddWithValue("$id", id);
            del.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts the runs row; returns its id.</summary>
    public static long InsertRun(SqliteConnection c, SqliteTransaction tx, HistoryRun run)
    {
        using var cmd = Command(c, tx, """
            INSERT INTO runs (pack, period, period_start, period_end, pack_version, as_of, zone, tool_version)
            VALUES ($pack, $period, $start, $end, $version, $asof, $zone, $tool) RETURNING id
            """);
        cmd.Parameters.AddWithValue("$pack", run.PackId);
        cmd.Parameters.AddWithValue("$period", run.Period.Id);
        cmd.Parameters.AddWithValue("$start", DateText(run.Period.Start));
        cmd.Parameters.AddWithValue("$end", DateText(run.Period.End));
        cmd.Parameters.AddWithValue("$version", run.PackVersion);
        cmd.Parameters.AddWithValue("$asof", InstantPattern.ExtendedIso.Format(run.AsOf));
        cmd.Parameters.AddWithValue("$zone", run.ZoneId);
        cmd.Parameters.AddWithValue("$tool", run.ToolVersion);
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>The run's findings counted per (unit, kind, rule, verdict) text id.</summary>
    public static void InsertTallies(SqliteConnection c, SqliteTransaction tx, long runId, IReadOnlyDictionary<(long Unit, long Kind, long Rule, long Verdict), long> tallies)
    {
        using var cmd = Command(c, tx, """
            INSERT INTO tallies (run_id, unit_text_id, kind_text_id, rule_text_id, verdict_text_id, n)
            VALUES ($run, $unit, $kind, $rule, $verdict, $n)
            """);
        var run = cmd.Parameters.AddWithValue("$run", runId);
        var unit = cmd.Parameters.Add("$unit", SqliteType.Integer);
        var kind = cmd.Parameters.Add("$kind", SqliteType.Integer);
        var rule = cmd.Parameters.Add("$rule", SqliteType.Integer);
        var verdict = cmd.Parameters.Add("$verdict", SqliteType.Integer);
        var n = cmd.Parameters.Add("$n", SqliteType.Integer);
        foreach (var (key, count) in tallies.OrderBy(kv => kv.Key))
        {
            (unit.Value, kind.Value, rule.Value, verdict.Value, n.Value) = (key.Unit, key.Kind, key.Rule, key.Verdict, count);
            cmd.ExecuteNonQuery();
        }
    }

    public static void InsertScores(SqliteConnection c, SqliteTransaction tx, long runId, IEnumerable<UnitScore> scores)
    {
        using var cmd = Command(c, tx, """
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

    public static void InsertSanctions(SqliteConnection c, SqliteTransaction tx, long runId, IEnumerable<Sanction> sanctions)
    {
        using var head = Command(c, tx, "INSERT INTO sanctions (run_id, unit, kind) VALUES ($run, $unit, $kind)");
        using var reason = Command(c, tx, """
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

    public static string DateText(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }
}
