using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Auditor.Ingest.Tests;

/// <summary>A date-time cell (style 1: yyyy-mm-dd hh:mm).</summary>
public sealed record XDateTime(DateTime Value);
/// <summary>A date cell (built-in format 14, no time).</summary>
public sealed record XDate(DateTime Value);
/// <summary>A number in a General cell.</summary>
public sealed record XNumber(double Value);
/// <summary>A text cell written as an inline string instead of a shared string.</summary>
public sealed record XInline(string Value);
/// <summary>A date-time cell with the custom Chinese format yyyy"年"m"月"d"日" h:mm (style 3).</summary>
public sealed record XChineseDateTime(DateTime Value);
/// <summary>A raw serial in a date-time cell (style 1).</summary>
public sealed record XNumberDateTime(double Value);
/// <summary>Leaves the cell out of the XML (a sparse row).</summary>
public sealed record XSkip;

/// <summary>A time-only cell (style 4: h:mm), written as the fraction of a day Excel stores.</summary>
public sealed record XTime(double Fraction);

/// <summary>A sheet with merged ranges ("A3:A5") written after its cells, as Excel does, and a visibility.</summary>
public sealed record XSheet(string Name, object?[]?[] Rows, string[]? Merges = null, bool Hidden = false);

/// <summary>Writes small .xlsx workbooks for tests; a null row is left out (a gap in row numbers).</summary>
public static class XlsxBuilder
{
    public static void Write(string path, params (string Sheet, object?[]?[] Rows)[] sheets) => Write(path, false, sheets);

    public static void Write(string path, bool date1904, params (string Sheet, object?[]?[] Rows)[] sheets) =>
        Write(path, date1904, sheets.Select(s => new XSheet(s.Sheet, s.Rows)).ToArray());

    public static void Write(string path, params XSheet[] sheets) => Write(path, false, sheets);

    public static void Write(string path, bool date1904, XSheet[] sheets)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        if (date1904) wb.Workbook.Append(new WorkbookProperties { Date1904 = true });
        var st = wb.AddNewPart<WorkbookStylesPart>();
        st.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy\"年\"m\"月\"d\"日\" h:mm" }) { Count = 2 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 20, ApplyNumberFormat = true }) { Count = 5 });
        var strings = new List<string>();
        var sheetsEl = wb.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (name, rows, merges, hidden) in sheets)
        {
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (int r = 0; r < rows.Length; r++)
            {
                if (rows[r] is not { } cells) continue;
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (int c = 0; c < cells.Length; c++)
                {
                    var v = cells[c];
                    if (v is null or XSkip) continue;
                    var cell = new Cell { CellReference = $"{(char)('A' + c)}{r + 1}" };
                    switch (v)
                    {
                        case XDateTime d: cell.StyleIndex = 1; cell.CellValue = new CellValue(d.Value.ToOADate().ToString("R", CultureInfo.InvariantCulture)); break;
                        case XDate d: cell.StyleIndex = 2; cell.CellValue = new CellValue(d.Value.ToOADate().ToString("R", CultureInfo.InvariantCulture)); break;
                        case XChineseDateTime d: cell.StyleIndex = 3; cell.CellValue = new CellValue(d.Value.ToOADate().ToString("R", CultureInfo.InvariantCulture)); break;
                        case XNumberDateTime n: cell.StyleIndex = 1; cell.CellValue = new CellValue(n.Value.ToString("R", CultureInfo.InvariantCulture)); break;
                        case XTime t: cell.StyleIndex = 4; cell.CellValue = new CellValue(t.Fraction.ToString("R", CultureInfo.InvariantCulture)); break;
                        case XNumber n: cell.CellValue = new CellValue(n.Value.ToString("R", CultureInfo.InvariantCulture)); break;
                        case XInline s: cell.DataType = CellValues.InlineString; cell.InlineString = new InlineString(new Text(s.Value)); break;
                        default:
                            strings.Add(v.ToString()!);
                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture));
                            break;
                    }
                    row.Append(cell);
                }
                data.Append(row);
            }
            ws.Worksheet = new Worksheet(data);
            if (merges is { Length: > 0 })
                ws.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Length });
            var sheet = new Sheet { Id = wb.GetIdOfPart(ws), SheetId = id++, Name = name };
            if (hidden) sheet.State = SheetStateValues.Hidden;
            sheetsEl.Append(sheet);
        }
        var sst = wb.AddNewPart<SharedStringTablePart>();
        sst.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
        wb.Workbook.Save();
    }
}
