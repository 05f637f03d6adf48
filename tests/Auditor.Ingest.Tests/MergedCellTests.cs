using System.Text;
using Auditor.Core.Domain;
using Auditor.Ingest.Tables;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NPOI.HSSF.UserModel;
using NPOI.SS.Util;

namespace Auditor.Ingest.Tests;

/// <summary>Merged cells as offices make them in WPS and Excel: every cell of a block reads as its top-left value.</summary>
public class MergedCellTests
{
    private static IngestResult Load(params string[] files) =>
        LedgerLoader.Load(files, UnitRegistry.Empty, null, new IngestOptions());

    [Fact]
    public void Xlsx_unit_cells_merged_down_over_each_units_rows_give_every_case_its_unit()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("merged.xlsx");
        XlsxBuilder.Write(path, new XSheet("台账", [
            ["舆情编号", "填报单位", "发现时间"],
            ["A1", "城关镇", "2026-07-03 09:00"],
            ["A2", null, "2026-07-04 09:00"],
            ["A3", null, "2026-07-05 09:00"],
            ["A4", "东城街道", "2026-07-06 09:00"],
            ["A5", null, "2026-07-07 09:00"],
        ], Merges: ["B2:B4", "B5:B6"]));
        var r = Load(path);
        Assert.Equal(["城关镇", "城关镇", "城关镇", "东城街道", "东城街道"], r.Cases.Select(c => c.ReportingUnit!.Raw));
        Assert.Empty(r.Issues);
        Assert.Equal(2, Assert.Single(r.Files).MergedRanges);
    }

    [Fact]
    public void Xls_unit_cells_merged_down_give_every_case_its_unit()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("merged.xls");
        var wb = new HSSFWorkbook();
        var sh = wb.CreateSheet("台账");
        string[][] rows = [["舆情编号", "填报单位", "发现时间"], ["A1", "城关镇", "2026-07-03 09:00"], ["A2", "", "2026-07-04 09:00"], ["A3", "东城街道", "2026-07-05 09:00"], ["A4", "", "2026-07-06 09:00"]];
        for (int i = 0; i < rows.Length; i++)
        {
            var row = sh.CreateRow(i);
            for (int c = 0; c < rows[i].Length; c++) if (rows[i][c].Length > 0) row.CreateCell(c).SetCellValue(rows[i][c]);
        }
        sh.AddMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        sh.AddMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        using (var fs = File.Create(path)) wb.Write(fs);
        var r = Load(path);
        Assert.Equal(["城关镇", "城关镇", "东城街道", "东城街道"], r.Cases.Select(c => c.ReportingUnit!.Raw));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void An_event_log_with_the_case_id_merged_over_its_steps_reads_every_step()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("log.xlsx");
        XlsxBuilder.Write(path, new XSheet("流水", [
            ["舆情编号", "环节", "时间", "办理单位"],
            ["L1", "发现", "2026-07-03 09:00", "城关镇"],
            [null, "交办", "2026-07-03 10:00", "城关镇"],
            [null, "回应", "2026-07-03 15:00", "城关镇"],
            ["L2", "发现", "2026-07-04 09:00", "东城街道"],
            [null, "回应", "2026-07-05 09:00", "东城街道"],
        ], Merges: ["A2:A4", "A5:A6"]));
        var r = Load(path);
        Assert.Equal(["L1", "L2"], r.Cases.Select(c => c.CaseId));
        Assert.Equal([EventKind.Discovered, EventKind.Assigned, EventKind.Responded], r.Cases[0].Events.Select(e => e.Kind));
        Assert.Equal(new LocalDateTime(2026, 7, 5, 9, 0), r.Cases[1].First(EventKind.Responded)!.Time.Local);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void A_two_row_header_with_group_cells_above_and_names_merged_down_is_one_header()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("two-row.xlsx");
        XlsxBuilder.Write(path, new XSheet("台账", [
            ["某县2026年第三季度舆情处置台账"],
            ["序号", "舆情编号", "基本情况", null, "处置情况", null, null],
            [null, null, "填报单位", "舆情标题", "发现时间", "回应", "回应"],
            [null, null, null, null, null, "时间", "单位"],
            ["1", "T-1", "城关镇", "网民反映道路破损", "2026-07-03 09:00", "2026-07-03 15:00", "城关镇"],
        ], Merges: ["A1:G1", "A2:A4", "B2:B4", "C2:D2", "E2:G2", "C3:C4", "D3:D4", "E3:E4", "F3:G3"]));
        var r = Load(path);
        var f = Assert.Single(r.Files);
        // Rows 2–4 are header rows: the last two are combined (回应 over 时间 → 回应时间); data start at row 5.
        Assert.Equal((4, 3), (f.HeaderRow, f.HeaderFirstRow));
        var targets = f.Columns.ToDictionary(c => c.Header, c => c.Target);
        Assert.Equal("case_id", targets["舆情编号"]);
        Assert.Equal("unit", targets["填报单位"]);
        Assert.Equal("responded", targets["回应时间"]);
        Assert.Equal("responder", targets["回应单位"]);
        Assert.Null(targets["序号"]); // a real id column exists: 序号 is only a row count
        var c = Assert.Single(r.Cases);
        Assert.Equal(("T-1", 5), (c.CaseId, c.Source.Row));
        Assert.Equal(new LocalDateTime(2026, 7, 3, 15, 0), c.First(EventKind.Responded)!.Time.Local);
        Assert.Equal("城关镇", c.Responder!.Raw);
    }

    [Fact]
    public void A_two_row_header_saved_as_csv_keeps_names_that_stand_only_in_the_upper_row()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("two-row.csv",
            "序号,舆情编号,基本情况,,处置情况,\n" +
            ",,填报单位,发现时间,回应时间,办结时间\n" +
            "1,C-1,城关镇,2026-07-03 09:00,2026-07-03 15:00,\n");
        var r = Load(path);
        var c = Assert.Single(r.Cases);
        Assert.Equal(("C-1", "城关镇", 3), (c.CaseId, c.ReportingUnit!.Raw, c.Source.Row));
        Assert.Equal((2, 1), (r.Files[0].HeaderRow, r.Files[0].HeaderFirstRow));
    }

    [Fact]
    public void A_merged_total_row_below_the_data_is_not_a_case_and_a_blank_row_under_a_merged_unit_stays_blank()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("total.xlsx");
        XlsxBuilder.Write(path, new XSheet("台账", [
            ["舆情编号", "填报单位", "发现时间"],
            ["A1", "城关镇", "2026-07-03 09:00"],
            ["A2", null, "2026-07-04 09:00"],
            null, // an empty row the unit cell is merged over
            ["合计：2件", null, null],
        ], Merges: ["B2:B4", "A5:C5"]));
        var r = Load(path);
        Assert.Equal(["A1", "A2"], r.Cases.Select(c => c.CaseId));
        var note = Assert.Single(r.Issues);
        Assert.Equal((DataIssueKind.NotDataRow, 5), (note.Kind, note.Row!.Value));
        Assert.Contains("合计：2件", note.Message);
    }

    [Fact]
    public void Filler_spreads_a_block_down_and_across_and_leaves_rows_outside_it()
    {
        RawRow Row(int n, params string?[] cells) => new(n, cells.Select(RawCell.OfText).ToArray());
        var rows = new[] { Row(1, "a", "b", null), Row(2, "c", null, null), Row(3, null, null, "x"), Row(4, "d", null, null) };
        var filled = MergedCellFiller.Fill(rows, [new MergedRange(1, 1, 3, 2)]).ToList();
        Assert.Equal(["a", "b", "b"], filled[0].Cells.Select(c => c.Text));
        Assert.Equal(["c", "b", "b"], filled[1].Cells.Select(c => c.Text));
        Assert.Equal([null, "b", "x"], filled[2].Cells.Select(c => c.Text)); // a value written inside a block is kept
        Assert.Equal(["d", null, null], filled[3].Cells.Select(c => c.Text));
    }

    /// <summary>However the sheet XML is cut into chunks, the scanner finds every merged range (with or without a prefix).</summary>
    [Property(Arbitrary = new[] { typeof(ChunkingArbitraries) })]
    public bool Scanner_finds_every_merged_range_whatever_the_chunk_boundaries(Chunking chunking)
    {
        var (cuts, prefix) = chunking;
        var xml = $"<{prefix}worksheet><{prefix}sheetData><{prefix}row r=\"1\"><{prefix}c r=\"A1\" t=\"inlineStr\"><{prefix}is><{prefix}t>&lt;mergeCell ref=\"Z1:Z9\"/&gt;</{prefix}t></{prefix}is></{prefix}c></{prefix}row></{prefix}sheetData>" +
                  $"<{prefix}mergeCells count=\"3\"><{prefix}mergeCell ref=\"A2:A4\"/><{prefix}mergeCell\n ref='C10:B8' /><{prefix}mergeCell ref=\"$D$1:$F$1\"></{prefix}mergeCell></{prefix}mergeCells></{prefix}worksheet>";
        var bytes = Encoding.UTF8.GetBytes(xml);
        var scanner = new MergeCellScanner();
        int at = 0;
        foreach (var cut in cuts)
        {
            if (at >= bytes.Length) break;
            int n = Math.Min(cut, bytes.Length - at);
            scanner.Feed(bytes.AsSpan(at, n));
            at += n;
        }
        if (at < bytes.Length) scanner.Feed(bytes.AsSpan(at));
        return scanner.Ranges.SequenceEqual([new MergedRange(2, 0, 4, 0), new MergedRange(8, 1, 10, 2), new MergedRange(1, 3, 1, 5)]);
    }
}

/// <summary>Thirty chunk sizes (1–40 bytes) to cut the sheet XML into, and the namespace prefix it is written with.</summary>
public sealed record Chunking(int[] Cuts, string Prefix)
{
    public override string ToString() => $"cuts [{string.Join(",", Cuts)}] prefix \"{Prefix}\"";
}

public static class ChunkingArbitraries
{
    public static Arbitrary<Chunking> Chunkings() =>
        Gen.ArrayOf(Gen.Choose(1, 40), 30).SelectMany(c => Gen.Elements("", "x:").Select(p => new Chunking(c, p))).ToArbitrary();
}
