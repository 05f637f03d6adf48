using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>One generated cell: its t attribute as written (null: none), value text, style index and reference.</summary>
public sealed record FuzzCell(string? Type, string? Value, uint? Style, string? Reference)
{
    public override string ToString() =>
        $"<c{(Reference is null ? "" : $" r={Reference}")}{(Type is null ? "" : $" t={Type}")}{(Style is null ? "" : $" s={Style}")}>{(Value is null ? "" : FuzzValues.Show(Value))}";
}

/// <summary>One generated row: its r attribute as written (null: none) and cells.</summary>
public sealed record FuzzRow(string? Index, FuzzCell[] Cells)
{
    public override string ToString() => $"row{(Index is null ? "" : " r=" + Index)}[{string.Join(" ", Cells.Select(c => c.ToString()))}]";
}

/// <summary>A generated workbook: a header row (shared strings) and random rows of random cell types.</summary>
public sealed record FuzzWorkbook(string[] Header, FuzzRow[] Rows, bool Date1904)
{
    public override string ToString() =>
        $"1904={Date1904} header=[{string.Join(",", Header.Select(FuzzValues.Show))}] {string.Join(" ", Rows.Select(r => r.ToString()))}";

    /// <summary>Writes the workbook with the Open XML SDK; styles 0 General, 1 yyyy-mm-dd hh:mm, 2 date (14), 3 text (49).</summary>
    public void Write(string path)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        if (Date1904) wb.Workbook.Append(new WorkbookProperties { Date1904 = true });
        var st = wb.AddNewPart<WorkbookStylesPart>();
        st.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 4 });
        var strings = new List<string>(Header);
        var data = new SheetData();
        var head = new Row { RowIndex = 1 };
        for (int c = 0; c < Header.Length; c++)
            head.Append(new Cell { CellReference = XlsxColumn(c) + "1", DataType = CellValues.SharedString, CellValue = new CellValue(c.ToString(CultureInfo.InvariantCulture)) });
        data.Append(head);
        foreach (var r in Rows)
        {
            var row = new Row();
            if (r.Index is not null) row.SetAttribute(new OpenXmlAttribute("r", "", r.Index));
            foreach (var fc in r.Cells)
            {
                var cell = new Cell();
                if (fc.Reference is not null) cell.SetAttribute(new OpenXmlAttribute("r", "", fc.Reference));
                if (fc.Type is not null) cell.SetAttribute(new OpenXmlAttribute("t", "", fc.Type));
                if (fc.Style is uint s) cell.StyleIndex = s;
                if (fc.Type == "inlineStr") cell.InlineString = new InlineString(new Text(fc.Value ?? ""));
                else if (fc.Type == "s" && fc.Value is not null && !fc.Value.StartsWith('#'))
                {
                    strings.Add(fc.Value);
                    cell.CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture));
                }
                else if (fc.Value is not null) cell.CellValue = new CellValue(fc.Type == "s" ? fc.Value[1..] : fc.Value);
                row.Append(cell);
            }
            data.Append(row);
        }
        var ws = wb.AddNewPart<WorksheetPart>();
        ws.Worksheet = new Worksheet(data);
        wb.Workbook.Append(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "台账" }));
        var sst = wb.AddNewPart<SharedStringTablePart>();
        sst.SharedStringTable = new SharedStringTable(strings.Select(x => new SharedStringItem(new Text(x))));
        wb.Workbook.Save();
    }

    internal static string XlsxColumn(int c) => c < 26 ? ((char)('A' + c)).ToString() : XlsxColumn(c / 26 - 1) + (char)('A' + c % 26);
}

/// <summary>
/// Fuzzing the .xlsx reader with workbooks written by the Open XML SDK holding random cell types (shared and inline
/// strings, numbers, booleans, errors, ISO dates, unknown t values), styles, cell references and row numbers.
/// </summary>
[Properties(Arbitrary = new[] { typeof(XlsxFuzzTests.Arbitraries) })]
public class XlsxFuzzTests : IDisposable
{
    public static class Arbitraries
    {
        public static Arbitrary<FuzzWorkbook> FuzzWorkbooks() => Arb.From(Workbooks, Shrink);
    }

