using Auditor.Core;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>
/// Reads the option values the commands share; a bad value is a <see cref="UsageException"/> with a Chinese message.
/// Time text is read by <see cref="TimeTextParser"/>; what each time option accepts is decided here, once, so that an
/// option means the same on every command that has it:
/// <list type="bullet">
/// <item><c>--as-of</c> (audit, selfcheck, inspect): a date with a time of day. A date alone is refused — the cut-off
/// at the start or at the end of that day gives different verdicts for everything due that day.</item>
/// <item><c>--start</c> (deadline): a date with a time of day; a date alone is refused (hour windows need the hour).</item>
/// <item><c>--due</c> (deadline): a date with a time of day, or a date alone meaning 24:00 of that day — how the
/// engine reads a 办理时限 cell that has no time.</item>
/// <item><c>--from</c>, <c>--to</c> (calendar): a date alone.</item>
/// </list>
/// No option takes a time of day without a date or a date without a year, and a bare number is never an Excel serial.
/// </summary>
internal static class TimeOptionValues
{
    /// <summary>The one description of --as-of, for every command that has it.</summary>
    public const string AsOfDescription = "截止时点（本地时间，须写明时刻，如 \"2026-10-15 00:00\"）：未到期的判为未到期，晚于它的时间记为数据问题；缺省为当前时间";

    public static string Format(string? value, params string[] allowed)
    {
        var v = (value ?? allowed[0]).Trim().ToLowerInvariant();
        return allowed.Contains(v) ? v : throw new UsageException($"--format 的值“{value}”无效：应为 {string.Join(" 或 ", allowed)}。");
    }

    public static DateTimeZone Zone(string? id)
    {
        try { return AuditorZones.Resolve(id); }
        catch (ArgumentException) { throw new UsageException($"--zone 的值“{id}”不是已知时区：应为 IANA 时区名，如 Asia/Shanghai。"); }
    }

    /// <summary>--as-of: a date and a time of day in <paramref name="zone"/>; absent, the current time.</summary>
    public static Instant AsOf(string? text, DateTimeZone zone)
    {
        if (text is null) return SystemClock.Instance.GetCurrentInstant();
        var v = Read("--as-of", text);
        if (v.Shape == TimeTextShape.DateOnly)
            throw new UsageException($"--as-of 的值“{text}”只有日期没有时刻：截止时点须写明时刻，" +
                $"如 \"{v} 00:00\"（当日开始）或 \"{v} 24:00\"（当日结束）。");
        return DateTime("--as-of", text, v).InZoneLeniently(zone).ToInstant();
    }

    /// <summary>--start: a date and a time of day.</summary>
    public static LocalDateTime Start(string text)
    {
        var v = Read("--start", text);
        if (v.Shape == TimeTextShape.DateOnly)
            throw new UsageException($"--start 的值“{text}”只有日期没有时刻：请写明时刻，如 \"{v} 09:00\"（不把日期默认为零点）。");
        return DateTime("--start", text, v);
    }

    /// <summary>--due: a date and a time of day; a date alone is 24:00 of that day, as the engine reads a 办理时限 without time.</summary>
    public static Instant? Due(string? text, DateTimeZone zone)
    {
        if (text is null) return null;
        var v = Read("--due", text);
        var local = v.Shape == TimeTextShape.DateOnly ? v.Date.PlusDays(1).AtMidnight() : DateTime("--due", text, v);
        return local.InZoneLeniently(zone).ToInstant();
    }

    /// <summary>--from, --to: a date alone.</summary>
    public static LocalDate Date(string option, string text)
    {
        var v = Read(option, text);
        return v.Shape switch
        {
            TimeTextShape.DateOnly => v.Date,
            TimeTextShape.MonthDay when !v.HasTime => throw new UsageException($"{option} 的值“{text}”没有年份：请写上年份，如 \"2026年{v}\"。"),
            _ => throw new UsageException($"{option} 的值“{text}”不是单独的日期：应为 2026-01-01 这样的日期（不带时刻）。"),
        };
    }

    private static TimeTextValue Read(string option, string text)
    {
        var r = TimeTextParser.Parse(text);
        return r.TryGetValue(out var v) ? v : throw new UsageException($"{option} 的值“{text}”：{r.Reason}。");
    }

    /// <summary>A value that must be a complete date-time: a time of day alone or a month-day has no date or no year to offer.</summary>
    private static LocalDateTime DateTime(string option, string text, TimeTextValue v) => v.Shape switch
    {
        TimeTextShape.DateTime => v.DateTime,
        TimeTextShape.TimeOfDay => throw new UsageException($"{option} 的值“{text}”只有时刻没有日期：请写上年月日，如 \"2026-10-15 {v}\"。"),
        TimeTextShape.MonthDay => throw new UsageException($"{option} 的值“{text}”没有年份：请写上年份，如 \"2026年{v}\"。"),
        _ => throw new UsageException($"{option} 的值“{text}”只有日期没有时刻。"),
    };
}
