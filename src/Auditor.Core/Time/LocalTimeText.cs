using System.Text.RegularExpressions;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Parses a local date-time typed by a person (DESIGN.md "Times"): "2026-07-03 14:20", "2026/7/3 14:20:05",
/// "2026.07.03 14:20", "2026-07-03T14:20", "2026年7月3日14时20分", "2026年7月3日14时", "2026年7月3日 14:20".
/// A date alone parses with <c>hasTime</c> false: it is not silently midnight.
/// </summary>
public static partial class LocalTimeText
{
    public static bool TryParse(string? text, out LocalDateTime value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        var t = (text ?? "").Trim();
        int y, mo, d, h = 0, mi = 0, s = 0;
        var m = Numeric().Match(t);
        if (m.Success)
        {
            (y, mo, d) = (N(m, 1), N(m, 2), N(m, 3));
            if (m.Groups[4].Success) { hasTime = true; (h, mi, s) = (N(m, 4), N(m, 5), N(m, 6)); }
        }
        else if ((m = Chinese().Match(t)).Success)
        {
            (y, mo, d) = (N(m, 1), N(m, 2), N(m, 3));
            if (m.Groups[4].Success) { hasTime = true; (h, mi, s) = (N(m, 4), N(m, 5), N(m, 6)); }
            else if (m.Groups[7].Success) { hasTime = true; (h, mi, s) = (N(m, 7), N(m, 8), N(m, 9)); }
        }
        else return false;
        if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo)) return false;
        if (h > 23 || mi > 59 || s > 59) return false;
        value = new LocalDateTime(y, mo, d, h, mi, s);
        return true;
    }

    private static int N(Match m, int g) => m.Groups[g].Success && m.Groups[g].Length > 0 ? int.Parse(m.Groups[g].Value) : 0;

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[时点](?:(\d{1,2})分)?(?:(\d{1,2})秒)?|(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")]
    private static partial Regex Chinese();
}
