namespace Auditor.Core.Domain;

/// <summary>Categories of row-level data-quality problems.</summary>
public enum DataIssueKind
{
    UnparsableTime,
    DateWithoutTime,
    FutureTime,
    EventBeforeDiscovery,
    UnknownUnit,
    DuplicateCaseId,
    MissingValue,
    InvalidValue,
    OverlongCell,
    UnmappedColumn,
    /// <summary>The export has no column a rule needs: the rule cannot be checked (summary, no row).</summary>
    MissingColumn,
    /// <summary>Deadlines used days of a year with no State Council notice on file, computed from the statute (summary, no row).</summary>
    ProvisionalCalendar,
    Other,
}

/// <summary>
/// A row-level data-quality problem. Row is the number a user sees in Excel or an editor; Column is the
/// header as written in the file. Never a reason to drop a row silently.
/// </summary>
public sealed record DataIssue(
    string File,
    string? Sheet,
    int? Row,
    string? Column,
    string? CaseId,
    DataIssueKind Kind,
    string Message);

public static class DataIssueKinds
{
    /// <summary>Stable machine id of a kind (data-issues.csv, inspect --format json).</summary>
    public static string Id(this DataIssueKind k) => k switch
    {
        DataIssueKind.UnparsableTime => "unparsable-time",
        DataIssueKind.DateWithoutTime => "date-without-time",
        DataIssueKind.FutureTime => "future-time",
        DataIssueKind.EventBeforeDiscovery => "event-before-discovery",
        DataIssueKind.UnknownUnit => "unknown-unit",
        DataIssueKind.DuplicateCaseId => "duplicate-case-id",
        DataIssueKind.MissingValue => "missing-value",
        DataIssueKind.InvalidValue => "invalid-value",
        DataIssueKind.OverlongCell => "overlong-cell",
        DataIssueKind.UnmappedColumn => "unmapped-column",
        DataIssueKind.MissingColumn => "missing-column",
        DataIssueKind.ProvisionalCalendar => "provisional-calendar",
        _ => "other",
    };

    /// <summary>
    /// False for an issue about the office's own calendar (a provisional year), not about what the units recorded:
    /// documents must not count it against the units' ledgers.
    /// </summary>
    public static bool AboutLedgers(this DataIssueKind k) => k != DataIssueKind.ProvisionalCalendar;
}
