namespace Auditor.Core.Time;

/// <summary>What a date is in the working-day calendar. Ids: workday, weekend, holiday, adjusted-workday.</summary>
public enum DayKind { Workday, Weekend, Holiday, AdjustedWorkday }

/// <summary>The stable ids (calendar CSV, JSON) and Chinese names of <see cref="DayKind"/>.</summary>
public static class DayKinds
{
    private static readonly EnumTable<DayKind> Table = EnumTable<DayKind>.Load();

    public static string Id(this DayKind kind) => Table.Id(kind);

    public static string Chinese(this DayKind kind) => Table.Label(kind);
}
