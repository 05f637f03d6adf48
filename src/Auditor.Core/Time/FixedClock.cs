using NodaTime;

namespace Auditor.Core.Time;

/// <summary>A clock that always reads the same instant: the audit's as-of time, and tests. Core takes NodaTime.IClock.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
