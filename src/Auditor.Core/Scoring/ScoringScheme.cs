namespace Auditor.Core.Scoring;

// CONTRACT (owned by scoring, issue 5). A POCO deserialized by YamlDotNet (underscored naming) from a pack's
// `scoring:` section; `extends` merges the YAML mappings key by key before deserializing. Keep it
// deserializable: public setters, defaults that are the documented defaults.

/// <summary>How a pack turns findings into a score, grades and sanctions.</summary>
public sealed class ScoringScheme
{
    /// <summary>Score every unit starts from.</summary>
    public double Base { get; set; } = 100;

    /// <summary>Deduction = rule weight × factor of the verdict (breached, missing, insufficient-data).</summary>
    public Dictionary<string, double> VerdictFactors { get; set; } = new()
    {
        ["breached"] = 1.0,
        ["missing"] = 1.0,
        ["insufficient-data"] = 0.5,
    };

    /// <summary>Maximum total deduction per obligation kind id (absent = no cap).</summary>
    public Dictionary<string, double> KindCaps { get; set; } = new();

    /// <summary>Grade bands, highest first: a score ≥ Min gets the grade.</summary>
    public List<GradeBand> Grades { get; set; } =
    [
        new() { Name = "优秀", Min = 90 },
        new() { Name = "良好", Min = 80 },
        new() { Name = "合格", Min = 60 },
        new() { Name = "不合格", Min = double.NegativeInfinity },
    ];

    /// <summary>Score at or above which a unit with no breached/missing findings is commended (表彰).</summary>
    public double CommendationBar { get; set; } = 90;
}

public sealed class GradeBand
{
    public string Name { get; set; } = "";
    public double Min { get; set; }
}
