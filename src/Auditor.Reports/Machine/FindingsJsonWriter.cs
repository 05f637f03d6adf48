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
        w.WriteString(P.CaseId, f.CaseId);
        w.WriteString(P.Unit, Repeated(f.Unit));
        w.WriteString(P.RuleId, Repeated(f.RuleId));
        w.WriteString(P.Kind, Repeated(f.Kind.Id()));
        w.WriteString(P.Verdict, Repeated(f.Verdict.Id()));
        WriteTime(P.Start, f.Start);
        WriteTime(P.Deadline, f.Deadline);
        WriteTime(P.Actual, f.Actual);
        if (f.OverrunMinutes is { } m) w.WriteNumber(P.OverrunMinutes, m); else w.WriteNull(P.OverrunMinutes);
        w.WriteStartObject(P.Clause);
        w.WriteString(P.Source, Repeated(f.Clause.Source));
        w.WriteString(P.Clause, Repeated(f.Clause.Clause));
        w.WriteString(P.Quote, Repeated(f.Clause.Quote));
        // the source marks this clause number as not checked against the original: documents print the source alone
        if (f.Clause.NumberUnverified) w.WriteBoolean("number_unverified", true);
        w.WriteEndObject();
        w.WriteString(P.Evidence, f.Evidence);
        w.WriteString(P.RuleTitle, Repeated(f.RuleTitle));
        if (f.CaseTitle is null) w.WriteNull(P.CaseTitle); else w.WriteString(P.CaseTitle, f.CaseTitle);
        if (f.Severity is null) w.WriteNull(P.Severity); else w.WriteString(P.Severity, Repeated(f.Severity));
        w.WriteNumber(P.Weight, f.Weight);
        if (f.SanctionClass is null) w.WriteNull(P.SanctionClass); else w.WriteString(P.SanctionClass, Repeated(f.SanctionClass));
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

    private void WriteTime(JsonEncodedText name, Instant? t)
    {
        if (t is null) _w.WriteNull(name); else _w.WriteString(name, MachineTime.Iso(t, _zone));
    }

    /// <summary>
    /// A value that repeats across findings (unit, rule, clause, kind …), escaped and encoded once: a million findings
    /// otherwise transcode the same clause quote a million times. Bounded, so free text cannot grow it without limit.
    /// </summary>
    private JsonEncodedText Repeated(string value)
    {
        if (_repeated.TryGetValue(value, out var encoded)) return encoded;
        encoded = JsonEncodedText.Encode(value, Options.Encoder);
        if (_repeated.Count < MaxRepeated) _repeated[value] = encoded;
        return encoded;
    }

    private const int MaxRepeated = 100_000;
    private readonly Dictionary<string, JsonEncodedText> _repeated = new(StringComparer.Ordinal);

    /// <summary>Property names, encoded once.</summary>
    private static class P
    {
        public static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("case_id"), Unit = JsonEncodedText.Encode("unit"),
            RuleId = JsonEncodedText.Encode("rule_id"), Kind = JsonEncodedText.Encode("kind"), Verdict = JsonEncodedText.Encode("verdict"),
            Start = JsonEncodedText.Encode("start"), Deadline = JsonEncodedText.Encode("deadline"), Actual = JsonEncodedText.Encode("actual"),
            OverrunMinutes = JsonEncodedText.Encode("overrun_minutes"), Clause = JsonEncodedText.Encode("clause"),
            Source = JsonEncodedText.Encode("source"), Quote = JsonEncodedText.Encode("quote"), Evidence = JsonEncodedText.Encode("evidence"),
            RuleTitle = JsonEncodedText.Encode("rule_title"), CaseTitle = JsonEncodedText.Encode("case_title"),
            Severity = JsonEncodedText.Encode("severity"), Weight = JsonEncodedText.Encode("weight"),
            SanctionClass = JsonEncodedText.Encode("sanction_class");
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
