using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using static Auditor.Core.Tests.Golden.GoldenKit;
using Auditor.Core.Tests.Scoring;

namespace Auditor.Core.Tests.Replay;

/// <summary>
/// A column the export does not have proves nothing about a case: rules that need it give insufficient-data marked
/// NotRecorded (no points lost), never missing. A filled but unreadable cell is the unit's gap: insufficient-data that
/// names the text, never missing.
/// </summary>
public class RecordedColumnsTests
{
    private const string AsOf = "2026-10-15 00:00";

    private static IReadOnlySet<string> Columns(params string[] ids) => ids.ToHashSet();

    [Fact]
    public void A_sudden_event_rule_on_an_export_without_a_突发事件_column_is_not_recorded()
    {
        // 003 4.4 release applies to 特别重大/重大 sudden events; the export has 舆情等级 but no 突发事件 column.
        var c = Case("C1", E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Severity = "重大",
            RecordedColumns = Columns("case_id", "unit", "severity", "discovered", "released", "responded"),
        };
        var f = Run("huangchuan", AsOf, c, "huangchuan.release");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Equal("突发事件", f.NotRecorded);
        Assert.Contains("台账没有“突发事件”列", f.Evidence);
    }

    [Fact]
    public void An_empty_cell_in_an_existing_column_is_the_units_gap()
    {
        var c = Case("C2", E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Severity = "重大",
            RecordedColumns = Columns("case_id", "unit", "severity", "sudden", "discovered", "released", "responded"),
        };
        var f = Run("huangchuan", AsOf, c, "huangchuan.release");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Null(f.NotRecorded);
    }

    [Fact]
    public void A_response_the_export_has_no_column_for_is_not_missing()
    {
        // 003 4.4: others within 48 h of discovery; 7月10日8:00 + 48 h = 7月12日8:00, long past the as-of time,
        // but the sheet has none of the response columns, so nothing can be said about the response.
        var c = Case("C3", E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Severity = "一般", Sudden = false, Polarity = "负面",
            RecordedColumns = Columns("case_id", "unit", "severity", "sudden", "polarity", "discovered"),
        };
        var f = Run("huangchuan", AsOf, c, "huangchuan.response");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Equal("2026-07-12T08:00:00", Iso(f.Deadline));
        Assert.NotNull(f.NotRecorded);
        Assert.Null(f.OverrunMinutes);
    }

    [Fact]
    public void An_unreadable_response_time_is_insufficient_data_naming_the_text()
    {
        var c = Case("C4", E(EventKind.Discovered, "2026-09-20 08:00")) with
        {
            Severity = "一般", Sudden = false, Polarity = "负面",
            Unreadable = ImmutableDictionary<string, string>.Empty.Add("responded", "2026-09-31 10:00"),
        };
        var f = Run("huangchuan", AsOf, c, "huangchuan.response");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Contains("“2026-09-31 10:00”无法识别", f.Evidence);
        Assert.Null(f.NotRecorded);
    }

    [Fact]
    public void Responsible_party_without_a_涉及范围_column_is_not_recorded()
    {
        var c = Case("C5", E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            RecordedColumns = Columns("case_id", "unit", "responsible", "discovered"),
        };
        var f = Run("huangchuan", AsOf, c, "huangchuan.responsible-party");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Equal("涉及范围", f.NotRecorded);
    }

    [Fact]
    public void Not_recorded_findings_cost_no_points_but_unreadable_ones_do()
    {
        Finding F(string id, string? notRecorded) => new()
        {
            CaseId = id, Unit = "甲镇", RuleId = "r", RuleTitle = "回应", Kind = ObligationKind.Response,
            Verdict = Verdict.InsufficientData, Clause = new Citation("003", "4.4", "q"), Evidence = "e", Weight = 2,
            NotRecorded = notRecorded,
        };
        // base 100; the unreadable one costs weight 2 × insufficient-data factor 0.5 = 1; the not-recorded one nothing
        var s = TestScores.Of([F("A", "回应时间"), F("B", null)], new ScoringScheme(), ["甲镇"]).Single();
        Assert.Equal(99.0, s.Score);
        Assert.Single(s.Deductions);
        Assert.Equal(2, s.Count(Verdict.InsufficientData));
    }
}
