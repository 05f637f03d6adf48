using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Text;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Reports;

/// <summary>
/// The machine-readable outputs of DESIGN.md "Outputs": findings.csv, findings.json, scores.csv, sanctions.csv,
/// data-issues.csv and manifest.json. CSV: UTF-8 with BOM, formula-looking text neutralised; times as local ISO
/// 8601 with offset. Same outcome → same bytes.
/// </summary>
public static class DataFilesWriter
{
    public const string FindingsCsv = "findings.csv";
    public const string FindingsJson = "findings.json";
    public const string ScoresCsv = "scores.csv";
    public const string SanctionsCsv = "sanctions.csv";
    public const string DataIssuesCsv = "data-issues.csv";
    public const string Manifest = "manifest.json";

    /// <summary>Local time with its offset, e.g. 2026-07-10T22:00:00+08:00.</summary>
    private static readonly OffsetDateTimePattern TimePattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the CSV and JSON findings files; returns their paths.</summary>
    public static IReadOnlyList<string> WriteData(AuditOutcome o, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        string P(string name) { var p = Path.Combine(outDir, name); written.Add(p); return p; }
        string T(Instant? i) => i is null ? "" : TimePattern.Format(i.Value.InZone(o.Zone).ToOffsetDateTime());

        Csv(P(FindingsCsv), t =>
        {
            t.Row("case_id", "unit", "rule_id", "kind", "verdict", "start", "deadline", "actual", "overrun_minutes", "clause", "evidence", "case_title", "severity", "weight", "override");
            foreach (var f in o.Findings)
                t.Row(f.CaseId, f.Unit, f.RuleId, f.Kind.Id(), f.Verdict.Id(), T(f.Start), T(f.Deadline), T(f.Actual),
                    f.OverrunMinutes is long m ? CsvTable.Number.Of(m) : null, f.Clause.Short, f.Evidence, f.CaseTitle, f.Severity,
                    CsvTable.Number.Of(f.Weight), f.Override is { } ov ? $"{ov.Original.Id()}→{ov.NewVerdict.Id()}：{ov.Justification}（{ov.Approver}）" : null);
        });
        var verdicts = Enum.GetValues<Verdict>().Where(v => v != Verdict.NotApplicable).ToArray();
        Csv(P(ScoresCsv), t =>
        {
            t.Row(["unit", "unit_code", "score", "grade", "rank", "on_time_rate", .. verdicts.Select(v => v.Id()), "formula"]);
            foreach (var s in o.Scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal))
                t.Row([s.Unit, s.UnitCode, CsvTable.Number.Of(s.Score), s.Grade, CsvTable.Number.Of(s.Rank),
                    s.OnTimeRate is double r ? new CsvTable.Number(r.ToString("0.####", CultureInfo.InvariantCulture)) : null,
                    .. verdicts.Select(v => (object)CsvTable.Number.Of(s.Count(v))), s.Formula]);
        });
        Csv(P(SanctionsCsv), t =>
        {
            t.Row("unit", "sanction", "reasons", "clauses", "case_ids");
            foreach (var s in o.Sanctions.OrderBy(s => (int)s.Kind).ThenBy(s => s.Unit, StringComparer.Ordinal))
                t.Row(s.Unit, s.Kind.Chinese(), string.Join("；", s.Reasons.Select(r => r.Text)),
                    string.Join("、", s.Reasons.Select(r => r.Clause).Where(c => c.Length > 0).Distinct()),
                    string.Join("、", s.Reasons.SelectMany(r => r.CaseIds).Distinct()));
        });
        Csv(P(DataIssuesCsv), t =>
        {
            t.Row("file", "sheet", "row", "column", "case_id", "kind", "message");
            foreach (var d in o.DataIssues)
                t.Row(d.File, d.Sheet, d.Row is int r ? CsvTable.Number.Of(r) : null, d.Column, d.CaseId, d.Kind.ToString(), d.Message);
        });
        Json(P(FindingsJson), w =>
        {
            w.WriteStartArray();
            foreach (var f in o.Findings)
            {
                w.WriteStartObject();
                w.WriteString("case_id", f.CaseId);
                w.WriteString("unit", f.Unit);
                w.WriteString("rule_id", f.RuleId);
                w.WriteString("rule_title", f.RuleTitle);
                w.WriteString("kind", f.Kind.Id());
                w.WriteString("verdict", f.Verdict.Id());
                Str(w, "start", T(f.Start));
                Str(w, "deadline", T(f.Deadline));
                Str(w, "actual", T(f.Actual));
                if (f.OverrunMinutes is long m) w.WriteNumber("overrun_minutes", m); else w.WriteNull("overrun_minutes");
                w.WriteStartObject("clause");
                w.WriteString("source", f.Clause.Source);
                w.WriteString("clause", f.Clause.Clause);
                w.WriteString("quote", f.Clause.Quote);
                w.WriteEndObject();
                w.WriteString("evidence", f.Evidence);
                Str(w, "case_title", f.CaseTitle);
                Str(w, "severity", f.Severity);
                w.WriteNumber("weight", f.Weight);
                if (f.Override is { } ov)
                {
                    w.WriteStartObject("override");
                    w.WriteString("original", ov.Original.Id());
                    w.WriteString("justification", ov.Justification);
                    w.WriteString("approver", ov.Approver);
                    w.WriteString("date", LocalDatePattern.Iso.Format(ov.Date));
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
        return written;
    }

    /// <summary>manifest.json: inputs with sha256, pack, period, as-of, tool version, counts and every output with its sha256.</summary>
    public static string WriteManifest(AuditOutcome o, string outDir, IEnumerable<string> outputs)
    {
        var path = Path.Combine(outDir, Manifest);
        Json(path, w =>
        {
            w.WriteStartObject();
            w.WriteString("tool_version", o.ToolVersion);
            w.WriteStartObject("pack");
            w.WriteString("id", o.Pack.Id);
            w.WriteString("version", o.Pack.Version);
            w.WriteString("title", o.Pack.Title);
            w.WriteString("issuer", o.Pack.Issuer);
            w.WriteEndObject();
            w.WriteString("period", o.Period.Id);
            w.WriteString("as_of", TimePattern.Format(o.AsOf.InZone(o.Zone).ToOffsetDateTime()));
            w.WriteString("zone", o.Zone.Id);
            w.WriteNumber("cases", o.CaseCount);
            w.WriteNumber("findings", o.Findings.Length);
            w.WriteNumber("not_applicable", o.NotApplicableCount);
            w.WriteNumber("data_issues", o.DataIssues.Length);
            w.WriteStartArray("inputs");
            foreach (var i in o.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("path", i.Path);
                w.WriteString("role", i.Role);
                w.WriteString("sha256", i.Sha256);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("outputs");
            var root = Path.GetFullPath(outDir);
            foreach (var f in outputs.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("path", Path.GetRelativePath(root, f).Replace('\\', '/'));
                w.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        return path;
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) w.WriteNull(name); else w.WriteString(name, PublicText.StripIllegalXml(value));
    }

    private static void Csv(string path, Action<CsvTable> write)
    {
        using var sw = CsvTable.Open(path);
        write(new CsvTable(sw));
    }

    private static void Json(string path, Action<Utf8JsonWriter> write)
    {
        using var fs = File.Create(path);
        using (var w = new Utf8JsonWriter(fs, JsonOptions)) write(w);
        fs.Write("\n"u8);
    }
}
