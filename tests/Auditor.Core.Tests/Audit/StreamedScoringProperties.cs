using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Auditor.Core.Tests.Scoring;
using static Auditor.Core.Tests.Scoring.TestFindings;

namespace Auditor.Core.Tests.Audit;

/// <summary>
/// The audit keeps only findings that are not met and counts the rest. Scores and lists computed that way must be
/// the very ones computed from every finding.
/// </summary>
[Properties(Arbitrary = new[] { typeof(StreamedScoringProperties.Arbitraries) })]
public class StreamedScoringProperties
{
    private static readonly string[] Units = ["A", "B", "C"];
    private static readonly ObligationKind[] Kinds = [ObligationKind.Release, ObligationKind.Response, ObligationKind.DailyReport];
    private static readonly Verdict[] Judged = [Verdict.Met, Verdict.Breached, Verdict.Missing, Verdict.Pending, Verdict.InsufficientData];

    private static readonly Gen<Finding> OneFinding =
        from u in Gen.Elements(Units)
        from k in Gen.Elements(Kinds)
        from v in Gen.Elements(Judged)
        from w in Gen.Elements(0.5, 1.0, 3.0)
        from c in Gen.Choose(1, 30)
        select Make(u, $"C-{c}", $"R-{k.Id()}", k, v, w, sanctionClass: v == Verdict.Missing ? "通报批评" : null);

    public static class Arbitraries
    {
        public static Arbitrary<Finding[]> Runs() => TestFindings.Runs(OneFinding, 60);
    }

    private static ScoringScheme Scheme() => new()
    {
        KindCaps = new() { ["daily-report"] = 2 },
        Sanctions = new SanctionCriteria
        {
            Criticism = new CriticismCriteria
            {
                Enabled = true, Clause = "四.3", Quote = "引文", Grades = ["不合格"], GradeClause = "四.3", GradeQuote = "引文",
                Triggers = [new FindingTrigger { Label = "未履行", Verdicts = ["missing"], SanctionClasses = ["通报批评"] }],
            },
            Commendation = new CommendationCriteria { Enabled = true, Clause = "四.1", Quote = "引文", MinMetFindings = 2 },
        },
    };

    private static string Describe(IEnumerable<UnitScore> scores) => string.Join("\n", scores.Select(s =>
        $"{s.Unit} {s.Score} {s.Grade} {s.Rank} {string.Join(",", Enum.GetValues<Verdict>().Select(s.Count))} {s.OnTimeRate} " +
        $"{string.Join(";", s.KindRates.Select(k => $"{k.Kind}:{k.Met}/{k.Breached}/{k.Missing}"))} {s.Formula}"));

    [Property]
    public Property Scores_from_totals_and_kept_findings_equal_scores_from_totals_and_every_finding(Finding[] fs)
    {
        var registry = Units.Select(u => new Unit("U" + u, u, [], UnitType.Township, null, null)).ToList();
        var full = ScoreCalculator.Calculate(FindingTotals.Of(fs), fs, Scheme(), registry);
        var streamed = ScoreCalculator.Calculate(FindingTotals.Of(fs), fs.Where(AuditOutcome.IsKept).ToList(), Scheme(), registry);
        return (Describe(full) == Describe(streamed)).Label(Describe(full) + "\n----\n" + Describe(streamed));
    }

    [Property]
    public bool Lists_from_problems_equal_lists_from_every_finding(Finding[] fs)
    {
        var scores = TestScores.Of(fs, Scheme(), Units);
        var full = SanctionEngine.Decide(fs, scores, Scheme(), null);
        var streamed = SanctionEngine.Decide(fs.Where(f => f.Verdict != Verdict.Met).ToList(), scores, Scheme(), null);
        string D(IEnumerable<Sanction> xs) => string.Join("\n", xs.Select(s => $"{s.Unit} {s.Kind} {string.Join("|", s.Reasons.Select(r => r.Text))}"));
        return D(full) == D(streamed);
    }

    [Fact]
    public void Totals_count_every_verdict_per_unit_and_kind()
    {
        var fs = new[]
        {
            Make("A", "C-1", "R1", ObligationKind.Release, Verdict.Met),
            Make("A", "C-1", "R2", ObligationKind.Response, Verdict.Breached),
            Make("A", "C-2", "R1", ObligationKind.Release, Verdict.Met),
            Make("B", "C-3", "R1", ObligationKind.Release, Verdict.Missing),
        };
        var t = FindingTotals.Of(fs);
        Assert.Equal(4, t.Total);
        Assert.Equal(2, t.Count(Verdict.Met));
        Assert.Equal(2, t.Of("A")!.Count(ObligationKind.Release, Verdict.Met));
        Assert.Equal(1, t.Of("A")!.Count(ObligationKind.Response, Verdict.Breached));
        Assert.Equal(1, t.Of("A")!.Failures);
        Assert.Equal(["C-1", "C-2"], t.Of("A")!.SampleCaseIds.ToArray());
        Assert.Equal(["A", "B"], t.Units.Keys.ToArray());
        Assert.Null(t.Of("C"));
        Assert.Equal(1, t.Where(u => u == "B").Total);
    }

    [Fact]
    public void Totals_keep_six_distinct_sample_cases_and_say_there_are_more()
    {
        var fs = Enumerable.Range(1, 9).SelectMany(i => new[]
        {
            Make("A", $"C-{i}", "R1", ObligationKind.Release, Verdict.Met),
            Make("A", $"C-{i}", "R2", ObligationKind.Response, Verdict.Met),
        });
        var a = FindingTotals.Of(fs).Of("A")!;
        Assert.Equal(["C-1", "C-2", "C-3", "C-4", "C-5", "C-6"], a.SampleCaseIds.ToArray());
        Assert.True(a.MoreCases);
        Assert.Equal(18, a.Total);
    }

    [Fact]
    public void An_outcome_holds_kept_findings_only()
    {
        var met = Make("A", "C-1", "R1", ObligationKind.Release, Verdict.Met);
        var breached = Make("A", "C-1", "R2", ObligationKind.Release, Verdict.Breached);
        AuditOutcome Outcome(params Finding[] kept) => new()
        {
            Pack = new PackInfo("p", "t", "i", null, "1"), Period = AuditPeriod.Parse("2026Q3"), AsOf = NodaTime.Instant.FromUtc(2026, 10, 1, 0, 0),
            Zone = AuditorZones.Default, Inputs = [], Rules = [], KeptFindings = [.. kept], Totals = FindingTotals.Of([met, breached]),
            DataIssues = [], Scores = [], Sanctions = [], Units = [], ToolVersion = "t",
        };
        Assert.Equal([breached], Outcome(breached).KeptFindings.ToArray());
        Assert.Equal(1, Outcome(breached).Totals.Count(Verdict.Met));
        var ex = Assert.Throws<ArgumentException>(() => Outcome(met, breached));
        Assert.Contains("C-1 × R1 (met)", ex.Message);
        // an appeal that changed a verdict to met is kept: the documents show what was appealed
        var appealed = met with { Override = new VerdictOverride(Verdict.Breached, Verdict.Met, "系统故障", "办公室", new NodaTime.LocalDate(2026, 10, 12)) };
        Assert.Equal(2, Outcome(appealed, breached).KeptFindings.Length);
    }
}
