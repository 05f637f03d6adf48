namespace Auditor.Ingest.Tables;

/// <summary>How a cell's value was stored in the file.</summary>
internal enum RawCellKind : byte
{
    Empty,
    Text,
    Number,
    /// <summary>A number shown with a date format that has no time of day.</summary>
    Date,
    /// <summary>A number shown with a date format that shows a time of day.</summary>
    DateTime,
    Boolean,
}

/// <summary>
/// One cell as read from a file: text, or a number (Excel serial for date cells). Text is held as memory: a slice of
/// the csv reader's buffer (no string per cell) or a whole string (xlsx, xls). Read it as <see cref="Span"/>; a string
/// is made only when asked for (<see cref="Text"/>, <see cref="AsText"/>), for what a case keeps.
/// </summary>
internal readonly struct RawCell
{
    private readonly ReadOnlyMemory<char> _text;

    public RawCell(RawCellKind kind, ReadOnlyMemory<char> text, double number)
    {
        Kind = kind;
        _text = text;
        Number = number;
    }

    public RawCellKind Kind { get; }
    public double Number { get; }

    public static RawCell OfText(string? text) =>
        string.IsNullOrEmpty(text) ? default : new RawCell(RawCellKind.Text, text.AsMemory(), 0);

    public static RawCell OfText(ReadOnlyMemory<char> text) =>
        text.IsEmpty ? default : new RawCell(RawCellKind.Text, text, 0);

    public static RawCell OfNumber(double n, RawCellKind kind = RawCellKind.Number) => new(kind, default, n);

    /// <summary>The text of a text cell (empty for other cells).</summary>
    public ReadOnlySpan<char> Span => Kind == RawCellKind.Text ? _text.Span : default;

    /// <summary>The text of a text cell as a string (null for other cells): allocates unless the cell was read as a string.</summary>
    public string? Text => Kind == RawCellKind.Text ? _text.ToString() : null;

    public bool IsEmpty => Kind == RawCellKind.Empty || (Kind == RawCellKind.Text && _text.Span.IsWhiteSpace());

    public bool IsNumeric => Kind is RawCellKind.Number or RawCellKind.Date or RawCellKind.DateTime;

    /// <summary>The value as text (numbers without exponent, as Excel shows a General cell).</summary>
    public string? AsText() => Kind switch
    {
        RawCellKind.Empty => null,
        RawCellKind.Text => _text.ToString(),
        RawCellKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => Number.ToString("0.###############", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>One row: the row number a user sees (1 = first line / first Excel row) and its cells by 0-based column.</summary>
internal sealed class RawRow(int number, RawCell[] cells)
{
    public int Number { get; } = number;
    public RawCell[] Cells { get; } = cells;

    public RawCell this[int column] => column < Cells.Length ? Cells[column] : default;

    public bool IsBlank
    {
        get
        {
            foreach (var c in Cells) if (!c.IsEmpty) return false;
            return true;
        }
    }
}

/// <summary>
/// One sheet of a table file (csv files have one unnamed sheet). Rows stream, blank rows included, with merged blocks
/// already filled (<see cref="MergedCellFiller"/>); <see cref="Merges"/> still lists the blocks (a two-row header is
/// recognised by them). <see cref="Hidden"/>: hidden in the workbook (drop-down lists and other helper sheets).
/// </summary>
internal sealed record TableSheet(string? Name, IEnumerable<RawRow> Rows, bool Hidden = false, IReadOnlyList<MergedRange>? Merges = null)
{
    public IReadOnlyList<MergedRange> Merges { get; } = Merges ?? [];
}

/// <summary>An opened table file: its format, encoding (csv) and sheets in order.</summary>
internal interface ITableFile : IDisposable
{
    string Format { get; }
    string? Encoding { get; }
    IEnumerable<TableSheet> Sheets();
}
