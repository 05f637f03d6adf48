using System.Text;
using System.Text.RegularExpressions;

namespace Auditor.Reports.Text;

/// <summary>
/// Makes text safe for a public document: removes characters XML forbids, masks ID
/// numbers, mobile numbers and e-mail addresses, and (for 通报/名单) hides the values of internal fields.
/// </summary>
public sealed partial class PublicText
{
    /// <summary>Replacement for a value of an internal field (004 三（四）: 舆情简报内容, 宣传引导提示 …).</summary>
    public const string InternalPlaceholder = "〔内部信息略〕";

    private readonly string[] _internalValues;

    /// <param name="internalValues">Exact values (at least 2 characters) that must never appear; longest first.</param>
    public PublicText(IEnumerable<string>? internalValues = null)
    {
        _internalValues = (internalValues ?? [])
            .Select(v => StripIllegalXml(v).Trim())
            .Where(v => v.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length)
            .ThenBy(v => v, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Masks personal data and removes XML-illegal characters; internal values are not touched.</summary>
    public static PublicText Standard { get; } = new();

    public string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = StripIllegalXml(text);
        foreach (var v in _internalValues)
            if (s.Contains(v, StringComparison.Ordinal)) s = s.Replace(v, InternalPlaceholder, StringComparison.Ordinal);
        return MaskPersonalData(s);
    }

    /// <summary>18/15-digit ID numbers → 3607**********1234; mobiles → 138****5678; e-mail → z***@example.com.</summary>
    public static string MaskPersonalData(string s)
    {
        if (s.Length < 5) return s;
        s = IdNumber18().Replace(s, m => m.Value[..4] + new string('*', 10) + m.Value[^4..]);
        s = IdNumber15().Replace(s, m => m.Value[..4] + new string('*', 7) + m.Value[^4..]);
        s = Mobile().Replace(s, m =>
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length == 13) digits = digits[2..]; // +86 country code
            return digits[..3] + "****" + digits[^4..];
        });
        s = Email().Replace(s, m => m.Groups[1].Value[..1] + "***@" + m.Groups[2].Value);
        return s;
    }

    /// <summary>Removes characters outside the XML 1.0 Char production (controls, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string StripIllegalXml(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            if (!IsLegalAt(s, i, out var width)) break;
            i += width - 1;
        }
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            if (IsLegalAt(s, i, out var width))
            {
                sb.Append(s, i, width);
                i += width - 1;
            }
        }
        return sb.ToString();
    }

    private static bool IsLegalAt(string s, int i, out int width)
    {
        char c = s[i];
        width = 1;
        if (c == '\t' || c == '\n' || c == '\r') return true;
        if (c < 0x20) return false;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { width = 2; return true; }
            return false;
        }
        if (char.IsLowSurrogate(c)) return false;
        return c != '\uFFFE' && c != '\uFFFF';
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")] private static partial Regex IdNumber18();
    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{14}(?![0-9])")] private static partial Regex IdNumber15();
    [GeneratedRegex(@"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])")] private static partial Regex Mobile();
    [GeneratedRegex(@"([A-Za-z0-9._%+\-]+)@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})")] private static partial Regex Email();
}
