using NodaTime;

namespace Auditor.Core.Time;

/// <summary>Computes deadlines from a start instant and a window (DESIGN.md "Time semantics"; issue 3).</summary>
public sealed class DeadlineCalculator(IWorkCalendar calendar, DateTimeZone zone)
{
    public IWorkCalendar Calendar { get; } = calendar;
    public DateTimeZone Zone { get; } = zone;

    public Deadline Compute(Instant start, Window window) => throw new NotImplementedException("issue 3");

    /// <summary>An explicit due time given with the assignment overrides the default window (002 三.2).</summary>
    public Deadline Compute(Instant start, Window window, Instant? explicitDue) => throw new NotImplementedException("issue 3");
}
