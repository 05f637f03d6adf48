using System.Text;

namespace Auditor.Core.Rules;

/// <summary>
/// Normalises text for quote checks: drops all whitespace and maps full-width ASCII forms (（），；：！？ and
/// full-width letters/digits) to half-width. Nothing else is changed, so a quote must be verbatim otherwise.
/// </summary>
public static class QuoteText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u3000') continue;
            if (ch >= '\uFF01' && ch <= '\uFF5E') sb.Append((char)(ch - 0xFEE0));
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
