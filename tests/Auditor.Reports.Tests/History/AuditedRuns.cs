using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;

namespace Auditor.Reports.Tests.History;

/// <summary>Runs recorded in a history store the way the audit scores and records them.</summary>
internal static class AuditedRuns
{
    /// <summary>Scores as the audit computes them: totals of every finding, deductions from the kept ones; every named unit scored.</summary>
    public static ImmutableArray<UnitScore> Scores(IReadOnlyList<Finding> findings, ScoringScheme scheme, IEnumerable<string> units) =>
        ScoreCalculator.Calculate(FindingTotals.Of(findings), findings.Where(AuditOutcome.IsKept), scheme,
            units.Select(u => new Unit(u, u, [], UnitType.Unknown, null, null)));

    /// <summary>
    /// Records one run as the audit does (<see cref="HistoryStore.Begin"/>, every finding, Finish): an earlier
    /// recording of the same (pack, period) is replaced in one transaction; a failure, also while enumerating the
    /// findings, records nothing.
    /// </summary>
    public static void Record(this HistoryStore store, HistoryRun run, IEnumerable<Finding> findings, IEnumerable<UnitScore> scores, IEnumerable<Sanction> sanctions)
    {
        using var recording = store.Begin(run);
        foreach (var f in findings) recording.Add(f);
        recording.Finish(scores, sanctions);
    }
}
