using Auditor.Engine;

namespace Auditor.Cli.Audit;

/// <summary>
/// Follows a run's progress reports and gives the replay's figures: the latest counts, timed from the first
/// <see cref="AuditStage.Replaying"/> report to now, or to the first report of a later stage once the replay is over.
/// Not thread-safe: its owner serialises the reports.
/// </summary>
internal sealed class ReplayMeter(Func<TimeSpan> clock)
{
    private TimeSpan? _start, _end;
    private AuditProgress _last;

    public void Take(AuditProgress p)
    {
        if (p.Stage == AuditStage.Replaying) _start ??= clock();
        else if (_start is not null) _end ??= clock();
        if (p.Stage >= AuditStage.Replaying) _last = p;
    }

    /// <summary>True once the replay has begun.</summary>
    public bool Started => _start is not null;

    public ReplayFigures Figures
    {
        get
        {
            var elapsed = _start is { } s ? (_end ?? clock()) - s : TimeSpan.Zero;
            return new ReplayFigures(_last.Read, _last.Cases, _last.Findings, elapsed);
        }
    }
}
