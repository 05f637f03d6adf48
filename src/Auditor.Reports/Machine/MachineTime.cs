using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Reports.Machine;

/// <summary>Local ISO times for machine output ("2026-10-09T00:00:00"; 24:00 of a day is 00:00 of the next).</summary>
public static class MachineTime
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    public static string Iso(Instant? instant, DateTimeZone zone) =>
        instant is null ? "" : Pattern.Format(instant.Value.InZone(zone).LocalDateTime);

    public static string Number(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
