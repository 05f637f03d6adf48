using System.Text;

namespace Auditor.Reports.Csv;

/// <summary>
/// CSV as Excel opens it correctly on a Chinese desktop: UTF-8 with BOM, CRLF, RFC 4180 quoting; a text cell
/// starting with = + - @ tab or CR gets a leading apostrophe so it is never run as a formula (CSV injection).
/// </summary>
internal static class ExcelCsv
{
    public static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static StreamWriter Create(string path) => new(path, append: false, Utf8Bom) { NewLine = "\r\n" };

    public static StreamWriter Create(Stream stream) => new(stream, Utf8Bom, 65536, leaveOpen: true) { NewLine = "\r\n" };

    /// <summary>A text cell: neutralised and quoted when needed.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static void Row(TextWriter w, IEnumerable<string> cells) => w.WriteLine(string.Join(",", cells));
}
