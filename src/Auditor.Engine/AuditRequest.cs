using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Engine;

/// <summary>
/// What one run of <see cref="AuditEngine"/> is asked to do: an office's audit of every unit, or — with
/// <see cref="SelfCheckUnit"/> — one unit's self-check. Paths are files on disk (a front end saves uploads first).
/// </summary>
public sealed record AuditRequest
{
    /// <summary>The rules folder: packs (*.yaml), calendars/, templates/, offices/.</summary>
    public required string RulesDir { get; init; }
    /// <summary>Pack id (a file of <see cref="RulesDir"/>) or the path of a pack file.</summary>
    public required string Pack { get; init; }
    /// <summary>The unit (name, alias or code of the registry) that checks itself; null for an office's audit of every unit.</summary>
    public string? SelfCheckUnit { get; init; }
    public bool IsSelfCheck => SelfCheckUnit is not null;
    /// <summary>The units' exported ledgers (.xlsx, .xls, .csv), read in this order.</summary>
    public required IReadOnlyList<string> Ledgers { get; init; }
    /// <summary>The unit registry (单位名录).</summary>
    public required string UnitsFile { get; init; }
    /// <summary>Column-name map for headers the reader does not know (YAML); null: none.</summary>
    public string? MapFile { get; init; }
    public required AuditPeriod Period { get; init; }
    /// <summary>The cut-off: events after it have not happened yet; obligations not yet due are pending.</summary>
    public required Instant AsOf { get; init; }
    /// <summary>The zone of the local times written in the ledgers.</summary>
    public required DateTimeZone Zone { get; init; }
    /// <summary>Appeals and waivers decided by the office (CSV); null: none.</summary>
    public string? OverridesFile { get; init; }
    /// <summary>The office profile (layout and the office's own policy); null: offices/&lt;pack&gt;.yaml, else offices/national.yaml.</summary>
    public string? OfficeFile { get; init; }
    /// <summary>
    /// The history store (SQLite). An audit reads the earlier periods from it and records this one; a self-check only
    /// reads it (trends). Null: no history.
    /// </summary>
    public string? HistoryPath { get; init; }
    /// <summary>
    /// The output folder, replaced whole when the run succeeds; null: reports/&lt;period&gt; for an audit,
    /// reports/&lt;period&gt;/自查/&lt;unit&gt; for a self-check (relative to the working folder).
    /// </summary>
    public string? OutDir { get; init; }
    /// <summary>The findings files to write; findings.json (the largest by far) only when asked.</summary>
    public FindingsFormats Findings { get; init; } = FindingsFormats.Default;
    /// <summary>
    /// How many threads replay cases at once (null: one per core). Outputs do not depend on it — the same bytes with one
    /// thread or many; tests set it to compare.
    /// </summary>
    public int? ReplayThreads { get; init; }
    /// <summary>An input file larger than this is refused before it is read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
    /// <summary>An .xlsx sheet that would inflate past this is refused before it is loaded (zip bomb).</summary>
    public long MaxSheetBytes { get; init; } = DefaultMaxSheetBytes;

    public const long DefaultMaxFileBytes = 2L << 30;
    public const long DefaultMaxSheetBytes = 200L << 20;

    /// <summary>Every input file the request names, each refused by name when it does not exist.</summary>
    internal void CheckInputFilesExist()
    {
        foreach (var f in Ledgers.Append(UnitsFile).Concat(new[] { MapFile, OverridesFile, OfficeFile }.OfType<string>()))
            if (!File.Exists(f)) throw new InputException($"找不到输入文件：{f}");
    }
}
