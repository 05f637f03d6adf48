using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

namespace Auditor.Core.Tests.Scoring;

/// <summary>Scores of hand-built findings, computed the way the audit computes them.</summary>
internal static class TestScores
{
    /// <summary>
    /// <see cref="ScoreCalculator.Calculate"/> as the audit calls it: totals of every finding, deductions from the
    /// kept ones (<see cref="AuditOutcome.IsKept"/>); every unit named in <paramref name="units"/> is scored (its
    /// name stands for its code).
    /// </summary>
    public static ImmutableArray<UnitScore> Of(IEnumerable<Finding> findings, ScoringScheme scheme, IEnumerable<string> units)
    {
        var all = findings.ToList();
        return ScoreCalculator.Calculate(FindingTotals.Of(all), all.Where(AuditOutcome.IsKept), scheme,
            units.Select(u => new Unit(u, u, [], UnitType.Unknown, null, null)));
    }
}
