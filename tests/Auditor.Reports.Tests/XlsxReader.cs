using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Auditor.Reports.Tests;

/// <summary>A written .xlsx read back with the Open XML SDK: sheets in workbook order, cell texts with shared strings resolved.</summary>
internal sealed class XlsxReader : IDisposable
{
    private readonly SpreadsheetDocument _doc;
    private readonly List<string> _shared;

    public XlsxReader(byte[] bytes)
    {
        _doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        _shared = Book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
    }

    public WorkbookPart Book => _doc.WorkbookPart!;

    public int SharedStringCount => _shared.Count;

    /// <summary>Sheet names in the order Excel shows them.</summary>
    public List<string> SheetNames => Book.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name) =>
        ((WorksheetPart)Book.GetPartById(Book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!)).Worksheet;

    /// <summary>Cells of a sheet by reference (A1 …).</summary>
    public Dictionary<string, Cell> Cells(string sheet) =>
        Sheet(sheet).Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    /// <summary>The text of a cell as Excel shows it before number formats: shared string resolved, inline text, or the value.</summary>
    public string? Text(Cell c) =>
        // CellValues is a struct since Open XML SDK 3 (no constant patterns)
        c.DataType?.Value is { } t && t == CellValues.SharedString ? _shared[int.Parse(c.CellValue!.Text)]
        : c.DataType?.Value is { } u && u == CellValues.InlineString ? c.InlineString!.InnerText
        : c.CellValue?.Text;

    /// <summary>Column A … of every data row (header skipped), as texts; a missing cell is null.</summary>
    public List<string?[]> Rows(string sheet, int columns)
    {
        var cells = Cells(sheet);
        int rows = Sheet(sheet).Descendants<Row>().Count();
        return Enumerable.Range(2, rows - 1)
            .Select(r => Enumerable.Range(0, columns).Select(c => cells.TryGetValue(Column(c) + r, out var cell) ? Text(cell) : null).ToArray())
            .ToList();
    }

    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    public List<string> ValidationErrors() =>
        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(_doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    public void Dispose() => _doc.Dispose();
}
