using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Auditor.Reports.Parquet;

/// <summary>How a column of a <see cref="ParquetFileWriter"/> is stored.</summary>
internal enum ParquetColumnKind
{
    /// <summary>UTF-8 text, PLAIN: for near-unique values (case ids, evidence).</summary>
    Text,
    /// <summary>UTF-8 text, dictionary-encoded per row group: for repeating values (unit, rule, verdict).</summary>
    DictionaryText,
    /// <summary>Signed 64-bit integer.</summary>
    Int64,
    /// <summary>IEEE double.</summary>
    Double,
    /// <summary>A local date and time (no zone: "as written on the wall clock"), microseconds, INT64.</summary>
    LocalTimestamp,
}

/// <summary>One column of the schema: a flat, optional (nullable) or required field.</summary>
internal sealed record ParquetColumn(string Name, ParquetColumnKind Kind, bool Optional = true);

/// <summary>
/// The values of one column for the row group being written: which rows are defined (a bitmap that is, byte for byte,
/// the bit-packed definition levels of width 1) and the encoded values of the defined ones.
/// </summary>
internal abstract class ColumnBuffer(ParquetColumn column)
{
    public ParquetColumn Column { get; } = column;
    public int Rows { get; private set; }
    private byte[] _defined = new byte[1024];

    /// <summary>Values as PLAIN bytes (or, for a dictionary column, its indices; see <see cref="DictionaryTextBuffer"/>).</summary>
    protected readonly ByteBuffer Values = new();

    protected void Define(bool defined)
    {
        if (!defined && !Column.Optional) throw new InvalidOperationException($"column {Column.Name} is required");
        int byteIndex = Rows >> 3;
        if (byteIndex >= _defined.Length) Array.Resize(ref _defined, _defined.Length * 2);
        if (defined) _defined[byteIndex] |= (byte)(1 << (Rows & 7));
        Rows++;
    }

    /// <summary>The definition levels (empty for a required column) then the values, as a v1 data page's body.</summary>
    public void WriteDataPageBody(ByteBuffer page)
    {
        if (Column.Optional)
        {
            // RLE/bit-packed hybrid, one bit-packed run: header (groups of 8 << 1 | 1), then the bitmap; 4-byte length first
            int groups = (Rows + 7) >> 3;
            var header = new ByteBuffer();
            header.Varint((ulong)groups << 1 | 1);
            page.Int32(header.Length + groups);
            page.Write(header.Span);
            page.Write(_defined.AsSpan(0, groups));
        }
        WriteValues(page);
    }

    protected virtual void WriteValues(ByteBuffer page) => page.Write(Values.Span);

    /// <summary>The dictionary page's body (PLAIN values), or null when the column is not dictionary-encoded.</summary>
    public virtual ByteBuffer? Dictionary => null;

    public virtual int DictionarySize => 0;

    public virtual void Clear()
    {
        Array.Clear(_defined, 0, (Rows + 7) >> 3);
        Rows = 0;
        Values.Clear();
    }
}

internal sealed class TextBuffer(ParquetColumn column) : ColumnBuffer(column)
{
    public void Add(string? value)
    {
        Define(value is not null);
        if (value is not null) Values.LengthPrefixedUtf8(value);
    }
}

/// <summary>
/// Dictionary-encoded text: each distinct value once in the dictionary page (first appearance order), each row an index,
/// bit-packed at the width the dictionary needs. Values that repeat are usually the same string instance (the pack's
/// rule ids, the registry's unit names), so an identity lookup is tried before hashing the text.
/// </summary>
internal sealed class DictionaryTextBuffer(ParquetColumn column) : ColumnBuffer(column)
{
    private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly ByteBuffer _dictionary = new();
    private int[] _indices = new int[1024];
    private int _count;

