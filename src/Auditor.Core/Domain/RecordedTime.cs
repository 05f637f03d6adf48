using NodaTime;

namespace Auditor.Core.Domain;

/// <summary>
/// A time as recorded in an export. <see cref="DateOnly"/> marks a value that carried a date but no time
/// of day: it is not silently midnight, and a rule that needs hours reports insufficient-data for it
/// (docs/input.md, 时间).
/// </summary>
public sealed record RecordedTime(LocalDateTime Local, Instant Instant, bool DateOnly)
{
    public LocalDate Date => Local.Date;

    public static RecordedTime Precise(LocalDateTime local, DateTimeZone zone) =>
        new(local, local.InZoneLeniently(zone).ToInstant(), false);

    /// <summary>A date with no time: <see cref="Instant"/> is the start of that day, for ordering only.</summary>
    public static RecordedTime DateOnlyOf(LocalDate date, DateTimeZone zone) =>
        new(date.AtMidnight(), date.AtStartOfDayInZone(zone).ToInstant(), true);
}
