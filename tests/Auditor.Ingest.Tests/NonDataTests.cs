using Auditor.Core;
using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

/// <summary>What is not data — totals, sign-offs, notes, helper and hidden sheets — is skipped with one note each.</summary>
public class NonDataTests
{
    private static IngestResult Load(params string[] files) =>
        LedgerLoader.Load(files, UnitRegistry.Empty, null, new IngestOptions());

    [Fact]
    public void Totals_sign_offs_notes_and_a_repeated_header_are_skipped_each_with_a_note()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv",
            "序号,舆情编号,填报单位,发现时间\n" +              // 1
            "1,A1,城关镇,2026-07-03 09:00\n" +                // 2
            "小计,,,\n" +                                      // 3
            "序号,舆情编号,填报单位,发现时间\n" +              // 4 (a header repeated on a new page)
            "2,A2,城关镇,2026-07-04 09:00\n" +                // 5
            "合  计：2件,,,\n" +                               // 6
            "填表人：张三,,审核人：李四,填报日期：2026-10-08\n" + // 7
            "注：1.本表按季度填报。,,,\n" +                     // 8
            "注册地址不详的舆情另表报送,,,\n");                 // 9: not a note ("注" followed by 册): a row without an id
        var r = Load(path);
        Assert.Equal(["A1", "A2"], r.Cases.Select(c => c.CaseId));
        Assert.Equal([3, 4, 6, 7, 8], r.Issues.Where(i => i.Kind == DataIssueKind.NotDataRow).Select(i => i.Row!.Value));
        var missing = Assert.Single(r.Issues, i => i.Kind != DataIssueKind.NotDataRow);
        Assert.Equal((DataIssueKind.MissingValue, 9), (missing.Kind, missing.Row!.Value));
        Assert.Equal(3, r.Files[0].Rows); // rows 2, 5 and 9: the skipped rows are not data rows
    }

    [Fact]
    public void A_hidden_drop_down_sheet_with_headers_does_not_stop_the_audit()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("台账", [["舆情编号", "填报单位", "发现时间"], ["A1", "城关镇", "2026-07-03 09:00"]]),
            new XSheet("下拉选项", [["填报单位", "舆情等级", "来源平台"], ["城关镇", "一般", "微博"]], Hidden: true));
        var r = Load(path);
        Assert.Single(r.Cases);
        var note = Assert.Single(r.Issues);
        Assert.Equal((DataIssueKind.NotDataSheet, "下拉选项"), (note.Kind, note.Sheet));
        Assert.Contains("隐藏", note.Message);
    }

    [Fact]
    public void A_sheet_without_the_required_columns_is_skipped_when_another_sheet_has_them_whatever_its_place()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("分单位", [["序号", "填报单位", "舆情数量"], ["1", "城关镇", "3"]]),
            new XSheet("台账", [["舆情编号", "填报单位", "发现时间"], ["A1", "城关镇", "2026-07-03 09:00"]]),
            new XSheet("统计", [["填报单位", "舆情编号", "发现时间"], ["城关镇", "A1", "2026-07-03 09:00"]]));
        var r = Load(path);
        Assert.Equal("台账", Assert.Single(r.Cases).Source.Sheet);
        Assert.Equal([("分单位", "发现时间"), ("统计", "辅助工作表")],
            r.Issues.Select(i => (i.Sheet!, i.Message.Contains("发现时间") ? "发现时间" : i.Message.Contains("辅助工作表") ? "辅助工作表" : i.Message)));
        Assert.All(r.Issues, i => Assert.Equal(DataIssueKind.NotDataSheet, i.Kind));
    }

    [Fact]
    public void A_helper_named_sheet_is_read_when_it_is_the_only_one_with_data()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("说明", [["本表由各单位每季度填报"]]),
            new XSheet("统计", [["舆情编号", "填报单位", "发现时间"], ["A1", "城关镇", "2026-07-03 09:00"]]));
        var r = Load(path);
        Assert.Equal("统计", Assert.Single(r.Cases).Source.Sheet);
        Assert.Equal("说明", Assert.Single(r.Issues).Sheet);
    }

    [Fact]
    public void Without_any_sheet_with_the_required_columns_the_first_such_sheet_explains_the_error()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("台账", [["舆情编号", "填报单位", "回应时间"], ["A1", "城关镇", "2026-07-03 09:00"]]),
            new XSheet("下拉选项", [["填报单位", "舆情等级"], ["城关镇", "一般"]], Hidden: true));
        var e = Assert.Throws<InputException>(() => Load(path));
        Assert.Contains("[台账]：第1行表头中缺少必需的列“发现时间”", e.Message);
    }

    [Fact]
    public void When_the_data_is_only_in_a_hidden_sheet_the_error_says_to_unhide_it()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path,
            new XSheet("Sheet1", [["请见隐藏表"]]),
            new XSheet("数据", [["舆情编号", "发现时间"], ["A1", "2026-07-03 09:00"]], Hidden: true));
        var e = Assert.Throws<InputException>(() => Load(path));
        Assert.Contains("隐藏的工作表“数据”未读取", e.Message);
        Assert.Contains("取消隐藏", e.Message);
    }

    [Theory]
    [InlineData("合计：12件", true)]
    [InlineData("合  计", true)]
    [InlineData("7月小计：5件", true)]
    [InlineData("第三季度合计", true)]
    [InlineData("总计12件", true)]
    [InlineData("填表人：张三", true)]
    [InlineData("注：本表按季度填报", true)]
    [InlineData("说明", true)]
    [InlineData("年度总计划调整引发关注", false)] // a title in the first column: 总计 followed by more of a word
    [InlineData("注射疫苗排队时间长", false)]
    [InlineData("累计投诉三次的小区停水", false)]
    [InlineData("QH2026-001", false)]
    public void The_first_filled_cell_tells_a_total_sign_off_or_note_row_from_a_case(string first, bool skipped)
    {
        var row = new Tables.RawRow(5, [default, Tables.RawCell.OfText(first), Tables.RawCell.OfText("2026-07-03 09:00")]);
        Assert.Equal(skipped, Layout.NonDataRows.Classify(row, ["序号", "舆情标题", "发现时间"]) is not null);
    }
}
