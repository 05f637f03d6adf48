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
