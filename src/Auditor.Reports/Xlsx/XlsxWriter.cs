using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Auditor.Reports.Docx;
using Auditor.Reports.Text;

namespace Auditor.Reports.Xlsx;

/// <summary>Cell formats of <see cref="XlsxWriter"/> (indexes into its fixed cellXfs).</summary>
internal enum XlsxStyle { Default = 0, Header = 1, DateTime = 2, Percent = 3 }

/// <summary>
/// Streams an .xlsx sheet by sheet straight into the zip (inline strings, fixed styles): memory stays flat for a
/// million rows, where NPOI's XSSF holds every cell (≈ 1.9 GB for 175k findings) and SXSSF is broken here
/// (PLATFORM.md). Frozen header row, auto filter, set column widths, real date cells. Fixed entry timestamps.
/// </summary>
internal sealed class XlsxWriter : IDisposable
{
    private static readonly DateTime Epoch = new(1899, 12, 30);
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private readonly List<(int Sheet, string Ref)> _filters = [];
    private readonly DateTimeOffset _created;
    private XmlWriter? _xml;
    private Stream? _entry;
    private int _row, _columns;

    public XlsxWriter(Stream output, DateTimeOffset created)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _created = created;
    }

    /// <summary>Starts a sheet with a frozen, filtered header row and the given column widths (in characters).</summary>
    public void BeginSheet(string name, IReadOnlyList<(string Header, int Width)> columns)
    {
        EndSheet();
        _sheets.Add(name);
        var e = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest); // sheets can hold millions of rows
        e.LastWriteTime = DocxPackage.EntryTime;
        _entry = e.Open();
        _xml = XmlWriter.Create(_entry, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        var w = _xml;
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        w.WriteStartElement("sheetViews");
        w.WriteStartElement("sheetView");
        if (_sheets.Count == 1) w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteStartElement("pane");
        w.WriteAttributeString("ySplit", "1");
        w.WriteAttributeString("topLeftCell", "A2");
        w.WriteAttributeString("activePane", "bottomLeft");
        w.WriteAttributeString("state", "frozen");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cols");
        for (int c = 0; c < columns.Count; c++)
        {
            w.WriteStartElement("col");
            w.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("width", columns[c].Width.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("sheetData");
        _row = 0;
        _columns = columns.Count;
        Row(columns.Select(c => (object?)c.Header).ToArray(), header: true);
    }

    /// <summary>Writes one row: string, DateTime (local, as a date cell), double/int/long, or null (empty cell).</summary>
    public void Row(IReadOnlyList<object?> values, bool header = false, IReadOnlySet<int>? percentColumns = null)
    {
        var w = _xml ?? throw new InvalidOperationException("BeginSheet first");
        _row++;
        w.WriteStartElement("row");
        w.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        for (int c = 0; c < values.Count; c++)
        {
            var v = values[c];
            if (v is null) continue;
            w.WriteStartElement("c");
            w.WriteAttributeString("r", CellRef(c, _row));
            switch (v)
            {
                case DateTime d:
                    w.WriteAttributeString("s", ((int)XlsxStyle.DateTime).ToString());
                    w.WriteElementString("v", (d - Epoch).TotalDays.ToString("0.##########", CultureInfo.InvariantCulture));
                    break;
                case double x:
                    if (percentColumns?.Contains(c) == true) w.WriteAttributeString("s", ((int)XlsxStyle.Percent).ToString());
                    w.WriteElementString("v", x.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case int or long:
                    w.WriteElementString("v", Convert.ToInt64(v).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    // Text is never a formula here; a formula-looking value still gets the apostrophe the CSV gets,
                    // so that copying it back into a cell cannot run it.
                    if (header) w.WriteAttributeString("s", ((int)XlsxStyle.Header).ToString());
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is");
                    w.WriteStartElement("t");
                    w.WriteAttributeString("xml", "space", null, "preserve");
                    w.WriteString(header ? v.ToString() : SpreadsheetText.FitCell(SpreadsheetText.ForCsv(v.ToString())));
                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Rows written to the current sheet, header included.</summary>
    public int RowCount => _row;

    private void EndSheet()
    {
        if (_xml is null) return;
        var w = _xml;
        w.WriteEndElement(); // sheetData
        var range = $"A1:{CellRef(Math.Max(0, _columns - 1), Math.Max(1, _row))}";
        w.WriteStartElement("autoFilter");
        w.WriteAttributeString("ref", range);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        w.Dispose();
        _entry!.Dispose();
        _filters.Add((_sheets.Count - 1, range));
        _xml = null;
    }

    public void Dispose()
    {
        EndSheet();
        Put("xl/workbook.xml", WorkbookXml());
        Put("xl/_rels/workbook.xml.rels", DocxPackage.Relationships(
            _sheets.Select((_, i) => ($"rId{i + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i + 1}.xml"))
                .Append(($"rId{_sheets.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"))));
        Put("xl/styles.xml", StylesXml);
        Put("docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            "<dc:creator>Auditor</dc:creator>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{_created.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{_created.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}</dcterms:modified></cp:coreProperties>");
        Put("_rels/.rels", DocxPackage.Relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]));
        var ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        ct.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        ct.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= _sheets.Count; i++)
            ct.Append($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        ct.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        ct.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        Put("[Content_Types].xml", ct.ToString());
        _zip.Dispose();
    }

    private string WorkbookXml()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        sb.Append("<workbookPr date1904=\"0\"/><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < _sheets.Count; i++)
            sb.Append($"<sheet name=\"{Xml.Attr(_sheets[i])}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
        sb.Append("</sheets><definedNames>");
        foreach (var (sheet, range) in _filters)
        {
            var abs = string.Join(":", range.Split(':').Select(r => "$" + new string(r.TakeWhile(char.IsLetter).ToArray()) + "$" + new string(r.SkipWhile(char.IsLetter).ToArray())));
            sb.Append($"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{sheet}\" hidden=\"1\">'{Xml.Text(_sheets[sheet].Replace("'", "''"))}'!{abs}</definedName>");
        }
        return sb.Append("</definedNames></workbook>").ToString();
    }

    private const string StylesXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/><numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>" +
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private void Put(string path, string xml) => DocxPackage.Write(_zip, path, Encoding.UTF8.GetBytes(xml));

    internal static string CellRef(int column, int row)
    {
        int n = column + 1;
        var s = "";
        while (n > 0) { n--; s = (char)('A' + n % 26) + s; n /= 26; }
        return s + row.ToString(CultureInfo.InvariantCulture);
    }
}
