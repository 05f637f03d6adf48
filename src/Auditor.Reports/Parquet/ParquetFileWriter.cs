using Snappier;

namespace Auditor.Reports.Parquet;

/// <summary>
/// Writes a flat Parquet file row group by row group: the caller fills one <see cref="ColumnBuffer"/> per column
/// (<see cref="Columns"/>), then <see cref="EndRowGroup"/> writes each column chunk — a dictionary page for dictionary
/// columns, one v1 data page — Snappy-compressed, and the footer (Thrift compact FileMetaData) comes at
/// <see cref="Dispose"/>. Nothing in the file depends on the time or the machine: the same rows give the same bytes.
/// </summary>
/// <remarks>
/// Written by hand rather than with Parquet.Net (which reads these files in the tests): its writer took ≈ 7 CPU-seconds
/// per million findings rows here, more than every other findings file together.
/// </remarks>
internal sealed class ParquetFileWriter : IDisposable
{
    // Parquet's Thrift enums (parquet.thrift)
    private const int TypeInt64 = 2, TypeDouble = 5, TypeByteArray = 6;
    private const int Required = 0, Optional = 1;
    private const int ConvertedUtf8 = 0;
    private const int EncodingPlain = 0, EncodingRle = 3, EncodingRleDictionary = 8;
    private const int CodecSnappy = 1;
    private const int PageData = 0, PageDictionary = 2;

    private readonly Stream _out;
    private readonly string _createdBy;
    private readonly List<RowGroupMeta> _rowGroups = [];
    private readonly ByteBuffer _page = new();
    private byte[] _compressed = new byte[1 << 16];
    private readonly MemoryStream _header = new();
    private long _offset;
    private bool _closed;

    private sealed record ChunkMeta(long DataPageOffset, long? DictionaryPageOffset, long UncompressedSize, long CompressedSize, int Values);
    private sealed record RowGroupMeta(ChunkMeta[] Chunks, int Rows);

    public ParquetFileWriter(Stream output, IReadOnlyList<ParquetColumn> columns, string createdBy)
    {
        _out = output;
        _createdBy = createdBy;
        Columns = [.. columns.Select<ParquetColumn, ColumnBuffer>(c => c.Kind switch
        {
            ParquetColumnKind.Text => new TextBuffer(c),
            ParquetColumnKind.DictionaryText => new DictionaryTextBuffer(c),
            ParquetColumnKind.Int64 => new Int64Buffer(c),
            ParquetColumnKind.Double => new DoubleBuffer(c),
            _ => new LocalTimestampBuffer(c),
        })];
        Write("PAR1"u8);
    }

    /// <summary>The buffers of the row group being filled, in schema order.</summary>
    public ColumnBuffer[] Columns { get; }

    public int BufferedRows => Columns[0].Rows;

    /// <summary>Writes the buffered rows as one row group (nothing when none) and clears the buffers.</summary>
    public void EndRowGroup()
    {
        int rows = BufferedRows;
        if (rows == 0) return;
        var chunks = new ChunkMeta[Columns.Length];
        for (int i = 0; i < Columns.Length; i++)
        {
            var c = Columns[i];
            if (c.Rows != rows) throw new InvalidOperationException($"column {c.Column.Name} has {c.Rows} rows, the row group {rows}");
            long start = _offset;
            long? dictionaryOffset = null;
            long uncompressed = 0;
            if (c.Dictionary is { } dictionary)
            {
                dictionaryOffset = _offset;
                uncompressed += WritePage(PageDictionary, dictionary.Span, c.DictionarySize, EncodingPlain);
            }
            long dataOffset = _offset;
            _page.Clear();
            c.WriteDataPageBody(_page);
            uncompressed += WritePage(PageData, _page.Span, rows, c.Dictionary is null ? EncodingPlain : EncodingRleDictionary);
            chunks[i] = new ChunkMeta(dataOffset, dictionaryOffset, uncompressed, _offset - start, rows);
            c.Clear();
        }
        _rowGroups.Add(new RowGroupMeta(chunks, rows));
    }

