namespace Auditor.Cli.Fixtures.Exports;

/// <summary>What a generated export cell holds and how a spreadsheet stores it.</summary>
internal enum ExportCellKind { Text, DateTime, Date, Time, Number }

/// <summary>One cell of a generated export: text, a date cell (with or without a time of day), a time-only cell, a number.</summary>
internal readonly record struct ExportCell(ExportCellKind Kind, string? Text, DateTime Value, double Number)
{
    public static ExportCell Of(string text) => new(ExportCellKind.Text, text, default, 0);
    public static ExportCell At(DateTime t) => new(ExportCellKind.DateTime, null, t, 0);
    public static ExportCell OnDate(DateTime d) => new(ExportCellKind.Date, null, d.Date, 0);
    /// <summary>A time of day alone, stored as Excel does: the fraction of a day (20:23 → 0.849305…).</summary>
    public static ExportCell TimeOfDay(TimeSpan t) => new(ExportCellKind.Time, null, default, t.TotalDays);
    public static ExportCell Of(double n) => new(ExportCellKind.Number, null, default, n);

    /// <summary>The cell as a csv export writes it (times as yyyy-MM-dd HH:mm).</summary>
    public string AsCsv() => Kind switch
    {
        ExportCellKind.Text => Text!,
        ExportCellKind.DateTime => Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ExportCellKind.Date => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ExportCellKind.Time => TimeSpan.FromDays(Number).ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture),
        _ => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A block of merged cells: rows as shown (1 = first), columns 0-based, both ends included.</summary>
internal readonly record struct ExportMerge(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>
/// One sheet of a generated export as an office lays it out: rows from row 1 (title rows, header rows, data, footers;
/// null cells and null rows are empty), merged blocks whose value sits in the top-left cell, visible or hidden.
/// </summary>
internal sealed class ExportSheet(string name, bool hidden = false)
{
    public string Name { get; } = name;
    public bool Hidden { get; } = hidden;
    public List<ExportCell?[]?> Rows { get; } = [];
    public List<ExportMerge> Merges { get; } = [];

    public int Columns => Rows.Max(r => r?.Length ?? 0);

    /// <summary>Appends a row (texts; null is an empty cell) and returns its row number.</summary>
    public int Add(params ExportCell?[]? cells)
    {
        Rows.Add(cells);
        return Rows.Count;
    }

    /// <summary>Merges rows first..last of one column (the value stays in the first row).</summary>
    public void MergeDown(int column, int firstRow, int lastRow)
    {
        if (lastRow > firstRow) Merges.Add(new ExportMerge(firstRow, column, lastRow, column));
    }

    /// <summary>Merges columns first..last of one row.</summary>
    public void MergeAcross(int row, int firstColumn, int lastColumn)
    {
        if (lastColumn > firstColumn) Merges.Add(new ExportMerge(row, firstColumn, row, lastColumn));
    }

    /// <summary>The same sheet as an office would type it without merging: every cell of a block holds the block's value.</summary>
    public ExportSheet Filled()
    {
        var copy = new ExportSheet(Name, Hidden);
        foreach (var r in Rows) copy.Rows.Add(r is null ? null : (ExportCell?[])r.Clone());
        foreach (var m in Merges)
        {
            var value = copy.Rows[m.FirstRow - 1]![m.FirstColumn];
            for (int r = m.FirstRow; r <= m.LastRow; r++)
            {
                var row = copy.Rows[r - 1] ??= new ExportCell?[m.LastColumn + 1];
                if (row.Length <= m.LastColumn) Array.Resize(ref row, m.LastColumn + 1);
                copy.Rows[r - 1] = row;
                for (int c = m.FirstColumn; c <= m.LastColumn; c++) row[c] = value;
            }
        }
        return copy;
    }
}
