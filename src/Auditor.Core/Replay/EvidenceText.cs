using Auditor.Core.Domain;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Replay;

/// <summary>Pieces of the one-sentence Chinese evidence of a finding (times through <see cref="TimeText"/>).</summary>
internal static class EvidenceText
{
    public static string Time(RecordedTime t, DateTimeZone zone) =>
        t.DateOnly ? $"{t.Date.Month}月{t.Date.Day}日（未记录时刻）" : TimeText.Chinese(t.Instant, zone);

    public static string Time(Instant t, DateTimeZone zone) => TimeText.Chinese(t, zone);

    public static string Deadline(Deadline d, DateTimeZone zone) => TimeText.Chinese(d.At, zone, d.EndOfDay);

    /// <summary>"30分钟", "2小时5分钟", "3天2小时".</summary>
    public static string Duration(long minutes)
    {
        if (minutes < 60) return $"{minutes}分钟";
        long days = minutes / 1440, hours = minutes % 1440 / 60, mins = minutes % 60;
        var s = days > 0 ? $"{days}天" : "";
        if (hours > 0) s += $"{hours}小时";
        if (mins > 0 && days == 0) s += $"{mins}分钟";
        return s;
    }

    /// <summary>Whole minutes from a to b, rounded down (the least overrun when a time is imprecise).</summary>
    public static long MinutesDown(Instant from, Instant to)
    {
        var ticks = (to - from).BclCompatibleTicks;
        return ticks <= 0 ? 0 : ticks / TimeSpan.TicksPerMinute;
    }

    /// <summary>Whole minutes from a to b, rounded up (one second late is one minute late).</summary>
    public static long MinutesUp(Instant from, Instant to)
    {
        var ticks = (to - from).BclCompatibleTicks;
        return ticks <= 0 ? 0 : (ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute;
    }
}
