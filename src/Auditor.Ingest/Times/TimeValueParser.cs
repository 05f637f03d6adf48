using System.Globalization;
using System.Text.RegularExpressions;
using Auditor.Core.Domain;
using Auditor.Ingest.Tables;
using NodaTime;

namespace Auditor.Ingest.Times;

/// <summary>
/// Parses the times found in exports (DESIGN.md, "Times"): 2026-07-03 14:20, 2026/7/3 14:20:05, 2026.07.03 14:20,
/// 2026年7月3日14时20分, 2026年7月3日 14:20, ISO 2026-07-03T14:20:00, compact 202607031420, Excel date cells and
/// serial numbers (rounded to the second). A date with no time of day becomes <see cref="RecordedTime.DateOnly"/>.
/// </summary>
public static partial class TimeValueParser
{
    private static readonly LocalDateTime ExcelEpoch = new(1899, 12, 30, 0, 0);

    /// <summary>Parses text; null when it is not a recognisable time (blank text is also null).</summary>
    public static RecordedTime? Parse(string? text, DateTimeZone zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = NormalizeText(text);
        if (FastIso(s, zone) is { } fast) return fast;
        if (IsNumber(s)) return ParseNumberText(s, zone);
        var m = DateTimeRegex().Match(s);
        if (!m.Success) return null;
        int y = Int(m, "y"), mo = Int(m, "mo"), d = Int(m, "d");
        if (mo is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo)) return null;
        var date = new LocalDate(y, mo, d);
        if (!m.Groups["h"].Success) return RecordedTime.DateOnlyOf(date, zone);
        int h = Int(m, "h"), mi = m.Groups["mi"].Success ? Int(m, "mi") : 0, sec = m.Groups["s"].Success ? Int(m, "s") : 0;
        if (mi > 59 || sec > 59) return null;
        if (h == 24 && mi == 0 && sec == 0) return RecordedTime.Precise(date.PlusDays(1).AtMidnight(), zone);
        if (h > 23) return null;
        return RecordedTime.Precise(date.At(new LocalTime(h, mi, sec)), zone);
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

    private static RecordedTime? ParseNumberText(string s, DateTimeZone zone)
    {
        if (!s.Contains('.'))
        {
            string? fmt = s.Length switch { 8 => "yyyyMMdd", 12 => "yyyyMMddHHmm", 14 => "yyyyMMddHHmmss", _ => null };
            if (fmt is not null)
            {
                if (!DateTime.TryParseExact(s, fmt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)) return null;
                var ldt = LocalDateTime.FromDateTime(dt);
                return s.Length == 8 ? RecordedTime.DateOnlyOf(ldt.Date, zone) : RecordedTime.Precise(ldt, zone);
            }
            if (s.Length > 7) return null;
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? FromSerial(d, zone, true) : null;
    }

    /// <summary>Fast path for "yyyy-MM-dd HH:mm" and "yyyy-MM-dd HH:mm:ss" (the common export form).</summary>
    private static RecordedTime? FastIso(string s, DateTimeZone zone)
    {
        if (s.Length is not (16 or 19) || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') || s[13] != ':') return null;
        if (s.Length == 19 && s[16] != ':') return null;
        if (!D4(s, 0, out int y) || !D2(s, 5, out int mo) || !D2(s, 8, out int d) || !D2(s, 11, out int h) || !D2(s, 14, out int mi)) return null;
        int sec = 0;
        if (s.Length == 19 && !D2(s, 17, out sec)) return null;
        if (mo is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return null;
        return RecordedTime.Precise(new LocalDateTime(y, mo, d, h, mi, sec), zone);
    }

    private static bool D2(string s, int i, out int v)
    {
        v = 0;
        if (!char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1])) return false;
        v = (s[i] - '0') * 10 + (s[i + 1] - '0');
        return true;
    }

    private static bool D4(string s, int i, out int v)
    {
        v = 0;
        if (!D2(s, i, out int a) || !D2(s, i + 2, out int b)) return false;
        v = a * 100 + b;
        return true;
    }

    private static bool IsNumber(string s)
    {
        int dots = 0;
        foreach (var c in s)
        {
            if (c == '.') dots++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        return dots <= 1 && s.Length > 0 && s[0] != '.';
    }

    /// <summary>Full-width digits and colons to ASCII; trims.</summary>
    private static string NormalizeText(string text)
    {
        var t = text.Trim();
        bool needs = false;
        foreach (var c in t) if (c is (>= '０' and <= '９') or '：' or '－' or '／' or '\u3000') { needs = true; break; }
        if (!needs) return t;
        var chars = t.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '：' => ':',
                '－' => '-',
                '／' => '/',
                '\u3000' => ' ',
                _ => chars[i],
            };
        }
        return new string(chars).Trim();
    }

    private static int Int(Match m, string g) => int.Parse(m.Groups[g].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(?:(?:\s+|T|(?<=日))(?<h>\d{1,2})\s*[:时点]\s*(?:(?<mi>\d{1,2})\s*分?\s*(?::?\s*(?<s>\d{1,2})(?:\.\d+)?\s*秒?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeRegex();
}
