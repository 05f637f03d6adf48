namespace Auditor.Core.Scoring;

// Part of the ScoringScheme contract (YAML `scoring.sanctions`). POCOs with public setters; defaults are the
// clauses' own criteria and are documented on each property.

/// <summary>The four lists and when a unit goes on each.</summary>
public sealed class SanctionCriteria
{
    public CriticismCriteria Criticism { get; set; } = new();
    public InterviewCriteria Interview { get; set; } = new();
    public CommendationCriteria Commendation { get; set; } = new();
    public AccountabilityCriteria Accountability { get; set; } = new();
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
}

/// <summary>通报批评. Default: 002 四.3 (late or false feedback) and grade 不合格 (003 4.6 / 001 四.3 通报批评制度).</summary>
public sealed class CriticismCriteria
{
    public bool Enabled { get; set; } = true;
    public string Clause { get; set; } = "002 四.3";
    public string Quote { get; set; } = "对反馈不及时或进行虚假反馈的，给予责任单位通报批评";

    public List<FindingTrigger> Triggers { get; set; } =
    [
        new() { Label = "反馈不及时", Kinds = ["feedback", "written-feedback"], Verdicts = ["breached", "missing"] },
        new() { Label = "虚假反馈", Kinds = ["false-feedback"], Verdicts = ["breached"] },
        new() { Label = "按规则应予通报批评", SanctionClasses = ["criticism"], Verdicts = ["breached", "missing"] },
    ];

    /// <summary>Grades that put a unit on the list by themselves (default 不合格).</summary>
    public List<string> Grades { get; set; } = ["不合格"];
    public string GradeClause { get; set; } = "003 4.6";
    public string GradeQuote { get; set; } = "要建立政务舆情回应通报批评和约谈制度，定期对舆情回应工作情况进行通报";
}

/// <summary>
/// 约谈 (001 四.3, 003 4.6: 工作消极、不作为且整改不到位). Default: a failure (Verdicts) this period of an obligation
/// kind the unit also failed in the previous period, or a unit criticised (通报批评) last period that fails again.
/// </summary>
public sealed class InterviewCriteria
{
    public bool Enabled { get; set; } = true;
    public string Clause { get; set; } = "001 四.3；003 4.6";
    public string Quote { get; set; } = "对工作消极、不作为且整改不到位的单位和个人进行约谈";
    /// <summary>Verdicts that count as a failure in both periods.</summary>
    public List<string> Verdicts { get; set; } = ["breached", "missing"];
    /// <summary>Obligation kinds considered (empty = all kinds).</summary>
    public List<string> Kinds { get; set; } = [];
    /// <summary>Same kind failed in the previous period and again now → 约谈.</summary>
    public bool RepeatSameKind { get; set; } = true;
    /// <summary>On the 通报批评 list last period and failing again now (any considered kind) → 约谈.</summary>
    public bool AfterCriticism { get; set; } = true;
}

/// <summary>表彰 (001 四.3: 对工作落实好的单位和个人，按照有关规定进行表彰). The bar is ScoringScheme.CommendationBar.</summary>
public sealed class CommendationCriteria
{
    public bool Enabled { get; set; } = true;
    public string Clause { get; set; } = "001 四.3";
    public string Quote { get; set; } = "对工作落实好的单位和个人，按照有关规定进行表彰";
    /// <summary>Any finding with one of these verdicts disqualifies.</summary>
    public List<string> DisqualifyingVerdicts { get; set; } = ["breached", "missing"];
    /// <summary>At least this many met findings (a unit with no handled case has shown nothing to commend). Default 1.</summary>
    public int MinMetFindings { get; set; } = 1;
}

/// <summary>追责 referral. Default: 002 四.3 (泄密; 多次催报、督办后仍未落实) and false feedback.</summary>
public sealed class AccountabilityCriteria
{
    public bool Enabled { get; set; } = true;
    public string Clause { get; set; } = "002 四.3";
    public string Quote { get; set; } = "依照有关规定追究相关人员责任";

    public List<FindingTrigger> Triggers { get; set; } =
    [
        new()
        {
            Label = "泄密", Kinds = ["confidentiality"], Verdicts = ["breached", "missing"],
            Quote = "对网络舆情信息相关单位在处置工作中发生泄密、失职、渎职行为从而导致网络舆情事件扩大，造成严重后果的，将启动问责机制，严肃追究相关人员责任",
        },
        new()
        {
            Label = "虚假反馈", Kinds = ["false-feedback"], Verdicts = ["breached"],
            Quote = "对反馈不及时或进行虚假反馈的，给予责任单位通报批评",
        },
        new()
        {
            Label = "多次催办仍未落实", Kinds = ["urging"], Verdicts = ["breached", "missing"],
            Quote = "对多次催报、督办后仍未落实有效措施，导致隐患问题久拖不决或造成严重后果的，依照有关规定追究相关人员责任",
        },
        new() { Label = "按规则应予追责", SanctionClasses = ["accountability"], Verdicts = ["breached", "missing"] },
    ];
}
