using System.Globalization;
using System.Text;

namespace Auditor.Reports.Xlsx;

/// <summary>
/// A local date and time as Excel's serial number (days since 1899-12-30, the time as a fraction of a day) with at
/// most ten decimals — the text "0.##########" gives, computed exactly in integers instead of through a double:
/// 1e-10 day is under 9 µs, so a cell reads back as the same second (and minute).
/// </summary>
internal static class ExcelSerialDate
{
    private static readonly DateTime Epoch = new(1899, 12, 30);
    /// <summary>Longest text: 7 digits of days (year 9999), the point and 10 decimals.</summary>
    public const int MaxLength = 18;

    /// <summary>Writes the serial of <paramref name="local"/> into <paramref name="destination"/>; returns the byte count.</summary>
    public static int Format(DateTime local, Span<byte> destination)
    {
        long ticks = local.Ticks - Epoch.Ticks;
        if (ticks < 0) // before 1900: never in an audit; the double form is good enough there
        {
            (ticks / (double)TimeSpan.TicksPerDay).TryFormat(destination, out int n, "0.##########", CultureInfo.InvariantCulture);
            return n;
        }
        long days = ticks / TimeSpan.TicksPerDay;
        long rest = ticks % TimeSpan.TicksPerDay;
        // rest / TicksPerDay in units of 1e-10, rounded half up: TicksPerDay = 864e9, so that is rest × 10 / 864.
        long fraction = (rest * 10 + 432) / 864;
        if (fraction == 10_000_000_000) { days++; fraction = 0; }
        days.TryFormat(destination, out int length, default, CultureInfo.InvariantCulture);
        if (fraction == 0) return length;
        int decimals = 10;
        while (fraction % 10 == 0) { fraction /= 10; decimals--; }
        destination[length++] = (byte)'.';
        for (int i = length + decimals - 1; i >= length; i--, fraction /= 10) destination[i] = (byte)('0' + fraction % 10);
        return length + decimals;
    }

    public static string Format(DateTime local)
    {
        Span<byte> bytes = stackalloc byte[MaxLength + 8];
        return Encoding.ASCII.GetString(bytes[..Format(local, bytes)]);
    }
}
