using System.Globalization;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Gregorian dates of days of the Chinese lunisolar calendar (农历), from .NET's
/// <see cref="ChineseLunisolarCalendar"/> (tables for 1901-02-19 to 2101-01-28). A lunar year is named by the
/// Gregorian year in which its 正月初一 falls. Leap months (闰月) are skipped: 五月初五 is in the ordinary fifth month.
/// </summary>
public static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>First and last lunar years whose every day the tables cover.</summary>
    public const int FirstYear = 1901, LastYear = 2100;

    /// <summary>正月初一 of the lunar year beginning in <paramref name="year"/>.</summary>
    public static LocalDate NewYear(int year) => Of(year, 1, 1);

    /// <summary>除夕: the last day of the twelfth month before <see cref="NewYear"/> (the 29th or the 30th).</summary>
    public static LocalDate NewYearsEve(int year) => NewYear(year).PlusDays(-1);

    /// <summary>The <paramref name="day"/>th day of the ordinary (not leap) <paramref name="month"/>th month of lunar year <paramref name="year"/>.</summary>
    public static LocalDate Of(int year, int month, int day)
    {
        if (year < FirstYear || year > LastYear) throw new ArgumentOutOfRangeException(nameof(year), year, $"the lunisolar tables cover {FirstYear}–{LastYear}");
        if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "1–12");
        // .NET numbers the months of a leap year 1–13, the leap month right after the month it repeats: with a leap
        // fourth month, GetLeapMonth is 5, index 5 is 闰四月 and the ordinary fifth month is index 6.
        int leap = Calendar.GetLeapMonth(year);
        int index = leap > 0 && leap <= month ? month + 1 : month;
        if (day < 1 || day > Calendar.GetDaysInMonth(year, index)) throw new ArgumentOutOfRangeException(nameof(day), day, $"lunar {year}-{month} has {Calendar.GetDaysInMonth(year, index)} days");
        return LocalDate.FromDateTime(Calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
