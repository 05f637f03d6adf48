using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

/// <summary>
/// What the exports say about to whom a report went, when a policy came out, who leaked, and what a verification found:
/// read where the export carries it, and an unknown verification word reported with its row and column.
/// </summary>
public class RecipientsAndResultsTests
{
    private static IngestResult Load(string text)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("in.csv", text);
        return LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
    }

    [Fact]
    public void A_ledger_recipient_column_names_the_recipient_of_its_report()
    {
        var r = Load("舆情编号,发现时间,上报时间,报送对象\nA1,2026-07-01 08:00,2026-07-01 09:00,区委办公室\nA2,2026-07-01 08:00,2026-07-01 09:00,\n");
        Assert.Equal("区委办公室", r.Cases.Single(c => c.CaseId == "A1").First(EventKind.Reported)!.Recipient);
        var a2 = r.Cases.Single(c => c.CaseId == "A2");
        Assert.Null(a2.First(EventKind.Reported)!.Recipient);
        Assert.True(a2.IsRecorded(CaseFields.Recipient)); // the column exists: a blank cell is the unit's gap
        Assert.Null(a2.First(EventKind.Discovered)!.Recipient);
    }

    [Fact]
    public void A_ledger_column_named_for_its_recipient_is_a_report_to_it()
    {
        var r = Load("舆情编号,发现时间,报区委办公室时间,上报市委办公厅时间\nA1,2026-07-01 08:00,2026-07-01 09:00,2026-07-02 09:00\n");
        var c = Assert.Single(r.Cases);
        Assert.Equal(["区委办公室", "市委办公厅"], c.All(EventKind.Reported).Select(e => e.Recipient));
        Assert.True(c.IsRecorded("reported>区委办公室"));
        Assert.True(c.IsRecorded("reported>市委办公厅"));
        Assert.False(c.IsRecorded(EventKind.Reported.Id())); // no column for a report to anyone else
        Assert.Empty(Assert.Single(r.Files).UnmappedColumns);
    }

    [Fact]
    public void An_event_log_step_or_recipient_column_names_the_recipient()
    {
        var r = Load(
            "舆情编号,环节,时间,办理单位,报送对象\n" +
            "Z1,发现,2026-07-01 08:00,网安大队,\n" +
            "Z1,上报市委办公厅,2026-07-01 09:00,区委办公室,\n" +
            "Z1,上报,2026-07-01 10:00,区网宣办,市网宣办\n" +
            "Z1,上报,2026-07-01 11:00,区网宣办,\n");
        var z1 = Assert.Single(r.Cases);
        Assert.Equal(["市委办公厅", "市网宣办", null], z1.All(EventKind.Reported).Select(e => e.Recipient));
        Assert.True(z1.IsRecorded(CaseFields.Actor));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void A_policy_issue_date_is_an_event_that_may_precede_discovery()
    {
        var r = Load("舆情编号,发现时间,政策出台时间,风险评估时间\nP1,2026-08-01 08:00,2026-07-01,2026-06-20 10:00\n");
        var c = Assert.Single(r.Cases);
        Assert.Equal(new NodaTime.LocalDate(2026, 7, 1), c.First(EventKind.PolicyIssued)!.Time.Date);
        Assert.True(c.IsRecorded(EventKind.PolicyIssued.Id()));
        Assert.DoesNotContain(r.Issues, i => i.Kind == DataIssueKind.EventBeforeDiscovery);
        Assert.DoesNotContain(r.Issues, i => i.Kind == DataIssueKind.DateWithoutTime); // a policy's issue date is a date
    }

    [Fact]
    public void A_ledgers_leaking_unit_is_the_actor_of_the_leak()
    {
        var r = Load("舆情编号,填报单位,发现时间,外传时间,外传单位\nL1,城关镇,2026-07-01 08:00,2026-07-02 08:00,魏都分局\n");
        var c = Assert.Single(r.Cases);
        Assert.Equal("魏都分局", c.First(EventKind.Leaked)!.Actor);
        Assert.Equal("城关镇", c.ReportingUnit!.Raw);
        Assert.True(c.IsRecorded(CaseFields.LeakedBy));
    }

    [Fact]
    public void An_unknown_verification_word_is_a_data_issue_with_its_row_and_column()
    {
        var r = Load("舆情编号,发现时间,核实结论,复核结论\nT1,2026-07-01 08:00,不实,反馈不实\nT2,2026-07-01 08:00,待核,属实\nT3,2026-07-01 08:00,谣言,待定\n");
        Assert.Equal(3, r.Cases.Length);
        var truth = Assert.Single(r.Issues, i => i.Column == "核实结论");
        Assert.Equal((3, "T2", DataIssueKind.InvalidValue), (truth.Row, truth.CaseId, truth.Kind));
        Assert.Contains("待核", truth.Message);
        var spot = Assert.Single(r.Issues, i => i.Column == "复核结论");
        Assert.Equal((4, "T3"), (spot.Row, spot.CaseId));
        Assert.Equal("待核", r.Cases.Single(c => c.CaseId == "T2").Truth); // kept as written: never guessed
        Assert.Equal(TruthWords.Untrue, TruthWords.CanonicalTruth(r.Cases.Single(c => c.CaseId == "T1").Truth));
        Assert.Equal(TruthWords.FeedbackFalse, TruthWords.CanonicalSpotCheck(r.Cases.Single(c => c.CaseId == "T1").SpotCheck));
    }
}
