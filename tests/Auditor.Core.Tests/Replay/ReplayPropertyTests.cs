using Auditor.Core.Domain;
using Auditor.Core.Replay;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Replay;

/// <summary>Properties of the windowed verdicts, checked against the clause arithmetic written out here.</summary>
[Properties(Arbitrary = new[] { typeof(ReplayPropertyTests.Arbitraries) })]
public class ReplayPropertyTests
{
    private static readonly LocalDateTime Epoch = new(2026, 1, 2, 0, 0);

    private static RecordedTime At(int minutes) => RecordedTime.Precise(Epoch.PlusMinutes(minutes), Zone);

    /// <summary>A discovery (minutes after 2026-01-02 00:00) and the minutes from it to the response.</summary>
    public sealed record ResponseTiming(int Start, int Offset);

    /// <summary>A discovery and the minutes from it to the as-of instant.</summary>
    public sealed record AsOfTiming(int Start, int Offset);

    /// <summary>A rule with a window, and a timeline whose start and actual times may be recorded as dates only.</summary>
    public sealed record DateOnlyCase(WindowRule Rule, int Day, int Tod, int Lag, bool StartDateOnly, bool ActualDateOnly);

    public sealed record WindowRule(string Pack, string RuleId, EventKind Kind, bool Sudden, string Severity)
    {
        public override string ToString() => RuleId;
    }

    /// <summary>Any pack, one event of any kind at any offset (or none), any sudden flag and severity.</summary>
    public sealed record MixedCase(string Pack, int Start, EventKind Kind, int Offset, bool HasEvent, bool Sudden, string Severity);

    public static class Arbitraries
    {
        private static IEnumerable<int> ShrinkInt(int x) => ArbMap.Default.ArbFor<int>().Shrinker(x);

        private static Arbitrary<T> Pairs<T>(int maxStart, int minOffset, int maxOffset, Func<int, int, T> make, Func<T, (int, int)> parts) =>
            Arb.From(
                from s in Gen.Choose(0, maxStart)
                from o in Gen.Choose(minOffset, maxOffset)
                select make(s, o),
                x =>
                {
                    var (start, offset) = parts(x);
                    return ShrinkInt(start).Where(s => s >= 0).Select(s => make(s, offset))
                        .Concat(ShrinkInt(offset).Where(o => o >= minOffset).Select(o => make(start, o)));
                });

        public static Arbitrary<ResponseTiming> Responses() =>
            Pairs(340 * 1440, -120, 2880 + 2000, (s, o) => new ResponseTiming(s, o), x => (x.Start, x.Offset));

        public static Arbitrary<AsOfTiming> AsOfs() =>
            Pairs(340 * 1440, 0, 900, (s, o) => new AsOfTiming(s, o), x => (x.Start, x.Offset));

        private static readonly WindowRule[] Windows =
        [
            new("national", "national.release", EventKind.Released, true, "重大"),        // 5h
            new("xuchang", "xuchang.same-day-reply", EventKind.Responded, false, "重大"), // same-day (polarity set below)
            new("zhanggong", "zhanggong.report", EventKind.Reported, true, "一般"),       // 2h
            new("gaoan", "gaoan.release", EventKind.Released, true, "特别重大"),          // 24h
        ];

        public static Arbitrary<DateOnlyCase> DateOnlyCases() => Arb.From(
            from rule in Gen.Elements(Windows)
            from day in Gen.Choose(0, 330)
            from tod in Gen.Choose(0, 1439)
            from lag in Gen.Choose(0, 3 * 1440)
            from startDateOnly in ArbMap.Default.GeneratorFor<bool>()
            from actualDateOnly in ArbMap.Default.GeneratorFor<bool>()
            select new DateOnlyCase(rule, day, tod, lag, startDateOnly, actualDateOnly),
            x => ShrinkInt(x.Lag).Where(l => l >= 0).Select(l => x with { Lag = l })
                .Concat(ShrinkInt(x.Tod).Where(t => t >= 0).Select(t => x with { Tod = t })));

        private static readonly string[] Packs = ["national", "nanan", "gaoan", "zhanggong", "huangchuan", "xuchang"];
        private static readonly EventKind[] Kinds = [EventKind.Released, EventKind.PressConference, EventKind.Responded, EventKind.Assigned, EventKind.Feedback, EventKind.Archived];

        public static Arbitrary<MixedCase> MixedCases() => Arb.From(
            from pack in Gen.Elements(Packs)
            from start in Gen.Choose(0, 300 * 1440)
            from kind in Gen.Elements(Kinds)
            from offset in Gen.Choose(-600, 10_000)
            from hasEvent in Gen.Elements(true, false)
            from sudden in Gen.Elements(true, false)
            from severity in Gen.Elements("特别重大", "重大", "较大", "一般", "")
            select new MixedCase(pack, start, kind, offset, hasEvent, sudden, severity));
    }

