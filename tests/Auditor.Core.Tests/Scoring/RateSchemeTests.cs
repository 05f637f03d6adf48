using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Auditor.Core.Tests.Scoring.TestFindings;

namespace Auditor.Core.Tests.Scoring;

/// <summary>
/// The rate-based scheme: each kind loses rate_points × its weight × its failure share (Σ factor ÷ counted findings),
/// so a score means the same at 10 cases or 10,000. Worked example by hand, then the properties that make it usable:
/// more breaches never raise a score, doubling every count changes nothing.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RateSchemeTests.Arbitraries) })]
public class RateSchemeTests
{
    private static ScoringScheme Rate() => new()
    {
        Scheme = ScoringScheme.Rate,
        KindWeights = new() { ["response"] = 6, ["report"] = 4, ["release"] = 10 },
    };

    private static IEnumerable<Finding> Many(string unit, ObligationKind kind, Verdict v, int n, double weight = 1, string prefix = "C") =>
        Enumerable.Range(1, n).Select(i => Make(unit, $"{prefix}-{kind.Id()}-{v.Id()}-{i}", "R-" + kind.Id(), kind, v, weight));

    [Fact]
    public void Worked_example()
    {
        // 甲: response 16 met, 3 breached, 1 missing (20) → 10 × 6 × 4/20 = 12.0
        //     report 9 met, 1 insufficient-data (10)   → 10 × 4 × 0.5/10 = 2.0
        //     pending and not-recorded findings count for nothing
        // score 100 − 12 − 2 = 86
        var fs = Many("甲", ObligationKind.Response, Verdict.Met, 16)
            .Concat(Many("甲", ObligationKind.Response, Verdict.Breached, 3))
            .Concat(Many("甲", ObligationKind.Response, Verdict.Missing, 1))
            .Concat(Many("甲", ObligationKind.Response, Verdict.Pending, 4))
            .Concat(Many("甲", ObligationKind.Report, Verdict.Met, 9))
            .Concat(Many("甲", ObligationKind.Report, Verdict.InsufficientData, 1))
            .Append(Make("甲", "NR-1", "R-report", ObligationKind.Report, Verdict.InsufficientData) with { NotRecorded = "报送对象" })
            .ToList();
        var s = Assert.Single(TestScores.Of(fs, Rate(), ["甲"]));
        Assert.Equal(86.0, s.Score);
        Assert.Equal("良好", s.Grade);
        Assert.Equal("100 − 〔公开回应：10.0×权重6.0×(超时3×1.0+未履行1×1.0)÷20项=12.0〕 − 〔及时上报：10.0×权重4.0×(数据不足1×0.5)÷10项=2.0〕 = 86.0", s.Formula);
        // each failing finding carries its share: 12 ÷ 4 = 3.0 per response failure
        Assert.All(s.Deductions.Where(d => d.Kind == ObligationKind.Response), d => Assert.Equal(3.0, d.Points, 10));
        Assert.Equal(5, s.Deductions.Length);
    }

    [Fact]
    public void A_thousand_cases_do_not_floor_a_unit_that_is_mostly_on_time()
    {
        // 1,000 responses, 90 late: per finding 100 − 90 × 6 → 0; by rate 100 − 10 × 6 × 0.09 = 94.6
        var fs = Many("乙", ObligationKind.Response, Verdict.Met, 910).Concat(Many("乙", ObligationKind.Response, Verdict.Breached, 90, 6)).ToList();
        Assert.Equal(0.0, TestScores.Of(fs, new ScoringScheme(), ["乙"]).Single().Score);
        Assert.Equal(94.6, TestScores.Of(fs, Rate(), ["乙"]).Single().Score);
    }

    [Fact]
    public void Rate_scheme_rejects_factors_that_would_let_a_breach_raise_a_score()
    {
        var s = Rate();
        s.VerdictFactors["breached"] = 0.5;
        Assert.Contains(s.Validate(), p => p.Contains("超时与未履行的系数须相同"));
        var big = Rate();
        big.VerdictFactors["missing"] = 2;
        Assert.Contains(big.Validate(), p => p.Contains("不能大于 1"));
        Assert.Contains(new ScoringScheme { Scheme = "weekly" }.Validate(), p => p.Contains("scoring.scheme"));
    }

    // ---- properties ----

    private static readonly string[] Units = ["A", "B", "C"];
    private static readonly ObligationKind[] Kinds = [ObligationKind.Release, ObligationKind.Response, ObligationKind.Report];
    private static readonly Verdict[] Counted = [Verdict.Met, Verdict.Breached, Verdict.Missing, Verdict.InsufficientData, Verdict.Pending];

    private static readonly Gen<Finding> OneFinding =
        from u in Gen.Elements(Units)
        from k in Gen.Elements(Kinds)
        from v in Gen.Elements(Counted)
        from c in Gen.Choose(1, 10_000)
        select Make(u, $"HC-{c}", $"R-{k.Id()}", k, v, k == ObligationKind.Release ? 10 : k == ObligationKind.Response ? 6 : 4);

    /// <summary>The unit and kind a new breach is added to.</summary>
    public sealed record Target(string Unit, ObligationKind Kind);

    public static class Arbitraries
    {
        public static Arbitrary<Finding[]> Runs() => TestFindings.Runs(OneFinding, 60);

        public static Arbitrary<Target> Targets() =>
            Gen.Elements(Units).SelectMany(u => Gen.Elements(Kinds).Select(k => new Target(u, k))).ToArbitrary();
    }

    private static Dictionary<string, double> Scores(IEnumerable<Finding> fs) =>
        TestScores.Of(fs, Rate(), Units).ToDictionary(s => s.Unit, s => s.Score);

    [Property]
    public bool More_breaches_never_raise_a_score(Finding[] fs, Target t)
    {
        var before = Scores(fs);
        var after = Scores(fs.Append(Make(t.Unit, "NEW-1", "R-" + t.Kind.Id(), t.Kind, Verdict.Breached, 1)));
        return after[t.Unit] <= before[t.Unit] && Units.Where(u => u != t.Unit).All(u => after[u] == before[u]);
    }

    [Property]
    public bool Turning_any_finding_into_a_breach_never_raises_a_score(Finding[] fs)
    {
        if (fs.Length == 0) return true;
        var before = Scores(fs);
        var changed = fs.ToArray();
        changed[0] = changed[0] with { Verdict = Verdict.Breached };
        return Scores(changed)[fs[0].Unit] <= before[fs[0].Unit];
    }

    [Property]
    public bool Doubling_every_count_leaves_rate_scores_unchanged(Finding[] fs)
    {
        var doubled = fs.Concat(fs.Select(f => f with { CaseId = f.CaseId + "-copy" })).ToArray();
        var a = TestScores.Of(fs, Rate(), Units);
        var b = TestScores.Of(doubled, Rate(), Units);
        return a.Select(s => (s.Unit, s.Score, s.Rank, s.Grade)).SequenceEqual(b.Select(s => (s.Unit, s.Score, s.Rank, s.Grade)));
    }

    [Property]
    public bool Rate_scores_stay_within_min_and_base(Finding[] fs) =>
        Scores(fs).Values.All(s => s is >= 0 and <= 100);
}
