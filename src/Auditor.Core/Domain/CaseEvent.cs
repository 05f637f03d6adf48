namespace Auditor.Core.Domain;

/// <summary>One event of a case's timeline: what happened, when, by whom, on which channel.</summary>
public sealed record CaseEvent(
    EventKind Kind,
    RecordedTime Time,
    string? Actor,
    string? Channel,
    string? Detail,
    SourceRef Source)
{
    /// <summary>
    /// To whom a report went (区委办公室, 市委办公厅, 上级机关 …) as the export records it: a recipient column, a ledger
    /// column naming the recipient (报区委办公室时间) or an event-log step that names it (上报市委办公厅). Null when the
    /// export does not say.
    /// </summary>
    public string? Recipient { get; init; }
}
