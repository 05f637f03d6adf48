namespace Auditor.Core.Time;

public sealed partial record Window
{
    /// <summary>Parses window text ("5h", "same-day", "3d", "2wd", "by-17:00"). Throws FormatException with a Chinese message.</summary>
    public static Window Parse(string text) => throw new NotImplementedException("issue 3");

    public static bool TryParse(string? text, out Window? window, out string? error) => throw new NotImplementedException("issue 3");
}
