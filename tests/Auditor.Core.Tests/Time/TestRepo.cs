using Auditor.Core.Time;

namespace Auditor.Core.Tests.Time;

/// <summary>The repository root (the folder holding Auditor.sln) and the real calendar loaded from rules/calendars/.</summary>
internal static class TestRepo
{
    public static string Root { get; } = FindRoot();

    public static string Calendars => Path.Combine(Root, "rules", "calendars");

    public static string Data(string name) => Path.Combine(Root, "tests", "Auditor.Core.Tests", "Time", "Data", name);

    private static readonly Lazy<WorkCalendar> _calendar = new(() => WorkCalendarLoader.LoadDirectory(Calendars));

    public static WorkCalendar Calendar => _calendar.Value;

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) return d.FullName;
        throw new InvalidOperationException("Auditor.sln not found above " + AppContext.BaseDirectory);
    }
}
