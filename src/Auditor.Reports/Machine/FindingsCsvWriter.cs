using System.Globalization;
using System.Text;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Reports.Machine;

/// <summary>findings.csv: UTF-8 (no BOM), one row per (case, rule) that applies; streamed.</summary>
public sealed class FindingsCsvWriter : IDisposable
{
    public static readonly string[] Header =
    [
        "case_id", "unit", "rule_id", "kind", "verdict", "start", "deadline", "actual", "overrun_minutes",
        "clause", "evidence", "rule_title", "case_title", "severity", "weight", "sanction_class",
        "override_from", "override_justification",
    ];

    private readonly StreamWriter _w;
    private readonly DateTimeZone _zone;

    /// <summary>Writes to <paramref name="output"/> (closed with the writer).</summary>
    public FindingsCsvWriter(Stream output, DateTimeZone zone)
    {
        _w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);
        _zone = zone;
        CsvField.WriteRow(_w, Header);
    }

    /// <summary>One row, written field by field (no intermediate strings: this runs once per finding, millions of times).</summary>
    public void Write(Finding f)
    {
        var w = _w;
        CsvField.WriteText(w, f.CaseId); w.Write(',');
        CsvField.WriteText(w, f.Unit); w.Write(',');
        CsvField.WritePlain(w, f.RuleId); w.Write(',');
        CsvField.WritePlain(w, f.Kind.Id()); w.Write(',');
        CsvField.WritePlain(w, f.Verdict.Id()); w.Write(',');
        Time(f.Start); w.Write(',');
        Time(f.Deadline); w.Write(',');
        Time(f.Actual); w.Write(',');
        if (f.OverrunMinutes is { } m) w.Write(m.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        CsvField.WriteText(w, f.Clause.Short); w.Write(',');
        CsvField.WriteText(w, f.Evidence); w.Write(',');
        CsvField.WriteText(w, f.RuleTitle); w.Write(',');
        CsvField.WriteText(w, f.CaseTitle); w.Write(',');
        CsvField.WriteText(w, f.Severity); w.Write(',');
        w.Write(MachineTime.Number(f.Weight)); w.Write(',');
        CsvField.WritePlain(w, f.SanctionClass); w.Write(',');
        if (f.Override is not null) CsvField.WritePlain(w, f.Override.Original.Id());
        w.Write(',');
        CsvField.WriteText(w, f.Override?.Justification);
        w.Write('\n');
    }

    private void Time(NodaTime.Instant? t)
    {
        if (t is not null) _w.Write(MachineTime.Iso(t, _zone));
    }

    public void Dispose() => _w.Dispose();
}
