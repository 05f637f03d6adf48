namespace Auditor.Core.Domain;

/// <summary>A unit's daily monitoring report (日报), from an event log; belongs to no case (002 二.1).</summary>
public sealed record DailyReport(UnitRef Unit, RecordedTime Time, SourceRef Source);