    /// <summary>One page: its header, then the Snappy-compressed body. Returns the uncompressed size (header included).</summary>
    private long WritePage(int type, ReadOnlySpan<byte> body, int values, int encoding)
    {
        int max = Snappy.GetMaxCompressedLength(body.Length);
        if (_compressed.Length < max) _compressed = new byte[Math.Max(max, _compressed.Length * 2)];
        int compressed = Snappy.Compress(body, _compressed);
        _header.SetLength(0);
        var t = new ThriftCompactWriter(_header);
        t.BeginStruct();
        t.I32(1, type);
        t.I32(2, body.Length);
        t.I32(3, compressed);
        if (type == PageData)
        {
            t.BeginStructField(5);
            t.I32(1, values);
            t.I32(2, encoding);
            t.I32(3, EncodingRle);
            t.I32(4, EncodingRle);
            t.EndStruct();
        }
        else
        {
            t.BeginStructField(7);
            t.I32(1, values);
            t.I32(2, encoding);
            t.EndStruct();
        }
        t.EndStruct();
        Write(_header.GetBuffer().AsSpan(0, (int)_header.Length));
        Write(_compressed.AsSpan(0, compressed));
        return _header.Length + body.Length;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _out.Write(bytes);
        _offset += bytes.Length;
    }

    /// <summary>Writes the remaining rows and the footer; the stream stays open (its owner closes it).</summary>
    public void Close()
    {
        if (_closed) return;
        _closed = true;
        EndRowGroup();
        _header.SetLength(0);
        var t = new ThriftCompactWriter(_header);
        t.BeginStruct();
        t.I32(1, 1); // version
        t.BeginStructList(2, Columns.Length + 1);
        t.BeginStruct(); // the root
        t.String(4, "schema");
        t.I32(5, Columns.Length);
        t.EndStruct();
        foreach (var c in Columns) SchemaElement(t, c.Column);
        t.I64(3, _rowGroups.Sum(g => (long)g.Rows));
        t.BeginStructList(4, _rowGroups.Count);
        foreach (var g in _rowGroups)
        {
            t.BeginStruct();
            t.BeginStructList(1, g.Chunks.Length);
            for (int i = 0; i < g.Chunks.Length; i++) ColumnChunk(t, Columns[i].Column, g.Chunks[i]);
            t.I64(2, g.Chunks.Sum(c => c.UncompressedSize));
            t.I64(3, g.Rows);
            t.EndStruct();
        }
        t.String(6, _createdBy);
        t.EndStruct();
        int footer = (int)_header.Length;
        Write(_header.GetBuffer().AsSpan(0, footer));
        Span<byte> tail = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(tail, footer);
        "PAR1"u8.CopyTo(tail[4..]);
        Write(tail);
    }

    private static void SchemaElement(ThriftCompactWriter t, ParquetColumn c)
    {
        t.BeginStruct();
        t.I32(1, PhysicalType(c.Kind));
        t.I32(3, c.Optional ? Optional : Required);
        t.String(4, c.Name);
        switch (c.Kind)
        {
            case ParquetColumnKind.Text or ParquetColumnKind.DictionaryText:
                t.I32(6, ConvertedUtf8);
                t.BeginStructField(10); // LogicalType
                t.BeginStructField(1);  // STRING
                t.EndStruct();
                t.EndStruct();
                break;
            case ParquetColumnKind.LocalTimestamp:
                // no converted type: TIMESTAMP_MICROS would say the values are UTC
                t.BeginStructField(10); // LogicalType
                t.BeginStructField(8);  // TIMESTAMP
                t.Bool(1, false);       // isAdjustedToUTC
                t.BeginStructField(2);  // unit
                t.BeginStructField(2);  // MICROS
                t.EndStruct();
                t.EndStruct();
                t.EndStruct();
                t.EndStruct();
                break;
        }
        t.EndStruct();
    }

    private static void ColumnChunk(ThriftCompactWriter t, ParquetColumn c, ChunkMeta m)
    {
        t.BeginStruct();
        t.I64(2, m.DictionaryPageOffset ?? m.DataPageOffset); // file_offset
        t.BeginStructField(3);
        t.I32(1, PhysicalType(c.Kind));
        t.I32List(2, c.Kind == ParquetColumnKind.DictionaryText ? [EncodingPlain, EncodingRle, EncodingRleDictionary] : [EncodingPlain, EncodingRle]);
        t.StringList(3, [c.Name]);
        t.I32(4, CodecSnappy);
        t.I64(5, m.Values);
        t.I64(6, m.UncompressedSize);
        t.I64(7, m.CompressedSize);
        t.I64(9, m.DataPageOffset);
        if (m.DictionaryPageOffset is { } d) t.I64(11, d);
        t.EndStruct();
        t.EndStruct();
    }

    private static int PhysicalType(ParquetColumnKind kind) => kind switch
    {
        ParquetColumnKind.Text or ParquetColumnKind.DictionaryText => TypeByteArray,
        ParquetColumnKind.Double => TypeDouble,
        _ => TypeInt64,
    };

    public void Dispose() => Close();
}
