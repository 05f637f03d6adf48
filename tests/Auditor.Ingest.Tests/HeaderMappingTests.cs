using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest.Headers;

namespace Auditor.Ingest.Tests;

/// <summary>Canonical headers and every synonym (docs/input.md; Headers/HeaderVocabulary.cs), written out by hand.</summary>
public class HeaderMappingTests
{
    public static TheoryData<string, string> FieldHeaders() => new()
    {
        { "舆情编号", "case_id" }, { "编号", "case_id" }, { "序号", "case_id" }, { "案件编号", "case_id" }, { "case_id", "case_id" },
        { "填报单位", "unit" }, { "报送单位", "unit" }, { "unit", "unit" },
        { "舆情标题", "title" }, { "标题", "title" }, { "事项", "title" }, { "title", "title" },
        { "来源平台", "source" }, { "来源", "source" }, { "发布平台", "source" }, { "载体", "source" }, { "source", "source" },
        { "舆情等级", "severity" }, { "等级", "severity" }, { "级别", "severity" }, { "severity", "severity" },
        { "舆情性质", "polarity" }, { "性质", "polarity" }, { "类型", "polarity" }, { "polarity", "polarity" },
        { "突发事件", "sudden" }, { "是否突发", "sudden" }, { "sudden", "sudden" },
        { "涉及范围", "scope" }, { "范围", "scope" }, { "scope", "scope" },
        { "涉事单位", "involved" }, { "涉及单位", "involved" }, { "involved", "involved" },
        { "主管部门", "competent" }, { "competent", "competent" },
        { "责任单位", "responsible" }, { "第一责任单位", "responsible" }, { "责任主体", "responsible" }, { "responsible", "responsible" },
        { "回应单位", "responder" }, { "回应主体", "responder" }, { "发声单位", "responder" }, { "responder", "responder" },
        { "核实结论", "truth" }, { "是否属实", "truth" }, { "truth", "truth" },
        { "办理时限", "due" }, { "时限", "due" }, { "要求时限", "due" }, { "due", "due" },
        { "复核结论", "spot_check" }, { "抽查结论", "spot_check" }, { "spot_check", "spot_check" },
        { "是否归档", "archived_flag" },
    };

    public static TheoryData<string, string> EventHeaders() => new()
    {
        { "发现时间", "discovered" }, { "监测时间", "discovered" }, { "收集时间", "discovered" },
        { "上报时间", "reported" }, { "报送时间", "reported" },
        { "核实时间", "verified" }, { "研判时间", "assessed" },
        { "交办时间", "assigned" }, { "转办时间", "assigned" }, { "抄告时间", "assigned" }, { "收到时间", "assigned" },
        { "风险评估时间", "risk_assessed" },
        { "发布权威信息时间", "released" }, { "权威发布时间", "released" }, { "首次发布时间", "released" },
        { "新闻发布会时间", "press_conference" }, { "发布会时间", "press_conference" },
        { "回应时间", "responded" }, { "首次回应时间", "responded" }, { "答复时间", "responded" },
        { "回复意见时间", "reply_drafted" }, { "提出回复意见时间", "reply_drafted" },
        { "澄清时间", "clarified" }, { "辟谣时间", "clarified" },
        { "移交公安时间", "referred_to_police" },
        { "反馈时间", "feedback" }, { "结果反馈时间", "feedback" },
        { "书面反馈时间", "written_feedback" },
        { "催办时间", "urged" }, { "催报时间", "urged" }, { "督办时间", "urged" },
        { "办结时间", "closed" }, { "销号时间", "closed" },
        { "归档时间", "archived" },
        { "总结评估时间", "reviewed" }, { "总结时间", "reviewed" },
        { "外传时间", "leaked" }, { "泄密时间", "leaked" },
        { "抽查复核时间", "spot_checked" },
    };

