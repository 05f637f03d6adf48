using Auditor.Core.Domain;
using Auditor.Core.Rules;

namespace Auditor.Core.Scoring;

// The office's own assessment policy (考核办法), from the `policy:` section of rules/offices/<office>.yaml, read by
// OfficePolicyReader:
//
//   policy:
//     basis: 本单位考核办法            # how documents name it (default 本单位考核办法)
//     scheme: rate                     # per-finding | rate; overrides the pack's scoring.scheme
//     rate_points: 10                  # rate scheme: see ScoringScheme.RatePoints
//     repeat_count: 3                  # “多次” means this many or more (urging rules whose count is assumed)
//     criticism: { grades: [不合格] }  # 通报批评 by grade
//     interview: { enabled: true }     # 约谈 for repeated failure (verdicts, kinds, repeat_same_kind, after_criticism)
//     commendation: { enabled: true, bar: 90 }   # 表彰 by score (disqualifying_verdicts, min_met_findings)
//
// A profile without `policy:` gives none of these lists: an audit then lists only what the pack's document prescribes.

/// <summary>The office's own rules for lists, scheme and readings, applied on top of a pack's scoring.</summary>
public sealed class OfficePolicy
{
    public const string DefaultBasis = "本单位考核办法";

    /// <summary>How documents name the basis of these lists instead of a clause.</summary>
    public string Basis { get; set; } = DefaultBasis;
    /// <summary>per-finding or rate; null keeps the pack's.</summary>
    public string? Scheme { get; set; }
    public double? RatePoints { get; set; }
    /// <summary>How many times “多次” means (urging); null keeps the pack's assumed count.</summary>
    public int? RepeatCount { get; set; }
    public PolicyCriticism Criticism { get; set; } = new();
    public InterviewCriteria Interview { get; set; } = new();
    public PolicyCommendation Commendation { get; set; } = new();

    /// <summary>
    /// The pack's scheme with this policy on top: the policy's lists (citing <see cref="Basis"/>, no quote), scheme
    /// and commendation bar. The pack's scheme is not changed.
    /// </summary>
    public ScoringScheme Apply(ScoringScheme pack)
    {
        var s = new ScoringScheme
        {
            Base = pack.Base,
            MinScore = pack.MinScore,
            VerdictFactors = new(pack.VerdictFactors ?? []),
            KindCaps = new(pack.KindCaps ?? []),
            Grades = [.. pack.Grades ?? []],
            CommendationBar = Commendation.Bar ?? pack.CommendationBar,
            Scheme = Scheme ?? pack.Scheme,
            RatePoints = RatePoints ?? pack.RatePoints,
            KindWeights = new(pack.KindWeights ?? []),
        };
        var own = pack.Sanctions ?? new SanctionCriteria();
        var c = own.Criticism ?? new CriticismCriteria();
        bool byGrade = Criticism.Enabled && Criticism.Grades.Count > 0;
        s.Sanctions = new SanctionCriteria
        {
            Criticism = new CriticismCriteria
            {
                Enabled = c.Enabled && (c.Triggers?.Count ?? 0) > 0 || byGrade,
                Clause = c.Clause,
                Quote = c.Quote,
                Triggers = c.Triggers ?? [],
                Grades = byGrade ? [.. Criticism.Grades] : [],
                GradeClause = byGrade ? Basis : "",
                GradeQuote = "",
                GradesFromPolicy = byGrade,
            },
            Interview = Interview.Enabled
                ? new InterviewCriteria
                {
                    Enabled = true, Clause = Basis, Quote = "", Verdicts = [.. Interview.Verdicts ?? []], Kinds = [.. Interview.Kinds ?? []],
                    RepeatSameKind = Interview.RepeatSameKind, AfterCriticism = Interview.AfterCriticism, FromPolicy = true,
                }
                : new InterviewCriteria(),
            Commendation = Commendation.Enabled
                ? new CommendationCriteria
                {
                    Enabled = true, Clause = Basis, Quote = "", DisqualifyingVerdicts = [.. Commendation.DisqualifyingVerdicts ?? []],
                    MinMetFindings = Commendation.MinMetFindings, FromPolicy = true,
                }
                : new CommendationCriteria(),
            Accountability = own.Accountability ?? new AccountabilityCriteria(),
            Review = own.Review ?? new ReviewCriteria(),
        };
        return s;
    }

    /// <summary>The pack with “多次” read as <see cref="RepeatCount"/> (urging rules whose count is assumed), when set.</summary>
    public RulePack Apply(RulePack pack)
    {
        if (RepeatCount is not int n) return pack;
        return pack with
        {
            Rules = [.. pack.Rules.Select(r => r.Kind == ObligationKind.Urging && r.Assumed && r.MinCount != n
                ? r with { MinCount = n, AssumedBy = Basis + "设定", Assumption = $"“多次”按{Basis}读作{n}次及以上" }
                : r)],
        };
    }
}

/// <summary>通报批评 by grade (office policy).</summary>
public sealed class PolicyCriticism
{
    public bool Enabled { get; set; } = true;
    public List<string> Grades { get; set; } = [];
}

/// <summary>表彰 by score (office policy); Bar overrides the pack's commendation_bar.</summary>
public sealed class PolicyCommendation
{
    public bool Enabled { get; set; }
    public double? Bar { get; set; }
    public List<string> DisqualifyingVerdicts { get; set; } = ["breached", "missing"];
    public int MinMetFindings { get; set; } = 1;
}
