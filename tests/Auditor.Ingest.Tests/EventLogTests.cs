using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest.Tests;

public class EventLogTests
{
    private static IngestResult Load(string text, UnitRegistry? registry = null)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("log.csv", text);
        return LedgerLoader.Load([path], registry ?? UnitRegistry.Empty, null, IngestOptions.Default);
    }

    [Fact]
    public void A_stage_column_makes_an_event_log_and_rows_group_into_cases_by_id()
    {
        var r = Load(
            "舆情编号,填报单位,舆情标题,环节,时间,办理单位,说明,办理时限,复核结论\n" +   // 1
            "Z1,区网宣办,某路段井盖缺失,发现,2026-07-03 09:00,区网宣办,平台监测发现,,\n" +  // 2
            "Z2,网安大队,某小区积水,发现,2026-07-03 10:00,网安大队,,,\n" +                   // 3
            "Z1,,,交办,2026-07-03 10:30,区城管局,请核实,2026-07-05 18:00,\n" +                // 4
            "Z1,,,催办,2026-07-06 09:00,区政府办,第1次催办,,\n" +                             // 5
            "Z1,,,催办,2026-07-07 09:00,区政府办,第2次催办,,\n" +                             // 6
            "Z1,,,反馈,2026-07-07 15:00,区城管局,已处置,,\n" +                                // 7
            "Z1,,,抽查复核,2026-07-09 10:00,区政府办,电话回访,,虚假\n");                      // 8
        var f = Assert.Single(r.Files);
        Assert.Equal(TableShape.EventLog, f.Shape);
        Assert.Equal(2, r.Cases.Length);
        var z1 = r.Cases.Single(c => c.CaseId == "Z1");
        Assert.Equal("区网宣办", z1.ReportingUnit!.Raw);
        Assert.Equal("某路段井盖缺失", z1.Title);
        Assert.Equal(new LocalDateTime(2026, 7, 5, 18, 0), z1.Due!.Local);
        Assert.Equal("虚假", z1.SpotCheck);
        Assert.Equal([EventKind.Discovered, EventKind.Assigned, EventKind.Urged, EventKind.Urged, EventKind.Feedback, EventKind.SpotChecked],
            z1.Events.Select(e => e.Kind));
        var assigned = z1.First(EventKind.Assigned)!;
        Assert.Equal("区城管局", assigned.Actor);
        Assert.Equal("请核实", assigned.Detail);
        Assert.Equal(4, assigned.Source.Row);
        Assert.Equal(2, z1.Source.Row);
        Assert.Single(r.Cases.Single(c => c.CaseId == "Z2").Events);
        Assert.Equal(7, f.Events);
    }

    [Theory]
    [InlineData("发现", EventKind.Discovered)]
    [InlineData("监测", EventKind.Discovered)]
    [InlineData("收集", EventKind.Discovered)]
    [InlineData("discovered", EventKind.Discovered)]
    [InlineData("上报", EventKind.Reported)]
    [InlineData("报送", EventKind.Reported)]
    [InlineData("交办", EventKind.Assigned)]
    [InlineData("转办", EventKind.Assigned)]
    [InlineData("抄告", EventKind.Assigned)]
    [InlineData("assigned", EventKind.Assigned)]
    [InlineData("发布权威信息", EventKind.Released)]
    [InlineData("权威发布", EventKind.Released)]
    [InlineData("新闻发布会", EventKind.PressConference)]
    [InlineData("发布会", EventKind.PressConference)]
    [InlineData("回应", EventKind.Responded)]
    [InlineData("答复", EventKind.Responded)]
    [InlineData("提出回复意见", EventKind.ReplyDrafted)]
    [InlineData("辟谣", EventKind.Clarified)]
    [InlineData("移交公安", EventKind.ReferredToPolice)]
    [InlineData("反馈", EventKind.Feedback)]
    [InlineData("结果反馈", EventKind.Feedback)]
    [InlineData("书面反馈", EventKind.WrittenFeedback)]
    [InlineData("催办", EventKind.Urged)]
    [InlineData("催报", EventKind.Urged)]
    [InlineData("督办", EventKind.Urged)]
    [InlineData("办结", EventKind.Closed)]
    [InlineData("销号", EventKind.Closed)]
    [InlineData("归档", EventKind.Archived)]
    [InlineData("总结评估", EventKind.Reviewed)]
    [InlineData("外传", EventKind.Leaked)]
    [InlineData("抽查复核", EventKind.SpotChecked)]
    [InlineData("spot_checked", EventKind.SpotChecked)]
    [InlineData("风险评估", EventKind.RiskAssessed)]
    public void Stage_names_are_event_names_without_time_synonyms_or_english_ids(string stage, EventKind kind)
    {
        var r = Load($"舆情编号,环节,时间\nA,发现,2026-07-03 09:00\nA,{stage},2026-07-03 12:00\n");
        var c = Assert.Single(r.Cases);
        Assert.Contains(c.Events, e => e.Kind == kind && e.Time.Local == new LocalDateTime(2026, 7, 3, 12, 0));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Daily_report_rows_become_daily_reports_of_the_reporting_unit()
    {
        var registry = new UnitRegistry([new Unit("ZG30", "章贡区人民政府应急管理办公室", ["区政府应急办"], UnitType.Department, null, null)]);
        var r = Load("舆情编号,填报单位,环节,时间\n,区政府应急办,日报,2026-07-01 16:30\n,区政府应急办,daily_report,2026-07-02 17:20\n", registry);
        Assert.Empty(r.Cases);
        Assert.Equal(2, r.DailyReports.Length);
        Assert.Equal("章贡区人民政府应急管理办公室", r.DailyReports[0].Unit.Name);
        Assert.Equal(new LocalDateTime(2026, 7, 2, 17, 20), r.DailyReports[1].Time.Local);
        Assert.Equal(3, r.DailyReports[1].Source.Row);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void An_unknown_stage_is_reported_with_its_row_and_the_row_is_not_counted()
    {
        var r = Load("舆情编号,环节,时间\nA,发现,2026-07-03 09:00\nA,喝茶,2026-07-03 10:00\n");
        var i = Assert.Single(r.Issues);
        Assert.Equal((3, "环节", DataIssueKind.InvalidValue), (i.Row!.Value, i.Column, i.Kind));
        Assert.Contains("喝茶", i.Message);
        Assert.Single(r.Cases[0].Events);
    }

    [Fact]
    public void A_case_id_in_a_ledger_and_in_an_event_log_with_different_content_is_judged_in_neither()
    {
        using var tmp = new TempFiles();
        var ledger = tmp.Write("ledger.csv", "舆情编号,发现时间\nA,2026-07-03 09:00\n");
        var log = tmp.Write("log.csv", "舆情编号,环节,时间\nB,发现,2026-07-03 09:00\nA,发现,2026-07-03 09:00\nA,反馈,2026-07-04 09:00\n");
        foreach (var files in new[] { new[] { ledger, log }, [log, ledger] })
        {
            var r = LedgerLoader.Load(files, UnitRegistry.Empty, null, IngestOptions.Default);
            Assert.Equal(["B"], r.Cases.Select(c => c.CaseId));
            var i = Assert.Single(r.Issues);
            Assert.Equal((DataIssueKind.ConflictingCase, "log.csv", 3), (i.Kind, Path.GetFileName(i.File), i.Row!.Value));
            Assert.Contains("ledger.csv 第2行", i.Message);
            Assert.Contains("log.csv 第3行", i.Message);
            Assert.Contains("反馈时间：（空） ≠ 2026-07-04 09:00:00", i.Message);
        }
    }

    [Fact]
    public void The_same_case_with_the_same_content_in_two_files_is_one_case_noted_once()
    {
        using var tmp = new TempFiles();
        var a = tmp.Write("a.csv", "舆情编号,填报单位,发现时间,回应时间\nA,城关镇,2026-07-03 09:00,2026-07-03 15:00\nB,城关镇,2026-07-04 09:00,\n");
        var b = tmp.Write("b.csv", "舆情编号,发现时间,填报单位,回应时间\nC,2026-07-05 09:00,东城街道,\nA,2026-07-03 09:00,城关镇,2026-07-03 15:00\n");
        foreach (var files in new[] { new[] { a, b }, [b, a] })
        {
            var r = LedgerLoader.Load(files, UnitRegistry.Empty, null, IngestOptions.Default);
            Assert.Equal(["A", "B", "C"], r.Cases.Select(c => c.CaseId));
            Assert.EndsWith("a.csv", r.Cases[0].Source.File);
            var i = Assert.Single(r.Issues);
            Assert.Equal((DataIssueKind.RepeatedCase, "b.csv", 3), (i.Kind, Path.GetFileName(i.File), i.Row!.Value));
            Assert.Contains("a.csv 第2行", i.Message);
        }
    }
}
