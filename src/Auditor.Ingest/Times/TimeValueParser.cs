using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Time;
using Auditor.Ingest.Tables;
using NodaTime;

namespace Auditor.Ingest.Times;

/// <summary>
/// Reads the time in a ledger cell. Text goes through <see cref="TimeTextParser"/> (every spelling it knows); what is
/// particular to spreadsheets stays here: date and date-time cells and numbers are Excel serials (rounded to the
/// second), a serial below 1 is a time of day alone (a time-only cell: 0.849305555555556 → 20:23), and a text cell
/// holding a plain number of up to 7 digits or a decimal ("46206", "46213.9166666667", as a CSV export writes a date
/// cell) is a serial too. <see cref="TryRead"/> gives what the cell says (any <see cref="TimeTextShape"/>);
/// <see cref="Parse(RawCell, DateTimeZone)"/> only complete times: a date with no time of day becomes
/// <see cref="RecordedTime.DateOnly"/>, a time of day alone or a date without a year reads as null.
/// </summary>
public static class TimeValueParser
{
    private static readonly LocalDateTime ExcelEpoch = new(1899, 12, 30, 0, 0);

    /// <summary>Parses text; null when it is not a recognisable time (blank text is also null).</summary>
    public static RecordedTime? Parse(string? text, DateTimeZone zone) => Parse(text.AsSpan(), zone);

    /// <summary>As <see cref="Parse(string, DateTimeZone)"/>, for a cell's text where it lies.</summary>
    internal static RecordedTime? Parse(ReadOnlySpan<char> text, DateTimeZone zone)
    {
        var r = TimeTextParser.Parse(text);
        if (r.TryGetValue(out var v)) return v.Shape switch
        {
            TimeTextShape.DateTime => RecordedTime.Precise(v.DateTime, zone),
            TimeTextShape.DateOnly => RecordedTime.DateOnlyOf(v.Date, zone),
            _ => null,
        };
        return r.Problem == TimeTextProblem.BareNumber ? SerialText(AsciiDigits(text.Trim().ToString()), zone) : null;
    }

    /// <summary>Parses a cell: numbers are Excel serials (a date-formatted whole number is a date only).</summary>
    internal static RecordedTime? Parse(RawCell cell, DateTimeZone zone) => cell.Kind switch
    {
        RawCellKind.Empty => null,
        RawCellKind.Text => Parse(cell.Span, zone),
        RawCellKind.Date or RawCellKind.Number => FromSerial(cell.Number, zone, dateOnlyIfWhole: true),
        RawCellKind.DateTime => FromSerial(cell.Number, zone, dateOnlyIfWhole: false),
        _ => null,
    };

    /// <summary>
    /// What a cell says, in any shape (date and time, date alone, time of day alone, month and day without a year), or
    /// why it is not a time (<paramref name="reason"/> follows the cell as shown: "“上午15:00”：…").
    /// </summary>
    internal static bool TryRead(RawCell cell, out TimeTextValue value, out string reason)
    {
        value = default;
        reason = "";
        switch (cell.Kind)
        {
            case RawCellKind.Text:
                var r = TimeTextParser.Parse(cell.Span);
                if (r.TryGetValue(out value)) return true;
                if (r.Problem == TimeTextProblem.BareNumber)
                {
                    var digits = AsciiDigits(cell.Text!.Trim());
                    if ((digits.Contains('.') || digits.Length <= 7)
                        && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                        return TrySerial(d, dateOnlyIfWhole: true, out value, out reason);
                }
                reason = r.Reason;
                return false;
            case RawCellKind.Date or RawCellKind.Number:
                return TrySerial(cell.Number, dateOnlyIfWhole: true, out value, out reason);
            case RawCellKind.DateTime:
                return TrySerial(cell.Number, dateOnlyIfWhole: false, out value, out reason);
            default:
                reason = "不是日期或时间";
                return false;
        }
    }

    /// <summary>An Excel serial as a value: below 1 a time of day alone (above 0, or 0 in a time-formatted cell), else a date and time or a date.</summary>
    private static bool TrySerial(double serial, bool dateOnlyIfWhole, out TimeTextValue value, out string reason)
    {
        value = default;
        reason = "";
        if (serial is >= 0 and < 1 && (serial > 0 || !dateOnlyIfWhole))
        {
            long seconds = (long)Math.Round(serial * 86400.0, MidpointRounding.AwayFromZero);
            value = seconds >= 86400
                ? TimeTextValue.FromTimeOfDay(LocalTime.Midnight, nextDay: true)
                : TimeTextValue.FromTimeOfDay(LocalTime.FromSecondsSinceMidnight((int)seconds));
            return true;
        }
        if (FromSerial(serial, DateTimeZone.Utc, dateOnlyIfWhole) is not { } t)
        {
            reason = $"数值 {serial.ToString("0.###############", CultureInfo.InvariantCulture)} 不是 Excel 日期";
            return false;
        }
        value = t.DateOnly ? TimeTextValue.FromDate(t.Date) : TimeTextValue.FromDateTime(t.Local);
        return true;
    }

    /// <summary>A cell as a message shows it: text as written, a time-only cell as 20:23, a date cell as 2026-07-03 [14:20].</summary>
    internal static string Show(RawCell cell) =>
        cell.Kind != RawCellKind.Text && TryRead(cell, out var v, out _) ? v.ToString() : (cell.AsText() ?? "").Trim();

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
