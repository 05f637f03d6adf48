using System.Collections.Immutable;

namespace Auditor.Core.Domain;

/// <summary>
/// One public-opinion case (舆情) with its attributes as recorded (raw words; a rule pack's classes map them
/// to canonical attributes) and its events ordered by time. DESIGN.md, "Canonical input".
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

    public CaseEvent? First(EventKind kind)
    {
        foreach (var e in Events) if (e.Kind == kind) return e;
        return null;
    }

    public IEnumerable<CaseEvent> All(EventKind kind) => Events.Where(e => e.Kind == kind);

    public RecordedTime? DiscoveredAt => First(EventKind.Discovered)?.Time;
}
