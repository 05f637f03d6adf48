using System.Text.Json;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Reports.Tests.History;

/// <summary>Writes a history store the way version 1 of the program did (schema 1, every value as text), for upgrade tests.</summary>
internal static class VersionOneStore
{
    public static void Record(string path, HistoryRun run, IEnumerable<Finding> findings, IEnumerable<UnitScore> scores, IEnumerable<Sanction> sanctions)
    {
        bool exists = File.Exists(path);
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        if (!exists) Exec(c, HistorySchema.V1);
        var runId = (long)Exec(c, """
            INSERT INTO runs (pack, period, period_start, period_end, pack_version, as_of, zone, tool_version)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7) RETURNING id
            """, run.PackId, run.Period.Id, LocalDatePattern.Iso.Format(run.Period.Start), LocalDatePattern.Iso.Format(run.Period.End),
            run.PackVersion, InstantPattern.ExtendedIso.Format(run.AsOf), run.ZoneId, run.ToolVersion)!;
        foreach (var f in findings)
            Exec(c, "INSERT INTO findings VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                runId, f.CaseId, f.Unit, f.RuleId, f.Kind.Id(), f.Verdict.Id(), f.Override?.Original.Id(), f.OverrunMinutes, f.Weight,
                f.SanctionClass, f.Clause.Short, Text(f.Start), Text(f.Deadline), Text(f.Actual));
        foreach (var s in scores)
            Exec(c, "INSERT INTO scores VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                runId, s.Unit, s.UnitCode, s.Score, s.Grade, s.Rank, s.Count(Verdict.Met), s.Count(Verdict.Breached), s.Count(Verdict.Missing),
                s.Count(Verdict.Pending), s.Count(Verdict.NotApplicable), s.Count(Verdict.InsufficientData), s.OnTimeRate, s.Formula);
        foreach (var s in sanctions)
        {
            Exec(c, "INSERT INTO sanctions VALUES ($0, $1, $2)", runId, s.Unit, s.Kind.Id());
            for (int i = 0; i < s.Reasons.Length; i++)
                Exec(c, "INSERT INTO sanction_reasons VALUES ($0, $1, $2, $3, $4, $5, $6, $7)", runId, s.Unit, s.Kind.Id(), i, s.Reasons[i].RuleId,
                    JsonSerializer.Serialize(s.Reasons[i].CaseIds.ToArray()), s.Reasons[i].Clause, s.Reasons[i].Text);
        }
    }

    private static string? Text(Instant? i) => i is null ? null : InstantPattern.ExtendedIso.Format(i.Value);

    private static object? Exec(SqliteConnection c, string sql, params object?[] values)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        for (int i = 0; i < values.Length; i++) cmd.Parameters.AddWithValue("$" + i, values[i] ?? DBNull.Value);
        return cmd.ExecuteScalar();
    }
}
