using System.Buffers;
using System.Text;
using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>
/// Reads csv records (RFC 4180; comma or tab) from text, one <see cref="RawRow"/> at a time, without a string per
/// cell: a cell is a slice of the buffer its record was read into (a buffer is never reused, so a row stays valid for
/// as long as it is kept). Only a quoted cell with a doubled quote, or with text after its closing quote, is copied.
/// Fields are found by a vectorised search for the delimiter and line breaks.
/// <list type="bullet">
/// <item>A quote opens a quoted cell only as its first character; anywhere else it is a character like any other.
/// Inside quotes everything is kept as written (line breaks too) but a doubled quote, which is one quote; after the
/// closing quote the cell goes on unquoted up to the next delimiter or line break ("ab"c reads abc).</item>
/// <item>A record ends at CR, LF or CRLF outside quotes; a blank line is a record with one empty cell; the end of the
/// text ends the last record.</item>
/// <item>A quote never closed is refused with its row (<see cref="InputException"/>): read to the end of the text, the
/// rest of the file would be one cell.</item>
/// </list>
/// </summary>
internal sealed class CsvRecordReader
{
    private const int BufferChars = 32 * 1024; // 64 KB: below the large-object heap

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly string _path;
    private readonly SearchValues<char> _stops;
    private readonly int _bufferChars;
    private char[] _buf = [];
    private int _len, _start; // buffered chars; where the current record starts
    private bool _eof;
    private int _record;

    // the current record's fields: offsets relative to _start, or the text when it had to be unescaped
    private readonly List<(int Offset, int Length, string? Copy)> _fields = new(32);
    private readonly StringBuilder _copy = new();

    /// <param name="path">The file, as the user named it, for the message of a quote never closed.</param>
    /// <param name="bufferChars">Chars read at a time (smaller in tests, to cross buffer ends everywhere).</param>
    public CsvRecordReader(TextReader reader, char delimiter, string path, int bufferChars = BufferChars)
    {
        _path = path;
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferChars, 1);
        _bufferChars = bufferChars;
        _reader = reader;
        _delimiter = delimiter;
        _stops = SearchValues.Create([delimiter, '\r', '\n']);
    }

    /// <summary>The next record, or null at the end of the text.</summary>
    public RawRow? Next()
    {
        if (!Available(0)) return null;
        _fields.Clear();
        int i = 0; // relative to _start
        while (true)
        {
            i = _buf[_start + i] == '"' ? Quoted(i) : Unquoted(i); // i is available: the record's start, or checked after a delimiter
            // i is at the delimiter, a line break or the end of the text
            if (!Available(i)) break;
            char c = _buf[_start + i];
            if (c == _delimiter)
            {
                i++;
                if (!Available(i)) { _fields.Add((i, 0, null)); break; } // "a," at the end: a last empty cell
                continue;
            }
            i++;
            if (c == '\r' && Available(i) && _buf[_start + i] == '\n') i++;
            break;
        }
        var row = Build();
        _start += i;
        return row;
    }

    /// <summary>An unquoted field from <paramref name="i"/>: up to the next delimiter or line break.</summary>
    private int Unquoted(int i)
    {
        int from = i;
        i = Stop(i);
        _fields.Add((from, i - from, null));
        return i;
    }

    /// <summary>The next delimiter or line break from <paramref name="i"/> (or the end of the text).</summary>
    private int Stop(int i)
    {
        while (true)
        {
            int k = _buf.AsSpan(_start + i, _len - _start - i).IndexOfAny(_stops);
            if (k >= 0) return i + k;
            i = _len - _start;
            if (!Available(i)) return i;
        }
    }

    /// <summary>A quoted field whose opening quote is at <paramref name="i"/>.</summary>
    private int Quoted(int i)
    {
        int content = i + 1, j = content;
        bool copied = false;
        _copy.Clear();
        while (true)
        {
            int q = Available(j) ? _buf.AsSpan(_start + j, _len - _start - j).IndexOf('"') : -1;
            while (q < 0 && !_eof)
            {
                j = _len - _start;
                q = Available(j) ? _buf.AsSpan(_start + j, _len - _start - j).IndexOf('"') : -1;
            }
            if (q < 0)
                throw new InputException($"{_path} 第{_record + 1}行：引号未闭合，从这里到文件末尾都会被读成一个单元格；请检查该行的引号（单元格中的引号应写成两个 \"\"）后重新导出");
            q += j;
            if (Available(q + 1) && _buf[_start + q + 1] == '"')
            {
                // a doubled quote is one quote: copy what came before it
                _copy.Append(_buf, _start + content, q + 1 - content);
                copied = true;
                content = j = q + 2;
                continue;
            }
            // the closing quote; anything after it up to the delimiter belongs to the cell
            int after = Stop(q + 1);
            if (after == q + 1) return Field(content, q, copied, after);
            _copy.Append(_buf, _start + content, q - content);
            _copy.Append(_buf, _start + q + 1, after - q - 1);
            _fields.Add((i, 0, _copy.ToString()));
            return after;
        }
    }

    private int Field(int content, int end, bool copied, int next)
    {
        if (!copied) _fields.Add((content, end - content, null));
        else
        {
            _copy.Append(_buf, _start + content, end - content);
            _fields.Add((content, 0, _copy.ToString()));
        }
        return next;
    }

    private RawRow Build()
    {
        var cells = new RawCell[_fields.Count];
        for (int f = 0; f < cells.Length; f++)
        {
            var (offset, length, copy) = _fields[f];
            cells[f] = copy is not null ? RawCell.OfText(copy) : RawCell.OfText(new ReadOnlyMemory<char>(_buf, _start + offset, length));
        }
        return new RawRow(++_record, cells);
    }

    /// <summary>
    /// Whether the char at <paramref name="i"/> (relative to the record's start) is there, reading more when it is
    /// not: the record so far moves to the start of a new buffer (the old one may still be referenced by earlier rows).
    /// </summary>
    private bool Available(int i)
    {
        while (_start + i >= _len)
        {
            if (_eof) return false;
            int kept = _len - _start;
            // not zeroed first: every char of it that is read has been written by the copy or the reader
            var next = GC.AllocateUninitializedArray<char>(Math.Max(_bufferChars, kept * 2));
            _buf.AsSpan(_start, kept).CopyTo(next);
            _buf = next;
            _start = 0;
            _len = kept;
            int n = _reader.ReadBlock(_buf, _len, _buf.Length - _len);
            if (n <= 0) _eof = true;
            else _len += n;
        }
        return true;
    }
}
