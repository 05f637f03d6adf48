using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Reports.Machine;

/// <summary>
/// findings.json: {"pack", "period", "as_of", "zone", "findings": [...]}, streamed; each finding is one compact line
/// (a million findings pretty-printed were 1.8 GB; one per line keeps the file greppable and about half the size).
/// </summary>
public sealed class FindingsJsonWriter : IDisposable
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions LineOptions = Options with { Indented = false };
    private static readonly byte[] FirstSeparator = "\n    "u8.ToArray();
    private static readonly byte[] Separator = ",\n    "u8.ToArray();

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly Utf8JsonWriter _w;
    private readonly DateTimeZone _zone;
    private bool _any, _disposed;

    public FindingsJsonWriter(string path, string packId, string period, Instant asOf, DateTimeZone zone)
        : this(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), packId, period, asOf, zone) { }

    /// <summary>Writes to <paramref name="output"/> (closed with the writer).</summary>
    public FindingsJsonWriter(Stream output, string packId, string period, Instant asOf, DateTimeZone zone)
    {
        _stream = new BufferedStream(output, 1 << 16);
        _zone = zone;
        using (var head = new Utf8JsonWriter(_stream, Options))
        {
            head.WriteStartObject();
            head.WriteString("pack", packId);
            head.WriteString("period", period);
            head.WriteString("as_of", MachineTime.Iso(asOf, zone));
            head.WriteString("zone", zone.Id);
            head.WriteStartArray("findings");
            head.Flush(); // an unfinished document: the findings and the closing brackets follow
        }
        _w = new Utf8JsonWriter(_line, LineOptions);
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
        w.Flush();
        _stream.Write(_any ? Separator : FirstSeparator);
        _stream.Write(_line.WrittenSpan);
        _any = true;
        _line.ResetWrittenCount();
        w.Reset(_line);
    }

    private void WriteTime(string name, Instant? t)
    {
        if (t is null) _w.WriteNull(name); else _w.WriteString(name, MachineTime.Iso(t, _zone));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stream.Write(_any ? "\n  ]\n}"u8 : "]\n}"u8);
        _w.Dispose();
        _stream.Dispose();
    }
}
