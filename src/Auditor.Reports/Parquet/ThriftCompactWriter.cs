using System.Text;

namespace Auditor.Reports.Parquet;

/// <summary>
/// The Thrift compact protocol, write side only, as far as Parquet's page headers and file footer need it: structs of
/// i32/i64/bool/binary/struct/list fields. A field header carries the delta from the previous field id of the same
/// struct; integers are zigzag varints; binaries are a varint length and the bytes.
/// </summary>
internal sealed class ThriftCompactWriter(Stream output)
{
    private const byte BoolTrue = 1, BoolFalse = 2, TypeI32 = 5, TypeI64 = 6, Binary = 8, List = 9, Struct = 12;

    private readonly Stack<short> _lastIds = new();
    private short _lastId;

    public void BeginStruct()
    {
        _lastIds.Push(_lastId);
        _lastId = 0;
    }

    public void EndStruct()
    {
        output.WriteByte(0); // STOP
        _lastId = _lastIds.Pop();
    }

    public void I32(short id, int value)
    {
        Field(id, TypeI32);
        Varint(ZigZag(value));
    }

    public void I64(short id, long value)
    {
        Field(id, TypeI64);
        Varint(ZigZag(value));
    }

    public void Bool(short id, bool value) => Field(id, value ? BoolTrue : BoolFalse);

    public void String(short id, string value)
    {
        Field(id, Binary);
        var bytes = Encoding.UTF8.GetBytes(value);
        Varint((ulong)bytes.Length);
        output.Write(bytes);
    }

    /// <summary>A struct field: write its fields, then <see cref="EndStruct"/>.</summary>
    public void BeginStructField(short id)
    {
        Field(id, Struct);
        BeginStruct();
    }

    /// <summary>A list of structs: each element is written between <see cref="BeginStruct"/> and <see cref="EndStruct"/>.</summary>
    public void BeginStructList(short id, int count)
    {
        Field(id, List);
        ListHeader(count, Struct);
    }

    public void I32List(short id, IReadOnlyList<int> values)
    {
        Field(id, List);
        ListHeader(values.Count, TypeI32);
        foreach (var v in values) Varint(ZigZag(v));
    }

    public void StringList(short id, IReadOnlyList<string> values)
    {
        Field(id, List);
        ListHeader(values.Count, Binary);
        foreach (var v in values)
        {
            var bytes = Encoding.UTF8.GetBytes(v);
            Varint((ulong)bytes.Length);
            output.Write(bytes);
        }
    }

    private void ListHeader(int count, byte type)
    {
        if (count < 15) output.WriteByte((byte)(count << 4 | type));
        else
        {
            output.WriteByte((byte)(0xF0 | type));
            Varint((ulong)count);
        }
    }

    private void Field(short id, byte type)
    {
        int delta = id - _lastId;
        if (delta is > 0 and <= 15) output.WriteByte((byte)(delta << 4 | type));
        else
        {
            output.WriteByte(type);
            Varint(ZigZag(id));
        }
        _lastId = id;
    }

    private static ulong ZigZag(long v) => (ulong)((v << 1) ^ (v >> 63));

    private void Varint(ulong v)
    {
        while (v >= 0x80)
        {
            output.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }
        output.WriteByte((byte)v);
    }
}
