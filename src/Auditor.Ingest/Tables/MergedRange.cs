namespace Auditor.Ingest.Tables;

/// <summary>
/// A block of merged cells: rows as a user sees them (1 = first row), columns 0-based, both ends included. The value
/// sits in the top-left cell; every other cell of the block is empty in the file.
/// </summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>A range from an A1 reference such as "B3:B7" (either corner first); null when not a two-cell range.</summary>
    public static MergedRange? Parse(ReadOnlySpan<char> reference)
    {
        int colon = reference.IndexOf(':');
        if (colon <= 0) return null;
        if (!Cell(reference[..colon], out int r1, out int c1) || !Cell(reference[(colon + 1)..], out int r2, out int c2)) return null;
        var range = new MergedRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return range.FirstRow == range.LastRow && range.FirstColumn == range.LastColumn ? null : range;
    }

    /// <summary>"AB12" → row 12, column 27; false when not a cell reference inside Excel's limits.</summary>
    private static bool Cell(ReadOnlySpan<char> s, out int row, out int column)
    {
        row = 0;
        column = 0;
        int i = 0;
        if (i < s.Length && s[i] == '$') i++;
        int col = 0;
        for (; i < s.Length && char.IsAsciiLetter(s[i]); i++)
        {
            col = col * 26 + (char.ToUpperInvariant(s[i]) - 'A' + 1);
            if (col > ExcelLimits.MaxColumns) return false;
        }
        if (col == 0) return false;
        if (i < s.Length && s[i] == '$') i++;
        int r = 0;
        int digits = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++, digits++)
        {
            r = r * 10 + (s[i] - '0');
            if (r > ExcelLimits.MaxRows) return false;
        }
        if (digits == 0 || i != s.Length || r < 1) return false;
        row = r;
        column = col - 1;
        return true;
    }
}