    private readonly TempFiles _tmp = new();
    private int _n;

    public void Dispose() => _tmp.Dispose();

    private static readonly string[] Numbers =
        ["45870.375", "45870", "0", "-1", "1e308", "-1e308", "NaN", "Infinity", "2958466", "60", "1.5E-300", "abc", "", " 12 "];

    private static readonly Gen<FuzzCell> Cells =
        from type in Gen.Elements<string?>(null, "n", "s", "inlineStr", "str", "b", "e", "d", "x", "")
        from value in Gen.Frequency(
            (3, FuzzValues.Cell(allowNul: false).Select(XmlLegal)), // an .xlsx cannot hold what XML forbids
            (3, Gen.Elements(Numbers)),
            (1, Gen.Elements("#-1", "#999999", "#abc", "#0")), // a shared-string index as written (# = raw index)
            (1, Gen.Constant<string>(null!)))
        from style in Gen.Elements<uint?>(null, 0, 1, 2, 3, 4, 99)
        from reference in Gen.Frequency(
            (6, Gen.Constant<string?>(null)),
            (3, Gen.Choose(0, 40).Select(c => (string?)(FuzzValues_Col(c) + "2"))),
            (1, Gen.Elements<string?>("A0", "a2", "XFD2", "XFE2", "ZZZZZZZ2", "2", "", "$A$2", "A1048577")))
        select new FuzzCell(type, value, style, reference);

    private static string XmlLegal(string s)
    {
        var a = s.ToCharArray();
        for (int i = 0; i < a.Length; i++)
        {
            if (char.IsHighSurrogate(a[i]) && i + 1 < a.Length && char.IsLowSurrogate(a[i + 1])) { i++; continue; }
            if (char.IsSurrogate(a[i]) || !System.Xml.XmlConvert.IsXmlChar(a[i])) a[i] = '?';
        }
        return new string(a);
    }

    private static string FuzzValues_Col(int c) => FuzzWorkbook.XlsxColumn(c);

    private static readonly Gen<FuzzWorkbook> Workbooks =
        from header in Gen.Shuffle(FuzzValues.Headers.Where(h => h.Length > 0)).Select(a => a.Take(8).Append("舆情编号").Append("发现时间").Distinct().ToArray())
        from rowCount in Gen.Choose(0, 6)
        from rows in Gen.ArrayOf(
            from index in Gen.Frequency((6, Gen.Constant<string?>(null)), (2, Gen.Choose(2, 40).Select(i => (string?)i.ToString(CultureInfo.InvariantCulture))),
                (1, Gen.Elements<string?>("0", "1048576", "1048577", "4294967295", "99999999999", "-3", "x")))
            from cells in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Cells, n))
            select new FuzzRow(index, cells), rowCount)
        from date1904 in Gen.Elements(false, true)
        select new FuzzWorkbook(header, rows, date1904);

    private static IEnumerable<FuzzWorkbook> Shrink(FuzzWorkbook w)
    {
        for (int r = 0; r < w.Rows.Length; r++)
            yield return w with { Rows = [.. w.Rows.Take(r), .. w.Rows.Skip(r + 1)] };
        for (int r = 0; r < w.Rows.Length; r++)
            for (int c = 0; c < w.Rows[r].Cells.Length; c++)
            {
                var rows = w.Rows.ToArray();
                rows[r] = rows[r] with { Cells = [.. rows[r].Cells.Take(c), .. rows[r].Cells.Skip(c + 1)] };
                yield return w with { Rows = rows };
            }
        if (w.Date1904) yield return w with { Date1904 = false };
    }

    [Property(MaxTest = 250)]
    public void Random_xlsx_cells_end_in_a_result_or_a_clear_error(FuzzWorkbook w)
    {
        var path = _tmp.PathOf($"cells{Interlocked.Increment(ref _n)}.xlsx");
        w.Write(path);
        FuzzOutcome.Load(path);
    }
}
