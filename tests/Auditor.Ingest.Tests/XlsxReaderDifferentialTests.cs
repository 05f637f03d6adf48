using System.Text;
using Auditor.Core;
using Auditor.Ingest.Tables;
using Auditor.Ingest.Tests.Fuzz;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck.Xunit;

namespace Auditor.Ingest.Tests;

/// <summary>
/// The .xlsx reader (rows and shared strings through a bare XmlReader) against the reader it replaced (the Open XML
/// SDK's element tree per row, <see cref="XlsxReferenceReader"/>): the same sheets, row numbers and cells — kind,
/// number and text — or the same error, for every workbook in fixtures/ and for random workbooks.
/// </summary>
[Properties(Arbitrary = new[] { typeof(XlsxFuzzTests.Arbitraries) })]
public class XlsxReaderDifferentialTests : IDisposable
{
    private readonly TempFiles _tmp = new();
    private int _n;

    public void Dispose() => _tmp.Dispose();

    /// <summary>
    /// The fixtures hold workbooks written by the Open XML SDK (every element prefixed, &lt;x:row&gt;), by the program's own
    /// writer (unprefixed, inline and shared strings) and damaged ones (fixtures/bad).
    /// </summary>
    [Fact]
    public void Every_workbook_in_the_fixtures_reads_the_same()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Auditor.sln"))) root = root.Parent;
        var files = Directory.GetFiles(Path.Combine(root!.FullName, "fixtures"), "*.xlsx", SearchOption.AllDirectories);
        Assert.True(files.Length >= 10, $"only {files.Length} .xlsx files found under fixtures/");
        foreach (var f in files) Assert.Equal(Read(f, Reference), Read(f, Current));
    }

    [Property(MaxTest = 300)]
    public void Random_workbooks_read_the_same(FuzzWorkbook w)
    {
        var path = _tmp.PathOf($"diff{Interlocked.Increment(ref _n)}.xlsx");
        w.Write(path);
        Assert.Equal(Read(path, Reference), Read(path, Current));
    }

    [Fact]
    public void Rich_text_reads_as_its_runs_joined_and_leaves_out_the_phonetic_guide()
    {
        var path = _tmp.PathOf("rich.xlsx");
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("舆情编号")),
                // 春申街道 in two runs (bold 春申), with a phonetic guide over it
                new SharedStringItem(
                    new Run(new RunProperties(new Bold()), new Text("春申")),
                    new Run(new Text("街道") { Space = SpaceProcessingModeValues.Preserve }),
                    new PhoneticRun(new Text("chūn shēn")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 }),
                new SharedStringItem(new Text("  前后有空格  ") { Space = SpaceProcessingModeValues.Preserve }),
                new SharedStringItem());
            var data = new SheetData(new Row(
                new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                new Cell { CellReference = "B1", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("2") },
                new Cell { CellReference = "D1", DataType = CellValues.SharedString, CellValue = new CellValue("3") },
                new Cell
                {
                    CellReference = "E1", DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Run(new Text("东城")), new Run(new Text("街道")), new PhoneticRun(new Text("dōng"))),
                },
                new Cell { CellReference = "F1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("直接文字")) },
                new Cell { CellReference = "G1", CellValue = new CellValue(" 12 ") }) { RowIndex = 1 });
            var ws = wb.AddNewPart<WorksheetPart>();
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.Append(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "台账" }));
        }
        using var file = XlsxTableFile.Open(path, new Dictionary<string, IReadOnlyList<MergedRange>>());
        var row = file.Sheets().Single().Rows.Single();
        Assert.Equal(new string?[] { "舆情编号", "春申街道", "  前后有空格  ", null, "东城街道", "直接文字" }, row.Cells.Take(6).Select(c => c.Text));
        Assert.Equal(12, row.Cells[6].Number);
        Assert.Equal(RawCellKind.Number, row.Cells[6].Kind);
    }

    private static ITableFile Reference(string path) => XlsxReferenceReader.Open(path, ZipInflationGuard.Check(path, 1L << 30));
    private static ITableFile Current(string path) => XlsxTableFile.Open(path, ZipInflationGuard.Check(path, 1L << 30));

    /// <summary>Everything a reader gives for a workbook, as text: sheets, rows and cells; or its error.</summary>
    private static string Read(string path, Func<string, ITableFile> open)
    {
        var sb = new StringBuilder();
        try
        {
            using var file = open(path);
            foreach (var sheet in file.Sheets())
            {
                sb.Append($"sheet {sheet.Name} hidden={sheet.Hidden} merges={string.Join(",", sheet.Merges)}\n");
                foreach (var row in sheet.Rows)
                {
                    sb.Append(row.Number).Append(':');
                    foreach (var c in row.Cells)
                        sb.Append(" [").Append(c.Kind).Append(' ')
                            .Append(BitConverter.DoubleToInt64Bits(c.Number)).Append(' ').Append(c.Text).Append(']');
                    sb.Append('\n');
                }
            }
        }
        catch (InputException e)
        {
            // a damaged XML's own words come from two different parsers; what the user is told before them must agree
            int cut = e.Message.IndexOf("无法继续读取", StringComparison.Ordinal);
            sb.Append("error: ").Append(cut < 0 ? e.Message : e.Message[..cut]);
        }
        return sb.ToString();
    }
}
