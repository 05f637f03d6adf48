using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest.Tests;

/// <summary>Every row-level fault becomes a DataIssue with the row a user sees and the column header as written.</summary>
public class DataIssueTests
{
    private static readonly IngestOptions AsOf = new() { AsOf = Instant.FromUtc(2026, 10, 14, 16, 0) }; // 2026-10-15 00:00 Shanghai

    private static IngestResult Load(string text, UnitRegistry? registry = null, IngestOptions? options = null)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("t.csv", text);
        return LedgerLoader.Load([path], registry ?? UnitRegistry.Empty, null, options ?? AsOf);
    }

    private static DataIssue Only(IngestResult r, DataIssueKind kind) => Assert.Single(r.Issues, i => i.Kind == kind);

    [Fact]
    public void Unparsable_time_names_row_column_and_value_and_keeps_the_case()
    {
        var r = Load("舆情编号,发现时间,回应 时间\nA,2026-07-03 09:00,8月15日上午\n");
        var i = Only(r, DataIssueKind.UnparsableTime);
        Assert.Equal(("t.csv", (string?)null, 2, "回应 时间", "A"), (Path.GetFileName(i.File), i.Sheet, i.Row!.Value, i.Column, i.CaseId));
        Assert.Contains("8月15日上午", i.Message);
        Assert.Single(r.Cases[0].Events);
    }

    [Fact]
    public void Date_without_time_is_kept_as_date_only_and_reported()
    {
        var r = Load("舆情编号,发现时间\nA,2026-07-03\n");
        var i = Only(r, DataIssueKind.DateWithoutTime);
        Assert.Equal((2, "发现时间"), (i.Row!.Value, i.Column));
        Assert.True(r.Cases[0].DiscoveredAt!.DateOnly);
    }

    [Fact]
    public void A_time_after_the_as_of_is_reported()
    {
        var r = Load("舆情编号,发现时间,回应时间\nA,2026-09-30 09:00,2026-10-15 00:01\nB,2026-09-30 09:00,2026-10-14 23:59\n");
        var i = Only(r, DataIssueKind.FutureTime);
        Assert.Equal((2, "回应时间", "A"), (i.Row!.Value, i.Column, i.CaseId));
        Assert.Contains("2026-10-15 00:00", i.Message);
    }

    [Fact]
    public void Without_an_as_of_no_time_is_in_the_future()
    {
        var r = Load("舆情编号,发现时间\nA,2099-09-30 09:00\n", options: IngestOptions.Default);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void An_event_before_discovery_is_reported_on_the_event_column()
    {
        var r = Load("舆情编号,发现时间,上报时间,回应时间\nA,2026-09-05 11:28,2026-09-04 11:28,2026-09-05 11:28\n");
        var i = Only(r, DataIssueKind.EventBeforeDiscovery);
        Assert.Equal((2, "上报时间"), (i.Row!.Value, i.Column));
        Assert.Single(r.Issues); // the same minute as discovery is not before it
    }

    [Fact]
    public void A_risk_assessment_before_discovery_is_normal()
    {
        var r = Load("舆情编号,发现时间,风险评估时间\nA,2026-09-05 11:28,2026-08-20 15:00\n");
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Duplicate_case_id_names_both_rows_and_the_second_is_not_counted()
    {
        var r = Load("标题行\n舆情编号,发现时间\nA,2026-07-03 09:00\nB,2026-07-03 10:00\nA,2026-07-04 09:00\n");
        var i = Only(r, DataIssueKind.DuplicateCaseId);
        Assert.Equal((5, "舆情编号", "A"), (i.Row!.Value, i.Column, i.CaseId));
        Assert.Contains("第3行", i.Message);
        Assert.Equal(2, r.Cases.Length);
        Assert.Equal(new LocalDateTime(2026, 7, 3, 9, 0), r.Cases[0].DiscoveredAt!.Local);
    }

    [Fact]
    public void Unknown_unit_is_reported_only_when_a_registry_was_given()
    {
        const string text = "舆情编号,填报单位,发现时间\nA,县城建监察大队,2026-07-03 09:00\n";
        Assert.Empty(Load(text).Issues);
        var reg = new UnitRegistry([new Unit("X", "甲镇人民政府", ["甲镇"], UnitType.Township, null, null)]);
        var i = Only(Load(text, reg), DataIssueKind.UnknownUnit);
        Assert.Equal((2, "填报单位"), (i.Row!.Value, i.Column));
        Assert.Contains("县城建监察大队", i.Message);
    }

    [Fact]
    public void A_row_without_case_id_is_reported_not_dropped_silently()
    {
        var r = Load("舆情编号,舆情标题,发现时间\n,无编号的一行,2026-07-03 09:00\n");
        Assert.Empty(r.Cases);
        var i = Only(r, DataIssueKind.MissingValue);
        Assert.Equal((2, "舆情编号"), (i.Row!.Value, i.Column));
    }

    [Fact]
    public void A_case_without_discovery_time_is_reported()
    {
        var r = Load("舆情编号,发现时间,回应时间\nA,,2026-07-03 09:00\n");
        var i = Only(r, DataIssueKind.MissingValue);
        Assert.Equal((2, "发现时间"), (i.Row!.Value, i.Column));
    }

    [Fact]
    public void Yes_no_columns_read_是_否_and_report_anything_else()
    {
        var r = Load("舆情编号,发现时间,突发事件,是否归档\nA,2026-07-03 09:00,是,否\nB,2026-07-03 09:00,否,是\nC,2026-07-03 09:00,不确定,待定\n");
        Assert.Equal([true, false, null], r.Cases.Select(c => c.Sudden));
        Assert.Equal([false, true, null], r.Cases.Select(c => c.ArchivedFlag));
        var bad = r.Issues.Where(i => i.Kind == DataIssueKind.InvalidValue).ToList();
        Assert.Equal([("突发事件", 4), ("是否归档", 4)], bad.Select(i => (i.Column!, i.Row!.Value)));
    }

    [Fact]
    public void A_time_in_the_archived_flag_column_is_an_archiving_event()
    {
        var r = Load("舆情编号,发现时间,是否归档\nA,2026-07-03 09:00,2026-07-20 10:00\n");
        var c = Assert.Single(r.Cases);
        Assert.True(c.ArchivedFlag);
        Assert.Equal(new LocalDateTime(2026, 7, 20, 10, 0), c.First(EventKind.Archived)!.Time.Local);
    }

    [Fact]
    public void An_overlong_cell_is_cut_and_reported()
    {
        var big = new string('舆', (1 << 20) + 5);
        var r = Load($"舆情编号,发现时间,舆情简报内容\nA,2026-07-03 09:00,{big}\n");
        var i = Only(r, DataIssueKind.OverlongCell);
        Assert.Equal((2, "舆情简报内容"), (i.Row!.Value, i.Column));
        Assert.Equal(1 << 20, r.Cases[0].Extra["舆情简报内容"].Length);
    }

    [Fact]
    public void Blank_rows_are_not_data_and_not_issues()
    {
        var r = Load("舆情编号,发现时间\n,\nA,2026-07-03 09:00\n  ,  \n\nB,2026-07-03 10:00\n");
        Assert.Equal([3, 6], r.Cases.Select(c => c.Source.Row));
        Assert.Empty(r.Issues);
        Assert.Equal(2, r.Files[0].Rows);
    }
}

public class DueDateTests
{
    [Fact]
    public void A_deadline_given_as_a_date_is_date_only_without_an_issue()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("t.csv", "舆情编号,发现时间,办理时限\nA,2026-07-03 09:00,2026-07-05\n");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        Assert.Empty(r.Issues);
        Assert.True(r.Cases[0].Due!.DateOnly);
        Assert.Equal(new NodaTime.LocalDate(2026, 7, 5), r.Cases[0].Due!.Date);
    }
}
