using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;

namespace Auditor.Engine;

/// <summary>
/// What the history store knows of earlier periods of the pack: every unit's scores (trends in the documents) and,
/// for an audit, the previous period's failures and lists (整改不到位 for the office's interview list). Read before
/// the run records its own period, so the store never has a reader and a writer at once.
/// </summary>
internal sealed record PastPeriods(ImmutableArray<ScorePoint> Scores, PriorPeriod? Previous)
{
    public static readonly PastPeriods None = new([], null);

    /// <param name="withPrevious">False for a self-check: it decides no lists, so it needs only the trends.</param>
    public static PastPeriods Read(string? historyPath, string packId, AuditPeriod period, bool withPrevious)
    {
        if (historyPath is null || !File.Exists(historyPath)) return None;
        using var store = HistoryStore.Open(historyPath, create: false);
        return new PastPeriods(store.ScoresBefore(packId, period), withPrevious ? store.LoadPrevious(packId, period) : null);
    }
}
