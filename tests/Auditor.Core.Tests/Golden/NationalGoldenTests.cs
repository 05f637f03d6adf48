using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Golden;

/// <summary>
/// national pack, worked out by hand from 国办发〔2016〕80号 四（四）（5小时发布权威信息）and 61号 三（24小时发布会、48小时回应）.
/// </summary>
public class NationalGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    private static Case Sudden(string id, params CaseEvent[] ev) =>
        Case(id, ev) with { Sudden = true, Severity = "重大", Polarity = "负面", Responsible = R("城关镇") };

    [Fact]
    public void Release_exactly_five_hours_is_met()
    {
        // 80号 四（四）: 最迟要在5小时内发布权威信息 — 22:00 + 5 h = 次日 3:00, on time when actual ≤ deadline
        var f = Run("national", AsOf, Sudden("N1", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Released, "2026-07-11 03:00")), "national.release");
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Equal(I("2026-07-11 03:00"), f.Deadline);
        Assert.Equal("城关镇", f.Unit);
    }

    [Fact]
    public void Release_one_minute_over_is_breached_by_one_minute()
    {
        var f = Run("national", AsOf, Sudden("N2", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Released, "2026-07-11 03:01")), "national.release");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(1, f.OverrunMinutes);
    }

    [Fact]
    public void Release_thirty_minutes_late_has_the_evidence_sentence()
    {
        var f = Run("national", AsOf, Sudden("N3", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Released, "2026-07-11 03:30")), "national.release");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(30, f.OverrunMinutes);
        Assert.Equal("发现于7月10日22:00，应于7月11日3:00前发布权威信息，实际7月11日3:30发布权威信息，超时30分钟", f.Evidence);
    }

    [Fact]
    public void Press_conference_exactly_24_hours_is_met_and_one_minute_more_breached()
    {
        // 61号 三: 最迟应在24小时内举行新闻发布会
        var ok = Run("national", AsOf, Sudden("N4", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.PressConference, "2026-07-11 22:00")), "national.press-conference");
        Assert.Equal(Verdict.Met, ok.Verdict);
        var late = Run("national", AsOf, Sudden("N5", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.PressConference, "2026-07-11 22:01")), "national.press-conference");
        Assert.Equal(Verdict.Breached, late.Verdict);
        Assert.Equal(1, late.OverrunMinutes);
    }

    [Fact]
    public void A_major_case_that_is_not_sudden_gets_48_hours_not_5()
    {
        // 61号 三 / 80号 四（四）: the 5 h / 24 h windows are for 特别重大、重大突发事件 only; others 48 h
        var c = Case("N6", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Responded, "2026-07-12 22:00")) with { Sudden = false, Severity = "重大" };
        var e = Engine("national", AsOf).Replay(c).ToDictionary(f => f.RuleId);
        Assert.Equal(Verdict.NotApplicable, e["national.release"].Verdict);
        Assert.Equal(Verdict.NotApplicable, e["national.press-conference"].Verdict);
        Assert.Equal(Verdict.Met, e["national.response"].Verdict); // exactly 48 h
        Assert.Equal(I("2026-07-12 22:00"), e["national.response"].Deadline);
    }

    [Fact]
    public void Response_48_hours_plus_one_minute_is_breached()
    {
        var c = Case("N7", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Responded, "2026-07-12 22:01")) with { Sudden = false, Severity = "一般" };
        var f = Run("national", AsOf, c, "national.response");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(1, f.OverrunMinutes);
    }

    [Fact]
    public void Sudden_ordinary_case_gets_48_hours()
    {
        // 突发 but graded 一般: not 特别重大/重大 → 其他政务舆情
        var c = Case("N8", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Released, "2026-07-11 08:00")) with { Sudden = true, Severity = "一般" };
        var e = Engine("national", AsOf).Replay(c).ToDictionary(f => f.RuleId);
        Assert.Equal(Verdict.NotApplicable, e["national.release"].Verdict);
        Assert.Equal(Verdict.Met, e["national.response"].Verdict); // a release is a response
    }

    [Fact]
    public void Unknown_sudden_with_major_grade_is_insufficient_data_for_both_windows()
    {
        var c = Case("N9", E(EventKind.Discovered, "2026-07-10 08:00")) with { Severity = "重大" };
        var e = Engine("national", AsOf).Replay(c).ToDictionary(f => f.RuleId);
        Assert.Equal(Verdict.InsufficientData, e["national.release"].Verdict);
        Assert.Equal(Verdict.InsufficientData, e["national.response"].Verdict);
        Assert.Contains("突发事件", e["national.release"].Evidence);
    }

    [Fact]
    public void Unknown_sudden_with_ordinary_grade_is_decidable()
    {
        // 一般 is never 特别重大/重大, whatever 突发 is
        var c = Case("N10", E(EventKind.Discovered, "2026-07-10 08:00")) with { Severity = "一般" };
        var e = Engine("national", AsOf).Replay(c).ToDictionary(f => f.RuleId);
        Assert.Equal(Verdict.NotApplicable, e["national.release"].Verdict);
        Assert.Equal(Verdict.Missing, e["national.response"].Verdict);
    }

    [Fact]
    public void Positive_case_needs_no_response()
    {
        var c = Case("N11", E(EventKind.Discovered, "2026-07-10 08:00")) with { Severity = "一般", Polarity = "正面" };
        Assert.Equal(Verdict.NotApplicable, Run("national", AsOf, c, "national.response").Verdict);
    }

    [Fact]
    public void Pending_at_the_deadline_missing_one_minute_later()
    {
        // discovered 9-30 16:20 → release due 21:20; as of 21:20 it is not yet due (deadline ≥ as-of)
        var c = Sudden("N12", E(EventKind.Discovered, "2026-09-30 16:20"));
        Assert.Equal(Verdict.Pending, Run("national", "2026-09-30 21:20", c, "national.release").Verdict);
        var missing = Run("national", "2026-09-30 21:21", c, "national.release");
        Assert.Equal(Verdict.Missing, missing.Verdict);
        Assert.Equal(1, missing.OverrunMinutes);
    }

    [Fact]
    public void Events_after_as_of_do_not_exist_yet()
    {
        var c = Sudden("N13", E(EventKind.Discovered, "2026-09-30 16:20"), E(EventKind.Released, "2026-09-30 21:00"));
        Assert.Equal(Verdict.Pending, Run("national", "2026-09-30 20:00", c, "national.release").Verdict);
        Assert.Equal(Verdict.Met, Run("national", "2026-09-30 21:00", c, "national.release").Verdict);
    }

    [Fact]
    public void Date_only_discovery_with_release_inside_the_uncertain_band_is_insufficient()
    {
        // discovered "7月10日" (no time) → deadline anywhere from 7-10 5:00 to 7-11 5:00; a release at 7-10 23:00 cannot be judged
        var c = Sudden("N14", E(EventKind.Discovered, "2026-07-10"), E(EventKind.Released, "2026-07-10 23:00"));
        var f = Run("national", AsOf, c, "national.release");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Null(f.Deadline);
    }

    [Fact]
    public void Date_only_discovery_with_release_before_any_possible_deadline_is_met()
    {
        // released 7-10 04:00 is before 7-10 5:00, the earliest possible deadline
        var c = Sudden("N15", E(EventKind.Discovered, "2026-07-10"), E(EventKind.Released, "2026-07-10 04:00"));
        Assert.Equal(Verdict.Met, Run("national", AsOf, c, "national.release").Verdict);
    }

    [Fact]
    public void Date_only_release_two_days_later_is_breached_by_at_least_19_hours()
    {
        // latest possible deadline 7-11 5:00; a release on 7-12 (any time) is at least 19 h late
        var c = Sudden("N16", E(EventKind.Discovered, "2026-07-10"), E(EventKind.Released, "2026-07-12"));
        var f = Run("national", AsOf, c, "national.release");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(19 * 60, f.OverrunMinutes);
        Assert.Contains("至少超时19小时", f.Evidence);
    }

    [Fact]
    public void Missing_discovery_time_is_insufficient_data()
    {
        var c = Sudden("N17", E(EventKind.Released, "2026-07-12 10:00"));
        Assert.Equal(Verdict.InsufficientData, Run("national", AsOf, c, "national.release").Verdict);
    }

    // ---- responsibility table (61号 一) — every branch ----

    private static Finding Resp(string scope, string? competent, string[] involved, string? responsible) =>
        Run("national", AsOf, Case("R-" + scope, E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Scope = scope,
            Competent = competent is null ? null : R(competent),
            Involved = Units(involved),
            Responsible = responsible is null ? null : R(responsible),
            ReportingUnit = R("东街街道"),
        }, "national.responsible-party");

    [Fact]
    public void Major_policy_expects_the_competent_department()
    {
        Assert.Equal(Verdict.Met, Resp("重大政策", "市教育局", [], "市教育局").Verdict);
        var bad = Resp("重大政策", "市教育局", [], "城关镇");
        Assert.Equal(Verdict.Breached, bad.Verdict);
        Assert.Equal("东街街道", bad.Unit); // the unit that recorded it bears a wrong 责任单位
        Assert.Equal(Verdict.Met, Resp("重大政策", null, [], "市教育局").Verdict);        // no 主管部门 recorded: a department is accepted
        Assert.Equal(Verdict.Breached, Resp("重大政策", null, [], "西河镇").Verdict);     // …a township never is
    }

    [Fact]
    public void Single_locality_expects_the_involved_unit()
    {
        Assert.Equal(Verdict.Met, Resp("单一属地", null, ["城关镇"], "城关镇").Verdict);
        Assert.Equal(Verdict.Breached, Resp("单一属地", null, ["城关镇"], "市教育局").Verdict);
        Assert.Equal(Verdict.InsufficientData, Resp("单一属地", null, ["城关镇"], null).Verdict);
    }

    [Fact]
    public void Vertical_management_expects_the_vertical_unit()
    {
        Assert.Equal(Verdict.Met, Resp("垂直管理", null, ["城关镇", "市税务局"], "市税务局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("垂直管理", null, ["城关镇", "市税务局"], "城关镇").Verdict);
    }

    [Fact]
    public void Several_localities_expect_the_competent_department()
    {
        Assert.Equal(Verdict.Met, Resp("多个属地", "市住建局", ["城关镇", "西河镇"], "市住建局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个属地", "市住建局", ["城关镇", "西河镇"], "城关镇").Verdict);
    }

    [Fact]
    public void Several_departments_accept_any_involved_department()
    {
        Assert.Equal(Verdict.Met, Resp("多个部门", null, ["市教育局", "市住建局"], "市住建局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个部门", null, ["市教育局", "市住建局"], "城关镇").Verdict);
    }

    [Fact]
    public void Outside_the_area_and_unknown_scopes_are_not_applicable_and_no_scope_is_insufficient()
    {
        Assert.Equal(Verdict.NotApplicable, Resp("区外", null, [], "城关镇").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("其他", null, [], "城关镇").Verdict);
        var none = Run("national", AsOf, Case("R0", E(EventKind.Discovered, "2026-07-10 08:00")) with { Responsible = R("城关镇") }, "national.responsible-party");
        Assert.Equal(Verdict.InsufficientData, none.Verdict);
    }

    [Fact]
    public void One_finding_per_rule_including_not_applicable()
    {
        var c = Case("N20", E(EventKind.Discovered, "2026-07-10 08:00")) with { Severity = "一般", Sudden = false };
        var all = Engine("national", AsOf).Replay(c).ToList();
        Assert.Equal(Pack("national").Rules.Length, all.Count);
        Assert.Equal(all.Count, all.Select(f => f.RuleId).Distinct().Count());
    }
}
