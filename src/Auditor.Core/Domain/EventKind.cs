namespace Auditor.Core.Domain;

/// <summary>The events of a case's timeline (docs/input.md).</summary>
public enum EventKind
{
    Discovered,
    Reported,
    Verified,
    Assessed,
    Assigned,
    RiskAssessed,
    Released,
    PressConference,
    Responded,
    ReplyDrafted,
    Clarified,
    ReferredToPolice,
    Feedback,
    WrittenFeedback,
    Urged,
    Closed,
    Archived,
    Reviewed,
    Leaked,
    SpotChecked,
    DailyReport,
    /// <summary>The policy an opinion is about was issued (出台): the anchor of a risk assessment (000 （六）).</summary>
    PolicyIssued,
}

/// <summary>Stable text ids of event kinds (used in rule packs, event logs and JSON) and their Chinese names.</summary>
public static class EventKinds
{
    private static readonly EnumTable<EventKind> Table = new(
        (EventKind.Discovered, "discovered", "发现"),
        (EventKind.Reported, "reported", "上报"),
        (EventKind.Verified, "verified", "核实"),
        (EventKind.Assessed, "assessed", "研判"),
        (EventKind.Assigned, "assigned", "交办"),
        (EventKind.RiskAssessed, "risk_assessed", "风险评估"),
        (EventKind.Released, "released", "发布权威信息"),
        (EventKind.PressConference, "press_conference", "新闻发布会"),
        (EventKind.Responded, "responded", "回应"),
        (EventKind.ReplyDrafted, "reply_drafted", "回复意见"),
        (EventKind.Clarified, "clarified", "澄清"),
        (EventKind.ReferredToPolice, "referred_to_police", "移交公安"),
        (EventKind.Feedback, "feedback", "反馈"),
        (EventKind.WrittenFeedback, "written_feedback", "书面反馈"),
        (EventKind.Urged, "urged", "催办"),
        (EventKind.Closed, "closed", "办结"),
        (EventKind.Archived, "archived", "归档"),
        (EventKind.Reviewed, "reviewed", "总结评估"),
        (EventKind.Leaked, "leaked", "外传"),
        (EventKind.SpotChecked, "spot_checked", "抽查复核"),
        (EventKind.DailyReport, "daily_report", "日报"),
        (EventKind.PolicyIssued, "policy_issued", "政策出台"));

    public static IReadOnlyList<EventKind> All => Table.Values;

    public static string Id(this EventKind kind) => Table.Id(kind);

    public static string Chinese(this EventKind kind) => Table.Label(kind);

    /// <summary>"discovered、reported、…": every id, for messages.</summary>
    public static string IdList => Table.IdList;

    /// <summary>An id (any letter case) or a Chinese label.</summary>
    public static bool TryParse(string text, out EventKind kind) => Table.TryParse(text, out kind, StringComparison.OrdinalIgnoreCase);
}
