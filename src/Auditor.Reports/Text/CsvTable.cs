using System.Text;

namespace Auditor.Reports.Text;

/// <summary>
/// Writes a CSV file the way Excel/WPS open it correctly in China: UTF-8 with BOM, CRLF, RFC 4180 quoting, and
/// formula-looking values neutralised (<see cref="SpreadsheetText.ForCsv"/>). Numbers are passed as invariant text.
/// </summary>
public sealed class CsvTable(TextWriter writer)
{
    public static StreamWriter Open(string path) =>
        new(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };

    /// <summary>Writes one row; text cells are neutralised, cells passed as <see cref="Number"/> are written as-is.</summary>
    public void Row(params object?[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Field(cells[i]));
        }
        writer.Write("\r\n");
    }

    public static string Field(object? cell)
    {
        var s = cell switch
        {
            null => "",
            Number n => n.Text,
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => SpreadsheetText.ForCsv(cell.ToString()),
        };
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// <summary>A numeric cell (a negative number is not a formula and stays as written).</summary>
    public readonly record struct Number(string Text)
    {
        public static Number Of(double v) => new(v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        public static Number Of(long v) => new(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
