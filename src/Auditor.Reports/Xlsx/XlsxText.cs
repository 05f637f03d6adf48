using System.Buffers;
using Auditor.Reports.Text;

namespace Auditor.Reports.Xlsx;

/// <summary>Text of string cells: what a data cell holds, and its t element (inline or shared).</summary>
internal static class XlsxText
{
    private static readonly SearchValues<char> LineOrTab = SearchValues.Create("\t\n\r");

    /// <summary>
    /// A data cell's text: XML-legal, cut to Excel's cell length, and a formula-looking value gets the apostrophe the CSV
    /// gets (the cell is a string cell and never a formula; the apostrophe keeps a copied value from running).
    /// </summary>
    public static string ForCell(string value) =>
        value.Length <= SpreadsheetText.MaxCellLength && !SpreadsheetText.LooksLikeFormula(value) && IsPlainXml(value)
            ? value // nearly every cell: what the general path would return, found in one tight pass
            : SpreadsheetText.FitCell(SpreadsheetText.ForCsv(value));

    /// <summary>Every character is XML-legal on its own: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD (surrogates take the general path).</summary>
    private static bool IsPlainXml(string s)
    {
        foreach (char c in s)
        {
            if (c < '\u0020') { if (c is not ('\t' or '\n' or '\r')) return false; }
            else if (c >= '\uD800' && (c < '\uE000' || c >= '\uFFFE')) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the t element needs xml:space="preserve": Excel trims unmarked text, so leading or trailing white space,
    /// line breaks, tabs and runs of spaces are marked; plain text (nearly every cell) is not.
    /// </summary>
    public static bool NeedsPreserve(string s) =>
        s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.AsSpan().IndexOfAny(LineOrTab) >= 0 || s.Contains("  ", StringComparison.Ordinal));

    /// <summary>Writes &lt;t&gt;text&lt;/t&gt; (escaped, marked when white space matters).</summary>
    public static void WriteT(Utf8XmlWriter w, string s)
    {
        w.Raw(NeedsPreserve(s) ? "<t xml:space=\"preserve\">"u8 : "<t>"u8);
        w.Text(s);
        w.Raw("</t>"u8);
    }
}
