using Auditor.Core;
using Auditor.Ingest.Tables;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Auditor.Ingest.Tests;

/// <summary>
/// The .xlsx reader as it was before rows and shared strings were read with a bare XmlReader: every row loaded as the
/// Open XML SDK's element tree. Kept as the oracle the reader is compared with, cell by cell (XlsxReaderDifferentialTests).
/// </summary>
internal sealed class XlsxReferenceReader : ITableFile
{
    private readonly string _path;
    // opening, the styles and the date system as the reader under test does them: only rows and strings are compared
    private readonly XlsxTableFile _workbook;
    private readonly List<string> _strings = [];

    private XlsxReferenceReader(string path, XlsxTableFile workbook)
    {
        _path = path;
        _workbook = workbook;
    }

    public string Format => "xlsx";
    public string? Encoding => null;

    public static XlsxReferenceReader Open(string path, IReadOnlyDictionary<string, IReadOnlyList<MergedRange>> merges)
    {
        var f = new XlsxReferenceReader(path, XlsxTableFile.Open(path, merges));
        f.LoadStrings();
        return f;
    }

    private static bool Damaged(Exception e) => XlsxTableFile.Damaged(e);

    private void LoadStrings()
    {
        var part = _workbook.Document.WorkbookPart!.SharedStringTablePart;
        if (part is null) return;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            _strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
        }
    }

    public IEnumerable<TableSheet> Sheets() => _workbook.Sheets(Rows);

    private IEnumerable<RawRow> Rows(WorksheetPart part, string sheet)
    {
        OpenXmlReader reader;
        try { reader = OpenXmlReader.Create(part); }
        catch (Exception e) when (Damaged(e)) { throw Broken(sheet, 0, e); }
        using var _ = reader;
        int lastRow = 0;
        var cells = new List<RawCell>(32);
        while (Next(reader, sheet, lastRow))
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            Row row;
            try { row = (Row)reader.LoadCurrentElement()!; }
            catch (System.Xml.XmlException e) { throw Broken(sheet, lastRow, e); }
            int number = UInt(row.RowIndex) is uint ri ? (int)Math.Min(ri, int.MaxValue) : lastRow + 1;
            if (number is < 1 or > MaxRows)
                throw new InputException($"{_path} [{sheet}]：工作表在第{lastRow + 1}行附近已损坏：行号“{row.RowIndex?.InnerText}”超出 Excel 的范围（1–{MaxRows}）");
            lastRow = number;
            cells.Clear();
            int next = 0;
            foreach (var c in row.Elements<Cell>())
            {
                int col = c.CellReference?.Value is string r ? ColumnIndex(r) : next;
                if (col is < 0 or >= MaxColumns)
                    throw new InputException($"{_path} [{sheet}]：第{number}行已损坏：单元格引用“{c.CellReference?.Value}”超出 Excel 的列范围（A–XFD）");
                while (cells.Count < col) cells.Add(default);
                var v = Value(c);
                if (col < cells.Count) cells[col] = v; else cells.Add(v);
                next = col + 1;
            }
            yield return new RawRow(number, cells.ToArray());
        }
    }

    /// <summary>
    /// The cell's attributes and texts as the SDK's element tree gives them (its first &lt;v&gt;, its inline string's own
    /// &lt;t&gt; or else all its text); what they mean is the reader's own mapping, not compared here.
    /// </summary>
    private RawCell Value(Cell c) =>
        _workbook.Value(c.DataType?.InnerText, c.StyleIndex?.InnerText, c.CellValue?.Text,
            c.InlineString is null ? null : c.InlineString.Text?.Text ?? c.InlineString.InnerText, _strings);

    private bool Next(OpenXmlReader reader, string sheet, int lastRow)
    {
        try { return reader.Read(); }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException) { throw Broken(sheet, lastRow, e); }
    }

    private InputException Broken(string sheet, int lastRow, Exception e) =>
        new($"{_path} [{sheet}]：工作表在第{lastRow + 1}行附近已损坏，无法继续读取（{e.Message}）", e);

    private const int MaxRows = ExcelLimits.MaxRows, MaxColumns = ExcelLimits.MaxColumns;

    private static uint? UInt(UInt32Value? v) => XlsxTableFile.UInt(v);

    private static int ColumnIndex(string reference) => XlsxTableFile.ColumnIndex(reference);

    public void Dispose() => _workbook.Dispose();
}
