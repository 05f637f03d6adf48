using System.Globalization;
using System.Xml;
using Auditor.Core;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Auditor.Ingest.Tables;

/// <summary>
/// Reads an .xlsx workbook: the package, the workbook and the styles through the Open XML SDK; the shared strings and
/// the worksheets' rows streamed with a bare XmlReader (<see cref="SpreadsheetXml"/>), one row in memory at a time.
/// </summary>
internal sealed class XlsxTableFile : ITableFile
{
    private readonly string _path;
    private readonly SpreadsheetDocument _doc;
    private readonly List<string> _strings = [];
    private readonly List<RawCellKind> _styleKinds = [];
    private readonly IReadOnlyDictionary<string, IReadOnlyList<MergedRange>> _merges;
    private double _serialOffset;

    private XlsxTableFile(string path, SpreadsheetDocument doc, IReadOnlyDictionary<string, IReadOnlyList<MergedRange>> merges)
    {
        _path = path;
        _doc = doc;
        _merges = merges;
    }

    /// <summary>The package as the SDK opened it (the tests' reference reader reads the same parts).</summary>
    internal SpreadsheetDocument Document => _doc;

    public string Format => "xlsx";
    public string? Encoding => null;

    /// <summary>Opens a workbook; <paramref name="merges"/>: merged ranges by zip entry name, from <see cref="ZipInflationGuard"/>.</summary>
    public static XlsxTableFile Open(string path, IReadOnlyDictionary<string, IReadOnlyList<MergedRange>> merges)
    {
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (Damaged(e))
        {
            throw new InputException($"{path}：不是有效的 .xlsx 工作簿（{e.Message}）", e);
        }
        var f = new XlsxTableFile(path, doc, merges);
        try
        {
            if (doc.WorkbookPart is null) throw new InputException($"{path}：工作簿中没有工作表");
            // Workbooks saved in the 1904 date system (old Mac Excel) count serials from 1904-01-01.
            if (doc.WorkbookPart.Workbook?.WorkbookProperties?.Date1904?.InnerText is "1" or "true") f._serialOffset = 1462;
            f.LoadStrings();
            f.LoadStyles();
        }
        catch (Exception e) when (Damaged(e))
        {
            doc.Dispose();
            throw new InputException($"{path}：工作簿已损坏，无法读取（{e.Message}）", e);
        }
        return f;
    }

    /// <summary>
    /// What the Open XML SDK throws for a damaged package (found by fuzzing). It loads parts lazily, so these come from
    /// opening the file and from the first access of a part alike: a wrong content type of a relationships part
    /// (FileFormatException), a relationship to a part the package lacks (InvalidOperationException), an invalid part
    /// name or content type in [Content_Types].xml (ArgumentException), a broken zip or XML.
    /// </summary>
    internal static bool Damaged(Exception e) => e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException
        or System.Xml.XmlException or InvalidOperationException or ArgumentException;

    private void LoadStrings()
    {
        var part = _doc.WorkbookPart!.SharedStringTablePart;
        if (part is null) return;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        _strings.AddRange(SpreadsheetXml.SharedStrings(stream));
    }

    private void LoadStyles()
    {
        var ss = _doc.WorkbookPart!.WorkbookStylesPart?.Stylesheet;
        if (ss?.CellFormats is null) return;
        var custom = new Dictionary<uint, string>();
        if (ss.NumberingFormats is not null)
            foreach (var nf in ss.NumberingFormats.Elements<NumberingFormat>())
                if (UInt(nf.NumberFormatId) is uint id) custom[id] = nf.FormatCode?.Value ?? "";
        foreach (var cf in ss.CellFormats.Elements<CellFormat>())
        {
            uint id = UInt(cf.NumberFormatId) ?? 0;
            _styleKinds.Add(ExcelNumberFormats.Classify(id, custom.GetValueOrDefault(id)));
        }
    }

    public IEnumerable<TableSheet> Sheets() => Sheets(Rows);

    /// <summary>The sheets in order, their rows read by <paramref name="rows"/> (the tests' reference reader passes its own).</summary>
    internal IEnumerable<TableSheet> Sheets(Func<WorksheetPart, string, IEnumerable<RawRow>> rows)
    {
        var wb = _doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        foreach (var s in sheets)
        {
            if (s.Id?.Value is not string rid) continue;
            var name = s.Name?.Value ?? "";
            // A damaged workbook.xml can name a relationship the package does not have (found by fuzzing).
            if (!wb.TryGetPartById(rid, out var part))
                throw new InputException($"{_path} [{name}]：工作簿已损坏：工作表“{name}”指向的部件 {rid} 不存在；请用 Excel 打开后另存为 .xlsx 再试");
            if (part is not WorksheetPart wsp) continue; // chart sheets
            bool hidden = s.State?.InnerText is "hidden" or "veryHidden";
            var merges = _merges.GetValueOrDefault(Uri.UnescapeDataString(wsp.Uri.OriginalString).TrimStart('/')) ?? [];
            yield return new TableSheet(name, MergedCellFiller.Fill(rows(wsp, name), merges), hidden, merges);
        }
    }

