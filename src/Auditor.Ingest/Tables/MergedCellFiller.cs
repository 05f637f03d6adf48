namespace Auditor.Ingest.Tables;

/// <summary>
/// Gives every cell of a merged block the value of its top-left cell, as the block shows on screen (填报单位 merged
/// down over a unit's rows, 舆情编号 merged over a case's steps, a group header merged across). Rows stream through:
/// only the blocks that cover the current row are held. A row that is blank apart from merged blocks reaching into
/// it stays blank (a separator row under a merged unit cell is not a case).
/// </summary>
internal static class MergedCellFiller
{
    /// <summary>
    /// Columns a block is filled to at most: exports have a few dozen columns, and a damaged file's block as wide as the
    /// sheet (A:XFD) must not cost 16,384 cells a row. Columns past it have no header anyway.
    /// </summary>
    public const int MaxColumns = 1024;

    public static IEnumerable<RawRow> Fill(IEnumerable<RawRow> rows, IReadOnlyList<MergedRange> merges)
    {
        if (merges.Count == 0)
        {
            foreach (var r in rows) yield return r;
            yield break;
        }
        var pending = merges.Where(m => m.FirstColumn < MaxColumns)
            .Select(m => m with { LastColumn = Math.Min(m.LastColumn, MaxColumns - 1) })
            .OrderBy(m => m.FirstRow).ThenBy(m => m.FirstColumn).ToArray();
        int next = 0;
        var active = new List<(MergedRange Range, RawCell Value)>();
        foreach (var row in rows)
        {
            active.RemoveAll(a => a.Range.LastRow < row.Number);
            bool blank = row.IsBlank;
            while (next < pending.Length && pending[next].FirstRow <= row.Number)
            {
                var m = pending[next++];
                // A block whose top row never came (blank, not written) has no value to spread.
                if (m.FirstRow != row.Number || m.LastRow < row.Number) continue;
                var value = row[m.FirstColumn];
                if (!value.IsEmpty) active.Add((m, value));
            }
            if (blank || active.Count == 0)
            {
                yield return row;
                continue;
            }
            RawCell[]? cells = null;
            foreach (var (m, value) in active)
            {
                for (int c = m.FirstColumn; c <= m.LastColumn; c++)
                {
                    if (c == m.FirstColumn && m.FirstRow == row.Number) continue;
                    if (!row[c].IsEmpty) continue; // a value written inside a block (rare, damaged) is kept
                    cells ??= Grow(row.Cells, m.LastColumn + 1);
                    if (cells.Length <= c) cells = Grow(cells, m.LastColumn + 1);
                    cells[c] = value;
                }
            }
            yield return cells is null ? row : new RawRow(row.Number, cells);
        }
    }

    private static RawCell[] Grow(RawCell[] cells, int length)
    {
        var copy = new RawCell[Math.Max(cells.Length, length)];
        cells.CopyTo(copy, 0);
        return copy;
    }
}
