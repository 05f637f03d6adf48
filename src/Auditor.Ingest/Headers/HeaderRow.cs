using Auditor.Core.Domain;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest.Headers;

/// <summary>A sheet's header row and what each of its columns means.</summary>
internal sealed class HeaderRow
{
    /// <summary>The header's (last) row as a user sees it; data start below it.</summary>
    public required int RowNumber { get; init; }
    /// <summary>The first row of a two-row header (same as <see cref="RowNumber"/> for a one-row header).</summary>
    public int FirstRowNumber { get; init; }
    /// <summary>Header text as written, by 0-based column (null: blank header).</summary>
    public required string?[] Headers { get; init; }
    /// <summary>Target by 0-based column (null: unmapped, kept in Extra).</summary>
    public required ColumnTarget?[] Targets { get; init; }
    /// <summary>Headers that only mean something in an event log (时间, 办理单位, 说明 …), as written; kept even when the sheet is a ledger.</summary>
    public IReadOnlyList<string> LogOnlyHeaders { get; init; } = [];
    /// <summary>The case id column is 序号, a row count that restarts per sheet and per file (no real id column exists).</summary>
    public bool IdIsRowNumber { get; init; }
    public TableShape Shape => Targets.Any(t => t?.Id == FieldIds.Stage) ? TableShape.EventLog : TableShape.Ledger;

    public int ColumnOf(string id) => Array.FindIndex(Targets, t => t?.Id == id);

    /// <summary>The column holding the date of an event whose time of day has its own column (-1: none).</summary>
    public int DateColumnOf(EventKind kind) => Array.FindIndex(Targets, t => t is { Kind: ColumnTargetKind.EventDate } && t.Event == kind);

    /// <summary>Rows scanned for a header before giving up.</summary>
    public const int ScanLimit = 30;

    /// <summary>
    /// Picks the header among the first rows: the row with the most recognised column names (at least two);
    /// title rows ("XX县2026年第三季度舆情处置台账") and blank rows above it are skipped. A header of two rows — group
    /// cells (基本情况, 处置情况) above the names, or names merged down over both rows — is read as one
    /// (<see cref="Combine"/>; merged blocks come filled, so a name merged down stands in both rows).
    /// </summary>
    public static HeaderRow? Detect(IReadOnlyList<RawRow> firstRows, HeaderMap? map)
    {
        string?[]? best = null;
        int bestRow = 0, bestScore = 1, bestFirst = 0;
        string?[]? upper = null;
        int upperNumber = 0;
        foreach (var row in firstRows)
        {
            var texts = Texts(row);
            int first = row.Number;
            if (upper is not null && upperNumber == row.Number - 1 && Combine(upper, texts, map) is { } combined)
            {
                texts = combined;
                first = upperNumber;
            }
            int score = Score(texts, map);
            if (score > bestScore) { best = texts; bestRow = row.Number; bestFirst = first; bestScore = score; }
            upper = row.IsBlank ? null : Texts(row);
            upperNumber = row.Number;
        }
        return best is null ? null : Build(best, bestRow, bestFirst, map);
    }

    /// <summary>
    /// One header from two rows, column by column, or null when the upper row adds nothing: a group label above a name
    /// is kept when together they make a known name ("回应" over "时间" → 回应时间) and dropped otherwise ("基本情况" over
    /// "填报单位" → 填报单位); above an empty cell a known name stands (a csv saved from a sheet with 舆情编号 merged
    /// down keeps it only in the upper row).
    /// </summary>
    internal static string?[]? Combine(string?[] upper, string?[] lower, HeaderMap? map)
    {
        var combined = new string?[Math.Max(upper.Length, lower.Length)];
        bool changed = false;
        for (int c = 0; c < combined.Length; c++)
        {
            var u = c < upper.Length ? upper[c] : null;
            var l = c < lower.Length ? lower[c] : null;
            combined[c] = l;
            if (u is null || u == l) continue;
            if (l is null && Known(u, map)) combined[c] = u;
            else if (l is not null && Known(u + l, map)) combined[c] = u + l;
            else continue;
            changed = true;
        }
        return changed ? combined : null;
    }

    private static bool Known(string text, HeaderMap? map) => map?.Lookup(text) is not null || HeaderVocabulary.Lookup(text, out _) is not null;

    private static int Score(string?[] texts, HeaderMap? map)
    {
        int score = 0;
        foreach (var t in texts) if (t is not null && Known(t, map)) score++;
        return score;
    }

    private static string?[] Texts(RawRow row)
    {
        var texts = new string?[row.Cells.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            var t = row.Cells[i].AsText()?.Trim();
            texts[i] = string.IsNullOrEmpty(t) ? null : t;
        }
        return texts;
    }

    private static HeaderRow Build(string?[] headers, int rowNumber, int firstRowNumber, HeaderMap? map)
    {
        int n = headers.Length;
        var targets = new ColumnTarget?[n];
        var rank = new int[n]; // 0 map, 1 canonical, 2 synonym, 3 序号 (a row count, an id only when nothing else is)
        for (int i = 0; i < n; i++)
        {
            if (headers[i] is null) continue;
            var t = map?.Lookup(headers[i]!);
            if (t is not null) { targets[i] = t; rank[i] = 0; continue; }
            t = HeaderVocabulary.Lookup(headers[i]!, out bool canonical);
            if (t is not null) { targets[i] = t; rank[i] = canonical ? 1 : HeaderVocabulary.IsRowNumber(headers[i]!) ? 3 : 2; }
        }
        // One column per target: the map beats a canonical header, which beats a synonym, which beats 序号; then the leftmost.
        for (int i = 0; i < n; i++)
        {
            if (targets[i] is null || targets[i]!.Kind == ColumnTargetKind.Ignore) continue;
            for (int j = 0; j < n; j++)
            {
                if (j == i || targets[j]?.Id != targets[i]!.Id) continue;
                if (rank[j] < rank[i] || (rank[j] == rank[i] && j < i)) { targets[i] = null; break; }
            }
        }
        // A date column with no time column beside it is the event's (or the log's) time column: its dates are the times.
        for (int i = 0; i < n; i++)
        {
            if (targets[i] is { Kind: ColumnTargetKind.EventDate, Event: EventKind k } && !targets.Any(t => t?.Kind == ColumnTargetKind.Event && t.Event == k))
                targets[i] = new ColumnTarget(ColumnTargetKind.Event, k.Id(), k);
            else if (targets[i]?.Id == FieldIds.Date && !targets.Any(t => t?.Id == FieldIds.Time))
                targets[i] = new ColumnTarget(ColumnTargetKind.LogColumn, FieldIds.Time);
        }
        // 时间, 办理单位, 说明 … only mean something in an event log; in a ledger they are ordinary extra columns.
        var logOnly = new List<string>();
        if (!targets.Any(t => t?.Id == FieldIds.Stage))
            for (int i = 0; i < n; i++)
                if (targets[i]?.Kind == ColumnTargetKind.LogColumn) { logOnly.Add(headers[i]!); targets[i] = null; }
        int idCol = Array.FindIndex(targets, t => t?.Id == FieldIds.CaseId);
        return new HeaderRow
        {
            RowNumber = rowNumber, FirstRowNumber = firstRowNumber, Headers = headers, Targets = targets, LogOnlyHeaders = logOnly,
            IdIsRowNumber = idCol >= 0 && rank[idCol] == 3,
        };
    }
}