    private static FileSummary ReadHeader(string header)
    {
        using var tmp = new TempFiles();
        // The two required columns plus the header under test (the required ones are left out when under test).
        var cols = new List<string> { "舆情编号", "发现时间", header }.Distinct().ToList();
        if (header is "编号" or "序号" or "案件编号" or "case_id") cols.Remove("舆情编号");
        if (header is "监测时间" or "收集时间") cols.Remove("发现时间");
        var path = tmp.Write("h.csv", string.Join(",", cols) + "\n" + string.Join(",", cols.Select(c => c == header ? "x" : c == "发现时间" ? "2026-07-03 14:20" : "A1")) + "\n");
        return Assert.Single(LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default).Files);
    }

    [Theory]
    [MemberData(nameof(FieldHeaders))]
    public void Case_field_headers_and_synonyms_map_without_configuration(string header, string id) =>
        Assert.Equal(id, ReadHeader(header).Columns.Single(c => c.Header == header).Target);

    [Theory]
    [MemberData(nameof(EventHeaders))]
    public void Event_time_headers_and_synonyms_map_without_configuration(string header, string id) =>
        Assert.Equal(id, ReadHeader(header).Columns.Single(c => c.Header == header).Target);

    [Theory]
    [InlineData(" 舆情 编号 ", "case_id")]
    [InlineData("*发现时间", "discovered")]
    [InlineData("回应时间（时分）", "responded")]
    [InlineData("责任单位(必填)", "responsible")]
    [InlineData("CASE_ID", "case_id")]
    public void Headers_match_regardless_of_blanks_required_marks_notes_and_case(string header, string id) =>
        Assert.Equal(id, HeaderVocabulary.Lookup(header, out _)?.Id);

    [Fact]
    public void A_canonical_header_beats_a_synonym_which_is_then_kept_as_extra()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "序号,舆情编号,发现时间\n1,HC-001,2026-07-03 14:20\n");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        Assert.Equal("HC-001", r.Cases[0].CaseId);
        Assert.Equal("1", r.Cases[0].Extra["序号"]);
        Assert.Contains("序号", r.Files[0].UnmappedColumns);
    }

    [Fact]
    public void Event_log_columns_are_plain_extra_columns_in_a_ledger()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间,备注,时间\nA1,2026-07-03 14:20,已报备,随便\n");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        Assert.Equal(TableShape.Ledger, r.Files[0].Shape);
        Assert.Equal("已报备", r.Cases[0].Extra["备注"]);
        Assert.Equal("随便", r.Cases[0].Extra["时间"]);
    }

    [Fact]
    public void Internal_columns_are_kept_in_extra()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "编号,监测时间,舆情简报内容,宣传引导提示\nX1,2026/7/3 9:00,某地块违规占地，已核查,及时公开进度\n");
        var c = Assert.Single(LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default).Cases);
        Assert.Equal("某地块违规占地，已核查", c.Extra["舆情简报内容"]);
        Assert.Equal("及时公开进度", c.Extra["宣传引导提示"]);
    }

    [Fact]
    public void No_recognisable_header_is_an_input_error_naming_the_file()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("notes.csv", "这是一份说明\n没有表头\n");
        var e = Assert.Throws<InputException>(() => LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default));
        Assert.Contains("notes.csv", e.Message);
        Assert.Contains("表头", e.Message);
        Assert.Equal(3, e.ExitCode);
    }

    [Theory]
    [InlineData("填报单位,发现时间,舆情标题\n城关镇,2026-07-03 14:20,x\n", "舆情编号")]
    [InlineData("舆情编号,填报单位,回应时间\nA1,城关镇,2026-07-03 14:20\n", "发现时间")]
    [InlineData("舆情编号,环节,办理单位\nA1,发现,城关镇\n", "时间")]
    public void A_missing_required_column_is_an_input_error_naming_file_row_and_column(string text, string column)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("m.csv", text);
        var e = Assert.Throws<InputException>(() => LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default));
        Assert.Contains("m.csv", e.Message);
        Assert.Contains("第1行", e.Message);
        Assert.Contains($"“{column}”", e.Message);
    }
}
