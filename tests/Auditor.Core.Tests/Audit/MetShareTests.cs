using Auditor.Core.Audit;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Core.Tests.Audit;

/// <summary>How much of its window each met finding used, counted per unit and kind in tenths (worked by hand).</summary>
public class MetShareTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 7, 10, 14, 0);

    private static Finding Met(string unit, ObligationKind kind, int windowMinutes, int? tookMinutes, Verdict verdict = Verdict.Met) => new()
    {
        CaseId = $"C-{unit}-{tookMinutes}", Unit = unit, RuleId = "R", RuleTitle = "R", Kind = kind, Verdict = verdict,
        Start = Start, Deadline = Start + Duration.FromMinutes(windowMinutes),
        Actual = tookMinutes is int t ? Start + Duration.FromMinutes(t) : null,
        Clause = new Citation("s", "1", "q"), Evidence = "e", Weight = 1,
    };

    [Fact]
    public void Met_findings_are_counted_by_the_tenth_of_the_window_they_used()
    {
        var totals = FindingTotals.Of(
        [
            Met("A", ObligationKind.Response, 300, 0),     // 0 %        → bucket 0
            Met("A", ObligationKind.Response, 300, 29),    // 9.7 %      → bucket 0
            Met("A", ObligationKind.Response, 300, 30),    // 10 %       → bucket 1
            Met("A", ObligationKind.Response, 300, 90),    // exactly 30 % → bucket 3 (not 2.999…)
            Met("A", ObligationKind.Response, 300, 135),   // 45 %       → bucket 4
            Met("A", ObligationKind.Response, 300, 300),   // at the deadline → the last bucket
            Met("A", ObligationKind.Release, 2880, 2600),  // 90.3 %     → bucket 9
            Met("A", ObligationKind.Release, 60, null),    // no actual time: counted as met, not in a bucket
            Met("A", ObligationKind.Release, 60, 90, Verdict.Breached), // not met
            Met("B", ObligationKind.Release, 60, 70),      // met by appeal though late: in the last bucket
        ]);
        var a = totals.Of("A")!;
        Assert.Equal(new[] { 2, 1, 0, 1, 1, 0, 0, 0, 0, 1 }, a.MetShares[ObligationKind.Response].ToArray());
        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }, a.MetShares[ObligationKind.Release].ToArray());
        Assert.Equal(2, a.Count(ObligationKind.Release, Verdict.Met));
        Assert.Equal(1, totals.Of("B")!.MetShares[ObligationKind.Release][9]);
        Assert.Null(UnitTotals.MetShareBucket(Met("C", ObligationKind.Release, 0, 0))); // no window
    }
}