    private static readonly Dictionary<(string, string), ReplayEngine> Engines = [];

    private static ReplayEngine EngineFor(string pack, string asOf)
    {
        lock (Engines)
        {
            if (!Engines.TryGetValue((pack, asOf), out var e)) Engines[(pack, asOf)] = e = Engine(pack, asOf);
            return e;
        }
    }

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

    // 61号 三: 48 h from discovery, hours counted continuously
    [Property]
    public bool Response_is_met_exactly_when_within_48_hours_and_overrun_counts_the_minutes(ResponseTiming p)
    {
        var engine = EngineFor("national", "2027-06-01 00:00");
        var c = Timeline(At(p.Start), EventKind.Responded, At(p.Start + p.Offset), false, "一般");
        var f = engine.Replay(c).Single(x => x.RuleId == "national.response");
        return p.Offset <= 2880
            ? f.Verdict == Verdict.Met && f.OverrunMinutes is null
            : f.Verdict == Verdict.Breached && f.OverrunMinutes == p.Offset - 2880;
    }

    // 80号 四（四）: 5 h; as-of = discovery + k minutes
    [Property]
    public bool Without_an_event_release_is_pending_until_five_hours_then_missing(AsOfTiming p)
    {
        var c = Timeline(At(p.Start), EventKind.Released, null, true, "重大");
        var engine = new ReplayEngine(Pack("national"), Calc, Registry, At(p.Start + p.Offset).Instant);
        var f = engine.Replay(c).Single(x => x.RuleId == "national.release");
        return p.Offset <= 300
            ? f.Verdict == Verdict.Pending
            : f.Verdict == Verdict.Missing && f.OverrunMinutes == p.Offset - 300;
    }

    // Four windows × 100 timelines each.
    [Property(MaxTest = 400)]
    public bool A_verdict_given_for_date_only_times_holds_for_every_time_of_that_day(DateOnlyCase x)
    {
        var (pack, rule, kind, sudden, severity) = x.Rule;
        var engine = EngineFor(pack, "2026-12-31 00:00");
        var start = Epoch.PlusDays(x.Day).PlusMinutes(x.Tod);
        var actual = start.PlusMinutes(x.Lag);
        RecordedTime Rec(LocalDateTime t, bool dateOnly) => dateOnly ? RecordedTime.DateOnlyOf(t.Date, Zone) : RecordedTime.Precise(t, Zone);
        Verdict Judge(RecordedTime s, RecordedTime a) =>
            engine.Replay(Timeline(s, kind, a, sudden, severity) with { Polarity = "负面" }).Single(f => f.RuleId == rule).Verdict;
        var v = Judge(Rec(start, x.StartDateOnly), Rec(actual, x.ActualDateOnly));
        if (v is not (Verdict.Met or Verdict.Breached)) return v == Verdict.InsufficientData || (!x.StartDateOnly && !x.ActualDateOnly);
        int[] sampleS = x.StartDateOnly ? [0, x.Tod, 1439] : [x.Tod];
        var actualTod = actual.Hour * 60 + actual.Minute;
        // a date-only actual is read as (0:00, 24:00): the instant 0:00 is the previous day's 24时 (docs/verdicts.md)
        int[] sampleA = x.ActualDateOnly ? [1, Math.Max(1, actualTod), 1439] : [actualTod];
        foreach (var s in sampleS)
            foreach (var a in sampleA)
            {
                var sp = RecordedTime.Precise(start.Date.AtMidnight().PlusMinutes(s), Zone);
                var ap = RecordedTime.Precise(actual.Date.AtMidnight().PlusMinutes(a), Zone);
                if (ap.Instant < sp.Instant) continue; // not a timeline the date-only record allows for this sample
                if (Judge(sp, ap) != v) return false;
            }
        return true;
    }

    // the audit uses ReplayApplicable; it must agree with Replay on every pack and every mix of events
    [Property]
    public bool Replaying_only_the_applicable_rules_gives_the_same_findings_and_counts_the_rest(MixedCase x)
    {
        var engine = EngineFor(x.Pack, "2026-12-31 00:00");
        var c = Timeline(At(x.Start), x.Kind, x.HasEvent ? At(x.Start + x.Offset) : null, x.Sudden, x.Severity);
        var all = engine.Replay(c).ToList();
        var applicable = new List<Finding>();
        int notApplicable = engine.ReplayApplicable(c, applicable);
        var expected = all.Where(f => f.Verdict != Verdict.NotApplicable).ToList();
        return notApplicable == all.Count - expected.Count
            && applicable.Select(f => (f.RuleId, f.Verdict, f.Evidence)).SequenceEqual(expected.Select(f => (f.RuleId, f.Verdict, f.Evidence)));
    }
}
