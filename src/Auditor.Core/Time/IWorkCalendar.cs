using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Statutory holidays and make-up working days (调休上班) per year, from rules/calendars/; a year without a notice on
/// file is provisional (computed from the statute, see <see cref="StatutoryHolidays"/>). Asking about a year that
/// cannot be computed throws <see cref="CalendarMissingException"/> naming the year.
/// </summary>
public interface IWorkCalendar
{
    DayKind KindOf(LocalDate date);

    /// <summary>Workday or AdjustedWorkday.</summary>
    bool IsWorkingDay(LocalDate date) => KindOf(date) is DayKind.Workday or DayKind.AdjustedWorkday;

    /// <summary>Name of the holiday (e.g. 国庆节) for a Holiday date, else null.</summary>
    string? HolidayName(LocalDate date);

    /// <summary>For an AdjustedWorkday, the holiday it makes up for (e.g. 国庆节), else null.</summary>
    string? AdjustedWorkdayFor(LocalDate date) => null;

    /// <summary>True when the date's kind is provisional: no State Council notice on file gives it.</summary>
    bool IsProvisional(LocalDate date) => false;

    IReadOnlyCollection<int> Years { get; }
}

/// <summary>
/// A computation needed a year that has no calendar file and that the statute cannot be applied to (outside
/// 2008–2100): an error naming the year, never a guess (exit 4).
/// </summary>
public sealed class CalendarMissingException(int year)
    : AuditorException(ExitCodes.RulePack, $"没有 {year} 年的工作日历（rules/calendars/{year}.yaml），该年也不在可按《全国年节及纪念日放假办法》推定的范围（{StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear} 年）内：无法计算跨越该年的期限，请补充国务院办公厅当年的放假安排通知。")
{
    public int Year { get; } = year;
}
