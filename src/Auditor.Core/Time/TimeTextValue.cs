using System.Globalization;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// What a time text said, in one of the <see cref="TimeTextShape"/>s, with nothing filled in: a date alone is not
/// midnight, a month-day has no year, a time of day has no date. Callers complete it by their own policy
/// (<see cref="WithYear"/>, <see cref="WithTimeOfDay"/>, <see cref="On"/>).
/// <para>24:00 and "晚上12点" (and its minutes, "晚上12:30") are the written day's end: <see cref="Time"/> is 00:00
/// (00:30) and <see cref="NextDay"/> is set, so <see cref="DateTime"/> falls on the following day.</para>
/// </summary>
public readonly record struct TimeTextValue
{
    // The written date and time when the year is known (a time of day alone keeps only the time part); month and
    // day alone for a month-day.
    private readonly LocalDateTime _local;
    private readonly byte _month, _day;
    private readonly bool _hasDate;
    // A weekday written after a month-day ("7月4日 星期六"), checked once the year is known; None otherwise.
    private readonly IsoDayOfWeek _weekday;
    private readonly string? _weekdayText;

    internal TimeTextValue(TimeTextShape shape, int year, int month, int day, LocalTime time, bool hasTime, bool nextDay,
        IsoDayOfWeek weekday = IsoDayOfWeek.None, string? weekdayText = null)
        : this(shape, shape is TimeTextShape.DateTime or TimeTextShape.DateOnly ? new LocalDate(year, month, day).At(time) : default(LocalDate).At(time),
            month, day, hasTime, nextDay)
    {
        if (shape == TimeTextShape.MonthDay && weekday != IsoDayOfWeek.None)
        {
            _weekday = weekday;
            _weekdayText = weekdayText;
        }
    }

    /// <summary>A value from a local date-time already checked (the parser's fast path).</summary>
    internal TimeTextValue(LocalDateTime local) : this(TimeTextShape.DateTime, local, 0, 0, hasTime: true, nextDay: false)
    {
    }

    private TimeTextValue(TimeTextShape shape, LocalDateTime local, int month, int day, bool hasTime, bool nextDay)
    {
        Shape = shape;
        _local = local;
        _hasDate = shape is TimeTextShape.DateTime or TimeTextShape.DateOnly;
        if (!_hasDate)
        {
            _month = (byte)month;
            _day = (byte)day;
        }
        HasTime = hasTime;
        NextDay = nextDay;
    }

    public TimeTextShape Shape { get; }

    /// <summary>True for <see cref="TimeTextShape.DateTime"/>, <see cref="TimeTextShape.TimeOfDay"/> and a month-day written with a time.</summary>
    public bool HasTime { get; }

    /// <summary>The time is past the end of the written day: 24:00 → 00:00 of the next day, 晚上12:30 → 00:30 of the next day.</summary>
    public bool NextDay { get; }

    /// <summary>The year; null for a time of day and a month-day.</summary>
    public int? Year => _hasDate ? _local.Year : null;

    /// <summary>The month (1–12); 0 for a time of day.</summary>
    public int Month => _hasDate ? _local.Month : _month;

    /// <summary>The day of the month; 0 for a time of day.</summary>
    public int Day => _hasDate ? _local.Day : _day;

    /// <summary>The time of day as written (00:00 for 24:00, see <see cref="NextDay"/>). Throws when no time was written.</summary>
    public LocalTime Time => HasTime ? _local.TimeOfDay : throw Misuse("没有时刻");

    /// <summary>The written date of a <see cref="TimeTextShape.DateTime"/> or <see cref="TimeTextShape.DateOnly"/> value (for 24:00, the day it ends).</summary>
    public LocalDate Date => _hasDate ? _local.Date : throw Misuse("没有年份或日期");

    /// <summary>The local date-time of a <see cref="TimeTextShape.DateTime"/> value, <see cref="NextDay"/> applied ("2026-07-03 24:00" → 2026-07-04T00:00).</summary>
    public LocalDateTime DateTime => Shape != TimeTextShape.DateTime ? throw Misuse("不是完整的日期时间")
        : NextDay ? _local.PlusDays(1) : _local;

    /// <summary>A date with a time of day (a spreadsheet date-time cell).</summary>
    public static TimeTextValue FromDateTime(LocalDateTime value) =>
        new(TimeTextShape.DateTime, value.Year, value.Month, value.Day, value.TimeOfDay, hasTime: true, nextDay: false);

    /// <summary>A date alone (a spreadsheet date cell).</summary>
    public static TimeTextValue FromDate(LocalDate value) =>
        new(TimeTextShape.DateOnly, value.Year, value.Month, value.Day, LocalTime.Midnight, hasTime: false, nextDay: false);

    /// <summary>A time of day alone (a spreadsheet time cell); <paramref name="nextDay"/> for 24:00.</summary>
    public static TimeTextValue FromTimeOfDay(LocalTime value, bool nextDay = false) =>
        new(TimeTextShape.TimeOfDay, 0, 0, 0, value, hasTime: true, nextDay);

    /// <summary>
    /// Completes a <see cref="TimeTextShape.MonthDay"/> with <paramref name="year"/>: a <see cref="TimeTextShape.DateTime"/>
    /// or <see cref="TimeTextShape.DateOnly"/> value, or the reason it cannot be ("2月29日" in 2027, "7月4日 星期五" in
    /// 2026 when 7-4 is a Saturday). A value that has a
    /// year, or has no date at all, is returned as it is.
    /// </summary>
    public TimeTextResult WithYear(int year)
    {
        if (Shape != TimeTextShape.MonthDay) return TimeTextResult.ForValue(this);
        if (year is < TimeTextParser.MinYear or > TimeTextParser.MaxYear)
            return TimeTextResult.ForProblem(TimeTextProblem.YearOutOfRange, year);
        if (_day > CalendarSystem.Iso.GetDaysInMonth(year, _month))
            return TimeTextResult.ForProblem(TimeTextProblem.DayOutOfRange, year, _month, _day);
        if (_weekday != IsoDayOfWeek.None && new LocalDate(year, _month, _day).DayOfWeek != _weekday)
            return TimeTextResult.ForProblem(TimeTextProblem.WeekdayMismatch, year, _month, _day, _weekdayText);
        return TimeTextResult.ForValue(new TimeTextValue(HasTime ? TimeTextShape.DateTime : TimeTextShape.DateOnly,
            year, _month, _day, _local.TimeOfDay, HasTime, NextDay));
    }

    /// <summary>
    /// Puts a time of day (<paramref name="timeOfDay"/>, shape <see cref="TimeTextShape.TimeOfDay"/>) on this date
    /// (<see cref="TimeTextShape.DateOnly"/>, or a <see cref="TimeTextShape.MonthDay"/> without time): separate date and
    /// time columns read as one time. Anything else is <see cref="TimeTextProblem.CannotCombine"/>.
    /// </summary>
    public TimeTextResult WithTimeOfDay(TimeTextValue timeOfDay)
    {
        if (timeOfDay.Shape != TimeTextShape.TimeOfDay)
            return TimeTextResult.ForProblem(TimeTextProblem.CannotCombine, word: $"“{timeOfDay}”不是单独的时刻");
        if (Shape is not (TimeTextShape.DateOnly or TimeTextShape.MonthDay) || HasTime)
            return TimeTextResult.ForProblem(TimeTextProblem.CannotCombine, word: $"“{this}”不是单独的日期");
        var shape = Shape == TimeTextShape.DateOnly ? TimeTextShape.DateTime : TimeTextShape.MonthDay;
        return TimeTextResult.ForValue(new TimeTextValue(shape, Year ?? 0, Month, Day, timeOfDay._local.TimeOfDay, hasTime: true, timeOfDay.NextDay,
            _weekday, _weekdayText));
    }

    /// <summary>A <see cref="TimeTextShape.TimeOfDay"/> on <paramref name="date"/> (24:00 → 00:00 of the next day).</summary>
    public LocalDateTime On(LocalDate date) => Shape == TimeTextShape.TimeOfDay
        ? date.PlusDays(NextDay ? 1 : 0).At(_local.TimeOfDay)
        : throw Misuse("不是单独的时刻");

    // Kept out of the getters so that they stay small enough to inline (ingest reads millions of values).
    private InvalidOperationException Misuse(string what) => new($"“{this}”{what}");

    /// <summary>For messages: "2026-07-03 14:20", "2026-07-03", "20:23", "24:00", "7月5日 14:23".</summary>
    public override string ToString() => Shape switch
    {
        TimeTextShape.DateTime => $"{DateText()} {TimeOfDayText()}",
        TimeTextShape.DateOnly => DateText(),
        TimeTextShape.TimeOfDay => TimeOfDayText(),
        _ => HasTime ? $"{_month}月{_day}日 {TimeOfDayText()}" : $"{_month}月{_day}日",
    };

    private string DateText() => _local.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private string TimeOfDayText()
    {
        var time = _local.TimeOfDay;
        if (NextDay && time == LocalTime.Midnight) return "24:00";
        var hm = time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
        return NextDay ? "次日" + hm : hm;
    }
}
