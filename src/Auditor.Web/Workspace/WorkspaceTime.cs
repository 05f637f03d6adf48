using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Web.Workspace;

/// <summary>
/// Times as the workspace shows and takes them: local times in the ledgers' zone. 截止时点 follows the command line's
/// --as-of rule: a date with a time of day; a date alone is refused, because a cut-off at the start or the end of
/// that day gives different verdicts for everything due that day; blank means now.
/// </summary>
public static class WorkspaceTime
{
    public static string Format(Instant t, DateTimeZone zone, bool seconds = false) =>
        t.InZone(zone).LocalDateTime.ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static Instant AsOf(string? text, DateTimeZone zone, IClock clock)
    {
        if (string.IsNullOrWhiteSpace(text)) return clock.GetCurrentInstant();
        var r = TimeTextParser.Parse(text);
        if (!r.TryGetValue(out var v)) throw WorkspaceException.BadInput($"截止时点“{text}”无法识别：{r.Reason}。");
        return v.Shape switch
        {
            TimeTextShape.DateTime => v.DateTime.InZoneLeniently(zone).ToInstant(),
            TimeTextShape.DateOnly => throw WorkspaceException.BadInput(
                $"截止时点“{text}”只有日期没有时刻：请写明时刻，如“{v} 00:00”（当日开始）或“{v} 24:00”（当日结束）。"),
            _ => throw WorkspaceException.BadInput($"截止时点“{text}”不是完整的日期和时刻：应如“2026-10-15 00:00”。"),
        };
    }

    /// <summary>The time left from now until a deadline, in days and hours, as a unit reads it ("还剩 2 天 5 小时").</summary>
    public static string Left(LocalDateTime deadline, Instant now, DateTimeZone zone)
    {
        var left = deadline.InZoneLeniently(zone).ToInstant() - now;
        if (left <= Duration.Zero) return "已过截止时间";
        long hours = (long)Math.Floor(left.TotalHours);
        return hours >= 24 ? $"还剩 {hours / 24} 天 {hours % 24} 小时" : hours >= 1 ? $"还剩 {hours} 小时" : $"还剩 {(long)Math.Ceiling(left.TotalMinutes)} 分钟";
    }

    public static AuditPeriod Period(string? text) =>
        AuditPeriod.TryParse(text?.Trim(), out var p) ? p!
            : throw WorkspaceException.BadInput($"考核期“{text}”无效：应为 2026Q3、2026-07 或 2026。");
}
