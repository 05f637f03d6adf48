using System.Globalization;
using NodaTime;

namespace Auditor.Reports.Machine;

/// <summary>Local ISO times for machine output ("2026-10-09T00:00:00"; 24:00 of a day is 00:00 of the next).</summary>
public static class MachineTime
{
    /// <summary>
    /// Formatted by hand: this runs three times per finding per file (millions of times on a province's year), where
    /// a NodaTime pattern costs several times more. Years outside 0001–9999 cannot occur (the readers refuse them).
    /// </summary>
    public static string Iso(Instant? instant, DateTimeZone zone)
    {
        if (instant is null) return "";
        var t = instant.Value.InZone(zone).LocalDateTime;
        return string.Create(19, t, static (span, t) =>
        {
            Digits(span[..4], t.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), t.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), t.Day);
            span[10] = 'T';
            Digits(span.Slice(11, 2), t.Hour);
            span[13] = ':';
            Digits(span.Slice(14, 2), t.Minute);
            span[16] = ':';
            Digits(span.Slice(17, 2), t.Second);
        });
    }

    private static void Digits(Span<char> span, int value)
    {
        for (int i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    public static string Number(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
