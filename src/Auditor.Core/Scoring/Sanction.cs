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
    /// <summary>待核查: internal to the office, never in a public document (<see cref="ReviewCriteria"/>).</summary>
    Review,
}

public static class SanctionKinds
{
    private static readonly EnumTable<SanctionKind> Table = EnumTable<SanctionKind>.Load();

    public static string Chinese(this SanctionKind k) => Table.Label(k);

    /// <summary>True for a list that may appear in a public document or a file a unit receives (all but 待核查).</summary>
    public static bool IsPublic(this SanctionKind k) => k != SanctionKind.Review;

    /// <summary>Stable English id (history store, json, scoring.sanctions keys): criticism, interview, commendation, accountability, review.</summary>
    public static string Id(this SanctionKind k) => Table.Id(k);

    /// <summary>An id or a Chinese label.</summary>
    public static bool TryParse(string text, out SanctionKind kind) => Table.TryParse(text, out kind);
}

/// <summary>
/// One reason for a sanction: which rule, which cases, which clause (short form, e.g. "002 四.3"), in words.
/// Quote is the clause's sentence the sanction rests on.
/// </summary>
public sealed record SanctionReason(string? RuleId, ImmutableArray<string> CaseIds, string Clause, string Text)
{
    public string? Quote { get; init; }
    /// <summary>The reason rests on the office's own assessment policy (Clause names it, e.g. 本单位考核办法), not on a clause.</summary>
    public bool FromPolicy { get; init; }
}

/// <summary>A unit on one of the lists (通报批评, 约谈, 表彰, 追责) with its reasons.</summary>
public sealed record Sanction(string Unit, SanctionKind Kind, ImmutableArray<SanctionReason> Reasons);
