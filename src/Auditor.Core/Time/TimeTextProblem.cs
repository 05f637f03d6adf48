namespace Auditor.Core.Time;

/// <summary>Why a time text was not read (<see cref="TimeTextResult.Problem"/>); the Chinese wording is <see cref="TimeTextResult.Reason"/>.</summary>
public enum TimeTextProblem : byte
{
    /// <summary>Parsed: no problem.</summary>
    None,
    /// <summary>Nothing but white space.</summary>
    Blank,
    /// <summary>Not a spelling of a date or time at all ("已回应", "明天上午", "2026-07-03 14").</summary>
    Unrecognised,
    /// <summary>
    /// A bare number ("46000", "46206.5", "2026.07") that is not an 8-, 12- or 14-digit compact date. Text is never
    /// taken as an Excel serial; a spreadsheet cell that holds a number is the cell reader's business.
    /// </summary>
    BareNumber,
    /// <summary>A date with a two-digit year ("26-07-03").</summary>
    TwoDigitYear,
    /// <summary>A date with the year last ("7/4/2026", "4.7.2026"): month-first or day-first cannot be told.</summary>
    YearLast,
    /// <summary>A year outside <see cref="TimeTextParser.MinYear"/>–<see cref="TimeTextParser.MaxYear"/>.</summary>
    YearOutOfRange,
    /// <summary>Month 0 or above 12.</summary>
    MonthOutOfRange,
    /// <summary>Day 0 or past the end of the month (2026-02-29, 9月31日); also 2月29日 completed with a common year.</summary>
    DayOutOfRange,
    /// <summary>A weekday written with the date that is not that date's weekday ("2026年7月4日 星期五"; 7-4 is a Saturday).</summary>
    WeekdayMismatch,
    /// <summary>Hour above 23 (24 is allowed only as 24:00 exactly).</summary>
    HourOutOfRange,
    /// <summary>Minute above 59.</summary>
    MinuteOutOfRange,
    /// <summary>Second above 59.</summary>
    SecondOutOfRange,
    /// <summary>A part-of-day word that contradicts the hour ("上午15:00", "下午0:30", "中午5点").</summary>
    PeriodContradictsHour,
    /// <summary>A part-of-day word with an hour that has two readings ("上午12:30", "晚上1点"); never guessed.</summary>
    AmbiguousPeriodHour,
    /// <summary>A part-of-day word with no clock time ("8月15日上午").</summary>
    PeriodWithoutTime,
    /// <summary>Two part-of-day words ("下午2:22 PM").</summary>
    TwoPeriods,
    /// <summary>A numeric month-day with no year and no time ("07-05"): as likely a code or a ratio as a date.</summary>
    MonthDayWithoutTime,
    /// <summary><see cref="TimeTextValue.WithTimeOfDay"/> given values that do not make one date and one time of day.</summary>
    CannotCombine,
}
