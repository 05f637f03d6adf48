using System.Text;
using Auditor.Core.Domain;
using Microsoft.Data.Sqlite;
using NodaTime;
using SQLitePCL;

namespace Auditor.Reports.History;

/// <summary>
/// Inserts one run's findings into <c>finding_rows</c>, buffering up to <see cref="RowsPerStatement"/> of them and
/// inserting each full buffer with one multi-row INSERT. Parameters are bound by index through SQLitePCLRaw on the
/// connection's handle: Microsoft.Data.Sqlite binds every parameter by name, which is quadratic in a multi-row
/// statement. Runs inside the recording's transaction; the caller commits or rolls back.
/// </summary>
internal sealed class FindingRowWriter : IDisposable
{
    private const int Columns = 13;
    internal const int MaxRowsPerStatement = 128;

    private readonly sqlite3 _db;
    private readonly long _runId;
    private readonly TextIds _texts;
    private readonly Finding[] _buffer;
    private int _buffered;
    private sqlite3_stmt? _full;
    private byte[] _utf8 = new byte[256];

    public FindingRowWriter(SqliteConnection c, long runId, TextIds texts)
    {
        _db = c.Handle ?? throw new InvalidOperationException("The history store's connection is not open.");
        _runId = runId;
        _texts = texts;
        int variables = raw.sqlite3_limit(_db, raw.SQLITE_LIMIT_VARIABLE_NUMBER, -1);
        RowsPerStatement = Math.Clamp(variables / Columns, 1, MaxRowsPerStatement);
        _buffer = new Finding[RowsPerStatement];
    }

    /// <summary>Rows in one full INSERT: 128, fewer when SQLite's variable limit is lower.</summary>
    public int RowsPerStatement { get; }

    /// <summary>Findings added so far (inserted or buffered).</summary>
    public long Count { get; private set; }

    private readonly Dictionary<(long Unit, long Kind, long Rule, long Verdict), long> _tallies = [];

    /// <summary>Findings inserted so far per (unit, kind, rule, verdict) text id: the run's <c>tallies</c> rows.</summary>
    public IReadOnlyDictionary<(long Unit, long Kind, long Rule, long Verdict), long> Tallies => _tallies;

    public void Add(Finding f)
    {
        _buffer[_buffered++] = f;
        Count++;
        if (_buffered == _buffer.Length) Insert(_full ??= Prepare(_buffered));
    }

    /// <summary>Inserts the buffered findings (a statement sized for the remainder).</summary>
    public void Flush()
    {
        if (_buffered == 0) return;
        using var rest = Prepare(_buffered);
        Insert(rest);
    }

    public void Dispose()
    {
        _full?.Dispose();
        _full = null;
        Array.Clear(_buffer);
        _buffered = 0;
    }

    private sqlite3_stmt Prepare(int rows)
    {
        var sql = new StringBuilder("""
            INSERT INTO finding_rows (run_id, case_id, unit_text_id, rule_text_id, kind_text_id, verdict_text_id,
                original_verdict_text_id, overrun_minutes, weight, sanction_class_text_id, clause_text_id, start, deadline, actual)
            VALUES
            """);
        var row = "(" + _runId.ToString(System.Globalization.CultureInfo.InvariantCulture) + string.Concat(Enumerable.Repeat(",?", Columns)) + ")";
        for (int i = 0; i < rows; i++) sql.Append(i == 0 ? " " : ",").Append(row);
        Check(raw.sqlite3_prepare_v2(_db, sql.ToString(), out var stmt));
        return stmt;
    }

    private void Insert(sqlite3_stmt stmt)
    {
        for (int i = 0; i < _buffered; i++) Bind(stmt, i * Columns, _buffer[i]);
        int rc = raw.sqlite3_step(stmt);
        if (rc != raw.SQLITE_DONE)
        {
            try { Check(rc); } // SQLite's message, read before the reset
            finally { raw.sqlite3_reset(stmt); }
        }
        raw.sqlite3_reset(stmt);
        Array.Clear(_buffer, 0, _buffered); // the findings may go; the audit streams them
        _buffered = 0;
    }

    private void Bind(sqlite3_stmt s, int at, Finding f)
    {
        long unit = _texts.Id(f.Unit), rule = _texts.Id(f.RuleId), kind = _texts.Kind(f.Kind), verdict = _texts.Verdict(f.Verdict);
        // counted here, as the findings stream past: a GROUP BY over a period's 1.87M rows costs 1.3 s of CPU at every read
        ref long n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_tallies, (unit, kind, rule, verdict), out _);
        n++;
        BindText(s, at + 1, f.CaseId);
        Check(raw.sqlite3_bind_int64(s, at + 2, unit));
        Check(raw.sqlite3_bind_int64(s, at + 3, rule));
        Check(raw.sqlite3_bind_int64(s, at + 4, kind));
        Check(raw.sqlite3_bind_int64(s, at + 5, verdict));
        Check(f.Override is { } o ? raw.sqlite3_bind_int64(s, at + 6, _texts.Verdict(o.Original)) : raw.sqlite3_bind_null(s, at + 6));
        Check(f.OverrunMinutes is long m ? raw.sqlite3_bind_int64(s, at + 7, m) : raw.sqlite3_bind_null(s, at + 7));
        Check(raw.sqlite3_bind_double(s, at + 8, f.Weight));
        Check(f.SanctionClass is { } c ? raw.sqlite3_bind_int64(s, at + 9, _texts.Id(c)) : raw.sqlite3_bind_null(s, at + 9));
        Check(raw.sqlite3_bind_int64(s, at + 10, _texts.Clause(f.Clause)));
        BindInstant(s, at + 11, f.Start);
        BindInstant(s, at + 12, f.Deadline);
        BindInstant(s, at + 13, f.Actual);
    }

    private void BindInstant(sqlite3_stmt s, int index, Instant? i)
    {
        if (i is null) Check(raw.sqlite3_bind_null(s, index));
        else if (StoredInstant.TryUnixSeconds(i.Value, out var seconds)) Check(raw.sqlite3_bind_int64(s, index, seconds));
        else BindText(s, index, StoredInstant.Text(i.Value));
    }

    private void BindText(sqlite3_stmt s, int index, string text)
    {
        if (text.Length == 0)
        {
            Check(raw.sqlite3_bind_text(s, index, "")); // an empty span would bind NULL
            return;
        }
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > _utf8.Length) _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        int n = Encoding.UTF8.GetBytes(text, _utf8);
        Check(raw.sqlite3_bind_text(s, index, _utf8.AsSpan(0, n))); // SQLite copies the bytes (SQLITE_TRANSIENT)
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
