using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Statutory holidays and make-up working days (调休上班) per year, from rules/calendars/.
/// Asking about a year with no calendar throws <see cref="CalendarMissingException"/> naming the year.
/// </summary>
public interface IWorkCalendar
{
    DayKind KindOf(LocalDate date);

    /// <summary>Workday or AdjustedWorkday.</summary>
    bool IsWorkingDay(LocalDate date) => KindOf(date) is DayKind.Workday or DayKind.AdjustedWorkday;

    /// <summary>Name of the holiday (e.g. 国庆节) for a Holiday date, else null.</summary>
    string? HolidayName(LocalDate date);

    IReadOnlyCollection<int> Years { get; }
}

public sealed class CalendarMissingException(int year)
    : Exception($"没有 {year} 年的工作日历（rules/calendars/{year}.yaml）：无法计算跨越该年的期限，请补充国务院办公厅当年的放假安排通知。")
{
    public int Year { get; } = year;
}
