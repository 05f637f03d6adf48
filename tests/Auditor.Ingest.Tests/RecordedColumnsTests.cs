using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

/// <summary>Cases carry which columns their sheet has, and which filled cells could not be read (Case.RecordedColumns, Case.Unreadable).</summary>
public class RecordedColumnsTests
{
    private static IngestResult Load(string name, string text)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write(name, text);
        return LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
    }

    [Fact]
    public void A_ledger_records_exactly_the_columns_of_its_header()
    {
        var c = Load("t.csv", "编号,等级,监测时间,答复时间\nA,重大,2026-07-03 09:00,2026-07-03 12:00\n").Cases.Single();
        Assert.True(c.IsRecorded(CaseFields.CaseId));
        Assert.True(c.IsRecorded(CaseFields.Severity));
        Assert.True(c.IsRecorded("discovered"));
        Assert.True(c.IsRecorded("responded"));
        Assert.False(c.IsRecorded(CaseFields.Sudden));
        Assert.False(c.IsRecorded(CaseFields.Scope));
        Assert.False(c.IsRecorded("released"));
        Assert.False(c.IsRecorded("reported"));
    }

    [Fact]
    public void A_filled_but_unreadable_time_is_kept_with_its_text()
    {
        var c = Load("t.csv", "舆情编号,发现时间,回应时间,归档时间\nA,2026-07-03 09:00,2026-09-31 10:00,\n").Cases.Single();
        Assert.Equal("2026-09-31 10:00", c.Unreadable["responded"]);
        Assert.False(c.Unreadable.ContainsKey("archived")); // blank, not unreadable
        Assert.DoesNotContain(c.Events, e => e.Kind == EventKind.Responded);
    }

    [Fact]
    public void An_event_log_records_every_event_kind_and_its_attribute_columns()
    {
        var r = Load("log.csv",
            "舆情编号,环节,时间,舆情等级\n" +
            "Z1,发现,2026-07-03 09:00,一般\n" +
            "Z1,反馈,昨天下午,\n");
        var c = r.Cases.Single();
        Assert.True(c.IsRecorded("press_conference"));
        Assert.True(c.IsRecorded(CaseFields.Severity));
        Assert.False(c.IsRecorded(CaseFields.Scope));
        Assert.Equal("昨天下午", c.Unreadable["feedback"]);
    }
}
