using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Reports.History;

/// <summary>What identifies a recorded run: pack and period (the key), plus what produced it.</summary>
public sealed record HistoryRun(string PackId, string PackVersion, AuditPeriod Period, Instant AsOf, string ToolVersion, string ZoneId = Auditor.Core.AuditorZones.DefaultId);

/// <summary>A run as listed by the store. AsOf is an ISO instant; AsOfLocal the same in the run's zone ("2026-10-01 08:00").</summary>
public sealed record RecordedRun(
    string PackId, string PackVersion, string PeriodId, LocalDate PeriodStart, LocalDate PeriodEnd,
    string AsOf, string ToolVersion, long FindingCount, int UnitCount, string ZoneId, string AsOfLocal);

/// <summary>One unit's score in one recorded period.</summary>
public sealed record HistoryScore(string PackId, string PeriodId, LocalDate PeriodStart, string Unit, double Score, string Grade, int Rank)
{
    /// <summary>The unit's on-time rate in that period; null when nothing was judged.</summary>
    public double? OnTimeRate { get; init; }
}
