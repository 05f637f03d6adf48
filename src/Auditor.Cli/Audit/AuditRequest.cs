using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Cli.Audit;

/// <summary>What `auditor audit` / `auditor selfcheck` were asked to do, with every value already checked.</summary>
public sealed record AuditRequest
{
    public required string RulesDir { get; init; }
    public required string Pack { get; init; }
    public required IReadOnlyList<string> Logs { get; init; }
    public required string UnitsFile { get; init; }
    public string? MapFile { get; init; }
    public required AuditPeriod Period { get; init; }
    public required Instant AsOf { get; init; }
    public required DateTimeZone Zone { get; init; }
    public string? OverridesFile { get; init; }
    public string? OfficeFile { get; init; }
    public string? HistoryPath { get; init; }
    /// <summary>Only this unit's findings and score (selfcheck); no sanctions, no history written.</summary>
    public string? SelfCheckUnit { get; init; }
    public long MaxFileBytes { get; init; } = 2L << 30;
    public long MaxSheetBytes { get; init; } = 200L << 20;
}
