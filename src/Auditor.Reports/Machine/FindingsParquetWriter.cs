using Auditor.Core.Domain;
using Auditor.Reports.Parquet;
using NodaTime;

namespace Auditor.Reports.Machine;

/// <summary>
/// findings.parquet: the rows and columns of findings.csv, typed — start/deadline/actual as local timestamps of the
/// audit's zone (microseconds, not UTC-adjusted), overrun_minutes as a 64-bit integer, weight as a double, repeating
/// text (unit, rule, kind, verdict, clause, titles of rules, severity) dictionary-encoded; Snappy-compressed, in row
/// groups of <see cref="RowsPerGroup"/>. Text is stored as recorded: a Parquet value is never run as a formula, so it
/// gets no leading apostrophe (findings.csv and findings.xlsx add one). Streamed: memory is one row group's encoded bytes.
/// </summary>
public sealed class FindingsParquetWriter : IDisposable
{
    public const int RowsPerGroup = 65_536;

    internal static readonly ParquetColumn[] Schema =
    [
        new("case_id", ParquetColumnKind.Text, Optional: false),
        new("unit", ParquetColumnKind.DictionaryText, Optional: false),
        new("rule_id", ParquetColumnKind.DictionaryText, Optional: false),
        new("kind", ParquetColumnKind.DictionaryText, Optional: false),
        new("verdict", ParquetColumnKind.DictionaryText, Optional: false),
        new("start", ParquetColumnKind.LocalTimestamp),
        new("deadline", ParquetColumnKind.LocalTimestamp),
        new("actual", ParquetColumnKind.LocalTimestamp),
        new("overrun_minutes", ParquetColumnKind.Int64),
        new("clause", ParquetColumnKind.DictionaryText, Optional: false),
        new("evidence", ParquetColumnKind.Text, Optional: false),
        new("rule_title", ParquetColumnKind.DictionaryText, Optional: false),
        new("case_title", ParquetColumnKind.Text),
        new("severity", ParquetColumnKind.DictionaryText),
        new("weight", ParquetColumnKind.Double, Optional: false),
        new("sanction_class", ParquetColumnKind.DictionaryText),
        new("override_from", ParquetColumnKind.DictionaryText),
        new("override_justification", ParquetColumnKind.Text),
    ];

    private readonly ParquetFileWriter _file;
    private readonly DateTimeZone _zone;
    private readonly TextBuffer _caseId, _evidence, _caseTitle, _justification;
    private readonly DictionaryTextBuffer _unit, _ruleId, _kind, _verdict, _clause, _ruleTitle, _severity, _sanction, _overrideFrom;
    private readonly LocalTimestampBuffer _start, _deadline, _actual;
    private readonly Int64Buffer _overrun;
    private readonly DoubleBuffer _weight;
    /// <summary>Short forms of the pack's citations, by reference (a handful of objects, each met a million times).</summary>
    private readonly Dictionary<Citation, string> _clauses = new(ReferenceEqualityComparer.Instance);
    private readonly Stream _output;
    private readonly int _rowsPerGroup;
    private bool _disposed;

    /// <summary>Writes to <paramref name="output"/> (closed with the writer).</summary>
    public FindingsParquetWriter(Stream output, DateTimeZone zone) : this(output, zone, RowsPerGroup)
    {
    }

    /// <param name="rowsPerGroup">Rows of a row group (smaller in tests).</param>
    internal FindingsParquetWriter(Stream output, DateTimeZone zone, int rowsPerGroup)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerGroup, 1);
        _rowsPerGroup = rowsPerGroup;
        _output = output;
        _zone = zone;
        _file = new ParquetFileWriter(output, Schema, "auditor");
        var c = _file.Columns;
        (_caseId, _unit, _ruleId, _kind, _verdict) = ((TextBuffer)c[0], (DictionaryTextBuffer)c[1], (DictionaryTextBuffer)c[2], (DictionaryTextBuffer)c[3], (DictionaryTextBuffer)c[4]);
        (_start, _deadline, _actual, _overrun) = ((LocalTimestampBuffer)c[5], (LocalTimestampBuffer)c[6], (LocalTimestampBuffer)c[7], (Int64Buffer)c[8]);
        (_clause, _evidence, _ruleTitle, _caseTitle, _severity) = ((DictionaryTextBuffer)c[9], (TextBuffer)c[10], (DictionaryTextBuffer)c[11], (TextBuffer)c[12], (DictionaryTextBuffer)c[13]);
        (_weight, _sanction, _overrideFrom, _justification) = ((DoubleBuffer)c[14], (DictionaryTextBuffer)c[15], (DictionaryTextBuffer)c[16], (TextBuffer)c[17]);
    }

    public void Write(Finding f)
    {
        _caseId.Add(f.CaseId);
        _unit.Add(f.Unit);
        _ruleId.Add(f.RuleId);
        _kind.Add(f.Kind.Id());
        _verdict.Add(f.Verdict.Id());
        _start.Add(Local(f.Start));
        _deadline.Add(Local(f.Deadline));
        _actual.Add(Local(f.Actual));
        _overrun.Add(f.OverrunMinutes);
        if (!_clauses.TryGetValue(f.Clause, out var clause))
        {
            clause = f.Clause.Short;
            if (_clauses.Count < 4096) _clauses.Add(f.Clause, clause);
        }
        _clause.Add(clause);
        _evidence.Add(f.Evidence);
        _ruleTitle.Add(f.RuleTitle);
        _caseTitle.Add(f.CaseTitle);
        _severity.Add(f.Severity);
        _weight.Add(f.Weight);
        _sanction.Add(f.SanctionClass);
        _overrideFrom.Add(f.Override?.Original.Id());
        _justification.Add(f.Override?.Justification);
        if (_file.BufferedRows == _rowsPerGroup) _file.EndRowGroup();
    }

    /// <summary>Ticks of the local date-time in the audit's zone (instant + the zone's offset then).</summary>
    private long? Local(Instant? i) =>
        i is { } t ? DateTime.UnixEpoch.Ticks + t.ToUnixTimeTicks() + _zone.GetUtcOffset(t).Ticks : null;

    /// <summary>Writes the last row group and the footer, and closes the stream.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            _file.Close();
        }
        finally
        {
            _output.Dispose();
        }
    }
}
