using System.Text;
using Auditor.Reports.Xlsx;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;

namespace Auditor.Cli.Fixtures.Exports;

/// <summary>
/// Writes generated export sheets as .xlsx (the reports' streaming <see cref="XlsxWriter"/>, merged blocks after the
/// cells as Excel writes them), .xls (NPOI HSSF, merged regions) or .csv (what Excel's "save as csv" keeps: the
/// values, a merged block's value in its first cell only).
/// </summary>
internal static class ExportFiles
{
    /// <summary>A fixed creation time: the same corpus gives the same bytes.</summary>
    private static readonly DateTimeOffset Created = new(2026, 10, 8, 9, 0, 0, TimeSpan.Zero);

    public static void WriteXlsx(string path, params ExportSheet[] sheets)
    {
        using var fs = File.Create(path);
        using var xlsx = new XlsxWriter(fs, Created);
        foreach (var sheet in sheets)
        {
            int columns = sheet.Columns;
            xlsx.BeginPlainSheet(sheet.Name, [.. Enumerable.Range(0, columns).Select(c => Width(sheet, c))], sheet.Hidden);
            foreach (var row in sheet.Rows)
            {
                xlsx.BeginRow();
                if (row is not null)
                    for (int c = 0; c < row.Length; c++)
                    {
                        if (row[c] is not { } cell) continue;
                        switch (cell.Kind)
                        {
                            case ExportCellKind.Text: xlsx.SharedText(c, cell.Text); break;
                            case ExportCellKind.DateTime: xlsx.Date(c, cell.Value); break;
                            case ExportCellKind.Date: xlsx.Date(c, cell.Value, XlsxStyle.Date); break;
                            case ExportCellKind.Time: xlsx.Number(c, cell.Number, XlsxStyle.Time); break;
                            default: xlsx.Number(c, cell.Number); break;
                        }
                    }
                xlsx.EndRow();
            }
            foreach (var m in sheet.Merges) xlsx.Merge(m.FirstRow, m.FirstColumn, m.LastRow, m.LastColumn);
        }
        xlsx.Finish();
    }

    public static void WriteXls(string path, params ExportSheet[] sheets)
    {
        var wb = new HSSFWorkbook();
        var formats = wb.CreateDataFormat();
        ICellStyle Style(string format)
        {
            var s = wb.CreateCellStyle();
            s.DataFormat = formats.GetFormat(format);
            return s;
        }
        var dateTime = Style("yyyy-mm-dd hh:mm");
        var date = Style("yyyy-mm-dd");
        var time = Style("h:mm");
        for (int i = 0; i < sheets.Length; i++)
        {
            var sheet = sheets[i];
            var sh = wb.CreateSheet(sheet.Name);
            for (int r = 0; r < sheet.Rows.Count; r++)
            {
                if (sheet.Rows[r] is not { } row) continue;
                var xr = sh.CreateRow(r);
                for (int c = 0; c < row.Length; c++)
                {
                    if (row[c] is not { } cell) continue;
                    var xc = xr.CreateCell(c);
                    switch (cell.Kind)
                    {
                        case ExportCellKind.Text: xc.SetCellValue(cell.Text); break;
                        case ExportCellKind.DateTime: xc.SetCellValue(cell.Value); xc.CellStyle = dateTime; break;
                        case ExportCellKind.Date: xc.SetCellValue(cell.Value); xc.CellStyle = date; break;
                        case ExportCellKind.Time: xc.SetCellValue(cell.Number); xc.CellStyle = time; break;
                        default: xc.SetCellValue(cell.Number); break;
                    }
                }
            }
            for (int c = 0; c < sheet.Columns; c++) sh.SetColumnWidth(c, Width(sheet, c) * 256);
            foreach (var m in sheet.Merges) sh.AddMergedRegion(new CellRangeAddress(m.FirstRow - 1, m.LastRow - 1, m.FirstColumn, m.LastColumn));
            if (sheet.Hidden) wb.SetSheetHidden(i, SheetState.Hidden);
        }
        using var fs = File.Create(path);
        wb.Write(fs);
    }

    /// <summary>A csv file (UTF-8 with BOM, as Excel's "CSV UTF-8" writes it); the sheet's merged blocks keep their first cell only.</summary>
    public static void WriteCsv(string path, ExportSheet sheet)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(true));
        var row = new CsvRowBuffer();
        foreach (var r in sheet.Rows)
        {
            row.Clear();
            if (r is not null)
                foreach (var cell in r)
                    if (cell is { } c) row.Text(c.AsCsv()); else row.Empty();
            row.EndRow();
            w.Write(row.Row);
        }
    }

    /// <summary>A column as wide as its longest text among the first rows (a title merged across does not count).</summary>
    private static int Width(ExportSheet sheet, int column)
    {
        int longest = 0;
        for (int r = 0; r < Math.Min(sheet.Rows.Count, 16); r++)
        {
            if (sheet.Rows[r] is not { } row || column >= row.Length || row[column] is not { Kind: ExportCellKind.Text } c) continue;
            if (sheet.Merges.Any(m => m.FirstRow == r + 1 && m.FirstColumn == column && m.LastColumn > column)) continue;
            longest = Math.Max(longest, c.Text!.Length);
        }
        return Math.Clamp(longest * 2 + 2, 8, 40);
    }
}
