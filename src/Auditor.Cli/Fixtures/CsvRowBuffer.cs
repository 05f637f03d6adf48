using System.Globalization;

namespace Auditor.Cli.Fixtures;

/// <summary>One CSV row assembled in a reusable char buffer (no per-row strings): fields, times, then a newline.</summary>
internal sealed class CsvRowBuffer : ILedgerRow
{
    private static readonly char[] MustQuote = [',', '"', '\n', '\r'];
    private char[] _chars = new char[2048];
    private int _length;
    private bool _first = true;

    public ReadOnlySpan<char> Row => _chars.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        _first = true;
    }

    public void Text(string value)
    {
        Separator();
        if (value.AsSpan().IndexOfAny(MustQuote) < 0)
        {
            Append(value);
            return;
        }
        Append("\"");
        Append(value.Replace("\"", "\"\""));
        Append("\"");
    }

    public void Empty() => Separator();

    /// <summary>`prefix` followed by a zero-padded number, e.g. YQ2026Q3-0000001.</summary>
    public void Numbered(string prefix, long number, string format)
    {
        Separator();
        Append(prefix);
        Ensure(24);
        number.TryFormat(_chars.AsSpan(_length), out int written, format, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>`yyyy-MM-dd HH:mm`, or `yyyy-MM-dd` when <paramref name="dateOnly"/>.</summary>
    public void Time(DateTime t, bool dateOnly)
    {
        Separator();
        Ensure(16);
        t.Deconstruct(out int year, out int month, out int day);
        Span<char> s = _chars.AsSpan(_length);
        Digits(s, year, 4);
        s[4] = '-';
        Digits(s[5..], month, 2);
        s[7] = '-';
        Digits(s[8..], day, 2);
        if (dateOnly)
        {
            _length += 10;
            return;
        }
        s[10] = ' ';
        Digits(s[11..], t.Hour, 2);
        s[13] = ':';
        Digits(s[14..], t.Minute, 2);
        _length += 16;
    }

    public void EndRow()
    {
        Ensure(1);
        _chars[_length++] = '\n';
    }

    private static void Digits(Span<char> s, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            s[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    private void Separator()
    {
        if (!_first)
        {
            Ensure(1);
            _chars[_length++] = ',';
        }
        _first = false;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _chars.Length) return;
        Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + extra));
    }
}
