namespace Auditor.Cli.Fixtures;

/// <summary>The cells of one generated ledger row, left to right, whatever the file format (csv text or xlsx cells).</summary>
internal interface ILedgerRow
{
    void Text(string value);
    void Empty();
    /// <summary>`prefix` followed by a zero-padded number, e.g. YQ2026Q3-0000001.</summary>
    void Numbered(string prefix, long number, string format);
    /// <summary>A time of day on a date, or the date alone when <paramref name="dateOnly"/>.</summary>
    void Time(DateTime t, bool dateOnly);
}
