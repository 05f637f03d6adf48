namespace Auditor.Core.Scoring;

// A pack's `scoring:` section, read by ScoringSchemeReader; `extends` inherits the parent's keys one by one (a key the
// child writes replaces the parent's whole value). Every property starts at its documented default.
//
// YAML keys (all optional; an absent key keeps the default written here):
//   scoring:
//     base: 100
//     min_score: 0
//     verdict_factors: { breached: 1.0, missing: 1.0, insufficient-data: 0.5 }
//     kind_caps: { daily-report: 10 }
//     grades: [ { name: 优秀, min: 90 }, { name: 良好, min: 80 }, { name: 合格, min: 60 }, { name: 不合格, min: 0 } ]
//     commendation_bar: 90
//     scheme: per-finding        # or rate (ScoreCalculator); an office's policy may choose another
//     rate_points: 10            # rate: points a kind of weight 1 loses when none of its items is on time
//     kind_weights: { response: 6 }   # rate: a kind's weight (default: the largest weight of its rules in the pack)
//     sanctions: { criticism: …, accountability: …, review: … }   (SanctionCriteria.cs)

/// <summary>How a pack turns findings into a score, grades and sanctions.</summary>
public sealed class ScoringScheme
{
    /// <summary>Score every unit starts from.</summary>
    public double Base { get; set; } = 100;

    /// <summary>Lowest possible score: deductions beyond it are not counted (the formula says so). Default 0.</summary>
    public double MinScore { get; set; } = 0;

    /// <summary>
    /// Deduction = rule weight × factor of the verdict (breached, missing, insufficient-data). A verdict absent
    /// from the map keeps its default (1.0, 1.0, 0.5); insufficient-data must cost something — it is never a pass.
    /// </summary>
    public Dictionary<string, double> VerdictFactors { get; set; } = new()
    {
        ["breached"] = 1.0,
        ["missing"] = 1.0,
        ["insufficient-data"] = 0.5,
    };

    /// <summary>Maximum total deduction per obligation kind id (absent = no cap).</summary>
    public Dictionary<string, double> KindCaps { get; set; } = new();

    /// <summary>Grade bands: a score ≥ Min gets the grade (checked highest Min first, whatever the YAML order).</summary>
    public List<GradeBand> Grades { get; set; } =
    [
        new() { Name = "优秀", Min = 90 },
        new() { Name = "良好", Min = 80 },
        new() { Name = "合格", Min = 60 },
        new() { Name = "不合格", Min = double.NegativeInfinity },
    ];

    /// <summary>Score at or above which a unit with no breached/missing findings is commended (表彰).</summary>
    public double CommendationBar { get; set; } = 90;

    /// <summary>
    /// How deductions are counted: <see cref="PerFinding"/> (default: Σ weight × factor over every finding) or
    /// <see cref="Rate"/> (each kind's failure rate × its weight × <see cref="RatePoints"/>: the same score at any volume).
    /// </summary>
    public string Scheme { get; set; } = PerFinding;

    public const string PerFinding = "per-finding", Rate = "rate";

    /// <summary>Rate scheme: points lost by a kind of weight 1 whose every item failed (a kind of weight 6 then loses 60).</summary>
    public double RatePoints { get; set; } = 10;

    /// <summary>Rate scheme: weight of each obligation kind id; a kind absent here takes the largest weight of its rules in the pack.</summary>
    public Dictionary<string, double> KindWeights { get; set; } = new();

    /// <summary>Chinese name of the scheme, for the summary and the scorecards.</summary>
    public string SchemeName => Scheme == Rate ? "按时率计分" : "逐项扣分";

    /// <summary>When a unit goes on the 通报批评, 约谈, 表彰 and 追责 lists. Default: every list disabled, no clause — each pack enables the lists its own document grounds.</summary>
    public SanctionCriteria Sanctions { get; set; } = new();

    /// <summary>Default factors, used for a verdict the pack's map leaves out.</summary>
    public static IReadOnlyDictionary<string, double> DefaultVerdictFactors { get; } = new Dictionary<string, double>
    {
        ["breached"] = 1.0,
        ["missing"] = 1.0,
        ["insufficient-data"] = 0.5,
    };

    /// <summary>Factor applied to a rule's weight for this verdict id (0 for verdicts that cost nothing).</summary>
    public double FactorOf(string verdictId)
    {
        if (VerdictFactors.TryGetValue(verdictId, out var f)) return f;
        return DefaultVerdictFactors.TryGetValue(verdictId, out var d) ? d : 0;
    }

    /// <summary>Problems that make the scheme unusable, in Chinese (empty when valid). The pack loader reports them with file and line.</summary>
    public IReadOnlyList<string> Validate() => ScoringSchemeValidator.Problems(this);
}

public sealed class GradeBand
{
    public string Name { get; set; } = "";
    public double Min { get; set; }
}
