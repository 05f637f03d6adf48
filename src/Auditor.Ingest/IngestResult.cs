using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Ingest;

/// <summary>The two shapes an export comes in (docs/input.md, "两种形状").</summary>
public enum TableShape
{
    /// <summary>宽表: one row per case, one column per event time.</summary>
    Ledger,
    /// <summary>长表: one row per event, a 环节 column names the event.</summary>
    EventLog,
}

/// <summary>One column of a sheet: its header as written, its 1-based column number and what it was mapped to (null: kept in Case.Extra).</summary>
public sealed record ColumnSummary(int Column, string Header, string? Target);

/// <summary>What was read from one sheet of one file.</summary>
public sealed record FileSummary
{
    public required string File { get; init; }
    /// <summary>Sheet name for workbooks; null for csv.</summary>
    public string? Sheet { get; init; }
    /// <summary>"xlsx", "xls" or "csv".</summary>
    public required string Format { get; init; }
    /// <summary>Text encoding for csv ("UTF-8", "UTF-8 BOM", "GB18030", "UTF-16LE" …); null for workbooks.</summary>
    public string? Encoding { get; init; }
    public required TableShape Shape { get; init; }
    /// <summary>The header row as a user sees it (1 = first line); the lower row of a two-row header.</summary>
    public required int HeaderRow { get; init; }
    /// <summary>The first row of the header: <see cref="HeaderRow"/> minus one for a two-row header (group cells above the names).</summary>
    public int HeaderFirstRow { get; init; }
    /// <summary>Blocks of merged cells in the sheet (each filled with its top-left value before reading).</summary>
    public int MergedRanges { get; init; }
    public required ImmutableArray<ColumnSummary> Columns { get; init; }
    /// <summary>Headers that map to nothing canonical (kept in Case.Extra).</summary>
    public ImmutableArray<string> UnmappedColumns => Columns.Where(c => c.Target is null).Select(c => c.Header).ToImmutableArray();
    /// <summary>Data rows read (non-blank rows below the header).</summary>
    public required int Rows { get; init; }
    public required int Cases { get; init; }
    public required int Events { get; init; }
    public required int DailyReports { get; init; }
    public required int Issues { get; init; }
}

/// <summary>Everything read from a set of exports.</summary>
public sealed record IngestResult(
    ImmutableArray<Case> Cases,
    ImmutableArray<DailyReport> DailyReports,
    ImmutableArray<DataIssue> Issues,
    ImmutableArray<FileSummary> Files,
    /// <summary>Entries of the --map file that matched no column in any file (headers as written in the map).</summary>
    ImmutableArray<string> UnusedMapEntries)
{
    public int EventCount => Cases.Sum(c => c.Events.Length);
}
