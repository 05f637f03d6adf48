using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest;

/// <summary>How exports are read: the zone of their local times and the as-of instant (times after it are flagged).</summary>
public sealed record IngestOptions
{
    /// <summary>Zone of the local times written in exports (default Asia/Shanghai).</summary>
    public DateTimeZone Zone { get; init; } = AuditorZones.Default;

    /// <summary>The audit's as-of instant; a recorded time after it becomes a <c>FutureTime</c> issue. Null: no check.</summary>
    public Instant? AsOf { get; init; }

    /// <summary>
    /// The audit period. A date written without a year (7月5日 14:23) takes the year that puts it nearest the period —
    /// inside it when it can be, so a fourth quarter's January dates fall in the next year — with one note per file.
    /// Null: such dates are not read (reported).
    /// </summary>
    public AuditPeriod? Period { get; init; }

    /// <summary>Cells longer than this many characters are cut and reported (default 1 MiB of characters).</summary>
    public int MaxCellLength { get; init; } = 1 << 20;

    /// <summary>Files larger than this are refused before reading (exit 3). Default 2 GiB.</summary>
    public long MaxFileBytes { get; init; } = 2L << 30;

    /// <summary>An .xlsx part (sheet XML) that would inflate past this is refused before loading (zip bomb). Default 200 MB.</summary>
    public long MaxSheetBytes { get; init; } = 200L << 20;

    public static IngestOptions Default { get; } = new();
}
