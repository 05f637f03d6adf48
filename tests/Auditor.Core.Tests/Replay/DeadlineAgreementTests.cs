using Auditor.Core.Domain;
using Auditor.Core.Replay;
using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Replay;

/// <summary>The engine's deadlines (hour windows inline, day windows memoised per date) equal DeadlineCalculator's.</summary>
public class DeadlineAgreementTests
{
    private static readonly LocalDateTime Epoch = new(2026, 1, 2, 0, 0);

    /// <summary>A rule with its window, and a start (minutes after 2026-01-02 00:00).</summary>
    public sealed record RuleStart(string Pack, string RuleId, string Window, int Minute)
    {
        public override string ToString() => $"{RuleId} ({Window}) from {TimeText.Iso(Epoch.PlusMinutes(Minute))}";
    }

    public static class Arbitraries
    {
        private static readonly RuleStart[] Rules =
        [
            new("national", "national.release", "5h", 0),
            new("national", "national.response", "48h", 0),
            new("zhanggong", "zhanggong.feedback", "3d", 0),
            new("xuchang", "xuchang.same-day-reply", "same-day", 0),
        ];

        public static Arbitrary<RuleStart> Starts() => Arb.From(
            from rule in Gen.Elements(Rules)
            from minute in Gen.Choose(0, 340 * 1440)
            select rule with { Minute = minute },
            x => ArbMap.Default.ArbFor<int>().Shrinker(x.Minute).Where(v => v >= 0).Select(v => x with { Minute = v }));
    }

    private static readonly Dictionary<string, ReplayEngine> Engines = [];

    private static ReplayEngine EngineFor(string pack)
    {
        lock (Engines)
        {
            if (!Engines.TryGetValue(pack, out var e)) Engines[pack] = e = Engine(pack, "2027-01-01 00:00");
            return e;
        }
    }

    // Four rules × 100 starts each, as many cases as a theory row of 100 per rule.
    [Property(MaxTest = 400, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Engine_deadline_equals_the_calculator(RuleStart x)
    {
        var start = RecordedTime.Precise(Epoch.PlusMinutes(x.Minute), Zone);
        var src = new SourceRef("p", null, 1);
        var c = new Case
        {
            CaseId = "A",
            Sudden = !x.RuleId.EndsWith(".response", StringComparison.Ordinal),
            Severity = "重大",
            Polarity = "负面",
            Events = [new(EventKind.Discovered, start, null, null, null, src), new(EventKind.Assigned, start, null, null, null, src)],
            Source = src,
        };
        var f = EngineFor(x.Pack).Replay(c).Single(r => r.RuleId == x.RuleId);
        return f.Deadline == Calc.Compute(start.Instant, Window.Parse(x.Window)).At;
    }
}
