namespace Auditor.Reports.Text;

/// <summary>
/// Spreadsheet formula injection (issue 8 item 4): a text value starting with = + - @ tab or CR would be run as a
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

    /// <summary>For an xlsx string cell: the value is written as a string cell (never a formula) and XML-legal.</summary>
    public static string ForXlsx(string? s) => PublicText.StripIllegalXml(s ?? "");
}
