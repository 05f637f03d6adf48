using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using NodaTime;

namespace Auditor.Core.Audit;

// What the engine hands to the report writers and to the front ends: the report writers read only this.

/// <summary>An input file of the run with its digest (manifest.json).</summary>
public sealed record InputFile(string Path, string Sha256, string Role);

/// <summary>A rule as the reports describe it (method section, clause tables): no dependency on the pack model.</summary>
public sealed record RuleInfo(
    string Id,
    string Title,
    ObligationKind Kind,
    Citation Clause,
    string? Window,
    double Weight,
    string? SanctionClass,
    string? Interpretation,
    string? FixHint)
{
    /// <summary>Why the window (or count) is the pack's own number, when the clause states none; null when stated.</summary>
    public string? Assumption { get; init; }
    /// <summary>本包设定 or 本单位考核办法设定, with <see cref="Assumption"/>.</summary>
    public string? AssumedBy { get; init; }
    /// <summary>To whom the obligation's report goes, when the clause names the recipient.</summary>
    public ImmutableArray<string> Recipients { get; init; } = [];

    /// <summary>The window as documents show it: "2h（本包设定）"; "—" for a rule without one.</summary>
    public string WindowShown => (Window ?? "—") + (Assumption is null ? "" : $"（{AssumedBy}）");
}

/// <summary>A vague clause and how the pack reads it (释义).</summary>
public sealed record Interpretation(string Term, Citation Clause, string Meaning);

/// <summary>The pack as the reports name it.</summary>
public sealed record PackInfo(string Id, string Title, string Issuer, string? DocumentNumber, string Version);

/// <summary>A unit's score in an earlier period (history store), for trends.</summary>
public sealed record ScorePoint(string Period, string Unit, double Score, string Grade)
{
    /// <summary>The unit's on-time rate in that period (met ÷ (met + breached + missing)); null when unknown or nothing was judged.</summary>
    public double? OnTimeRate { get; init; }
    /// <summary>The unit's counts per obligation kind in that period (empty when the store does not have them).</summary>
    public ImmutableArray<KindRate> KindRates { get; init; } = [];
}

/// <summary>
/// How a self-checking unit's score compares with the other units of the ledgers it was given: how many units
/// were ranked together (its <see cref="Scoring.UnitScore.Rank"/> is among them) and their counts per kind and verdict
/// (indexed by (int)Verdict), summed over the units without naming any.
/// </summary>
public sealed record Comparison(int RankedUnits, ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>> ByKind);

/// <summary>A self-check: the unit that checks itself and, when the ledgers held other units too, how it compares with them.</summary>
public sealed record SelfCheckScope(string Unit, Comparison? Peers);

/// <summary>Everything one audit run produced; the report writers turn it into documents.</summary>
public sealed record AuditOutcome
{
    public required PackInfo Pack { get; init; }
    public required AuditPeriod Period { get; init; }
    /// <summary>The audit's as-of instant: events after it do not exist yet.</summary>
    public required Instant AsOf { get; init; }
    public required DateTimeZone Zone { get; init; }
    public required ImmutableArray<InputFile> Inputs { get; init; }
    public required ImmutableArray<RuleInfo> Rules { get; init; }
    public ImmutableArray<Interpretation> Interpretations { get; init; } = [];
    /// <summary>
    /// The findings the documents need as objects: every finding <see cref="IsKept"/> (failures, pending, insufficient
    /// data, and any finding an appeal changed), in replay order. Plain met findings are not kept — an audit streams
    /// every finding to the findings files as it is replayed, and memory must not grow with a million met ones; they
    /// are counted in <see cref="Totals"/>. Setting a list with a finding that is not kept is an error.
    /// </summary>
    public required ImmutableArray<Finding> KeptFindings
    {
        get => _kept;
        init
        {
            foreach (var f in value)
                if (!IsKept(f))
                    throw new ArgumentException($"{f.CaseId} × {f.RuleId} ({f.Verdict.Id()}) is not a kept finding: count it in Totals only", nameof(KeptFindings));
            _kept = value;
        }
    }

    private readonly ImmutableArray<Finding> _kept = [];

