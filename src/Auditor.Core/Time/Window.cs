namespace Auditor.Core.Time;

// The time engine's contract: other code uses only what is declared here.
// Window text syntax: "Nh" (hours), "same-day", "Nd" (Civil Code days), "Nwd" (working days), "by-HH:mm".

public enum WindowKind { Hours, SameDay, Days, WorkingDays, ByTimeOfDay }

/// <summary>A response window, parsed from the same text everywhere (rule packs, CLI).</summary>
public sealed partial record Window(WindowKind Kind, int Amount, NodaTime.LocalTime TimeOfDay)
{
    /// <summary>The canonical text, e.g. "5h", "3d", "same-day", "2wd", "by-17:00".</summary>
    public override string ToString() => Kind switch
    {
        WindowKind.Hours => $"{Amount}h",
        WindowKind.SameDay => "same-day",
        WindowKind.Days => $"{Amount}d",
        WindowKind.WorkingDays => $"{Amount}wd",
        WindowKind.ByTimeOfDay => $"by-{TimeOfDay.Hour:00}:{TimeOfDay.Minute:00}",
        _ => throw new InvalidOperationException(),
    };
}
