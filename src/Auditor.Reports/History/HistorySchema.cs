using Auditor.Core;
using Microsoft.Data.Sqlite;

namespace Auditor.Reports.History;

/// <summary>
/// The history store's tables and versions. Version 1 is the first; a later version adds a script to
/// <see cref="Migrations"/> (index i upgrades version i+1 → i+2). A database newer than this program, or a SQLite
/// file that is not an auditor history store, is refused with a clear message.
/// </summary>
internal static class HistorySchema
{
    public const int Current = 1;

    private const string V1 = """
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

    /// <summary>Upgrade scripts: Migrations[i] takes version i+1 to i+2 (none yet).</summary>
    private static readonly string[] Migrations = [];

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
            for (int v = version; v < Current; v++) Exec(c, tx, Migrations[v - 1]);
            Exec(c, tx, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({Current});");
            tx.Commit();
        }
    }

    private static void Exec(SqliteConnection c, SqliteTransaction tx, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
