using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

/// <summary>Case ids as exports give them: 序号 beside a real id, 序号 restarting per sheet, scientific notation.</summary>
public class CaseIdTests
{
    private static IngestResult Load(params string[] files) =>
        LedgerLoader.Load(files, UnitRegistry.Empty, null, new IngestOptions());

    [Fact]
    public void A_real_id_column_beats_序号_even_when_it_is_a_synonym_further_right()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "序号,编号,发现时间\n1,BH-7,2026-07-03 09:00\n2,BH-9,2026-07-04 09:00\n");
        var r = Load(path);
        Assert.Equal(["BH-7", "BH-9"], r.Cases.Select(c => c.CaseId));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Month_sheets_numbered_only_by_序号_keep_all_their_cases_qualified_by_the_sheet()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("7月", [["序号", "填报单位", "发现时间"], ["1", "城关镇", "2026-07-03 09:00"], ["2", "城关镇", "2026-07-09 09:00"]]),
            new XSheet("8月", [["序号", "填报单位", "发现时间"], ["1", "东城街道", "2026-08-03 09:00"], ["2", "东城街道", "2026-08-09 09:00"]]));
        var r = Load(path);
        Assert.Equal(["7月/1", "7月/2", "8月/1", "8月/2"], r.Cases.Select(c => c.CaseId));
        Assert.Equal([("7月", 2), ("8月", 2)], r.Issues.Select(i => (i.Sheet!, i.Row!.Value)));
        Assert.All(r.Issues, i => Assert.Equal(DataIssueKind.SheetQualifiedId, i.Kind));
        Assert.Contains("舆情编号", r.Issues[0].Message);
    }

    [Fact]
    public void 序号_in_several_files_is_qualified_by_the_file_and_a_single_file_keeps_it_as_it_is()
    {
        using var tmp = new TempFiles();
        var a = tmp.Write("城关镇.csv", "序号,发现时间\n1,2026-07-03 09:00\n");
        var b = tmp.Write("东城街道.csv", "序号,发现时间\n1,2026-07-05 09:00\n");
        var r = Load(a, b);
        Assert.Equal(["东城街道/1", "城关镇/1"], r.Cases.Select(c => c.CaseId).Order(StringComparer.Ordinal));
        Assert.Equal(2, r.Issues.Count(i => i.Kind == DataIssueKind.SheetQualifiedId));
        var single = Load(a);
        Assert.Equal("1", Assert.Single(single.Cases).CaseId);
        Assert.Empty(single.Issues);
    }

    [Fact]
    public void Ids_Excel_turned_into_scientific_notation_are_reported_and_not_taken_for_duplicates()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间\n2.02607E+11,2026-07-03 09:00\n2.02607E+11,2026-07-04 09:00\n202607050001,2026-07-05 09:00\n");
        var r = Load(path);
        Assert.Equal(["2.02607E+11（第2行）", "2.02607E+11（第3行）", "202607050001"], r.Cases.Select(c => c.CaseId));
        Assert.Equal([2, 3], r.Issues.Select(i => i.Row!.Value));
        Assert.All(r.Issues, i => Assert.Equal(DataIssueKind.ScientificNotationId, i.Kind));
        Assert.Contains("被 Excel 转成了科学计数法", r.Issues[0].Message);
    }

    [Fact]
    public void An_event_log_keeps_a_run_of_adjacent_steps_with_one_scientific_id_together()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,环节,时间\n2.02607E+11,发现,2026-07-03 09:00\n2.02607E+11,回应,2026-07-03 15:00\n" +
                                      "2.02608E+11,发现,2026-07-04 09:00\n2.02607E+11,发现,2026-07-05 09:00\n");
        var r = Load(path);
        Assert.Equal(["2.02607E+11（第2行起）", "2.02608E+11（第4行起）", "2.02607E+11（第5行起）"], r.Cases.Select(c => c.CaseId));
        Assert.Equal(2, r.Cases[0].Events.Length);
        Assert.Equal([2, 4, 5], r.Issues.Where(i => i.Kind == DataIssueKind.ScientificNotationId).Select(i => i.Row!.Value));
    }

    [Fact]
    public void 序号_is_not_qualified_when_the_other_sheets_are_empty_or_hold_no_ledger()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("Sheet1", [["序号", "填报单位", "发现时间"], ["1", "城关镇", "2026-07-03 09:00"]]),
            new XSheet("Sheet2", []),
            new XSheet("汇总表", [["填报单位", "舆情数量"], ["城关镇", "1"]]));
        var r = Load(path);
        Assert.Equal("1", Assert.Single(r.Cases).CaseId);
        Assert.DoesNotContain(r.Issues, i => i.Kind == DataIssueKind.SheetQualifiedId);
    }

    [Fact]
    public void An_xls_hidden_sheet_is_skipped_with_a_note()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xls");
        var wb = new NPOI.HSSF.UserModel.HSSFWorkbook();
        var data = wb.CreateSheet("台账");
        data.CreateRow(0).CreateCell(0).SetCellValue("舆情编号");
        data.GetRow(0).CreateCell(1).SetCellValue("发现时间");
        data.CreateRow(1).CreateCell(0).SetCellValue("A1");
        data.GetRow(1).CreateCell(1).SetCellValue("2026-07-03 09:00");
        // A hidden sheet is not read even when it looks like a ledger (an old copy someone hid).
        var lists = wb.CreateSheet("旧表");
        lists.CreateRow(0).CreateCell(0).SetCellValue("舆情编号");
        lists.GetRow(0).CreateCell(1).SetCellValue("发现时间");
        lists.CreateRow(1).CreateCell(0).SetCellValue("A1");
        lists.GetRow(1).CreateCell(1).SetCellValue("2026-07-01 09:00");
        wb.SetSheetHidden(1, NPOI.SS.UserModel.SheetState.Hidden);
        using (var fs = File.Create(path)) wb.Write(fs);
        var r = Load(path);
        Assert.Single(r.Cases);
        var note = Assert.Single(r.Issues);
        Assert.Equal((DataIssueKind.NotDataSheet, "旧表"), (note.Kind, note.Sheet));
        Assert.Contains("隐藏", note.Message);
    }
}
