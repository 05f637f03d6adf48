using NodaTime;

namespace Auditor.Core.Domain;

/// <summary>
/// The result of one rule on one case (or, for unit-level kinds such as daily-report, one unit and day).
/// Unit is the unit that bore the obligation (docs/verdicts.md, 判定归属于谁).
/// </summary>
public sealed record Finding
{
    public required string CaseId { get; init; }
    public string? CaseTitle { get; init; }
    /// <summary>Registry name of the unit the finding is attributed to (raw text when unknown).</summary>
    public required string Unit { get; init; }
    public required string RuleId { get; init; }
    public required string RuleTitle { get; init; }
    public required ObligationKind Kind { get; init; }
    public required Verdict Verdict { get; init; }
    public Instant? Start { get; init; }
    public Instant? Deadline { get; init; }
    public Instant? Actual { get; init; }
    /// <summary>Minutes past the deadline, for breached (and missing, up to the as-of time) findings.</summary>
    public long? OverrunMinutes { get; init; }
    public required Citation Clause { get; init; }
    /// <summary>One Chinese sentence of evidence, e.g. "发现于7月10日22:00，应于7月11日3:00前发布权威信息，实际7月11日3:30发布，超时30分钟".</summary>
    public required string Evidence { get; init; }
    /// <summary>Case severity as resolved by the pack's classes (for charts by severity); null when unknown.</summary>
    public string? Severity { get; init; }
    public required double Weight { get; init; }
    public string? SanctionClass { get; init; }
    public string? FixHint { get; init; }
    /// <summary>
    /// For insufficient-data only: the columns (Chinese names) the export does not have at all, which made the rule
    /// uncheckable for this case. Such findings cost no points (the template lacks the column; no unit is to blame)
    /// and are summarised as data-quality issues.
    /// </summary>
    public string? NotRecorded { get; init; }
    /// <summary>Set when an appeal/waiver changed the verdict: the original verdict and the justification.</summary>
    public VerdictOverride? Override { get; init; }
    /// <summary>
    /// The years whose holidays the deadline depended on but for which no State Council notice is on file: the days
    /// were computed from 《全国年节及纪念日放假办法》 (provisional; the evidence ends with a note saying so). Empty when none.
    /// </summary>
    public IReadOnlyList<int> ProvisionalYears { get; init; } = [];
}

/// <summary>An appeal or waiver (申诉/豁免) applied to a finding.</summary>
public sealed record VerdictOverride(Verdict Original, Verdict NewVerdict, string Justification, string Approver, LocalDate Date);
