using Auditor.Core.Domain;
using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Replay;

/// <summary>The engine's deadlines (hour windows inline, day windows memoised per date) equal DeadlineCalculator's.</summary>
public class DeadlineAgreementTests
{
    public static TheoryData<string, string, EventKind, string> Rules => new()
    {
        { "national", "national.release", EventKind.Discovered, "5h" },
        { "national", "national.response", EventKind.Discovered, "48h" },
        { "zhanggong", "zhanggong.feedback", EventKind.Assigned, "3d" },
        { "xuchang", "xuchang.same-day-reply", EventKind.Discovered, "same-day" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Engine_deadline_equals_the_calculator(string pack, string ruleId, EventKind startKind, string window)
    {
        var engine = Engine(pack, "2027-01-01 00:00");
        var w = Window.Parse(window);
        var epoch = new LocalDateTime(2026, 1, 2, 0, 0);
        Prop.ForAll(Arb.From(Gen.Choose(0, 340 * 1440), x => ArbMap.Default.ArbFor<int>().Shrinker(x).Where(v => v >= 0)), m =>
        {
            var start = RecordedTime.Precise(epoch.PlusMinutes(m), Zone);
            var src = new SourceRef("p", null, 1);
            var c = new Case
            {
                CaseId = "A",
                Sudden = !ruleId.EndsWith(".response", StringComparison.Ordinal),
                Severity = "重大",
                Polarity = "负面",
                Events = [new(EventKind.Discovered, start, null, null, null, src), new(EventKind.Assigned, start, null, null, null, src)],
                Source = src,
            };
            var f = engine.Replay(c).Single(x => x.RuleId == ruleId);
            return f.Deadline == Calc.Compute(start.Instant, w).At;
        }).QuickCheckThrowOnFailure();
    }
}
