namespace Auditor.Reports.Text;

/// <summary>
/// Spreadsheet formula injection: a text value starting with = + - @ tab or CR would be run as a
/// formula by Excel/WPS when a user opens the file.
/// </summary>
public static class SpreadsheetText
{
    public static bool LooksLikeFormula(string? s) =>
        !string.IsNullOrEmpty(s) && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>For a CSV cell: a leading apostrophe makes Excel show the value as text.</summary>
    public static string ForCsv(string? s)
    {
        s = PublicText.StripIllegalXml(s ?? "");
        return LooksLikeFormula(s) ? "'" + s : s;
    }

    /// <summary>Excel holds at most 32,767 characters in a cell (NPOI refuses more).</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Cuts a value that would not fit in one Excel cell, marking the cut; the csv and json keep the whole text.</summary>
    public static string FitCell(string s)
    {
        const string mark = "…（超出 Excel 单元格长度，已截断，全文见 findings.csv）";
        if (s.Length <= MaxCellLength) return s;
        int cut = MaxCellLength - mark.Length;
        if (char.IsHighSurrogate(s[cut - 1])) cut--; // never split a surrogate pair
        return s[..cut] + mark;
    }
}
