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

    public FindingsCsvWriter(string path, DateTimeZone zone)
    {
        _w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        _zone = zone;
        CsvField.WriteRow(_w, Header);
    }

    public void Write(Finding f) => CsvField.WriteRow(_w,
        CsvField.Text(f.CaseId),
        CsvField.Text(f.Unit),
        CsvField.Plain(f.RuleId),
        CsvField.Plain(f.Kind.Id()),
        CsvField.Plain(f.Verdict.Id()),
        MachineTime.Iso(f.Start, _zone),
        MachineTime.Iso(f.Deadline, _zone),
        MachineTime.Iso(f.Actual, _zone),
        f.OverrunMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        CsvField.Text(f.Clause.Short),
        CsvField.Text(f.Evidence),
        CsvField.Text(f.RuleTitle),
        CsvField.Text(f.CaseTitle),
        CsvField.Text(f.Severity),
        MachineTime.Number(f.Weight),
        CsvField.Plain(f.SanctionClass),
        f.Override is null ? "" : CsvField.Plain(f.Override.Original.Id()),
        CsvField.Text(f.Override?.Justification));

    public void Dispose() => _w.Dispose();
}
