namespace Auditor.Core.Domain;

/// <summary>One event of a case's timeline: what happened, when, by whom, on which channel.</summary>
public sealed record CaseEvent(
    EventKind Kind,
    RecordedTime Time,
    string? Actor,
    string? Channel,
    string? Detail,
    SourceRef Source);
