namespace Auditor.Engine;

/// <summary>
/// The layout of a rules folder: packs (*.yaml) at the top, calendars/ (one file per year), templates/ (the wording
/// of the documents), offices/ (office profiles, read by OfficeProfile.FileFor).
/// </summary>
public static class RulesFolder
{
    public static string Calendars(string rulesDir) => Path.Combine(rulesDir, "calendars");

    public static string Templates(string rulesDir) => Path.Combine(rulesDir, "templates");

    /// <summary>The calendars folder as documents name it ("rules/calendars"): no machine path in a document.</summary>
    internal static string CalendarsShown(string rulesDir) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(rulesDir)), "calendars").Replace('\\', '/');
}
