using System.Globalization;
using System.IO.Compression;
using System.Text;
using Auditor.Reports.Docx;

namespace Auditor.Reports.Xlsx;

/// <summary>Cell formats of <see cref="XlsxWriter"/> (indexes into its fixed cellXfs).</summary>
internal enum XlsxStyle { Default = 0, Header = 1, DateTime = 2, Percent = 3, Date = 4, Time = 5 }

/// <summary>
/// Streams an .xlsx sheet by sheet straight into the zip, row by row, cell by cell: memory stays flat for millions of
/// rows (NPOI's XSSF holds every cell, ≈ 1.9 GB for 175k findings, and its streaming SXSSF fails with a MissingMethodException against SharpZipLib 1.4.1). Sheet XML is
/// written as UTF-8 bytes by hand (no XmlWriter); repeated texts can go to the shared-strings table, the rest are inline.
/// Frozen header row, auto filter, set column widths, real date cells, fixed styles and entry timestamps.
/// A sheet can be listed before it is written (<see cref="ReserveSheet"/>): the workbook shows sheets in the order they
/// were listed, whatever order their parts were written in. A plain sheet (<see cref="BeginPlainSheet"/>) is laid out
/// as offices lay out exports: no header row of its own, merged blocks (<see cref="Merge"/>), possibly hidden.
/// </summary>
internal sealed class XlsxWriter : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private sealed class Sheet(string name)
    {
        public string Name { get; } = name;
        public bool Written { get; set; }
        public bool Plain { get; set; }
        public bool Hidden { get; set; }
        /// <summary>Bottom right cell of the auto filter (from A1), set when the sheet ends.</summary>
        public string LastColumn { get; set; } = "A";
        public int LastRow { get; set; } = 1;
    }

    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _created;
    private readonly List<Sheet> _sheets = []; // display order
    private readonly SharedStringTable _shared;
    private Stream? _entry;
    private Utf8XmlWriter? _xml;
    /// <summary>Per column of the current sheet: the bytes &lt;c r="AB that start its cells (the row number follows).</summary>
    private byte[][] _cellStarts = [];
    private readonly byte[] _rowDigits = new byte[16];
    private readonly List<string> _merges = [];
    private int _current = -1, _rowDigitsLength, _row, _lastColumn;
    private bool _finished;

    public XlsxWriter(Stream output, DateTimeOffset created, int maxSharedStrings = SharedStringTable.MaxDistinct)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _created = created;
        _shared = new SharedStringTable(maxSharedStrings);
    }

    /// <summary>Lists a sheet now (it takes the next place in the workbook) to write later with <see cref="BeginSheet(int, IReadOnlyList{ValueTuple{string, int}})"/>.</summary>
    public int ReserveSheet(string name)
    {
        _sheets.Add(new Sheet(name));
        return _sheets.Count - 1;
    }

    /// <summary>Lists and starts a sheet with a frozen, filtered header row and the given column widths (in characters).</summary>
    public void BeginSheet(string name, IReadOnlyList<(string Header, int Width)> columns) => BeginSheet(ReserveSheet(name), columns);

    /// <summary>Starts a listed sheet (ending the current one): frozen, filtered header row, column widths in characters.</summary>
    public void BeginSheet(int sheet, IReadOnlyList<(string Header, int Width)> columns)
    {
        var w = StartSheet(sheet, [.. columns.Select(c => c.Width)], frozenHeader: true);
        BeginRow();
        for (int c = 0; c < columns.Count; c++)
        {
            StartCell(c, "\" s=\"1\" t=\"inlineStr\"><is>"u8);
            XlsxText.WriteT(w, columns[c].Header);
            w.Raw("</is></c>"u8);
        }
        EndRow();
    }

    /// <summary>
    /// Lists and starts a sheet as an office's export: no frozen or filtered header (rows are written with
    /// <see cref="BeginRow"/> from row 1, a title row first if the caller wants one), the given column widths; hidden
    /// sheets are listed as such in the workbook.
    /// </summary>
    public void BeginPlainSheet(string name, IReadOnlyList<int> widths, bool hidden = false)
    {
        int sheet = ReserveSheet(name);
        _sheets[sheet].Plain = true;
        _sheets[sheet].Hidden = hidden;
        StartSheet(sheet, widths, frozenHeader: false);
    }

    /// <summary>Merges a block of the current sheet (rows 1-based as shown, columns 0-based); written after its cells.</summary>
    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        if (_xml is null) throw new InvalidOperationException("BeginSheet first");
        _merges.Add($"{ColumnName(firstColumn)}{firstRow}:{ColumnName(lastColumn)}{lastRow}");
    }

    private Utf8XmlWriter StartSheet(int sheet, IReadOnlyList<int> widths, bool frozenHeader)
    {
        EndSheet();
        if (_sheets[sheet].Written) throw new InvalidOperationException($"sheet {_sheets[sheet].Name} is already written");
        _sheets[sheet].Written = true;
        _current = sheet;
        var e = _zip.CreateEntry($"xl/worksheets/sheet{sheet + 1}.xml", CompressionLevel.Fastest); // millions of rows: Optimal is ~3.5x slower for ~40% smaller
        e.LastWriteTime = DocxPackage.EntryTime;
        _entry = e.Open();
        var w = _xml = new Utf8XmlWriter(_entry);
        w.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""u8);
        w.Raw(Encoding.ASCII.GetBytes(MainNs));
        w.Raw("\"><sheetViews><sheetView "u8);
        if (sheet == 0) w.Raw("tabSelected=\"1\" "u8); // the first sheet shown is the selected one
        w.Raw(frozenHeader
            ? "workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>"u8
            : "workbookViewId=\"0\"/></sheetViews><cols>"u8);
        for (int c = 1; c <= widths.Count; c++)
        {
            w.Raw("<col min=\""u8);
            w.Integer(c);
            w.Raw("\" max=\""u8);
            w.Integer(c);
            w.Raw("\" width=\""u8);
            w.Integer(widths[c - 1]);
            w.Raw("\" customWidth=\"1\"/>"u8);
        }
        w.Raw("</cols><sheetData>"u8);
        _cellStarts = Enumerable.Range(0, widths.Count).Select(c => Encoding.ASCII.GetBytes("<c r=\"" + ColumnName(c))).ToArray();
        _row = 0;
        _merges.Clear();
        return w;
    }

    /// <summary>Rows written to the current sheet, header included.</summary>
    public int RowCount => _row;

    public void BeginRow()
    {
        var w = _xml ?? throw new InvalidOperationException("BeginSheet first");
        _row++;
        _row.TryFormat(_rowDigits, out _rowDigitsLength, default, CultureInfo.InvariantCulture);
        _lastColumn = -1;
        w.Raw("<row r=\""u8);
        w.Raw(_rowDigits.AsSpan(0, _rowDigitsLength));
        w.Raw("\">"u8);
    }

    public void EndRow() => _xml!.Raw("</row>"u8);

    /// <summary>An inline string cell; null writes no cell.</summary>
    public void Text(int column, string? value)
    {
        if (value is null) return;
        InlineText(column, XlsxText.ForCell(value));
    }

    /// <summary>
    /// A string cell through the shared-strings table (for texts that repeat); null writes no cell. Returns the
    /// table index the cell refers to (a caller may keep it for <see cref="SharedCell"/>), or -1 when the text went
    /// inline because the table is full.
    /// </summary>
    public int SharedText(int column, string? value)
    {
        if (value is null) return -1;
        var text = XlsxText.ForCell(value);
        int index = _shared.IndexOf(text);
        if (index < 0) InlineText(column, text);
        else SharedCell(column, index);
        return index;
    }

    /// <summary>A string cell referring to an index <see cref="SharedText"/> returned.</summary>
    public void SharedCell(int column, int index)
    {
        if ((uint)index >= (uint)_shared.Count) throw new ArgumentOutOfRangeException(nameof(index), index, "not an index of the shared-strings table");
        StartCell(column, "\" t=\"s\"><v>"u8);
        _shared.Reference();
        _xml!.Integer(index);
        _xml.Raw("</v></c>"u8);
    }

    /// <summary>A date cell (local date and time, shown as yyyy-mm-dd hh:mm, or as yyyy-mm-dd with <see cref="XlsxStyle.Date"/>); null writes no cell.</summary>
    public void Date(int column, DateTime? local, XlsxStyle style = XlsxStyle.DateTime)
    {
        if (local is not { } d) return;
        StartCell(column, style == XlsxStyle.Date ? "\" s=\"4\"><v>"u8 : "\" s=\"2\"><v>"u8);
        var w = _xml!;
        w.Advance(ExcelSerialDate.Format(d, w.GetSpan(32)));
        w.Raw("</v></c>"u8);
    }

    /// <summary>A number cell (percent style shows 0.0%; time style shows a fraction of a day as h:mm); null writes no cell.</summary>
    public void Number(int column, double? value, XlsxStyle style = XlsxStyle.Default)
    {
        if (value is not { } x) return;
        StartCell(column, style switch { XlsxStyle.Percent => "\" s=\"3\"><v>"u8, XlsxStyle.Time => "\" s=\"5\"><v>"u8, _ => "\"><v>"u8 });
        var w = _xml!;
        w.Double(x);
        w.Raw("</v></c>"u8);
    }

    /// <summary>An integer cell; null writes no cell.</summary>
    public void Integer(int column, long? value)
    {
        if (value is not { } x) return;
        StartCell(column, "\"><v>"u8);
        var w = _xml!;
        w.Integer(x);
        w.Raw("</v></c>"u8);
    }

    /// <summary>Writes one row of a small table: string (inline), DateTime (local date cell), double/int/long, or null (no cell).</summary>
    public void Row(IReadOnlyList<object?> values, IReadOnlySet<int>? percentColumns = null)
    {
        BeginRow();
        for (int c = 0; c < values.Count; c++)
        {
            switch (values[c])
            {
                case null: break;
                case DateTime d: Date(c, d); break;
                case double x: Number(c, x, percentColumns?.Contains(c) == true ? XlsxStyle.Percent : XlsxStyle.Default); break;
                case int i: Integer(c, i); break;
                case long l: Integer(c, l); break;
                case var v: Text(c, v.ToString()); break;
            }
        }
        EndRow();
    }

    private void InlineText(int column, string text)
    {
        StartCell(column, "\" t=\"inlineStr\"><is>"u8);
        var w = _xml!;
        XlsxText.WriteT(w, text);
        w.Raw("</is></c>"u8);
    }

    /// <summary>Writes &lt;c r="B12 and then <paramref name="rest"/> (closing the attribute); cells of a row must come left to right.</summary>
    private void StartCell(int column, ReadOnlySpan<byte> rest)
    {
        if (column <= _lastColumn || column >= _cellStarts.Length) throw new ArgumentOutOfRangeException(nameof(column), column, "cells go left to right within the sheet's columns");
        _lastColumn = column;
        var start = _cellStarts[column];
        int length = start.Length + _rowDigitsLength + rest.Length;
        var span = _xml!.GetSpan(length);
        start.CopyTo(span);
        _rowDigits.AsSpan(0, _rowDigitsLength).CopyTo(span[start.Length..]);
        rest.CopyTo(span[(start.Length + _rowDigitsLength)..]);
        _xml.Advance(length);
    }

    private void EndSheet()
    {
        if (_xml is null) return;
        var sheet = _sheets[_current];
        sheet.LastColumn = ColumnName(Math.Max(0, _cellStarts.Length - 1));
        sheet.LastRow = Math.Max(1, _row);
        _xml.Raw("</sheetData>"u8);
        if (!sheet.Plain)
        {
            _xml.Raw("<autoFilter ref=\""u8);
            _xml.Raw(Encoding.ASCII.GetBytes($"A1:{sheet.LastColumn}{sheet.LastRow}"));
            _xml.Raw("\"/>"u8);
        }
        if (_merges.Count > 0)
        {
            _xml.Raw(Encoding.ASCII.GetBytes($"<mergeCells count=\"{_merges.Count}\">"));
            foreach (var m in _merges) _xml.Raw(Encoding.ASCII.GetBytes($"<mergeCell ref=\"{m}\"/>"));
            _xml.Raw("</mergeCells>"u8);
        }
        _xml.Raw("</worksheet>"u8);
        _xml.Dispose();
        _entry!.Dispose();
        _xml = null;
        _entry = null;
    }

    /// <summary>Ends the last sheet and writes the shared strings and the package parts. Every listed sheet must be written.</summary>
    public void Finish()
    {
        EndSheet();
        if (_sheets.FirstOrDefault(s => !s.Written) is { } missing) throw new InvalidOperationException($"sheet {missing.Name} was listed but never written");
        var sst = _zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal);
        sst.LastWriteTime = DocxPackage.EntryTime;
        using (var s = sst.Open())
        using (var w = new Utf8XmlWriter(s))
            _shared.Write(w);
        Put("xl/workbook.xml", WorkbookXml());
        Put("xl/_rels/workbook.xml.rels", DocxPackage.Relationships(
            _sheets.Select((_, i) => ($"rId{i + 1}", RelNs + "/worksheet", $"worksheets/sheet{i + 1}.xml"))
                .Append(($"rId{_sheets.Count + 1}", RelNs + "/styles", "styles.xml"))
                .Append(($"rId{_sheets.Count + 2}", RelNs + "/sharedStrings", "sharedStrings.xml"))));
        Put("xl/styles.xml", StylesXml);
        Put("docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            "<dc:creator>Auditor</dc:creator>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{_created.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{_created.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</dcterms:modified></cp:coreProperties>");
        Put("_rels/.rels", DocxPackage.Relationships([
            ("rId1", RelNs + "/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]));
        var ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        ct.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        ct.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= _sheets.Count; i++)
            ct.Append($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        ct.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        ct.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        ct.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        Put("[Content_Types].xml", ct.ToString());
        _finished = true;
        _zip.Dispose();
    }

    /// <summary>Closes the package; without <see cref="Finish"/> (an audit that failed midway) it is incomplete and unreadable.</summary>
    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        _xml?.Dispose();
        _entry?.Dispose();
        _zip.Dispose();
    }

    private string WorkbookXml()
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\">");
        sb.Append("<workbookPr date1904=\"0\"/><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < _sheets.Count; i++)
            sb.Append($"<sheet name=\"{Xml.Attr(_sheets[i].Name)}\" sheetId=\"{i + 1}\"{(_sheets[i].Hidden ? " state=\"hidden\"" : "")} r:id=\"rId{i + 1}\"/>");
        sb.Append("</sheets>");
        if (_sheets.All(s => s.Plain)) return sb.Append("</workbook>").ToString();
        sb.Append("<definedNames>");
        // localSheetId is the sheet's place in the workbook (0 = first shown), not the order its part was written in.
        for (int i = 0; i < _sheets.Count; i++)
        {
            var s = _sheets[i];
            if (s.Plain) continue;
            sb.Append($"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">'{Xml.Text(s.Name.Replace("'", "''"))}'!$A$1:${s.LastColumn}${s.LastRow}</definedName>");
        }
        return sb.Append("</definedNames></workbook>").ToString();
    }

    private const string StylesXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/><numFmt numFmtId=\"165\" formatCode=\"0.0%\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>" +
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"20\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private void Put(string path, string xml) => DocxPackage.Write(_zip, path, Encoding.UTF8.GetBytes(xml));

    /// <summary>Column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int column)
    {
        int n = column + 1;
        var s = "";
        while (n > 0) { n--; s = (char)('A' + n % 26) + s; n /= 26; }
        return s;
    }
}
