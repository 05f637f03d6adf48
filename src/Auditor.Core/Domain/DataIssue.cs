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
    private static readonly EnumTable<DataIssueKind> Table = new(
        (DataIssueKind.UnparsableTime, "unparsable-time", "时间无法识别"),
        (DataIssueKind.DateWithoutTime, "date-without-time", "只有日期没有时刻"),
        (DataIssueKind.FutureTime, "future-time", "时间晚于截止时间"),
        (DataIssueKind.EventBeforeDiscovery, "event-before-discovery", "环节早于发现时间"),
        (DataIssueKind.UnknownUnit, "unknown-unit", "单位不在名录中"),
        (DataIssueKind.DuplicateCaseId, "duplicate-case-id", "案件编号重复"),
        (DataIssueKind.MissingValue, "missing-value", "必填项缺失"),
        (DataIssueKind.InvalidValue, "invalid-value", "取值不合规"),
        (DataIssueKind.OverlongCell, "overlong-cell", "单元格内容过长"),
        (DataIssueKind.UnmappedColumn, "unmapped-column", "无法识别的列"),
        (DataIssueKind.MissingColumn, "missing-column", "台账缺少规则所需的列"),
        (DataIssueKind.NotDataRow, "not-data-row", "非数据行已跳过（合计、落款等）"),
        (DataIssueKind.NotDataSheet, "not-data-sheet", "非数据工作表已跳过"),
        (DataIssueKind.SheetQualifiedId, "sheet-qualified-id", "序号按工作表区分"),
        (DataIssueKind.ScientificNotationId, "scientific-notation-id", "编号被转成科学计数法"),
        (DataIssueKind.RepeatedCase, "repeated-case", "同一舆情重复报送（内容一致，计一次）"),
        (DataIssueKind.ConflictingCase, "conflicting-case", "同一编号内容冲突（未判定）"),
        (DataIssueKind.UnitShortName, "unit-short-name", "单位按简称匹配"),
        (DataIssueKind.AmbiguousUnit, "ambiguous-unit", "单位简称对应多个单位"),
        (DataIssueKind.YearFromPeriod, "year-from-period", "日期未写年份（按考核期补全）"),
        (DataIssueKind.ProvisionalCalendar, "provisional-calendar", "放假安排按法定节日推定"),
        (DataIssueKind.Other, "other", "其他"));

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
