using Auditor.Core;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace Auditor.Ingest.Tables;

/// <summary>Reads an Excel 97-2003 (.xls, BIFF8) workbook with NPOI's HSSF model.</summary>
internal sealed class XlsTableFile : ITableFile
{
    private readonly HSSFWorkbook _wb;

    private XlsTableFile(HSSFWorkbook wb) => _wb = wb;

    public string Format => "xls";
    public string? Encoding => null;

    public static XlsTableFile Open(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            return new XlsTableFile(new HSSFWorkbook(fs));
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            throw new InputException($"{path}：不是可读取的 Excel 97-2003 工作簿（.xls）（{e.Message}）", e);
        }
    }

    public IEnumerable<TableSheet> Sheets()
    {
        for (int i = 0; i < _wb.NumberOfSheets; i++)
        {
            var sheet = _wb.GetSheetAt(i);
            var merges = new List<MergedRange>();
            for (int m = 0; m < sheet.NumMergedRegions; m++)
            {
                var r = sheet.GetMergedRegion(m);
                if (r is null || r.FirstRow < 0 || r.FirstColumn < 0) continue;
                var range = new MergedRange(Math.Min(r.FirstRow, r.LastRow) + 1, Math.Min(r.FirstColumn, r.LastColumn),
                    Math.Max(r.FirstRow, r.LastRow) + 1, Math.Max(r.FirstColumn, r.LastColumn));
                if (range.FirstRow != range.LastRow || range.FirstColumn != range.LastColumn) merges.Add(range);
            }
            bool hidden = _wb.IsSheetHidden(i) || _wb.IsSheetVeryHidden(i);
            yield return new TableSheet(sheet.SheetName, MergedCellFiller.Fill(Rows(sheet), merges), hidden, merges);
        }
    }

    private static IEnumerable<RawRow> Rows(ISheet sheet)
    {
        var e = sheet.GetRowEnumerator();
        while (e.MoveNext())
        {
            if (e.Current is not IRow row) continue;
            int last = Math.Max((int)row.LastCellNum, 0);
            var cells = new RawCell[last];
            for (int c = 0; c < last; c++)
            {
                var cell = row.GetCell(c);
                if (cell is not null) cells[c] = Value(cell, cell.CellType);
            }
            yield return new RawRow(row.RowNum + 1, cells);
        }
    }

    private static RawCell Value(ICell cell, CellType type)
    {
        switch (type)
        {
            case CellType.String:
                return RawCell.OfText(cell.StringCellValue);
            case CellType.Numeric:
                var kind = RawCellKind.Number;
                if (DateUtil.IsCellDateFormatted(cell))
                {
                    kind = ExcelNumberFormats.ClassifyCode(cell.CellStyle.GetDataFormatString() ?? "yyyy-mm-dd");
                    if (kind == RawCellKind.Number) kind = RawCellKind.Date;
                }
                return RawCell.OfNumber(cell.NumericCellValue, kind);
            case CellType.Boolean:
                return RawCell.OfNumber(cell.BooleanCellValue ? 1 : 0, RawCellKind.Boolean);
            case CellType.Formula:
                return Value(cell, cell.CachedFormulaResultType);
            default:
                return default;
        }
    }

    public void Dispose() => _wb.Close();
}
