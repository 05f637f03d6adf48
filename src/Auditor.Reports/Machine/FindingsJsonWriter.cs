using System.Text.Encodings.Web;
using System.Text.Json;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Reports.Machine;

/// <summary>findings.json: {"pack", "period", "as_of", "findings": [...]}, streamed with one fixed layout.</summary>
public sealed class FindingsJsonWriter : IDisposable
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _w;
    private readonly DateTimeZone _zone;

    public FindingsJsonWriter(string path, string packId, string period, Instant asOf, DateTimeZone zone)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _w = new Utf8JsonWriter(_stream, Options);
        _zone = zone;
        _w.WriteStartObject();
        _w.WriteString("pack", packId);
        _w.WriteString("period", period);
        _w.WriteString("as_of", MachineTime.Iso(asOf, zone));
        _w.WriteString("zone", zone.Id);
        _w.WriteStartArray("findings");
    }

    public void Write(Finding f)
    {
        var w = _w;
        w.WriteStartObject();
        w.WriteString("case_id", f.CaseId);
        w.WriteString("unit", f.Unit);
        w.WriteString("rule_id", f.RuleId);
        w.WriteString("kind", f.Kind.Id());
        w.WriteString("verdict", f.Verdict.Id());
        WriteTime("start", f.Start);
        WriteTime("deadline", f.Deadline);
        WriteTime("actual", f.Actual);
        if (f.OverrunMinutes is { } m) w.WriteNumber("overrun_minutes", m); else w.WriteNull("overrun_minutes");
        w.WriteStartObject("clause");
        w.WriteString("source", f.Clause.Source);
        w.WriteString("clause", f.Clause.Clause);
        w.WriteString("quote", f.Clause.Quote);
        w.WriteEndObject();
        w.WriteString("evidence", f.Evidence);
        w.WriteString("rule_title", f.RuleTitle);
        if (f.CaseTitle is null) w.WriteNull("case_title"); else w.WriteString("case_title", f.CaseTitle);
        if (f.Severity is null) w.WriteNull("severity"); else w.WriteString("severity", f.Severity);
        w.WriteNumber("weight", f.Weight);
        if (f.SanctionClass is null) w.WriteNull("sanction_class"); else w.WriteString("sanction_class", f.SanctionClass);
        if (f.Override is { } o)
        {
            w.WriteStartObject("override");
            w.WriteString("from", o.Original.Id());
            w.WriteString("to", o.NewVerdict.Id());
            w.WriteString("justification", o.Justification);
            w.WriteString("approver", o.Approver);
            w.WriteString("date", o.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        if (w.BytesPending > 1 << 16) w.Flush();
    }

    private void WriteTime(string name, Instant? t)
    {
        if (t is null) _w.WriteNull(name); else _w.WriteString(name, MachineTime.Iso(t, _zone));
    }

    public void Dispose()
    {
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
        _w.Dispose();
        _stream.Dispose();
    }
}
