using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Auditor.Core.Tests.Scoring.TestFindings;

namespace Auditor.Core.Tests.Scoring;

[Properties(Arbitrary = new[] { typeof(ScoreCalculatorProperties.Arbitraries) })]
public class ScoreCalculatorProperties
{
    private static readonly string[] Units = ["A", "B", "C", "D"];
    private static readonly ObligationKind[] Kinds = [ObligationKind.Release, ObligationKind.Response, ObligationKind.DailyReport];
    private static readonly double[] Weights = [0, 0.5, 1, 2, 3, 7.25];

    private static readonly Gen<Finding> OneFinding =
        from u in Gen.Elements(Units)
        from k in Gen.Elements(Kinds)
        from v in Gen.Elements(Enum.GetValues<Verdict>())
        from w in Gen.Elements(Weights)
        from c in Gen.Choose(1, 50)
        select Make(u, $"HC-{c}", $"R-{k.Id()}", k, v, w);

    public static class Arbitraries
    {
        public static Arbitrary<Finding[]> Runs() => TestFindings.Runs(OneFinding, 40);
    }

    private static ScoringScheme Scheme() => new() { KindCaps = new() { ["daily-report"] = 3 } };

    /// <summary>Independent recomputation: base − Σ_kind min(cap, Σ weight × factor), not below 0, two decimals.</summary>
    private static decimal Expected(IEnumerable<Finding> fs)
    {
        decimal Factor(Verdict v) => v switch { Verdict.Breached or Verdict.Missing => 1m, Verdict.InsufficientData => 0.5m, _ => 0m };
        decimal total = 0;
        foreach (var g in fs.GroupBy(f => f.Kind))
        {
            decimal sum = g.Sum(f => (decimal)f.Weight * Factor(f.Verdict));
            total += g.Key == ObligationKind.DailyReport ? Math.Min(sum, 3m) : sum;
        }
        return Math.Round(Math.Max(0m, 100m - total), 2, MidpointRounding.AwayFromZero);
    }

    [Property]
    public bool Score_is_base_minus_capped_deductions(Finding[] fs)
    {
        var scores = TestScores.Of(fs, Scheme(), Units);
        return scores.All(s => (decimal)s.Score == Expected(fs.Where(f => f.Unit == s.Unit)));
    }

    [Property]
    public bool Ranks_are_competition_ranks_in_score_then_name_order(Finding[] fs)
    {
        var scores = TestScores.Of(fs, Scheme(), Units);
        bool ranks = scores.All(s => s.Rank == 1 + scores.Count(o => o.Score > s.Score));
        bool order = scores.Zip(scores.Skip(1)).All(p => p.First.Score > p.Second.Score
            || (p.First.Score == p.Second.Score && string.CompareOrdinal(p.First.Unit, p.Second.Unit) < 0));
        return ranks && order && scores.Length == Units.Length;
    }

    [Property]
    public bool Input_order_does_not_change_anything(Finding[] fs)
    {
        var a = TestScores.Of(fs, Scheme(), Units);
        var b = TestScores.Of(fs.Reverse().ToArray(), Scheme(), Units.Reverse());
        return a.Select(s => (s.Unit, s.Score, s.Rank, s.Formula)).SequenceEqual(b.Select(s => (s.Unit, s.Score, s.Rank, s.Formula)));
    }

    [Property]
    public bool Turning_a_finding_into_met_never_lowers_its_units_score(Finding[] fs)
    {
        if (fs.Length == 0) return true;
        var before = TestScores.Of(fs, Scheme(), Units).ToDictionary(s => s.Unit);
        var changed = fs.ToArray();
        changed[0] = changed[0] with { Verdict = Verdict.Met };
        var after = TestScores.Of(changed, Scheme(), Units).ToDictionary(s => s.Unit);
        return after[fs[0].Unit].Score >= before[fs[0].Unit].Score
            && Units.Where(u => u != fs[0].Unit).All(u => after[u].Score == before[u].Score);
    }
}

[Properties(Arbitrary = new[] { typeof(SanctionEngineProperties.Arbitraries) })]
public class SanctionEngineProperties
{
    private static readonly Gen<Finding> OneFinding =
        from u in Gen.Elements("A", "B", "C")
        from k in Gen.Elements(ObligationKinds.All.ToArray())
        from v in Gen.Elements(Enum.GetValues<Verdict>())
        from w in Gen.Elements(0.0, 1, 5, 20)
        from c in Gen.Choose(1, 20)
        from cls in Gen.Elements<string?>(null, "criticism", "accountability")
        select Make(u, $"HC-{c}", $"R-{k.Id()}", k, v, w, cls);

    public static class Arbitraries
    {
        public static Arbitrary<Finding[]> Runs() => TestFindings.Runs(OneFinding, 30);
    }

    [Property]
    public bool A_scheme_that_configures_no_list_never_sanctions(Finding[] fs)
    {
        var scheme = new ScoringScheme();
        var scores = TestScores.Of(fs, scheme, ["A", "B", "C"]);
        var prior = new PriorPeriod("P", [.. fs.Where(f => f.Verdict.IsFailure()).Select(f => new PriorFailure(f.Unit, f.Kind, f.Verdict, 1, [f.RuleId]))],
            [new PriorSanction("A", SanctionKind.Criticism)]);
        return SanctionEngine.Decide(fs, scores, scheme, prior).IsEmpty;
    }

    [Property]
    public bool A_commended_unit_is_on_no_other_list_and_every_entry_has_reasons(Finding[] fs)
    {
        var scheme = TestSchemes.AllLists();
        var scores = TestScores.Of(fs, scheme, ["A", "B", "C"]);
        var prior = new PriorPeriod("P", [.. fs.Where(f => f.Verdict.IsFailure()).Select(f => new PriorFailure(f.Unit, f.Kind, f.Verdict, 1, [f.RuleId]))],
            [new PriorSanction("A", SanctionKind.Criticism)]);
        var s = SanctionEngine.Decide(fs, scores, scheme, prior);
        var commended = s.Where(x => x.Kind == SanctionKind.Commendation).Select(x => x.Unit).ToHashSet();
        return s.All(x => x.Reasons.Length > 0)
            && s.Where(x => x.Kind != SanctionKind.Commendation).All(x => !commended.Contains(x.Unit))
            && s.Select(x => (x.Unit, x.Kind)).Distinct().Count() == s.Length
            // every finding-based reason points at failing findings of that unit
            && s.SelectMany(x => x.Reasons.SelectMany(r => r.CaseIds.Select(c => (x.Unit, c))))
                .All(p => fs.Any(f => f.Unit == p.Unit && f.CaseId == p.c && f.Verdict.IsFailure()));
    }
}
