using System.Collections.Immutable;

namespace Auditor.Core.Domain;

/// <summary>
/// One public-opinion case (舆情) with its attributes as recorded (raw words; a rule pack's classes map them
/// to canonical attributes) and its events ordered by time (docs/input.md).
/// </summary>
public sealed record Case
{
    public required string CaseId { get; init; }
    public UnitRef? ReportingUnit { get; init; }
    public string? Title { get; init; }
    public string? Platform { get; init; }
    public string? Severity { get; init; }
    public string? Polarity { get; init; }
    public bool? Sudden { get; init; }
    public string? Scope { get; init; }
    public ImmutableArray<UnitRef> Involved { get; init; } = [];
    public UnitRef? Competent { get; init; }
    public UnitRef? Responsible { get; init; }
    public UnitRef? Responder { get; init; }
    public string? Truth { get; init; }
    /// <summary>Explicit deadline given with the assignment (办理时限); overrides the default window (002 三.2).</summary>
    public RecordedTime? Due { get; init; }
    /// <summary>Result of a spot check (复核结论): 属实 or 虚假.</summary>
    public string? SpotCheck { get; init; }
    /// <summary>是否归档 as a yes/no column, when the export has no 归档时间.</summary>
    public bool? ArchivedFlag { get; init; }
    /// <summary>Events ordered by time (stable for equal times).</summary>
    public ImmutableArray<CaseEvent> Events { get; init; } = [];
    /// <summary>Columns with no canonical meaning, kept by their header (e.g. internal fields 舆情简报内容).</summary>
    public ImmutableDictionary<string, string> Extra { get; init; } = ImmutableDictionary<string, string>.Empty;
    public required SourceRef Source { get; init; }

    /// <summary>
    /// Canonical field ids (<see cref="CaseFields"/>) and event ids (<see cref="EventKinds.Id"/>) that the case's source
    /// sheet has a column for. Null when not known (every field then counts as recorded). A field with no column is
    /// "not recorded": its absence proves nothing about the case, so rules needing it report insufficient-data
    /// without blaming the unit (an empty cell in an existing column is the unit's own gap).
    /// </summary>
    public IReadOnlySet<string>? RecordedColumns { get; init; }

    /// <summary>Field or event ids whose cell was filled but could not be read, with the text as written.</summary>
    public ImmutableDictionary<string, string> Unreadable { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>True unless the source sheet is known to have no column for this field or event id.</summary>
    public bool IsRecorded(string id) => RecordedColumns is null || RecordedColumns.Contains(id);

    public CaseEvent? First(EventKind kind)
    {
        foreach (var e in Events) if (e.Kind == kind) return e;
        return null;
    }

    public IEnumerable<CaseEvent> All(EventKind kind) => Events.Where(e => e.Kind == kind);

    public RecordedTime? DiscoveredAt => First(EventKind.Discovered)?.Time;
}
