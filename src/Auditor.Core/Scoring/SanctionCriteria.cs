namespace Auditor.Core.Scoring;

// Part of the ScoringScheme (YAML `scoring.sanctions`, read by ScoringSchemeReader).
//
// The defaults carry NO citation and every list is DISABLED: a sanction names its basis in a public document, and a
// basis can only come from the pack's own governing document. A pack that says nothing about sanctions therefore
// produces no 通报批评, 约谈, 表彰 or 追责 — each pack turns on the lists its document grounds and cites its own clause
// (`clause` = "<source key> <clause number>", e.g. "003 4.6", with a verbatim `quote`; `auditor rules lint` checks
// the quote against the source). Behavioural defaults that cite nothing (which verdicts count, repeat-same-kind …)
// are kept, so a pack only has to switch a list on and give its criterion.

/// <summary>
/// The lists and when a unit goes on each. All disabled by default. Criticism by triggers, Accountability and Review
/// rest on the pack's document; Criticism by grade, Interview and Commendation are the office's own policy
/// (<see cref="OfficePolicy"/>): a pack may not carry them (Rules.PackLists).
/// </summary>
public sealed class SanctionCriteria
{
    public CriticismCriteria Criticism { get; set; } = new();
    public InterviewCriteria Interview { get; set; } = new();
    public CommendationCriteria Commendation { get; set; } = new();
    public AccountabilityCriteria Accountability { get; set; } = new();
    /// <summary>待核查: office-internal list of findings the document may sanction only on facts a ledger cannot show.</summary>
    public ReviewCriteria Review { get; set; } = new();
}

/// <summary>
/// A finding that triggers a sanction: its kind is in Kinds (empty = any kind) and its sanction class is in
/// SanctionClasses (empty = any class) and its verdict is in Verdicts. At least one of Kinds / SanctionClasses
/// must be given. Clause/Quote default to the criterion's.
/// </summary>
public sealed class FindingTrigger
{
    /// <summary>Chinese words for the reason, e.g. 反馈不及时.</summary>
    public string Label { get; set; } = "";
    public List<string> Kinds { get; set; } = [];
    public List<string> SanctionClasses { get; set; } = [];
    public List<string> Verdicts { get; set; } = ["breached", "missing"];
    public string? Clause { get; set; }
    public string? Quote { get; set; }
    /// <summary>待核查 only: what the office still has to establish before any sanction (e.g. 是否造成严重后果).</summary>
    public string? Note { get; set; }
}

/// <summary>
/// 通报批评: a unit goes on the list for a finding matching one of Triggers, or for a grade in Grades.
/// Default: disabled, no trigger, no grade, no clause (the pack must give its own).
/// </summary>
public sealed class CriticismCriteria
{
    public bool Enabled { get; set; }
    /// <summary>Clause the triggers rest on, "&lt;source key&gt; &lt;number&gt;" (e.g. "002 四、3").</summary>
    public string Clause { get; set; } = "";
    public string Quote { get; set; } = "";

    public List<FindingTrigger> Triggers { get; set; } = [];

    /// <summary>Grades that put a unit on the list by themselves (e.g. 不合格). Default none.</summary>
    public List<string> Grades { get; set; } = [];
    public string GradeClause { get; set; } = "";
    public string GradeQuote { get; set; } = "";
    /// <summary>The grades come from the office's policy (basis in GradeClause, no quote). Not settable from YAML.</summary>
    public bool GradesFromPolicy { get; set; }
}