    /// <summary>Counts of every finding of the run (met included) per unit, kind and verdict; not-applicable ones are in <see cref="NotApplicableCount"/>.</summary>
    public required FindingTotals Totals { get; init; }

    /// <summary>Whether the audit keeps a finding as an object for the documents: anything but a plain met (or not-applicable) one.</summary>
    public static bool IsKept(Finding f) => f.Verdict is not (Verdict.Met or Verdict.NotApplicable) || f.Override is not null;

    public required ImmutableArray<DataIssue> DataIssues { get; init; }
    public required ImmutableArray<UnitScore> Scores { get; init; }
    /// <summary>The public lists (通报批评, 约谈, 表彰, 追责): what the notice, the list documents, sanctions.csv and findings.xlsx show.</summary>
    public required ImmutableArray<Sanction> Sanctions { get; init; }
    /// <summary>
    /// The public lists this audit decides (by the governing document or the office's policy), in document order; empty
    /// for a self-check. Documents of other lists are not written and the notice leaves them out.
    /// </summary>
    public ImmutableArray<PublicList> Lists { get; init; } = [];
    /// <summary>
    /// 待核查: findings the document sanctions only on facts a ledger cannot show, for the office to check. Never in a
    /// public document or a file a unit receives — only in the office's internal list (待核查名单（内部）.docx).
    /// </summary>
    public ImmutableArray<Sanction> InternalReview { get; init; } = [];
    /// <summary>Registry entries of the units in the audit (for 主要负责人 in lists).</summary>
    public required ImmutableArray<Unit> Units { get; init; }
    /// <summary>Scores of earlier periods under the same pack, oldest first (empty without history).</summary>
    public ImmutableArray<ScorePoint> History { get; init; } = [];
    /// <summary>Number of (case, rule) pairs judged not-applicable (left out of findings files, counted in the manifest).</summary>
    public int NotApplicableCount { get; init; }

    /// <summary>Number of (case, rule) pairs per verdict, not-applicable ones included.</summary>
    public IReadOnlyDictionary<Verdict, int> VerdictCounts()
    {
        var counts = Enum.GetValues<Verdict>().ToDictionary(v => v, v => Totals.Count(v));
        counts[Verdict.NotApplicable] += NotApplicableCount;
        return counts;
    }
    /// <summary>Cases audited: those discovered within the period (for a self-check, the unit's own).</summary>
    public int CaseCount { get; init; }
    /// <summary>Cases read whose discovery date lies outside the period: not audited, counted for the summary.</summary>
    public int OutOfPeriodCases { get; init; }
    /// <summary>
    /// Years with no State Council notice on file whose days some finding's deadline used (computed from
    /// 《全国年节及纪念日放假办法》; Finding.ProvisionalYears), ascending; empty when every day was announced.
    /// </summary>
    public ImmutableArray<int> ProvisionalYears { get; init; } = [];
    public required string ToolVersion { get; init; }
    /// <summary>Scoring formula text for the method section, e.g. "得分 = 100 − Σ(规则权重 × 判定系数)，单类扣分不超过上限".</summary>
    public string ScoringMethod { get; init; } = "";
    /// <summary>Which scheme scored the period, in Chinese (逐项扣分 or 按时率计分).</summary>
    public string ScoringScheme { get; init; } = "逐项扣分";
    /// <summary>
    /// Set for a self-check: the outcome is then the unit's own (its findings, totals, score and history; no lists).
    /// Null for an office's audit of every unit.
    /// </summary>
    public SelfCheckScope? SelfCheck { get; init; }

    /// <summary>
    /// What a unit's rank and on-time rates are shown against: every scored unit of an audit; for a self-check the
    /// other units of its ledgers, or null when they held only its own cases (no rank, no comparison to show).
    /// </summary>
    public Comparison? ComparedWith => SelfCheck is { } s ? s.Peers : new Comparison(Scores.Length, Totals.ByKind);

    /// <summary>
    /// Values of the fields a pack marks internal (e.g. 舆情简报内容, 宣传引导提示 — 004 三（四）) as found in the inputs:
    /// the 通报批评 and 名单 writers replace any occurrence with a placeholder, so they never reach a public document.
    /// </summary>
    public ImmutableArray<string> InternalTexts { get; init; } = [];
}
