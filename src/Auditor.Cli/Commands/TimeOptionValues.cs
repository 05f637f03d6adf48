using Auditor.Core;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>Checks option values shared by the time commands; a bad value is a <see cref="UsageException"/> with a Chinese message.</summary>
internal static class TimeOptionValues
{
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

    public static LocalDateTime LocalTime(string option, string text)
    {
        if (!LocalTimeText.TryParse(text, out var value, out var hasTime))
            throw new UsageException($"{option} 的值“{text}”无法识别为日期时间：应为 \"2026-09-29 09:00\"、\"2026/9/29 9:00\" 或 \"2026年9月29日9时\" 这样的本地时间。");
        if (!hasTime)
            throw new UsageException($"{option} 的值“{text}”只有日期没有时刻：请写明时刻，如 \"{value:uuuu-MM-dd} 09:00\"（不把日期默认为零点）。");
        return value;
    }

    public static LocalDate Date(string option, string text)
    {
        if (!LocalTimeText.TryParse(text, out var value, out var hasTime) || hasTime)
            throw new UsageException($"{option} 的值“{text}”无法识别为日期：应为 2026-01-01 这样的日期。");
        return value.Date;
    }
}
