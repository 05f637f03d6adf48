using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using NodaTime;

namespace Auditor.Core.Audit;

// CONTRACT shared by the pipeline (Cli), scoring and the report writers. Reports read only this.

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
    /// The findings the documents need as objects (<see cref="IsKept"/>: failures, pending, insufficient data, and
    /// any finding an appeal changed). The audit streams all findings to the findings files as they are replayed and
    /// does not keep the other met ones (issue 7); their counts are in <see cref="Totals"/>. A hand-made outcome may
    /// list every finding: documents show only kept ones and count the rest through <see cref="Totals"/>.
    /// </summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    private readonly FindingTotals? _totals;
    // computed from Findings when Totals is not given; keyed by the array so that `with { Findings = … }` recomputes
    private (ImmutableArray<Finding> Of, FindingTotals Totals)? _computed;

    /// <summary>Counts of every finding (met included) per unit, kind and verdict; computed from <see cref="Findings"/> when not given.</summary>
    public FindingTotals Totals
    {
        get
        {
            if (_totals is not null) return _totals;
            if (_computed is not { } c || c.Of != Findings) _computed = c = (Findings, FindingTotals.Of(Findings));
            return c.Totals;
        }
        init => _totals = value;
    }

    /// <summary>Whether the audit keeps a finding as an object for the documents: anything but a plain met (or not-applicable) one.</summary>
    public static bool IsKept(Finding f) => f.Verdict is not (Verdict.Met or Verdict.NotApplicable) || f.Override is not null;

    /// <summary>True when <see cref="Findings"/> holds every finding the totals count (a hand-made or small outcome), so the findings files can be written from it.</summary>
    public bool HasAllFindings => Totals.Total == Findings.Length;

    /// <summary>For writers that write every finding from <see cref="Findings"/>: refuses an outcome of a streamed audit.</summary>
    public void RequireAllFindings(string file)
    {
        if (!HasAllFindings)
            throw new InvalidOperationException($"the outcome keeps only the findings the documents need: stream {file} instead");
    }
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
    public int CaseCount { get; init; }
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
    /// Values of the fields a pack marks internal (e.g. 舆情简报内容, 宣传引导提示 — 004 三（四）) as found in the inputs:
    /// the 通报批评 and 名单 writers replace any occurrence with a placeholder, so they never reach a public document.
    /// </summary>
    public ImmutableArray<string> InternalTexts { get; init; } = [];
}