/// <summary>
/// 约谈 (工作消极、不作为且整改不到位): a failure (Verdicts) this period of an obligation kind the unit also failed in
/// the previous period, or a unit criticised (通报批评) last period that fails again. Default: disabled, no clause.
/// </summary>
public sealed class InterviewCriteria
{
    public bool Enabled { get; set; }
    public string Clause { get; set; } = "";
    public string Quote { get; set; } = "";
    /// <summary>Verdicts that count as a failure in both periods.</summary>
    public List<string> Verdicts { get; set; } = ["breached", "missing"];
    /// <summary>Obligation kinds considered (empty = all kinds).</summary>
    public List<string> Kinds { get; set; } = [];
    /// <summary>Same kind failed in the previous period and again now → 约谈.</summary>
    public bool RepeatSameKind { get; set; } = true;
    /// <summary>On the 通报批评 list last period and failing again now (any considered kind) → 约谈.</summary>
    public bool AfterCriticism { get; set; } = true;
    /// <summary>Set from the office's policy (basis in Clause, no quote). Not settable from YAML.</summary>
    public bool FromPolicy { get; set; }
}

/// <summary>表彰: no disqualifying finding, at least MinMetFindings met, score ≥ ScoringScheme.CommendationBar. Default: disabled, no clause.</summary>
public sealed class CommendationCriteria
{
    public bool Enabled { get; set; }
    public string Clause { get; set; } = "";
    public string Quote { get; set; } = "";
    /// <summary>Any finding with one of these verdicts disqualifies.</summary>
    public List<string> DisqualifyingVerdicts { get; set; } = ["breached", "missing"];
    /// <summary>At least this many met findings (a unit with no handled case has shown nothing to commend). Default 1.</summary>
    public int MinMetFindings { get; set; } = 1;
    /// <summary>Set from the office's policy (basis in Clause, no quote). Not settable from YAML.</summary>
    public bool FromPolicy { get; set; }
}

/// <summary>追责 referral: a finding matching one of Triggers. Default: disabled, no trigger, no clause.</summary>
public sealed class AccountabilityCriteria
{
    public bool Enabled { get; set; }
    public string Clause { get; set; } = "";
    public string Quote { get; set; } = "";

    public List<FindingTrigger> Triggers { get; set; } = [];
}

/// <summary>
/// 待核查 (internal review): findings the document sanctions only on conditions a ledger cannot show (002 四、3: 追究相关人员
/// 责任 when 导致隐患问题久拖不决或造成严重后果). Never in a public document or a file a unit receives: the office checks the
/// facts and the persons concerned first. Note says what is to be established; a trigger's own Note overrides it.
/// </summary>
public sealed class ReviewCriteria
{
    public bool Enabled { get; set; }
    public string Clause { get; set; } = "";
    public string Quote { get; set; } = "";
    public string Note { get; set; } = "";

    public List<FindingTrigger> Triggers { get; set; } = [];
}

/// <summary>
/// A public list an audit decides (it may come out empty). <paramref name="PolicyBasis"/> names the office's own
/// policy (本单位考核办法) when that alone switches the list on; null when the governing document prescribes it.
/// </summary>
public sealed record PublicList(SanctionKind Kind, string? PolicyBasis);

public static class PublicLists
{
    /// <summary>
    /// The public lists switched on, in document order (通报批评, 约谈, 表彰, 追责). A list that is off is not an empty
    /// list: no document may say that it was decided.
    /// </summary>
    public static System.Collections.Immutable.ImmutableArray<PublicList> Of(SanctionCriteria c)
    {
        var lists = System.Collections.Immutable.ImmutableArray.CreateBuilder<PublicList>();
        if (c.Criticism.Enabled)
        {
            bool byDocument = c.Criticism.Triggers.Count > 0 || (c.Criticism.Grades.Count > 0 && !c.Criticism.GradesFromPolicy);
            lists.Add(new PublicList(SanctionKind.Criticism, byDocument ? null : c.Criticism.GradeClause));
        }
        if (c.Interview.Enabled) lists.Add(new PublicList(SanctionKind.Interview, c.Interview.FromPolicy ? c.Interview.Clause : null));
        if (c.Commendation.Enabled) lists.Add(new PublicList(SanctionKind.Commendation, c.Commendation.FromPolicy ? c.Commendation.Clause : null));
        if (c.Accountability.Enabled) lists.Add(new PublicList(SanctionKind.Accountability, null));
        return lists.ToImmutable();
    }
}
