using Auditor.Core.Domain;

namespace Auditor.Engine;

/// <summary>What a front end plugs into a run: where every finding goes as it is made, and where progress is reported.</summary>
public sealed record AuditHooks
{
    /// <summary>
    /// Gets every applicable finding of the run's scope (an audit: all units; a self-check: the unit's own), appeals
    /// applied, in replay order — the rows of findings.csv. Called on one background thread of its own; a slow sink
    /// slows the run (the queue is bounded), a sink that throws fails it.
    /// </summary>
    public Action<Finding>? Findings { get; init; }

    /// <summary>Stages and counts as the run goes (<see cref="AuditProgress"/>); may be called from several threads.</summary>
    public IProgress<AuditProgress>? Progress { get; init; }
}
