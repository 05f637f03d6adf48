using System.Collections.Immutable;

namespace Auditor.Core.Scoring;

public enum SanctionKind
{
    /// <summary>通报批评</summary>
    Criticism,
    /// <summary>约谈</summary>
    Interview,
    /// <summary>表彰</summary>
    Commendation,
    /// <summary>追责</summary>
    Accountability,
}

public static class SanctionKinds
{
    public static string Chinese(this SanctionKind k) => k switch
    {
        SanctionKind.Criticism => "通报批评",
        SanctionKind.Interview => "约谈",
        SanctionKind.Commendation => "表彰",
        SanctionKind.Accountability => "追责",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    /// <summary>Stable English id (history store, json): criticism, interview, commendation, accountability.</summary>
    public static string Id(this SanctionKind k) => k switch
    {
        SanctionKind.Criticism => "criticism",
        SanctionKind.Interview => "interview",
        SanctionKind.Commendation => "commendation",
        SanctionKind.Accountability => "accountability",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static bool TryParse(string text, out SanctionKind kind)
    {
        foreach (var k in Enum.GetValues<SanctionKind>())
        {
            if (k.Id() == text.Trim() || k.Chinese() == text.Trim()) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}

/// <summary>
/// One reason for a sanction: which rule, which cases, which clause (short form, e.g. "002 四.3"), in words.
/// Quote is the clause's sentence the sanction rests on.
/// </summary>
public sealed record SanctionReason(string? RuleId, ImmutableArray<string> CaseIds, string Clause, string Text)
{
    public string? Quote { get; init; }
}

/// <summary>A unit on one of the lists (通报批评, 约谈, 表彰, 追责) with its reasons.</summary>
public sealed record Sanction(string Unit, SanctionKind Kind, ImmutableArray<SanctionReason> Reasons);
