using NodaTime;

namespace Auditor.Core.Time;

/// <summary>How times and deadlines are shown: ISO local for machines, Chinese for people.</summary>
public static class TimeText
{
    /// <summary>Local ISO "2026-10-09T00:00:00" (24:00 of a day is 00:00 of the next).</summary>
    public static string Iso(Instant instant, DateTimeZone zone) => throw new NotImplementedException("issue 3");

    /// <summary>Chinese "7月11日3:00"; for an end-of-day deadline "10月8日24时".</summary>
    public static string Chinese(Instant instant, DateTimeZone zone, bool endOfDay = false) => throw new NotImplementedException("issue 3");
}
