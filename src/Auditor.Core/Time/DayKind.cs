namespace Auditor.Core.Time;

/// <summary>What a date is in the working-day calendar. Ids: workday, weekend, holiday, adjusted-workday.</summary>
public enum DayKind { Workday, Weekend, Holiday, AdjustedWorkday }

/// <summary>The stable ids (calendar CSV, JSON) and Chinese names of <see cref="DayKind"/>.</summary>
public static class DayKinds
{
    public static string Id(DayKind kind) => kind switch
    {
        DayKind.Workday => "workday",
        DayKind.Weekend => "weekend",
        DayKind.Holiday => "holiday",
        DayKind.AdjustedWorkday => "adjusted-workday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Chinese(DayKind kind) => kind switch
    {
        DayKind.Workday => "工作日",
        DayKind.Weekend => "周末",
        DayKind.Holiday => "节假日",
        DayKind.AdjustedWorkday => "调休上班日",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
