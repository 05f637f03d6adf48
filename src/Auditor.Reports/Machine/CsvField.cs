using System.Text;

namespace Auditor.Reports.Machine;

/// <summary>
/// One CSV field, RFC 4180 quoted when needed. A text value a spreadsheet would run as a formula
/// (starting with = + - @ tab or CR) gets a leading apostrophe (formula injection).
/// </summary>
public static class CsvField
{
    /// <summary>A text value: neutralised, then quoted.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (Reports.Text.SpreadsheetText.LooksLikeFormula(value)) value = "'" + value;
        return Quote(value);
    }

    /// <summary>A value the program made (numbers, ids, ISO times): quoted only when needed, never neutralised.</summary>
    public static string Plain(string? value) => string.IsNullOrEmpty(value) ? "" : Quote(value);

    private static string Quote(string value)
    {
        bool needs = false;
        foreach (var c in value)
        {
            if (c is ',' or '"' or '\n' or '\r') { needs = true; break; }
        }
        if (!needs) return value;
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value) sb.Append(c == '"' ? "\"\"" : c);
        return sb.Append('"').ToString();
    }

    /// <summary>Writes a text value straight to the writer (as <see cref="Text"/>, without building the field string).</summary>
    public static void WriteText(TextWriter w, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (Reports.Text.SpreadsheetText.LooksLikeFormula(value)) { w.Write(Text(value)); return; }
        WritePlain(w, value);
    }

    /// <summary>Writes a program-made value straight to the writer (as <see cref="Plain"/>).</summary>
    public static void WritePlain(TextWriter w, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(NeedQuotes) < 0) { w.Write(value); return; }
        w.Write(Quote(value));
    }

    private static readonly System.Buffers.SearchValues<char> NeedQuotes = System.Buffers.SearchValues.Create(",\"\n\r");

    public static void WriteRow(TextWriter w, params string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) w.Write(',');
            w.Write(fields[i]);
        }
        w.Write('\n');
    }
}
