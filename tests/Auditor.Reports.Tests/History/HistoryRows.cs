using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Auditor.Reports.Tests.History;

/// <summary>A history store's rows as text, sorted: runs, findings (the view in version 2), scores, sanctions, reasons, version.</summary>
internal static class HistoryRows
{
    public static List<string> Dump(string path, params string[] tables)
    {
        if (tables.Length == 0) tables = ["runs", "findings", "scores", "sanctions", "sanction_reasons", "schema_version"];
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table}";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                rows.Add(table + ":" + string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The tallies by text (text ids differ between stores): run|unit|kind|rule|verdict|n, sorted.</summary>
    public static List<string> Tallies(string path)
    {
        var rows = Column(path, """
            SELECT t.run_id || '|' || u.text || '|' || k.text || '|' || r.text || '|' || v.text || '|' || t.n
            FROM tallies t JOIN texts u ON u.id = t.unit_text_id JOIN texts k ON k.id = t.kind_text_id
            JOIN texts r ON r.id = t.rule_text_id JOIN texts v ON v.id = t.verdict_text_id
            """);
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The sanctions recorded for a period, "unit|kind", in recorded order.</summary>
    public static List<string> Sanctions(string path, string period) =>
        Column(path, $"SELECT s.unit || '|' || s.kind FROM sanctions s JOIN runs r ON r.id = s.run_id WHERE r.period = '{period}' ORDER BY s.rowid");

    public static List<string> Column(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var values = new List<string>();
        while (r.Read()) values.Add(r.IsDBNull(0) ? "∅" : Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!);
        return values;
    }
}
