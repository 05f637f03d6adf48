using System.Globalization;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>How times and deadlines are shown: ISO local for machines, Chinese for people.</summary>
public static class TimeText
{
    /// <summary>Local ISO "2026-10-09T00:00:00" (24:00 of a day is 00:00 of the next).</summary>
    public static string Iso(Instant instant, DateTimeZone zone) => Iso(instant.InZone(zone).LocalDateTime);

    /// <summary>Local ISO "yyyy-MM-ddTHH:mm:ss" of a local date-time.</summary>
    public static string Iso(LocalDateTime local) =>
        local.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Chinese "7月11日3:00"; for an end-of-day deadline "10月8日24时".</summary>
    public static string Chinese(Instant instant, DateTimeZone zone, bool endOfDay = false) =>
        Chinese(instant, zone, endOfDay, withYear: false);

    /// <summary>As <see cref="Chinese(Instant, DateTimeZone, bool)"/>, with the year when asked: "2026年10月8日24时".</summary>
    public static string Chinese(Instant instant, DateTimeZone zone, bool endOfDay, bool withYear) =>
        Chinese(instant.InZone(zone).LocalDateTime, endOfDay, withYear);

    /// <summary>
    /// Chinese form of a local date-time. With <paramref name="endOfDay"/> and a midnight value, the previous day's
    /// 24时 is shown ("10月9日0:00" → "10月8日24时"). Seconds are shown only when not zero.
    /// </summary>
    public static string Chinese(LocalDateTime local, bool endOfDay = false, bool withYear = false)
    {
        if (endOfDay && local.TimeOfDay == LocalTime.Midnight)
            return $"{ChineseDate(local.Date.PlusDays(-1), withYear)}24时";
        var time = local.Second == 0 && local.NanosecondOfSecond == 0
            ? $"{local.Hour}:{local.Minute:00}"
            : $"{local.Hour}:{local.Minute:00}:{local.Second:00}";
        return ChineseDate(local.Date, withYear) + time;
    }

    /// <summary>A deadline in Chinese ("10月8日24时" for end-of-day deadlines).</summary>
    public static string Chinese(Deadline deadline, bool withYear = false) => Chinese(deadline.LocalAt, deadline.EndOfDay, withYear);

    /// <summary>"10月8日", or "2026年10月8日" with the year.</summary>
    public static string ChineseDate(LocalDate date, bool withYear = false) =>
        withYear ? $"{date.Year}年{date.Month}月{date.Day}日" : $"{date.Month}月{date.Day}日";

    /// <summary>"星期四".</summary>
    public static string ChineseWeekday(LocalDate date) => WorkCalendarLoader.ChineseWeekday(date.DayOfWeek);

    /// <summary>A window in Chinese: "3日（民法典第二百零一条至第二百零三条）", "3个工作日", "5小时", "当天（24时前）", "当日17:00前".</summary>
    public static string Describe(Window window) => window.Kind switch
    {
        WindowKind.Hours => $"{window.Amount}小时",
        WindowKind.SameDay => "当天（开始当日24时前）",
        WindowKind.Days => $"{window.Amount}日（按民法典第二百零一条至第二百零三条计算）",
        WindowKind.WorkingDays => $"{window.Amount}个工作日",
        WindowKind.ByTimeOfDay => $"开始当日{window.TimeOfDay.Hour}:{window.TimeOfDay.Minute:00}前",
        _ => window.ToString(),
    };
}
