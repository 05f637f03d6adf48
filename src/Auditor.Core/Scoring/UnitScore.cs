using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Scoring;

// Shared with the reports: a unit's score as every document and scores.csv show it.

/// <summary>
/// One deduction from a unit's base score, pointing at its finding. Points = weight × verdict factor, before any
/// kind cap (UnitScore.Caps says how much of a kind's total was not counted). Overridden = the verdict came from
/// an appeal/waiver (申诉/豁免).
/// </summary>
public sealed record Deduction(string CaseId, string RuleId, ObligationKind Kind, Verdict Verdict, double Points, string Explanation)
{
    public double Weight { get; init; }
    public double Factor { get; init; }
    public bool Overridden { get; init; }
}

/// <summary>A kind whose deductions exceeded its cap: Raw was the sum, Cap what counted.</summary>
public sealed record KindCap(ObligationKind Kind, double Raw, double Cap);

/// <summary>On-time rate of one obligation kind: met / (met + breached + missing); null when the denominator is 0.</summary>
public sealed record KindRate(ObligationKind Kind, int Met, int Breached, int Missing)
{
    public double? Rate => Met + Breached + Missing == 0 ? null : (double)Met / (Met + Breached + Missing);
}

/// <summary>A unit's result for the period. Formula is the recomputable text, e.g. "100 − 2×3 − 5 = 89".</summary>
public sealed record UnitScore
{
    public required string Unit { get; init; }
    public string? UnitCode { get; init; }
    public required double Score { get; init; }
    public required string Grade { get; init; }
    /// <summary>1-based; ties share a rank (competition ranking 1,1,3).</summary>
    public required int Rank { get; init; }
    public required ImmutableDictionary<Verdict, int> Counts { get; init; }
    /// <summary>Overall on-time rate across kinds; null when no finding counts.</summary>
    public double? OnTimeRate { get; init; }
    public required ImmutableArray<KindRate> KindRates { get; init; }
    public required ImmutableArray<Deduction> Deductions { get; init; }
    /// <summary>Kinds whose deductions were capped (empty when none).</summary>
    public ImmutableArray<KindCap> Caps { get; init; } = [];
    /// <summary>True when the score was raised to the scheme's MinScore.</summary>
    public bool Floored { get; init; }
    public required string Formula { get; init; }

    public int Count(Verdict v) => Counts.TryGetValue(v, out var n) ? n : 0;
}
