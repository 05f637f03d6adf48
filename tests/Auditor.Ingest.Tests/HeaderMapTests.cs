using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest.Headers;

namespace Auditor.Ingest.Tests;

public class HeaderMapTests
{
    [Fact]
    public void A_map_file_maps_other_header_names_and_reports_what_it_could_not_map()
    {
        using var tmp = new TempFiles();
        var map = tmp.Write("map.yaml", """
            # 本单位系统导出的列名
            事件号: case_id
            首报时间: 发现时间        # a canonical header works as target
            处置责任单位: responsible
            群众回复时间: responded
            内部流水号: ignore
            不存在的列: title
            """);
        var path = tmp.Write("a.csv", "事件号,首报时间,处置责任单位,群众回复时间,内部流水号,经办人\nQ-1,2026-07-03 14:20,城关镇,2026-07-04 10:00,889,张三\n");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, HeaderMap.Load(map), IngestOptions.Default);
        var c = Assert.Single(r.Cases);
        Assert.Equal("Q-1", c.CaseId);
        Assert.Equal("城关镇", c.Responsible!.Raw);
        Assert.Equal(2, c.Events.Length);
        Assert.False(c.Extra.ContainsKey("内部流水号"));
        Assert.Equal("张三", c.Extra["经办人"]);
        Assert.Equal(["经办人"], r.Files[0].UnmappedColumns.ToArray());
        Assert.Equal(["不存在的列"], r.UnusedMapEntries.ToArray());
    }

    [Fact]
    public void The_map_may_sit_under_a_columns_key_and_beats_the_vocabulary()
    {
        using var tmp = new TempFiles();
        var map = tmp.Write("map.yaml", "columns:\n  序号: ignore\n  标题: case_id\n");
        var path = tmp.Write("a.csv", "序号,标题,发现时间\n1,T-9,2026-07-03 14:20\n");
        var c = Assert.Single(LedgerLoader.Load([path], UnitRegistry.Empty, HeaderMap.Load(map), IngestOptions.Default).Cases);
        Assert.Equal("T-9", c.CaseId);
    }

    [Fact]
    public void An_unknown_target_is_an_input_error_with_line_and_column()
    {
        using var tmp = new TempFiles();
        var map = tmp.Write("map.yaml", "事件号: case_id\n首报时间: discovery_time\n");
        var e = Assert.Throws<InputException>(() => HeaderMap.Load(map));
        Assert.StartsWith($"{map}:2:7: 错误：列“首报时间”的目标“discovery_time”不是已知的字段或事件", e.Message);
        Assert.Equal(ExitCodes.Input, e.ExitCode);
    }

    [Fact]
    public void A_map_saved_as_gb18030_by_notepad_reads()
    {
        using var tmp = new TempFiles();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var map = tmp.PathOf("map.yaml");
        File.WriteAllBytes(map, System.Text.Encoding.GetEncoding("GB18030").GetBytes("标题: case_id\n"));
        var path = tmp.Write("a.csv", "序号,标题,发现时间\n1,T-9,2026-07-03 14:20\n");
        Assert.Equal("T-9", Assert.Single(LedgerLoader.Load([path], UnitRegistry.Empty, HeaderMap.Load(map), IngestOptions.Default).Cases).CaseId);
    }

    [Fact]
    public void Broken_yaml_and_a_missing_map_file_are_input_errors()
    {
        using var tmp = new TempFiles();
        var bad = tmp.Write("bad.yaml", "事件号: [case_id\n");
        Assert.Contains("bad.yaml", Assert.Throws<InputException>(() => HeaderMap.Load(bad)).Message);
        Assert.Contains("nope.yaml", Assert.Throws<InputException>(() => HeaderMap.Load(tmp.PathOf("nope.yaml"))).Message);
    }
}
