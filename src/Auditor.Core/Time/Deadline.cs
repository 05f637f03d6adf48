using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// A computed deadline: an instant; on time means actual ≤ At. EndOfDay is true when the deadline is 24:00 of
/// a day (shown as 00:00 of the next day in ISO machine output, "X月X日24时" in Chinese text).
/// Reasoning lists, in Chinese, how it was computed (days skipped and why). ProvisionalYears lists, ascending, the
/// years of the days consulted whose kind was computed from the statute because no notice is on file (empty when none).
/// </summary>
public sealed record Deadline(Instant At, LocalDateTime LocalAt, bool EndOfDay, Window? Window, bool ExplicitDue, IReadOnlyList<string> Reasoning)
{
    public IReadOnlyList<int> ProvisionalYears { get; init; } = [];

    public bool IsProvisional => ProvisionalYears.Count > 0;
}
