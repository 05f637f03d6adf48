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
}

/// <summary>One reason for a sanction: which rule, which cases, which clause, in words.</summary>
public sealed record SanctionReason(string? RuleId, ImmutableArray<string> CaseIds, string Clause, string Text);

/// <summary>A unit on one of the lists (通报批评, 约谈, 表彰, 追责) with its reasons.</summary>
public sealed record Sanction(string Unit, SanctionKind Kind, ImmutableArray<SanctionReason> Reasons);
