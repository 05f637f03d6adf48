using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Time;
using Auditor.Ingest.Tables;
using NodaTime;

namespace Auditor.Ingest.Times;

/// <summary>
/// Reads the time in a ledger cell. Text goes through <see cref="TimeTextParser"/> (every spelling it knows); what is
/// particular to spreadsheets stays here: date and date-time cells and numbers are Excel serials (rounded to the
/// second), and a text cell holding a plain number of up to 7 digits or a decimal ("46206", "46213.9166666667", as a
/// CSV export writes a date cell) is a serial too. A date with no time of day becomes <see cref="RecordedTime.DateOnly"/>.
/// A time of day alone or a date without a year is not a complete time and reads as null here.
/// </summary>
public static class TimeValueParser
{
    private static readonly LocalDateTime ExcelEpoch = new(1899, 12, 30, 0, 0);

    /// <summary>Parses text; null when it is not a recognisable time (blank text is also null).</summary>
    public static RecordedTime? Parse(string? text, DateTimeZone zone)
    {
        var r = TimeTextParser.Parse(text);
        if (r.TryGetValue(out var v)) return v.Shape switch
        {
            TimeTextShape.DateTime => RecordedTime.Precise(v.DateTime, zone),
            TimeTextShape.DateOnly => RecordedTime.DateOnlyOf(v.Date, zone),
            _ => null,
        };
        return r.Problem == TimeTextProblem.BareNumber ? SerialText(AsciiDigits(text!.Trim()), zone) : null;
    }

    /// <summary>Parses a cell: numbers are Excel serials (a date-formatted whole number is a date only).</summary>
    internal static RecordedTime? Parse(RawCell cell, DateTimeZone zone) => cell.Kind switch
    {
        RawCellKind.Empty => null,
        RawCellKind.Text => Parse(cell.Text, zone),
        RawCellKind.Date or RawCellKind.Number => FromSerial(cell.Number, zone, dateOnlyIfWhole: true),
        RawCellKind.DateTime => FromSerial(cell.Number, zone, dateOnlyIfWhole: false),
        _ => null,
    };

    /// <summary>An Excel serial date (1900 system) rounded to the nearest second: 46213.9166666667 → 2026-07-10 22:00:00.</summary>
    public static RecordedTime? FromSerial(double serial, DateTimeZone zone, bool dateOnlyIfWhole)
    {
        if (double.IsNaN(serial) || serial < 1 || serial > 2958465) return null;
        long seconds = (long)Math.Round(serial * 86400.0, MidpointRounding.AwayFromZero);
        var local = ExcelEpoch.PlusSeconds(seconds);
        if (dateOnlyIfWhole && seconds % 86400 == 0) return RecordedTime.DateOnlyOf(local.Date, zone);
        return RecordedTime.Precise(local, zone);
    }

    /// <summary>Full-width digits and point as ASCII (the parser has read them so already).</summary>
    private static string AsciiDigits(string s) =>
        s.Any(c => c is (>= '０' and <= '９') or '．')
            ? string.Concat(s.Select(c => c switch { >= '０' and <= '９' => (char)('0' + (c - '０')), '．' => '.', _ => c }))
            : s;

    /// <summary>
    /// A number written as text in a cell: a serial when it has a decimal point or at most 7 digits (serials of real
    /// dates have 5); longer whole numbers are ids, not times.
    /// </summary>
    private static RecordedTime? SerialText(string s, DateTimeZone zone)
    {
        if (!s.Contains('.') && s.Length > 7) return null;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? FromSerial(d, zone, true) : null;
    }
}
