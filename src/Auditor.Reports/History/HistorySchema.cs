using Auditor.Core;
using Microsoft.Data.Sqlite;

namespace Auditor.Reports.History;

/// <summary>
/// The history store's tables and versions. A new database is created at version 1 and upgraded through every
/// script in <see cref="Migrations"/> (index i upgrades version i+1 → i+2), so new and upgraded stores share one
/// definition. A database newer than this program, or a SQLite file that is not an auditor history store, is refused
/// with a clear message.
/// </summary>
internal static class HistorySchema
{
    public const int Current = 3;

    internal const string V1 = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            pack TEXT NOT NULL,
            period TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            as_of TEXT NOT NULL,
            zone TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            UNIQUE (pack, period));
        CREATE TABLE findings (
            run_id INTEGER NOT NULL,
            case_id TEXT NOT NULL,
            unit TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            verdict TEXT NOT NULL,
            original_verdict TEXT,
            overrun_minutes INTEGER,
            weight REAL NOT NULL,
            sanction_class TEXT,
            clause TEXT NOT NULL,
            start TEXT,
            deadline TEXT,
            actual TEXT);
        CREATE INDEX findings_by_run ON findings (run_id);
        CREATE TABLE scores (
            run_id INTEGER NOT NULL,
            unit TEXT NOT NULL,
            unit_code TEXT,
            score REAL NOT NULL,
            grade TEXT NOT NULL,
            rank INTEGER NOT NULL,
            met INTEGER NOT NULL,
            breached INTEGER NOT NULL,
            missing INTEGER NOT NULL,
            pending INTEGER NOT NULL,
            not_applicable INTEGER NOT NULL,
            insufficient_data INTEGER NOT NULL,
            on_time_rate REAL,
            formula TEXT NOT NULL,
            PRIMARY KEY (run_id, unit));
        CREATE TABLE sanctions (
            run_id INTEGER NOT NULL,
            unit TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (run_id, unit, kind));
        CREATE TABLE sanction_reasons (
            run_id INTEGER NOT NULL,
            unit TEXT NOT NULL,
            kind TEXT NOT NULL,
            seq INTEGER NOT NULL,
            rule_id TEXT,
            case_ids TEXT NOT NULL,
            clause TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (run_id, unit, kind, seq));
        INSERT INTO schema_version (version) VALUES (1);
        """;

    /// <summary>
    /// Version 2 stores findings compactly (a million-case quarter has ≈1.87M findings): repeated text (unit, rule, kind,
    /// verdict, sanction class, clause) once in <c>texts</c>, referenced by id from <c>finding_rows</c>; times as
    /// INTEGER Unix seconds when <see cref="StoredInstant"/> can give the same text back, else the ISO text as before
    /// (so the time columns have no declared type: a declared type would give them an affinity that converts).
    /// The view <c>findings</c> shows the rows exactly as version 1 stored them (same columns, same text).
    /// </summary>
    internal static readonly string V1ToV2 = $"""
        CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
        INSERT INTO texts (text)
            SELECT unit FROM findings UNION SELECT rule_id FROM findings UNION SELECT kind FROM findings
            UNION SELECT verdict FROM findings UNION SELECT original_verdict FROM findings WHERE original_verdict IS NOT NULL
            UNION SELECT sanction_class FROM findings WHERE sanction_class IS NOT NULL UNION SELECT clause FROM findings
            ORDER BY 1;
        CREATE TABLE finding_rows (
            run_id INTEGER NOT NULL,
            case_id TEXT NOT NULL,
            unit_text_id INTEGER NOT NULL,
            rule_text_id INTEGER NOT NULL,
            kind_text_id INTEGER NOT NULL,
            verdict_text_id INTEGER NOT NULL,
            original_verdict_text_id INTEGER,
            overrun_minutes INTEGER,
            weight REAL NOT NULL,
            sanction_class_text_id INTEGER,
            clause_text_id INTEGER NOT NULL,
            start,
            deadline,
            actual);
        INSERT INTO finding_rows
            SELECT f.run_id, f.case_id,
                   (SELECT id FROM texts WHERE text = f.unit), (SELECT id FROM texts WHERE text = f.rule_id),
                   (SELECT id FROM texts WHERE text = f.kind), (SELECT id FROM texts WHERE text = f.verdict),
                   (SELECT id FROM texts WHERE text = f.original_verdict), f.overrun_minutes, f.weight,
                   (SELECT id FROM texts WHERE text = f.sanction_class), (SELECT id FROM texts WHERE text = f.clause),
                   {StoredInstant.FromText("f.start")}, {StoredInstant.FromText("f.deadline")}, {StoredInstant.FromText("f.actual")}
            FROM findings f ORDER BY f.rowid;
        DROP TABLE findings;
        CREATE INDEX finding_rows_by_run ON finding_rows (run_id);
        CREATE VIEW findings AS
            SELECT f.run_id AS run_id, f.case_id AS case_id, u.text AS unit, r.text AS rule_id, k.text AS kind,
                   v.text AS verdict, o.text AS original_verdict, f.overrun_minutes AS overrun_minutes, f.weight AS weight,
                   s.text AS sanction_class, c.text AS clause, {StoredInstant.ToText("f.start")} AS start,
                   {StoredInstant.ToText("f.deadline")} AS deadline, {StoredInstant.ToText("f.actual")} AS actual
            FROM finding_rows f
            JOIN texts u ON u.id = f.unit_text_id
            JOIN texts r ON r.id = f.rule_text_id
            JOIN texts k ON k.id = f.kind_text_id
            JOIN texts v ON v.id = f.verdict_text_id
            LEFT JOIN texts o ON o.id = f.original_verdict_text_id
            LEFT JOIN texts s ON s.id = f.sanction_class_text_id
            JOIN texts c ON c.id = f.clause_text_id;
        """;

    /// <summary>
    /// Version 3 keeps each run's findings counted per (unit, kind, rule, verdict) in <c>tallies</c> — what the
    /// cross-period analysis (PeriodAnalysis: on-time rates per unit × kind × period, 整改不到位) reads instead of
    /// grouping the findings again (1.3 s of CPU per 1.87M-finding period). The recording counts findings as they are
    /// added; an older store gets its counts from its findings here.
    /// </summary>
    internal const string V2ToV3 = """
        CREATE TABLE tallies (
            run_id INTEGER NOT NULL,
            unit_text_id INTEGER NOT NULL,
            kind_text_id INTEGER NOT NULL,
            rule_text_id INTEGER NOT NULL,
            verdict_text_id INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (run_id, unit_text_id, kind_text_id, rule_text_id, verdict_text_id)) WITHOUT ROWID;
        INSERT INTO tallies
            SELECT run_id, unit_text_id, kind_text_id, rule_text_id, verdict_text_id, COUNT(*)
            FROM finding_rows GROUP BY run_id, unit_text_id, kind_text_id, rule_text_id, verdict_text_id;
        """;

    /// <summary>Upgrade scripts: Migrations[i] takes version i+1 to i+2.</summary>
    private static readonly string[] Migrations = [V1ToV2, V2ToV3];

    public static void Ensure(SqliteConnection c, string path)
    {
        var tables = new List<string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        if (tables.Count == 0)
        {
            using var tx = c.BeginTransaction();
            Exec(c, tx, V1);
            Upgrade(c, tx, 1);
            tx.Commit();
            return;
        }
        if (!tables.Contains("schema_version"))
            throw new InputException($"历史库 {path} 不是 auditor 的历史库（没有 schema_version 表）；请换一个路径（--history）");
        int version;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT MAX(version) FROM schema_version";
            var v = cmd.ExecuteScalar();
            version = v is long l ? (int)l : 0;
        }
        if (version > Current)
            throw new InputException($"历史库 {path} 的结构版本为 {version}，本程序只支持到 {Current}；请升级 auditor 后再用");
        if (version < 1)
            throw new InputException($"历史库 {path} 的结构版本记录已损坏（schema_version 为空）");
        if (version < Current)
        {
            using var tx = c.BeginTransaction();
            Upgrade(c, tx, version);
            tx.Commit();
        }
    }

    private static void Upgrade(SqliteConnection c, SqliteTransaction tx, int from)
    {
        for (int v = from; v < Current; v++) Exec(c, tx, Migrations[v - 1]);
        Exec(c, tx, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({Current});");
    }

    private static void Exec(SqliteConnection c, SqliteTransaction tx, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
