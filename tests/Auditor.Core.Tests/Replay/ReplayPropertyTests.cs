using Auditor.Core.Domain;
using Auditor.Core.Replay;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Replay;

/// <summary>Properties of the windowed verdicts, checked against the clause arithmetic written out here.</summary>
public class ReplayPropertyTests
{
    private static readonly LocalDateTime Epoch = new(2026, 1, 2, 0, 0);

    private static RecordedTime At(int minutes) => RecordedTime.Precise(Epoch.PlusMinutes(minutes), Zone);

    private static IEnumerable<int> ShrinkInt(int x) => ArbMap.Default.ArbFor<int>().Shrinker(x);

    private static Arbitrary<(int Start, int Offset)> Pairs(int maxStart, int minOffset, int maxOffset) =>
        Arb.From(
            from s in Gen.Choose(0, maxStart)
            from o in Gen.Choose(minOffset, maxOffset)
            select (s, o),
            p => ShrinkInt(p.Item1).Where(s => s >= 0).Select(s => (s, p.Item2))
                .Concat(ShrinkInt(p.Item2).Where(o => o >= minOffset).Select(o => (p.Item1, o))));

    private static Case Timeline(RecordedTime discovered, EventKind kind, RecordedTime? actual, bool sudden, string severity)
    {
        var src = new SourceRef("p.csv", null, 2);
        var events = new List<CaseEvent> { new(EventKind.Discovered, discovered, null, null, null, src) };
        if (actual is not null) events.Add(new CaseEvent(kind, actual, null, null, null, src));
        return new Case
        {
            CaseId = "P",
            Sudden = sudden,
            Severity = severity,
            Events = [.. events.OrderBy(e => e.Time.Instant)],
            Source = src,
        };
    }

