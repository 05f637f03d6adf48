using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Replay;

/// <summary>
/// A deadline that needed days of 2027 (no notice on file) keeps its verdict and says so: Finding.ProvisionalYears and
/// the note at the end of the evidence. zhanggong.feedback is 3 days (Civil Code); worked out by hand.
/// </summary>
public class ProvisionalEvidenceTests
{
    private const string AsOf = "2027-01-15 00:00";
    private const string Note = "（2027年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）";

    private static Case Assigned(string id, string assigned, params CaseEvent[] more) =>
        Case(id, [E(EventKind.Discovered, assigned), E(EventKind.Assigned, assigned), .. more]) with { Responsible = R("西河镇") };

    [Fact]
    public void Three_days_from_december_30_end_on_monday_january_4_and_are_marked()
    {
        // 12-30 not counted; last day Sat 2027-01-02; Sat, Sun rest (元旦 2027-01-01 is a Friday) → Mon 01-04 24时.
        var met = Run("zhanggong", AsOf, Assigned("P1", "2026-12-30 10:00", E(EventKind.Feedback, "2027-01-04 20:00")), "zhanggong.feedback");
        Assert.Equal(Verdict.Met, met.Verdict);
        Assert.Equal(I("2027-01-05 00:00"), met.Deadline);
        Assert.EndsWith(Note, met.Evidence);
        Assert.Equal([2027], met.ProvisionalYears);
        var late = Run("zhanggong", AsOf, Assigned("P2", "2026-12-30 10:00", E(EventKind.Feedback, "2027-01-05 09:00")), "zhanggong.feedback");
        Assert.Equal(Verdict.Breached, late.Verdict);
        Assert.Equal(9 * 60, late.OverrunMinutes);
        Assert.EndsWith(Note, late.Evidence);
    }

    [Fact]
    public void A_deadline_inside_the_announced_year_is_not_marked()
    {
        // 12-20 (Sun) + 3 = Wed 12-23, a working day of 2026.
        var f = Run("zhanggong", AsOf, Assigned("P3", "2026-12-20 10:00", E(EventKind.Feedback, "2026-12-22 10:00")), "zhanggong.feedback");
        Assert.Equal(I("2026-12-24 00:00"), f.Deadline);
        Assert.Empty(f.ProvisionalYears);
        Assert.DoesNotContain("推定", f.Evidence);
    }

    [Fact]
    public void A_missing_action_after_a_provisional_deadline_is_still_missing()
    {
        var f = Run("zhanggong", AsOf, Assigned("P4", "2026-12-31 10:00"), "zhanggong.feedback");
        // 12-31 + 3 = Sun 2027-01-03 → Mon 01-04 24时; nothing by the as-of time.
        Assert.Equal(Verdict.Missing, f.Verdict);
        Assert.Equal(I("2027-01-05 00:00"), f.Deadline);
        Assert.EndsWith(Note, f.Evidence);
    }
}
