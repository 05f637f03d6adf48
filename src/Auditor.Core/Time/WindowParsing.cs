using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Auditor.Core.Time;

public sealed partial record Window
{
    /// <summary>Largest amounts accepted: a year of hours, a year of days, a year of working days.</summary>
    public const int MaxHours = 8784, MaxDays = 366, MaxWorkingDays = 260;

    public static Window Hours(int n) => Create(WindowKind.Hours, n);
    public static Window Days(int n) => Create(WindowKind.Days, n);
    public static Window WorkingDays(int n) => Create(WindowKind.WorkingDays, n);
    public static Window SameDay { get; } = new(WindowKind.SameDay, 0, LocalTime.Midnight);
    public static Window By(LocalTime time) => new(WindowKind.ByTimeOfDay, 0, time);

    private static Window Create(WindowKind kind, int n)
    {
        var max = kind switch { WindowKind.Hours => MaxHours, WindowKind.Days => MaxDays, _ => MaxWorkingDays };
        if (n < 1 || n > max) throw new ArgumentOutOfRangeException(nameof(n), n, $"期限数值须在 1 到 {max} 之间");
        return new Window(kind, n, LocalTime.Midnight);
    }

    /// <summary>Parses window text ("5h", "same-day", "3d", "2wd", "by-17:00"). Throws FormatException with a Chinese message.</summary>
    public static Window Parse(string text) =>
        TryParse(text, out var window, out var error) ? window! : throw new FormatException(error);

    public static bool TryParse(string? text, out Window? window, out string? error)
    {
        window = null;
        error = null;
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            error = "期限为空：应为 5h、same-day、3d、2wd 或 by-17:00 之一。";
            return false;
        }
        var lower = t.ToLowerInvariant();
        if (lower == "same-day")
        {
            window = SameDay;
            return true;
        }
        var by = ByPattern().Match(lower);
        if (by.Success)
        {
            int h = int.Parse(by.Groups[1].Value, CultureInfo.InvariantCulture), m = int.Parse(by.Groups[2].Value, CultureInfo.InvariantCulture);
            if (h > 23 || m > 59)
            {
                error = $"期限“{t}”的时刻无效：应为 00:00 到 23:59 之间（当天结束请用 same-day）。";
                return false;
            }
            window = By(new LocalTime(h, m));
            return true;
        }
        var amount = AmountPattern().Match(lower);
        if (amount.Success)
        {
            var kind = amount.Groups[2].Value switch { "h" => WindowKind.Hours, "d" => WindowKind.Days, _ => WindowKind.WorkingDays };
            var max = kind switch { WindowKind.Hours => MaxHours, WindowKind.Days => MaxDays, _ => MaxWorkingDays };
            if (!int.TryParse(amount.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > max)
            {
                error = $"期限“{t}”的数值无效：应为 1 到 {max} 之间的整数。";
                return false;
            }
            window = new Window(kind, n, LocalTime.Midnight);
            return true;
        }
        error = $"无法识别的期限“{t}”：应为 Nh（小时）、same-day（当天）、Nd（日，按民法典计算）、Nwd（工作日）或 by-HH:mm（当日某时前），例如 5h、3d、2wd、by-17:00。";
        return false;
    }

    // by-HH:mm is window grammar of rule packs and --window (24-hour HH:mm only), not free time text for TimeTextParser.
    [GeneratedRegex(@"^by-(\d{1,2}):(\d{2})$")]
    private static partial Regex ByPattern();

    [GeneratedRegex(@"^(\d{1,6})(h|d|wd)$")]
    private static partial Regex AmountPattern();
}