    [Fact]
    public void Response_is_met_exactly_when_within_48_hours_and_overrun_counts_the_minutes()
    {
        // 61号 三: 48 h from discovery, hours counted continuously
        var engine = Engine("national", "2027-06-01 00:00");
        Prop.ForAll(Pairs(340 * 1440, -120, 2880 + 2000), p =>
        {
            var c = Timeline(At(p.Start), EventKind.Responded, At(p.Start + p.Offset), false, "一般");
            var f = engine.Replay(c).Single(x => x.RuleId == "national.response");
            return p.Offset <= 2880
                ? f.Verdict == Verdict.Met && f.OverrunMinutes is null
                : f.Verdict == Verdict.Breached && f.OverrunMinutes == p.Offset - 2880;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Without_an_event_release_is_pending_until_five_hours_then_missing()
    {
        // 80号 四（四）: 5 h; as-of = discovery + k minutes
        Prop.ForAll(Pairs(340 * 1440, 0, 900), p =>
        {
            var c = Timeline(At(p.Start), EventKind.Released, null, true, "重大");
            var engine = new ReplayEngine(Pack("national"), Calc, Registry, At(p.Start + p.Offset).Instant);
            var f = engine.Replay(c).Single(x => x.RuleId == "national.release");
            return p.Offset <= 300
                ? f.Verdict == Verdict.Pending
                : f.Verdict == Verdict.Missing && f.OverrunMinutes == p.Offset - 300;
        }).QuickCheckThrowOnFailure();
    }

    public static TheoryData<string, string, EventKind, bool, string> Windows => new()
    {
        { "national", "national.release", EventKind.Released, true, "重大" },        // 5h
        { "xuchang", "xuchang.same-day-reply", EventKind.Responded, false, "重大" }, // same-day (polarity set below)
        { "zhanggong", "zhanggong.report", EventKind.Reported, true, "一般" },       // 2h
        { "gaoan", "gaoan.release", EventKind.Released, true, "特别重大" },          // 24h
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void A_verdict_given_for_date_only_times_holds_for_every_time_of_that_day(string pack, string rule, EventKind kind, bool sudden, string severity)
    {
        var engine = Engine(pack, "2026-12-31 00:00");
        var gen =
            from day in Gen.Choose(0, 330)
            from tod in Gen.Choose(0, 1439)
            from lag in Gen.Choose(0, 3 * 1440)
            from startDateOnly in ArbMap.Default.GeneratorFor<bool>()
            from actualDateOnly in ArbMap.Default.GeneratorFor<bool>()
            select (day, tod, lag, startDateOnly, actualDateOnly);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var start = Epoch.PlusDays(x.day).PlusMinutes(x.tod);
            var actual = start.PlusMinutes(x.lag);
            RecordedTime Rec(LocalDateTime t, bool dateOnly) => dateOnly ? RecordedTime.DateOnlyOf(t.Date, Zone) : RecordedTime.Precise(t, Zone);
            Verdict Judge(RecordedTime s, RecordedTime a) =>
                engine.Replay(Timeline(s, kind, a, sudden, severity) with { Polarity = "负面" }).Single(f => f.RuleId == rule).Verdict;
            var v = Judge(Rec(start, x.startDateOnly), Rec(actual, x.actualDateOnly));
            if (v is not (Verdict.Met or Verdict.Breached)) return v == Verdict.InsufficientData || (!x.startDateOnly && !x.actualDateOnly);
            int[] sampleS = x.startDateOnly ? [0, x.tod, 1439] : [x.tod];
            var actualTod = actual.Hour * 60 + actual.Minute;
            // a date-only actual is read as (0:00, 24:00): the instant 0:00 is the previous day's 24时 (docs/verdicts.md)
            int[] sampleA = x.actualDateOnly ? [1, Math.Max(1, actualTod), 1439] : [actualTod];
            foreach (var s in sampleS)
                foreach (var a in sampleA)
                {
                    var sp = RecordedTime.Precise(start.Date.AtMidnight().PlusMinutes(s), Zone);
                    var ap = RecordedTime.Precise(actual.Date.AtMidnight().PlusMinutes(a), Zone);
                    if (ap.Instant < sp.Instant) continue; // not a timeline the date-only record allows for this sample
                    if (Judge(sp, ap) != v) return false;
                }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Replaying_only_the_applicable_rules_gives_the_same_findings_and_counts_the_rest()
    {
        // the audit uses ReplayApplicable; it must agree with Replay on every pack and every mix of events
        var packs = new[] { "national", "nanan", "gaoan", "zhanggong", "huangchuan", "xuchang" };
        var kinds = new[] { EventKind.Released, EventKind.PressConference, EventKind.Responded, EventKind.Assigned, EventKind.Feedback, EventKind.Archived };
        var gen =
            from pack in Gen.Elements(packs)
            from start in Gen.Choose(0, 300 * 1440)
            from kind in Gen.Elements(kinds)
            from offset in Gen.Choose(-600, 10_000)
            from hasEvent in Gen.Elements(true, false)
            from sudden in Gen.Elements(true, false)
            from severity in Gen.Elements("特别重大", "重大", "较大", "一般", "")
            select (pack, start, kind, offset, hasEvent, sudden, severity);
        Prop.ForAll(Arb.From(gen), x =>
        {
            var engine = Engine(x.pack, "2026-12-31 00:00");
            var c = Timeline(At(x.start), x.kind, x.hasEvent ? At(x.start + x.offset) : null, x.sudden, x.severity);
            var all = engine.Replay(c).ToList();
            var applicable = new List<Finding>();
            int notApplicable = engine.ReplayApplicable(c, applicable);
            var expected = all.Where(f => f.Verdict != Verdict.NotApplicable).ToList();
            return notApplicable == all.Count - expected.Count
                && applicable.Select(f => (f.RuleId, f.Verdict, f.Evidence)).SequenceEqual(expected.Select(f => (f.RuleId, f.Verdict, f.Evidence)));
        }).QuickCheckThrowOnFailure();
    }
}
