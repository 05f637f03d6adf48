using System.Runtime.InteropServices;

namespace Auditor.Reports.Xlsx;

/// <summary>
/// The shared-strings part (xl/sharedStrings.xml) of a workbook: each distinct text once, cells refer to it by index.
/// Bounded: past <see cref="MaxDistinct"/> strings (by default) a new text gets no index and the caller writes it inline, so a
/// column that turns out to be near-unique cannot grow the table (and memory) without limit.
/// Indexes follow first use, so the same rows give the same part.
/// </summary>
internal sealed class SharedStringTable
{
    public const int MaxDistinct = 100_000;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly int _maxDistinct;

    public SharedStringTable(int maxDistinct = MaxDistinct) => _maxDistinct = maxDistinct;

    /// <summary>Cells that refer to the table (the part's count attribute).</summary>
    public long References { get; private set; }

    public int Count => _strings.Count;

    /// <summary>The index of the text (added on first use), or -1 when the table is full and the text is new.</summary>
    public int IndexOf(string text)
    {
        if (_strings.Count < _maxDistinct)
        {
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, text, out bool exists);
            if (!exists)
            {
                slot = _strings.Count;
                _strings.Add(text);
            }
            return slot;
        }
        return _index.TryGetValue(text, out int index) ? index : -1;
    }

    /// <summary>Counts a cell that refers to the table.</summary>
    public void Reference() => References++;

    /// <summary>Writes the part: one si per string, in index order.</summary>
    public void Write(Utf8XmlWriter w)
    {
        w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""u8);
        w.Integer(References);
        w.Raw("\" uniqueCount=\""u8);
        w.Integer(_strings.Count);
        w.Raw("\">"u8);
        foreach (var s in _strings)
        {
            w.Raw("<si>"u8);
            XlsxText.WriteT(w, s);
            w.Raw("</si>"u8);
        }
        w.Raw("</sst>"u8);
    }
}
