using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;
using NPOI.HSSF.UserModel;
using NPOI.SS.Util;

namespace Auditor.Ingest.Tests;

public class WorkbookReaderTests
{
    [Fact]
    public void Xlsx_with_title_row_date_cells_serials_inline_strings_and_sparse_cells()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("台账.xlsx");
        XlsxBuilder.Write(path,
            ("填报说明", [["本表由各单位每季度填报"], ["请勿修改表头"]]),
            ("三季度", [
                ["潢川县2026年第三季度政务舆情处置台账"],                                                    // row 1: title
                null,                                                                                    // row 2: blank (absent)
                ["舆情编号", "填报单位", "发现时间", "上报时间", "回应时间", "备注"],                           // row 3: header
                ["HC-1", "春申街道", new XDateTime(new DateTime(2026, 7, 3, 14, 20, 0)), new XChineseDateTime(new DateTime(2026, 7, 3, 15, 5, 0)), new XNumber(46213.9166666667), new XInline("内联文本")],
                ["HC-2", new XSkip(), new XDate(new DateTime(2026, 7, 21)), "2026年7月21日 16:40", new XSkip(), "跳过了一格"],
                null,
                ["HC-3", "老城街道", "2026/7/22 8:15", null, null, null],                                   // row 6 is absent, this is row 7
            ]));
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        var f = Assert.Single(r.Files);
        Assert.Equal(("三季度", "xlsx", 3, TableShape.Ledger), (f.Sheet, f.Format, f.HeaderRow, f.Shape));
        Assert.Equal(["HC-1", "HC-2", "HC-3"], r.Cases.Select(c => c.CaseId));
        Assert.Equal([4, 5, 7], r.Cases.Select(c => c.Source.Row));
        var c1 = r.Cases[0];
        Assert.Equal(new LocalDateTime(2026, 7, 3, 14, 20), c1.DiscoveredAt!.Local);
        Assert.Equal(new LocalDateTime(2026, 7, 3, 15, 5), c1.First(EventKind.Reported)!.Time.Local);
        Assert.Equal(new LocalDateTime(2026, 7, 10, 22, 0, 0), c1.First(EventKind.Responded)!.Time.Local);
        Assert.Equal("内联文本", c1.Extra["备注"]);
        var c2 = r.Cases[1];
        Assert.Null(c2.ReportingUnit);
        Assert.True(c2.DiscoveredAt!.DateOnly);
        Assert.Equal(new LocalDate(2026, 7, 21), c2.DiscoveredAt.Date);
        Assert.Equal("跳过了一格", c2.Extra["备注"]);
        // The instructions sheet is skipped, and says so.
        var skipped = Assert.Single(r.Issues, i => i.Kind == DataIssueKind.NotDataSheet);
        Assert.Equal("填报说明", skipped.Sheet);
        var dateOnly = Assert.Single(r.Issues, i => i.Kind == DataIssueKind.DateWithoutTime);
        Assert.Equal((5, "发现时间", "三季度"), (dateOnly.Row!.Value, dateOnly.Column, dateOnly.Sheet));
    }

    [Fact]
    public void Xls_with_title_row_merged_date_cells_and_text_times()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("台账.xls");
        var wb = new HSSFWorkbook();
        var sh = wb.CreateSheet("舆情台账");
        var dt = wb.CreateCellStyle();
        dt.DataFormat = wb.CreateDataFormat().GetFormat("yyyy-mm-dd hh:mm");
        var d = wb.CreateCellStyle();
        d.DataFormat = wb.CreateDataFormat().GetFormat("yyyy-mm-dd");
        sh.CreateRow(0).CreateCell(0).SetCellValue("高安市2026年第三季度政务舆情应急处置台账");
        sh.AddMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        var h = sh.CreateRow(2);
        string[] headers = ["舆情编号", "填报单位", "发现时间", "发布权威信息时间"];
        for (int i = 0; i < headers.Length; i++) h.CreateCell(i).SetCellValue(headers[i]);
        var r1 = sh.CreateRow(3);
        r1.CreateCell(0).SetCellValue("GA-1");
        r1.CreateCell(1).SetCellValue("瑞州街道");
        var c = r1.CreateCell(2); c.SetCellValue(new DateTime(2026, 8, 1, 21, 30, 0)); c.CellStyle = dt;
        r1.CreateCell(3).SetCellValue("2026.08.02 09:10");
        var r2 = sh.CreateRow(4);
        r2.CreateCell(0).SetCellValue(2026002); // a numeric id
        var c2 = r2.CreateCell(2); c2.SetCellValue(new DateTime(2026, 8, 3)); c2.CellStyle = d;
        using (var fs = File.Create(path)) wb.Write(fs);

        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        var f = Assert.Single(r.Files);
        Assert.Equal(("xls", 3), (f.Format, f.HeaderRow));
        Assert.Equal(["GA-1", "2026002"], r.Cases.Select(x => x.CaseId));
        Assert.Equal(new LocalDateTime(2026, 8, 1, 21, 30), r.Cases[0].DiscoveredAt!.Local);
        Assert.Equal(new LocalDateTime(2026, 8, 2, 9, 10), r.Cases[0].First(EventKind.Released)!.Time.Local);
        Assert.True(r.Cases[1].DiscoveredAt!.DateOnly);
        Assert.Equal(5, r.Cases[1].Source.Row);
    }

    [Fact]
    public void Xlsx_in_the_1904_date_system()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("mac.xlsx");
        // 2026-07-10 22:00 is serial 46213.91666… in the 1900 system and 1462 days less in the 1904 system.
        XlsxBuilder.Write(path, true, ("s", [["舆情编号", "发现时间"], ["M1", new XNumberDateTime(46213.9166666667 - 1462)]]));
        var c = Assert.Single(LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default).Cases);
        Assert.Equal(new LocalDateTime(2026, 7, 10, 22, 0), c.DiscoveredAt!.Local);
    }

    [Theory]
    [InlineData("a.xlsx", "这不是工作簿", "xlsx")]
    [InlineData("a.xls", "<html><table><tr><td>舆情编号</td></tr></table></html>", ".xls")]
    public void A_file_that_is_not_the_workbook_its_name_says_is_an_input_error(string name, string content, string word)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write(name, content);
        var e = Assert.Throws<InputException>(() => LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default));
        Assert.Contains(name, e.Message);
        Assert.Contains(word, e.Message);
    }

    [Fact]
    public void A_broken_zip_is_an_input_error_not_a_crash()
    {
        using var tmp = new TempFiles();
        var path = tmp.WriteBytes("a.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Contains("a.xlsx", Assert.Throws<InputException>(() => LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default)).Message);
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_an_input_error()
    {
        using var tmp = new TempFiles();
        Assert.Contains("不存在", Assert.Throws<InputException>(() => LedgerLoader.Load([tmp.PathOf("nope.csv")], UnitRegistry.Empty, null, IngestOptions.Default)).Message);
        Assert.Contains("文件夹", Assert.Throws<InputException>(() => LedgerLoader.Load([tmp.Dir], UnitRegistry.Empty, null, IngestOptions.Default)).Message);
    }
}
