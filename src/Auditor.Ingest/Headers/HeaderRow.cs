using Auditor.Ingest.Tables;

namespace Auditor.Ingest.Headers;

/// <summary>A sheet's header row and what each of its columns means.</summary>
internal sealed class HeaderRow
{
    public required int RowNumber { get; init; }
    /// <summary>Header text as written, by 0-based column (null: blank header).</summary>
    public required string?[] Headers { get; init; }
    /// <summary>Target by 0-based column (null: unmapped, kept in Extra).</summary>
    public required ColumnTarget?[] Targets { get; init; }
    /// <summary>Headers that only mean something in an event log (时间, 办理单位, 说明 …), as written; kept even when the sheet is a ledger.</summary>
    public IReadOnlyList<string> LogOnlyHeaders { get; init; } = [];
    public TableShape Shape => Targets.Any(t => t?.Id == FieldIds.Stage) ? TableShape.EventLog : TableShape.Ledger;

    public int ColumnOf(string id) => Array.FindIndex(Targets, t => t?.Id == id);

    /// <summary>Rows scanned for a header before giving up.</summary>
    public const int ScanLimit = 30;

    /// <summary>
    /// Picks the header among the first rows: the row with the most recognised column names (at least two);
    /// title rows ("XX县2026年第三季度舆情处置台账") and blank rows above it are skipped.
    /// </summary>
    public static HeaderRow? Detect(IReadOnlyList<RawRow> firstRows, HeaderMap? map)
    {
        RawRow? best = null;
        int bestScore = 1;
        foreach (var row in firstRows)
        {
            int score = 0;
            foreach (var c in row.Cells)
            {
                var text = c.AsText();
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (map?.Lookup(text) is not null || HeaderVocabulary.Lookup(text, out _) is not null) score++;
            }
            if (score > bestScore) { best = row; bestScore = score; }
        }
        return best is null ? null : Build(best, map);
    }

    private static HeaderRow Build(RawRow row, HeaderMap? map)
    {
        int n = row.Cells.Length;
        var headers = new string?[n];
        var targets = new ColumnTarget?[n];
        var rank = new int[n]; // 0 map, 1 canonical, 2 synonym
        for (int i = 0; i < n; i++)
        {
            var text = row.Cells[i].AsText()?.Trim();
            headers[i] = string.IsNullOrEmpty(text) ? null : text;
            if (headers[i] is null) continue;
            var t = map?.Lookup(headers[i]!);
            if (t is not null) { targets[i] = t; rank[i] = 0; continue; }
            t = HeaderVocabulary.Lookup(headers[i]!, out bool canonical);
            if (t is not null) { targets[i] = t; rank[i] = canonical ? 1 : 2; }
        }
        // One column per target: the map beats a canonical header, which beats a synonym; then the leftmost.
        for (int i = 0; i < n; i++)
        {
            if (targets[i] is null || targets[i]!.Kind == ColumnTargetKind.Ignore) continue;
            for (int j = 0; j < n; j++)
            {
                if (j == i || targets[j]?.Id != targets[i]!.Id) continue;
                if (rank[j] < rank[i] || (rank[j] == rank[i] && j < i)) { targets[i] = null; break; }
            }
        }
        // 时间, 办理单位, 说明 … only mean something in an event log; in a ledger they are ordinary extra columns.
        var logOnly = new List<string>();
        if (!targets.Any(t => t?.Id == FieldIds.Stage))
            for (int i = 0; i < n; i++)
                if (targets[i]?.Kind == ColumnTargetKind.LogColumn) { logOnly.Add(headers[i]!); targets[i] = null; }
        return new HeaderRow { RowNumber = row.Number, Headers = headers, Targets = targets, LogOnlyHeaders = logOnly };
    }
}
