namespace Auditor.Core.Time;

/// <summary>What a date is in the working-day calendar. Ids: workday, weekend, holiday, adjusted-workday.</summary>
public enum DayKind { Workday, Weekend, Holiday, AdjustedWorkday }

/// <summary>The stable ids (calendar CSV, JSON) and Chinese names of <see cref="DayKind"/>.</summary>
public static class DayKinds
{
    private static readonly EnumTable<DayKind> Table = new(
        (DayKind.Workday, "workday", "工作日"),
        (DayKind.Weekend, "weekend", "周末"),
        (DayKind.Holiday, "holiday", "节假日"),
        (DayKind.AdjustedWorkday, "adjusted-workday", "调休上班日"));

    public static string Id(this DayKind kind) => Table.Id(kind);

    public static string Chinese(this DayKind kind) => Table.Label(kind);
}
