using System.Buffers;
using System.Globalization;
using System.Text;

namespace Auditor.Reports.Xlsx;

/// <summary>
/// Writes UTF-8 XML bytes through a pooled buffer into a stream: markup is written as given (ASCII literals), text is
/// escaped (&amp; &lt; &gt;) with line ends as an XmlWriter writes them on Linux (CR LF and lone CR become LF).
/// No checks and no allocation per call: the caller writes well-formed markup and XML-legal text (see PublicText).
/// </summary>
internal sealed class Utf8XmlWriter : IDisposable
{
    private const int Capacity = 1 << 16;
    /// <summary>Characters encoded per step: at most 3 bytes each, so a step always fits an emptied buffer.</summary>
    private const int CharsPerStep = Capacity / 3 - 1;
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\r");

    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Capacity);
    private int _position;

    public Utf8XmlWriter(Stream output) => _output = output;

    /// <summary>Markup or any bytes that need no escaping (UTF-8 literals, precomputed cell references).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _position)
        {
            Flush();
            if (bytes.Length > _buffer.Length) { _output.Write(bytes); return; }
        }
        bytes.CopyTo(_buffer.AsSpan(_position));
        Advance(bytes.Length);
    }

    public void Raw(byte b)
    {
        if (_position == _buffer.Length) Flush();
        _buffer[_position] = b;
        Advance(1);
    }

    /// <summary>An integer in invariant digits.</summary>
    public void Integer(long value)
    {
        value.TryFormat(GetSpan(20), out int written, default, CultureInfo.InvariantCulture);
        Advance(written);
    }

    /// <summary>A double in its shortest round-trip form ("R"; a whole number as its digits, which is the same text).</summary>
    public void Double(double value)
    {
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
        {
            Integer((long)value);
            return;
        }
        value.TryFormat(GetSpan(32), out int written, "R", CultureInfo.InvariantCulture);
        Advance(written);
    }

    /// <summary>Room for <paramref name="size"/> bytes (at most 4 KB) to format into; then <see cref="Advance"/> by what was written.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _position < size) Flush();
        return _buffer.AsSpan(_position);
    }

    /// <summary>Element content, escaped.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            int special = text.IndexOfAny(Special);
            if (special < 0) { Encode(text); return; }
            Encode(text[..special]);
            switch (text[special])
            {
                case '&': Raw("&amp;"u8); break;
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                default: // CR: CR LF and a lone CR are both one LF, as XmlWriter writes them and as any reader reads them
                    Raw((byte)'\n');
                    if (special + 1 < text.Length && text[special + 1] == '\n') special++;
                    break;
            }
            text = text[(special + 1)..];
        }
    }

    private void Encode(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            int n = Math.Min(text.Length, CharsPerStep);
            if (n < text.Length && char.IsHighSurrogate(text[n - 1])) n--; // never split a surrogate pair
            var part = text[..n];
            if (part.Length * 3 > _buffer.Length - _position) Flush();
            Advance(Encoding.UTF8.GetBytes(part, _buffer.AsSpan(_position)));
            text = text[n..];
        }
    }

    public void Advance(int n) => _position += n;

    public void Flush()
    {
        if (_position == 0) return;
        _output.Write(_buffer, 0, _position);
        _position = 0;
    }

    /// <summary>Flushes the rest and returns the buffer to the pool (the stream stays open).</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