    public void Add(string? value)
    {
        Define(value is not null);
        if (value is null) return;
        if (!_byReference.TryGetValue(value, out int index))
        {
            if (!_byText.TryGetValue(value, out index))
            {
                index = _byText.Count;
                _byText.Add(value, index);
                _dictionary.LengthPrefixedUtf8(value);
            }
            if (_byReference.Count < 4096) _byReference.Add(value, index);
        }
        if (_count == _indices.Length) Array.Resize(ref _indices, _count * 2);
        _indices[_count++] = index;
    }

    public override ByteBuffer? Dictionary => _dictionary;
    public override int DictionarySize => _byText.Count;

    protected override void WriteValues(ByteBuffer page)
    {
        int width = Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(0, _byText.Count - 1)));
        page.Byte((byte)width);
        BitPacking.WriteHybrid(page, _indices.AsSpan(0, _count), width);
    }

    public override void Clear()
    {
        base.Clear();
        _byText.Clear();
        _byReference.Clear();
        _dictionary.Clear();
        _count = 0;
    }
}

internal sealed class Int64Buffer(ParquetColumn column) : ColumnBuffer(column)
{
    public void Add(long? value)
    {
        Define(value is not null);
        if (value is { } v) Values.Int64(v);
    }
}

internal sealed class DoubleBuffer(ParquetColumn column) : ColumnBuffer(column)
{
    public void Add(double? value)
    {
        Define(value is not null);
        if (value is { } v) Values.Int64(BitConverter.DoubleToInt64Bits(v));
    }
}

internal sealed class LocalTimestampBuffer(ParquetColumn column) : ColumnBuffer(column)
{
    /// <summary>A local date-time: its ticks since 0001-01-01 (DateTime.Ticks of an unspecified-kind value).</summary>
    public void Add(long? localTicks)
    {
        Define(localTicks is not null);
        if (localTicks is { } t) Values.Int64((t - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
    }
}

/// <summary>The RLE/bit-packed hybrid encoding of Parquet, written as bit-packed runs only (valid, and simple).</summary>
internal static class BitPacking
{
    /// <summary>One bit-packed run: header (groups of 8 values &lt;&lt; 1 | 1), then the values packed LSB first, the last group padded with zeros.</summary>
    public static void WriteHybrid(ByteBuffer page, ReadOnlySpan<int> values, int width)
    {
        int groups = (values.Length + 7) >> 3;
        page.Varint((ulong)groups << 1 | 1);
        var output = page.Reserve(groups * width);
        ulong acc = 0;
        int bits = 0, at = 0;
        for (int i = 0; i < groups * 8; i++)
        {
            ulong v = i < values.Length ? (uint)values[i] : 0;
            acc |= v << bits;
            bits += width;
            while (bits >= 8)
            {
                output[at++] = (byte)acc;
                acc >>= 8;
                bits -= 8;
            }
        }
    }
}

/// <summary>A growable byte buffer with the little-endian and varint writes Parquet pages need.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public Span<byte> Reserve(int n)
    {
        Ensure(n);
        var span = _bytes.AsSpan(Length, n);
        Length += n;
        return span;
    }

    public void Byte(byte b) => Reserve(1)[0] = b;
    public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));
    public void Int32(int v) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), v);
    public void Int64(long v) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), v);

    public void Varint(ulong v)
    {
        while (v >= 0x80)
        {
            Byte((byte)(v | 0x80));
            v >>= 7;
        }
        Byte((byte)v);
    }

    /// <summary>PLAIN BYTE_ARRAY: a 4-byte length, then the UTF-8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void LengthPrefixedUtf8(string s)
    {
        Ensure(4 + Encoding.UTF8.GetMaxByteCount(s.Length));
        int n = Encoding.UTF8.GetBytes(s, _bytes.AsSpan(Length + 4));
        BinaryPrimitives.WriteInt32LittleEndian(_bytes.AsSpan(Length), n);
        Length += 4 + n;
    }

    private void Ensure(int n)
    {
        if (Length + n <= _bytes.Length) return;
        Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + n));
    }
}
