namespace Auditor.Core.Time;

/// <summary>What a date is in the working-day calendar. Ids: workday, weekend, holiday, adjusted-workday.</summary>
public enum DayKind { Workday, Weekend, Holiday, AdjustedWorkday }
