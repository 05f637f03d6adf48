using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Reports.Pictures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Reports.Tests.Pictures;

/// <summary>A window and a time elapsed since its start, in minutes.</summary>
public sealed record WindowAndElapsed(int Window, int Elapsed);

/// <summary>Windows from a minute to 90 days, elapsed from 0 to 400 days, with the tenths of the window well represented.</summary>
public static class WindowAndElapsedArbitrary
{
    public static Arbitrary<WindowAndElapsed> Times() => Arb.From(
        from window in Gen.Choose(1, 90 * 1440)
        from elapsed in Gen.OneOf(Gen.Choose(0, window), Gen.Choose(0, 400 * 1440), Gen.Choose(0, 10).Select(i => window * i / 10))
        select new WindowAndElapsed(window, elapsed),
        t => new[] { t with { Elapsed = t.Elapsed / 2 }, t with { Window = Math.Max(1, t.Window / 2) } }.Where(x => x != t));
}

/// <summary>The time arithmetic of the deadline picture: share of the window, its axis, and the met-share buckets.</summary>
[Properties(MaxTest = 500, Arbitrary = new[] { typeof(WindowAndElapsedArbitrary) })]
public class ShareProperties
{
    private static readonly Instant Origin = Instant.FromUtc(2026, 7, 1, 0, 0);

    private static Finding Case(Verdict v, int window, int? elapsed) => new()
    {
        CaseId = "C", Unit = "U", RuleId = "R", RuleTitle = "R", Kind = ObligationKind.Response, Verdict = v,
        Start = Origin, Deadline = Origin + Duration.FromMinutes(window), Actual = elapsed is int e ? Origin + Duration.FromMinutes(e) : null,
        Clause = new Citation("s", "1", "q"), Evidence = "e", Weight = 1,
    };

    [Property]
    public bool The_share_is_elapsed_over_window_and_late_exactly_when_past_the_deadline(WindowAndElapsed t)
    {
        double share = DeadlinePicture.Share(Case(Verdict.Breached, t.Window, t.Elapsed), Origin)!.Value;
        // a case still open is measured to the as-of time
        double open = DeadlinePicture.Share(Case(Verdict.Missing, t.Window, null), Origin + Duration.FromMinutes(t.Elapsed))!.Value;
        return Math.Abs(share - (double)t.Elapsed / t.Window) < 1e-9 && share == open && (share > 1) == (t.Elapsed > t.Window);
    }

    [Property]
    public bool The_axis_rises_with_the_share_and_puts_the_deadline_at_1(WindowAndElapsed a, WindowAndElapsed b)
    {
        double sa = (double)a.Elapsed / a.Window, sb = (double)b.Elapsed / b.Window;
        double xa = ShareAxis.X(sa), xb = ShareAxis.X(sb);
        bool ordered = sa <= sb ? xa <= xb : xa >= xb;
        bool sides = (sa <= 1) == (xa <= 1) && xa >= 0 && xa <= ShareAxis.Right;
        return ordered && sides;
    }

    [Property]
    public bool A_met_case_falls_in_the_tenth_of_the_window_it_used(WindowAndElapsed t)
    {
        int elapsed = Math.Min(t.Elapsed, t.Window); // met: done by the deadline
        int bucket = UnitTotals.MetShareBucket(Case(Verdict.Met, t.Window, elapsed))!.Value;
        // bucket b holds the shares in [b/10, (b+1)/10), the last one up to and including the deadline
        return bucket == Math.Min(9, 10L * elapsed / t.Window);
    }
}