    private IEnumerable<RawRow> Rows(WorksheetPart part, string sheet)
    {
        Stream stream;
        XmlReader reader;
        try
        {
            stream = part.GetStream(FileMode.Open, FileAccess.Read);
            reader = SpreadsheetXml.Open(stream);
        }
        catch (Exception e) when (Damaged(e)) { throw Broken(sheet, 0, e); }
        using var _ = stream;
        using var __ = reader;
        int lastRow = 0;
        var cells = new List<RawCell>(32);
        while (Next(reader, sheet, lastRow))
        {
            if (!SpreadsheetXml.At(reader, "row")) continue;
            string? r = reader.GetAttribute("r");
            int number = UInt(r) is uint ri ? (int)Math.Min(ri, int.MaxValue) : lastRow + 1;
            if (number is < 1 or > MaxRows)
                throw new InputException($"{_path} [{sheet}]：工作表在第{lastRow + 1}行附近已损坏：行号“{r}”超出 Excel 的范围（1–{MaxRows}）");
            int rowLine = lastRow;
            lastRow = number;
            cells.Clear();
            if (!reader.IsEmptyElement)
            {
                int depth = reader.Depth, next = 0;
                try
                {
                    while (SpreadsheetXml.ReadWithin(reader, depth))
                    {
                        if (reader.Depth != depth + 1 || !SpreadsheetXml.At(reader, "c")) continue;
                        string? reference = reader.GetAttribute("r");
                        int col = reference is not null ? ColumnIndex(reference) : next;
                        if (col is < 0 or >= MaxColumns)
                            throw new InputException($"{_path} [{sheet}]：第{number}行已损坏：单元格引用“{reference}”超出 Excel 的列范围（A–XFD）");
                        while (cells.Count < col) cells.Add(default);
                        var v = Cell(reader);
                        if (col < cells.Count) cells[col] = v; else cells.Add(v);
                        next = col + 1;
                    }
                }
                catch (Exception e) when (e is XmlException or InvalidDataException or IOException) { throw Broken(sheet, rowLine, e); }
            }
            yield return new RawRow(number, cells.ToArray());
        }
    }

    /// <summary>On a &lt;c&gt; element: its value, leaving the reader on the cell's end element.</summary>
    private RawCell Cell(XmlReader reader)
    {
        string? type = reader.GetAttribute("t"), style = reader.GetAttribute("s");
        string? value = null, inline = null;
        if (!reader.IsEmptyElement)
        {
            int depth = reader.Depth;
            while (SpreadsheetXml.ReadWithin(reader, depth))
            {
                if (reader.Depth != depth + 1) continue;
                if (SpreadsheetXml.At(reader, "v")) value ??= SpreadsheetXml.Text(reader);
                else if (SpreadsheetXml.At(reader, "is")) inline ??= SpreadsheetXml.RichText(reader);
            }
        }
        return Value(type, style, value, inline, _strings);
    }

    /// <param name="type">The t attribute as written.</param>
    /// <param name="style">The s attribute as written.</param>
    /// <param name="raw">The text of the cell's first &lt;v&gt;; null without one.</param>
    /// <param name="inline">The text of the cell's first &lt;is&gt; (an inline string); null without one.</param>
    /// <param name="strings">The shared strings a t="s" cell's value indexes.</param>
    internal RawCell Value(string? type, string? style, string? raw, string? inline, IReadOnlyList<string> strings)
    {
        // The t attribute as written: an unknown value (a damaged file) reads as text instead of throwing FormatException.
        var t = type switch
        {
            "s" => CellValues.SharedString,
            "inlineStr" => CellValues.InlineString,
            "str" => CellValues.String,
            "e" => CellValues.Error,
            "b" => CellValues.Boolean,
            "d" => CellValues.Date,
            null or "" or "n" => CellValues.Number,
            _ => CellValues.String,
        };
        if (t == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) && i >= 0 && i < strings.Count
                ? RawCell.OfText(strings[i]) : default;
        if (t == CellValues.InlineString)
            return RawCell.OfText(inline);
        if (t == CellValues.String || t == CellValues.Error)
            return RawCell.OfText(raw);
        if (t == CellValues.Boolean)
            return raw is null ? default : RawCell.OfNumber(raw == "1" ? 1 : 0, RawCellKind.Boolean);
        if (t == CellValues.Date)
            return RawCell.OfText(raw); // ISO 8601 text; parsed like any time text
        if (raw is null) return default;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return RawCell.OfText(raw);
        var kind = RawCellKind.Number;
        if (UInt(style) is uint s && s < _styleKinds.Count) kind = _styleKinds[(int)s];
        return RawCell.OfNumber(kind is RawCellKind.Date or RawCellKind.DateTime ? d + _serialOffset : d, kind);
    }

    private bool Next(XmlReader reader, string sheet, int lastRow)
    {
        try { return reader.Read(); }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException) { throw Broken(sheet, lastRow, e); }
    }

    private InputException Broken(string sheet, int lastRow, Exception e) =>
        new($"{_path} [{sheet}]：工作表在第{lastRow + 1}行附近已损坏，无法继续读取（{e.Message}）", e);

    private const int MaxRows = ExcelLimits.MaxRows, MaxColumns = ExcelLimits.MaxColumns;

    /// <summary>An unsigned attribute as written; null when absent or not a number (typed .Value would throw FormatException).</summary>
    internal static uint? UInt(UInt32Value? v) => UInt(v?.InnerText);

    private static uint? UInt(string? text) =>
        text is not null && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : null;

    /// <summary>"AB12" → 27 (0-based column).</summary>
    internal static int ColumnIndex(string reference)
    {
        int col = 0;
        foreach (char ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') col = col * 26 + (ch - 'A' + 1);
            else if (ch is >= 'a' and <= 'z') col = col * 26 + (ch - 'a' + 1);
            else break;
            if (col > MaxColumns) return MaxColumns; // past XFD: refused by the caller, never an overflow
        }
        return col - 1;
    }

    public void Dispose() => _doc.Dispose();
}
