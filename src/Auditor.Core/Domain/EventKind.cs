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
    private static readonly EnumTable<EventKind> Table = EnumTable<EventKind>.Load();

    public static IReadOnlyList<EventKind> All => Table.Values;

    public static string Id(this EventKind kind) => Table.Id(kind);

    public static string Chinese(this EventKind kind) => Table.Label(kind);

    /// <summary>"discovered、reported、…": every id, for messages.</summary>
    public static string IdList => Table.IdList;

    /// <summary>An id (any letter case) or a Chinese label.</summary>
    public static bool TryParse(string text, out EventKind kind) => Table.TryParse(text, out kind, StringComparison.OrdinalIgnoreCase);
}
