using System.Text;

namespace Auditor.Ingest.Tables;

/// <summary>
/// Finds the &lt;mergeCell ref="A3:A5"/&gt; elements of a worksheet's XML in raw bytes, chunk by chunk. A sheet lists
/// its merged blocks after all its cells, so a reader that streams the cells must learn them first; this runs over the
/// bytes the zip-bomb check inflates anyway, without an XML parser. Markup cannot hide in cell text (a "&lt;" there is
/// escaped), so every match is an element; any namespace prefix is allowed.
/// </summary>
internal sealed class MergeCellScanner
{
    private static readonly byte[] Name = "mergeCell"u8.ToArray();
    private const int MaxTag = 512, Context = 64;
    private readonly List<MergedRange> _ranges = [];
    private byte[] _buffer = new byte[1 << 16];
    private int _carry;

    public IReadOnlyList<MergedRange> Ranges => _ranges;

    /// <summary>Scans the next chunk of the part; a tag cut at the end of a chunk is finished with the next one.</summary>
    public void Feed(ReadOnlySpan<byte> chunk)
    {
        if (_carry + chunk.Length > _buffer.Length) Array.Resize(ref _buffer, _carry + chunk.Length);
        chunk.CopyTo(_buffer.AsSpan(_carry));
        var data = _buffer.AsSpan(0, _carry + chunk.Length);
        int pos = 0, keepFrom = -1;
        while (true)
        {
            int at = data[pos..].IndexOf(Name);
            if (at < 0) break;
            at += pos;
            int end = data[at..].IndexOf((byte)'>');
            if (end < 0) { keepFrom = Math.Max(pos, at - Context); break; } // cut: finish with the next chunk
            end += at;
            if (IsStartTag(data, at)) Read(data[(at + Name.Length)..end]);
            pos = end + 1;
        }
        // Keep the last bytes: the name may be cut in two, and its "<prefix:" is needed to recognise it.
        if (keepFrom < 0) keepFrom = Math.Max(pos, data.Length - Context);
        if (data.Length - keepFrom > MaxTag) keepFrom = data.Length - MaxTag; // not a real tag: do not grow without bound
        _carry = data.Length - keepFrom;
        data[keepFrom..].CopyTo(_buffer);
    }

    /// <summary>The name follows "&lt;" or "&lt;prefix:" and is followed by a blank (not "mergeCells").</summary>
    private static bool IsStartTag(ReadOnlySpan<byte> data, int at)
    {
        int after = at + Name.Length;
        if (after >= data.Length || data[after] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/')) return false;
        int i = at - 1;
        if (i >= 0 && data[i] == (byte)'<') return true;
        if (i < 0 || data[i] != (byte)':') return false;
        for (i--; i >= 0 && at - i < Context; i--)
        {
            if (data[i] == (byte)'<') return true;
            if (!IsNameByte(data[i])) return false;
        }
        return false;
    }

    private static bool IsNameByte(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_' or (byte)'-' or (byte)'.';

    /// <summary>Reads the ref attribute among the tag's attributes.</summary>
    private void Read(ReadOnlySpan<byte> attributes)
    {
        int i = 0;
        while (i < attributes.Length)
        {
            int at = attributes[i..].IndexOf("ref"u8);
            if (at < 0) return;
            at += i;
            i = at + 3;
            bool starts = at == 0 || attributes[at - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
            int j = i;
            while (j < attributes.Length && attributes[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') j++;
            if (!starts || j >= attributes.Length || attributes[j] != (byte)'=') continue;
            j++;
            while (j < attributes.Length && attributes[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') j++;
            if (j >= attributes.Length || attributes[j] is not ((byte)'"' or (byte)'\'')) return;
            byte quote = attributes[j];
            int close = attributes[(j + 1)..].IndexOf(quote);
            if (close < 0) return;
            var value = Encoding.ASCII.GetString(attributes.Slice(j + 1, close));
            if (MergedRange.Parse(value) is { } r) _ranges.Add(r);
            return;
        }
    }
}
