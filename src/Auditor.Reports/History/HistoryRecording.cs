using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Microsoft.Data.Sqlite;

namespace Auditor.Reports.History;

/// <summary>
/// One run being recorded, in one transaction: <see cref="HistoryStore.Begin"/> (deletes an earlier recording of the
/// same pack and period, inserts the runs row) → <see cref="Add"/> for each finding as the audit produces it →
/// <see cref="Finish"/> (scores and sanctions; commits). Disposing a recording that was not finished rolls it back:
/// the store keeps what it had, so a failed audit leaves no half run. Use from one thread at a time (any thread).
/// </summary>
public sealed class HistoryRecording : IDisposable
{
    private readonly SqliteConnection _c;
    private readonly Action<HistoryRecording> _ended;
    private readonly FindingRowWriter _findings;
    private readonly long _runId;
    private SqliteTransaction? _tx;

    internal HistoryRecording(SqliteConnection c, HistoryRun run, Action<HistoryRecording> ended)
    {
        _c = c;
        _ended = ended;
        Run = run;
        var tx = c.BeginTransaction();
        try
        {
            RunRows.Delete(c, tx, run.PackId, run.Period.Id);
            _runId = RunRows.InsertRun(c, tx, run);
            _findings = new FindingRowWriter(c, _runId, new TextIds(c, tx));
        }
        catch
        {
            tx.Dispose();
            throw;
        }
        _tx = tx;
    }

    public HistoryRun Run { get; }

    /// <summary>The open transaction, for the store's readers while the recording is under way.</summary>
    internal SqliteTransaction? Transaction => _tx;

    public void Add(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        EnsureOpen();
        _findings.Add(finding);
    }

    /// <summary>Inserts the remaining findings, the scores and the sanctions, and commits. On failure nothing is recorded.</summary>
    public void Finish(IEnumerable<UnitScore> scores, IEnumerable<Sanction> sanctions)
    {
        var tx = EnsureOpen();
        try
        {
            _findings.Flush();
            RunRows.InsertTallies(_c, tx, _runId, _findings.Tallies);
            RunRows.InsertScores(_c, tx, _runId, scores);
            RunRows.InsertSanctions(_c, tx, _runId, sanctions);
            _findings.Dispose();
            tx.Commit();
        }
        finally
        {
            End();
        }
    }

    /// <summary>Rolls back unless <see cref="Finish"/> committed.</summary>
    public void Dispose() => End();

    private SqliteTransaction EnsureOpen() =>
        _tx ?? throw new InvalidOperationException("This history recording is already finished or disposed.");

    private void End()
    {
        if (_tx is null) return;
        var tx = _tx;
        _tx = null;
        try
        {
            _findings.Dispose();
            tx.Dispose(); // rolls back when not committed
        }
        finally
        {
            _ended(this);
        }
    }
}
