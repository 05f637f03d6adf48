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
    /// <summary>A row that is not a case (合计, 填表人, 注：, a repeated header) was skipped.</summary>
    NotDataRow,
    /// <summary>A sheet that holds no cases (hidden, 填报说明, 下拉选项, no header, no required columns) was skipped.</summary>
    NotDataSheet,
    /// <summary>Cases numbered only by 序号: the number is qualified by the sheet (and file) so that restarts do not collide.</summary>
    SheetQualifiedId,
    /// <summary>An id Excel turned into a number in scientific notation (2.02607E+11): its digits are lost.</summary>
    ScientificNotationId,
    /// <summary>The same case with the same content in two places: counted once.</summary>
    RepeatedCase,
    /// <summary>The same case id with different content in two files: judged against neither until the office resolves it.</summary>
    ConflictingCase,
    /// <summary>A unit written by a common short form (卫健委, …街道办) matched one registry unit.</summary>
    UnitShortName,
    /// <summary>A unit written by a short form that fits several registry units: not resolved.</summary>
    AmbiguousUnit,
    /// <summary>Dates written without a year took it from the audit period (one note per file).</summary>
    YearFromPeriod,
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
    private static readonly EnumTable<DataIssueKind> Table = EnumTable<DataIssueKind>.Load();

    /// <summary>Stable machine id of a kind (data-issues.csv, inspect --format json).</summary>
    public static string Id(this DataIssueKind k) => Table.Id(k);

    /// <summary>Chinese name of a kind (the summary's data-quality table).</summary>
    public static string Chinese(this DataIssueKind k) => Table.Label(k);

    /// <summary>
    /// False for an issue about the office's own calendar (a provisional year), not about what the units recorded:
    /// documents must not count it against the units' ledgers.
    /// </summary>
    public static bool AboutLedgers(this DataIssueKind k) => k != DataIssueKind.ProvisionalCalendar;
}
