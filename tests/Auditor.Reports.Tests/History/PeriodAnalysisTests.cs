using Auditor.Core.Domain;
using Auditor.Reports.History;

namespace Auditor.Reports.Tests.History;

/// <summary>The cross-period analysis on a small history worked by hand.</summary>
public class PeriodAnalysisTests
{
    // Q1: A release 8 met, 2 breached (r1, r2) → 80 %; A response 3 met, 1 missing (r3) → 75 %; B release 5 met → 100 %.
    // Q2: A release 9 met, 1 breached (r1) → 90 % (+10 points); A response 1 met, 3 missing (r3) → 25 % (−50 points);
    //     B release 0 judged, 2 pending → no rate; C release 4 met → 100 % (new unit: no change).
    private static readonly PeriodTally[] Tallies =
    [
        new("2026Q1", "A", ObligationKind.Release, 8, 2, 0) { BreachedRules = ["r2", "r1"] },
        new("2026Q1", "A", ObligationKind.Response, 3, 0, 1) { MissingRules = ["r3"] },
        new("2026Q1", "B", ObligationKind.Release, 5, 0, 0),
        new("2026Q2", "A", ObligationKind.Release, 9, 1, 0) { BreachedRules = ["r1"] },
        new("2026Q2", "A", ObligationKind.Response, 1, 0, 3) { MissingRules = ["r3"] },
        new("2026Q2", "B", ObligationKind.Release, 0, 0, 0, Pending: 2),
        new("2026Q2", "C", ObligationKind.Release, 4, 0, 0),
    ];

    private static PeriodAnalysis Analysis => PeriodAnalysis.Of(Tallies, ["2026Q1", "2026Q2"]);

    [Fact]
    public void Rates_per_unit_kind_and_period()
    {
        var q1 = Analysis.KindRates("2026Q1");
        Assert.Equal(0.8, q1["A"].Single(k => k.Kind == ObligationKind.Release).Rate!.Value, 9);
        Assert.Equal(0.75, q1["A"].Single(k => k.Kind == ObligationKind.Response).Rate!.Value, 9);
        Assert.Equal(1.0, q1["B"].Single().Rate!.Value, 9);
        var q2 = Analysis.KindRates("2026Q2");
        Assert.Null(q2["B"].Single().Rate); // nothing judged, two pending
        Assert.Equal(3, q2["A"].Single(k => k.Kind == ObligationKind.Response).Missing);
        // the frame's own rate column: null where nothing was judged
        var frame = Analysis.Of("2026Q2");
        Assert.Equal(4, frame.Rows.Count);
        Assert.Null(frame["rate"][2]);
    }

    [Fact]
    public void Quarter_over_quarter_change_per_unit_and_kind()
    {
        var changes = Analysis.Changes("2026Q2");
        // A release, A response, B release (both periods; B has no rate now); C is new
        Assert.Equal(3, changes.Count);
        var release = changes.Single(c => c.Unit == "A" && c.Kind == ObligationKind.Release);
        Assert.Equal(("2026Q2", "2026Q1"), (release.Period, release.PreviousPeriod));
        Assert.Equal(0.10, release.Change!.Value, 9);
        Assert.Equal((10, 10), (release.Judged, release.PreviousJudged));
        Assert.Equal(-0.50, changes.Single(c => c.Unit == "A" && c.Kind == ObligationKind.Response).Change!.Value, 9);
        var b = changes.Single(c => c.Unit == "B");
        Assert.Null(b.Change);
        Assert.Equal(1.0, b.PreviousRate!.Value, 9);
        Assert.DoesNotContain(changes, c => c.Unit == "C");
        Assert.Empty(Analysis.Changes("2026Q1")); // no period before the first
    }

    [Fact]
    public void Change_per_kind_over_all_units()
    {
        var kinds = Analysis.KindChanges("2026Q2");
        // release: Q1 (8+5)/(10+5) = 13/15; Q2 (9+0+4)/(10+0+4) = 13/14. response: Q1 3/4, Q2 1/4.
        var release = kinds.Single(c => c.Kind == ObligationKind.Release);
        Assert.Null(release.Unit);
        Assert.Equal(13.0 / 15, release.PreviousRate!.Value, 9);
        Assert.Equal(13.0 / 14, release.Rate!.Value, 9);
        Assert.Equal(13.0 / 14 - 13.0 / 15, release.Change!.Value, 9);
        Assert.Equal((14, 15), (release.Judged, release.PreviousJudged));
        Assert.Equal(-0.5, kinds.Single(c => c.Kind == ObligationKind.Response).Change!.Value, 9);
    }

    [Fact]
    public void Failures_of_a_period_feed_the_repeat_check_with_their_rules()
    {
        var q1 = Analysis.Failures("2026Q1");
        Assert.Equal(2, q1.Length);
        Assert.Equal(("A", ObligationKind.Release, Verdict.Breached, 2), (q1[0].Unit, q1[0].Kind, q1[0].Verdict, q1[0].Count));
        Assert.Equal(new[] { "r1", "r2" }, q1[0].RuleIds.ToArray());
        Assert.Equal(("A", ObligationKind.Response, Verdict.Missing, 1), (q1[1].Unit, q1[1].Kind, q1[1].Verdict, q1[1].Count));
        Assert.Equal(new[] { "r3" }, q1[1].RuleIds.ToArray());
        Assert.Empty(Analysis.Failures("2026Q3"));
    }

    [Fact]
    public void A_period_with_no_rows_has_no_changes()
    {
        var a = PeriodAnalysis.Of(Tallies.Where(t => t.Period == "2026Q2"), ["2026Q1", "2026Q2"]);
        Assert.Empty(a.Changes("2026Q2"));
        Assert.Empty(a.KindChanges("2026Q2"));
        Assert.Empty(a.Failures("2026Q1"));
    }
}
