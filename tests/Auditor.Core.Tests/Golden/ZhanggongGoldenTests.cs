using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Golden;

/// <summary>
/// zhanggong pack (seed 002), worked out by hand. 2026 calendar (国办发明电〔2025〕7号): 中秋 9-25..9-27, 国庆 10-1..10-7 holidays;
/// 9-20 (Sun) and 10-10 (Sat) are make-up working days.
/// </summary>
public class ZhanggongGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    private static Case Assigned(string id, string assigned, params CaseEvent[] more) =>
        Case(id, [E(EventKind.Discovered, assigned), E(EventKind.Assigned, assigned), .. more]) with { Responsible = R("西河镇") };

    [Fact]
    public void Three_days_across_national_day_move_to_october_8()
    {
        // 002 三、2 原则上在3天内落实到位: assigned 9-29 (Tue); 9-29 not counted; last day 10-2 is 国庆 holiday →
        // moves to the day after the holiday ends: 10-8 (Thu); deadline 10-8 24时 (民法典 201–203)
        var ok = Run("zhanggong", AsOf, Assigned("Z1", "2026-09-29 10:00", E(EventKind.Feedback, "2026-10-08 23:59")), "zhanggong.feedback");
        Assert.Equal(Verdict.Met, ok.Verdict);
        Assert.Equal(I("2026-10-09 00:00"), ok.Deadline);
        Assert.Contains("10月8日24时", ok.Evidence);
        var late = Run("zhanggong", AsOf, Assigned("Z2", "2026-09-29 10:00", E(EventKind.Feedback, "2026-10-09 00:01")), "zhanggong.feedback");
        Assert.Equal(Verdict.Breached, late.Verdict);
        Assert.Equal(1, late.OverrunMinutes);
        Assert.Equal("西河镇", late.Unit);
    }

    [Fact]
    public void Three_days_ending_on_the_mid_autumn_holiday_move_to_monday()
    {
        // assigned 9-22 (Tue) → last day 9-25 (中秋 holiday, through 9-27) → 9-28 (Mon) 24时
        var f = Run("zhanggong", AsOf, Assigned("Z3", "2026-09-22 09:00", E(EventKind.Closed, "2026-09-28 20:00")), "zhanggong.feedback");
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Equal(I("2026-09-29 00:00"), f.Deadline);
    }

    [Fact]
    public void Three_days_ending_on_a_make_up_sunday_do_not_move()
    {
        // assigned 9-17 (Thu) → last day 9-20 (Sunday, but a 调休 working day) → 9-20 24时
        var f = Run("zhanggong", AsOf, Assigned("Z4", "2026-09-17 15:00", E(EventKind.Feedback, "2026-09-21 09:00")), "zhanggong.feedback");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(I("2026-09-21 00:00"), f.Deadline);
        Assert.Equal(9 * 60, f.OverrunMinutes);
    }

    [Fact]
    public void An_explicit_due_time_overrides_the_three_days()
    {
        // 有明确时间要求的，必须按照规定时间落实到位: due 7-7 12:00, feedback 13:00 → late by 60 min although within 3 days
        var c = Assigned("Z5", "2026-07-06 10:00", E(EventKind.Feedback, "2026-07-07 13:00")) with { Due = T("2026-07-07 12:00") };
        var f = Run("zhanggong", AsOf, c, "zhanggong.feedback");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(60, f.OverrunMinutes);
        Assert.Equal(I("2026-07-07 12:00"), f.Deadline);
        Assert.Contains("按交办明确的办理时限", f.Evidence);
    }

    [Fact]
    public void A_date_only_due_runs_to_midnight_of_that_day()
    {
        var c = Assigned("Z6", "2026-07-06 10:00", E(EventKind.Feedback, "2026-07-07 23:00")) with { Due = D("2026-07-07") };
        var f = Run("zhanggong", AsOf, c, "zhanggong.feedback");
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Equal(I("2026-07-08 00:00"), f.Deadline);
    }

    [Fact]
    public void Date_only_assignment_is_decidable_for_a_day_window()
    {
        // assigned "7月6日" (Mon): the 3-day deadline depends only on the date → 7-9 (Thu) 24时
        var c = Case("Z7", E(EventKind.Discovered, "2026-07-06"), E(EventKind.Assigned, "2026-07-06"), E(EventKind.Feedback, "2026-07-09")) with { Responsible = R("西河镇") };
        var f = Run("zhanggong", AsOf, c, "zhanggong.feedback");
        Assert.Equal(Verdict.Met, f.Verdict); // any time on 7-9 is before 7-9 24时
        Assert.Equal(I("2026-07-10 00:00"), f.Deadline);
        var late = Run("zhanggong", AsOf, c with { Events = [.. c.Events.Take(2), E(EventKind.Feedback, "2026-07-10")] }, "zhanggong.feedback");
        Assert.Equal(Verdict.Breached, late.Verdict); // any time on 7-10 is after
    }

    [Fact]
    public void Feedback_pending_then_missing_around_as_of()
    {
        var c = Assigned("Z8", "2026-09-29 10:00");
        Assert.Equal(Verdict.Pending, Run("zhanggong", "2026-10-09 00:00", c, "zhanggong.feedback").Verdict);
        var m = Run("zhanggong", "2026-10-09 00:01", c, "zhanggong.feedback");
        Assert.Equal(Verdict.Missing, m.Verdict);
        Assert.Equal(1, m.OverrunMinutes);
    }

    [Fact]
    public void Feedback_does_not_apply_to_cases_never_assigned()
    {
        var c = Case("Z9", E(EventKind.Discovered, "2026-07-06 10:00"));
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, c, "zhanggong.feedback").Verdict);
    }

    [Fact]
    public void Written_feedback_within_the_deadline_is_timely_feedback()
    {
        // 三、2 一时难以落实的，要形成书面材料及时反馈 — deadline 7-9 24时 for assignment on 7-6 (Mon)
        var written = Assigned("Z11", "2026-07-06 10:00", E(EventKind.WrittenFeedback, "2026-07-09 16:00"), E(EventKind.Feedback, "2026-07-20 10:00"));
        var f = Run("zhanggong", AsOf, written, "zhanggong.feedback");
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Contains("实际7月9日16:00书面反馈，按时", f.Evidence);
        // neither feedback nor written feedback by the deadline: late feedback, once (no second finding for the same lapse)
        var lateWritten = Assigned("Z11b", "2026-07-06 10:00", E(EventKind.WrittenFeedback, "2026-07-10 09:00"));
        var late = Engine("zhanggong", AsOf).Replay(lateWritten).Where(x => x.Verdict.IsFailure()).ToList();
        Assert.Equal("zhanggong.feedback", Assert.Single(late).RuleId);
        Assert.Equal(9 * 60, late[0].OverrunMinutes);
        Assert.Equal(Verdict.Missing, Run("zhanggong", AsOf, Assigned("Z12", "2026-07-06 10:00"), "zhanggong.feedback").Verdict);
    }

    [Fact]
    public void Sudden_report_to_the_district_office_within_two_hours()
    {
        // 二、2 区政府应急办、区网宣办、网安大队将相关信息第一时间报区委办公室 — pack reads 第一时间 as 2 h
        var c = Case("Z13", E(EventKind.Discovered, "2026-07-06 10:00"), To(EventKind.Reported, "2026-07-06 12:00", "区委办公室"))
            with { Sudden = true, ReportingUnit = R("区网宣办") };
        var ok = Run("zhanggong", AsOf, c, "zhanggong.report");
        Assert.Equal(Verdict.Met, ok.Verdict);
        Assert.EndsWith("（本包设定）", ok.Evidence);
        var late = c with { Events = [E(EventKind.Discovered, "2026-07-06 10:00"), To(EventKind.Reported, "2026-07-06 12:01", "区委办")] };
        Assert.Equal(Verdict.Breached, Run("zhanggong", AsOf, late, "zhanggong.report").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, c with { Sudden = false }, "zhanggong.report").Verdict);
    }

    [Fact]
    public void False_feedback_from_spot_check()
    {
        var c = Case("Z14", E(EventKind.Discovered, "2026-07-06 10:00"), E(EventKind.SpotChecked, "2026-07-20 10:00")) with { Responsible = R("西河镇") };
        var f = Run("zhanggong", AsOf, c with { SpotCheck = "虚假" }, "zhanggong.false-feedback");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal("通报批评", f.SanctionClass);
        Assert.Equal(Verdict.Met, Run("zhanggong", AsOf, c with { SpotCheck = "属实" }, "zhanggong.false-feedback").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, c, "zhanggong.false-feedback").Verdict);
    }

    [Fact]
    public void Three_urgings_without_feedback_is_breached_two_are_not_many()
    {
        // 四、3 多次催报、督办后仍未落实 — “多次” has no number: the pack reads it as 3 or more (its assumption)
        var three = Assigned("Z15", "2026-07-06 10:00", E(EventKind.Urged, "2026-07-10 10:00"), E(EventKind.Urged, "2026-07-14 10:00"), E(EventKind.Urged, "2026-07-18 10:00"));
        var f = Run("zhanggong", AsOf, three, "zhanggong.urging");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal("追责", f.SanctionClass);
        Assert.EndsWith("（本包设定）", f.Evidence);
        var done = three with { Events = [.. three.Events, E(EventKind.Closed, "2026-07-19 10:00")] };
        Assert.Equal(Verdict.Met, Run("zhanggong", AsOf, done, "zhanggong.urging").Verdict);
        var two = Assigned("Z16", "2026-07-06 10:00", E(EventKind.Urged, "2026-07-10 10:00"), E(EventKind.Urged, "2026-07-14 10:00"));
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, two, "zhanggong.urging").Verdict);
        // the third urging after the as-of time does not exist yet
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", "2026-07-16 00:00", three, "zhanggong.urging").Verdict);
    }

    [Fact]
    public void Leak_is_borne_by_the_unit_that_leaked_not_the_one_that_filled_in_the_row()
    {
        var c = Case("Z17", E(EventKind.Discovered, "2026-07-06 10:00"), By(EventKind.Leaked, "2026-07-07 10:00", "区网宣办")) with { Responsible = R("西河镇") };
        var f = Run("zhanggong", AsOf, c, "zhanggong.confidentiality");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal("区网宣办", f.Unit);
    }

    [Fact]
    public void Review_within_30_days_of_closure_is_borne_by_the_district_office()
    {
        // closed 7-1 → 30 days → 7-31 (Fri) 24时
        var c = Case("Z18", E(EventKind.Discovered, "2026-06-28 10:00"), E(EventKind.Closed, "2026-07-01 10:00"), E(EventKind.Reviewed, "2026-07-31 20:00")) with { Severity = "重大" };
        var f = Run("zhanggong", AsOf, c, "zhanggong.review");
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Equal(I("2026-08-01 00:00"), f.Deadline);
        Assert.Equal("区委办公室", f.Unit);
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, c with { Severity = "一般" }, "zhanggong.review").Verdict);
    }

    // ---- 三: 属地、属事、属人; 区外 → report up — every branch ----

    private static Finding Resp(string scope, string? competent, string[] involved, string responsible) =>
        Run("zhanggong", AsOf, Case("ZR-" + scope, E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Scope = scope,
            Competent = competent is null ? null : R(competent),
            Involved = Units(involved),
            Responsible = R(responsible),
        }, "zhanggong.responsible-party");

    [Fact]
    public void Responsibility_branches()
    {
        Assert.Equal(Verdict.Met, Resp("单一属地", "市教育局", ["东街街道"], "东街街道").Verdict);          // 属地
        Assert.Equal(Verdict.Breached, Resp("单一属地", "市教育局", ["东街街道"], "市教育局").Verdict);
        Assert.Equal(Verdict.Met, Resp("多个属地", "市住建局", ["城关镇", "西河镇"], "市住建局").Verdict);  // 属事
        Assert.Equal(Verdict.Breached, Resp("多个属地", "市住建局", ["城关镇", "西河镇"], "西河镇").Verdict);
        Assert.Equal(Verdict.Met, Resp("多个部门", "市教育局", ["市教育局", "市住建局"], "市教育局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个部门", "市教育局", ["市教育局", "市住建局"], "市住建局").Verdict);
        Assert.Equal(Verdict.Met, Resp("重大政策", "市教育局", [], "市教育局").Verdict);
        Assert.Equal(Verdict.Met, Resp("垂直管理", null, ["市税务局"], "市税务局").Verdict);               // 属人
        Assert.Equal(Verdict.Breached, Resp("垂直管理", null, ["市税务局", "城关镇"], "城关镇").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("区外", null, [], "城关镇").Verdict);
    }

    [Fact]
    public void Outside_district_is_reported_up_by_each_office_to_its_own_city_counterpart()
    {
        // 三 由区委办公室、区网宣办分别上报市委办公厅、市网宣办 — two obligations, no time limit in the text
        var c = Case("Z19", E(EventKind.Discovered, "2026-07-10 08:00"), To(EventKind.Reported, "2026-07-11 08:00", "市委办公厅")) with { Scope = "区外" };
        var office = Run("zhanggong", AsOf, c, "zhanggong.report-up-office");
        Assert.Equal((Verdict.Met, "区委办公室"), (office.Verdict, office.Unit));
        // the report to 市委办公厅 is not the one to 市网宣办; without a time limit its absence is no breach
        var propaganda = Run("zhanggong", AsOf, c, "zhanggong.report-up-propaganda");
        Assert.Equal((Verdict.NotApplicable, "区网宣办"), (propaganda.Verdict, propaganda.Unit));
        Assert.Contains("原文未规定", propaganda.Evidence);
        var both = c with { Events = [.. c.Events, To(EventKind.Reported, "2026-07-20 08:00", "市网宣办")] };
        Assert.Equal(Verdict.Met, Run("zhanggong", AsOf, both, "zhanggong.report-up-propaganda").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, c with { Scope = "单一属地" }, "zhanggong.report-up-office").Verdict);
    }

    // ---- 二、1 daily reports ----

    [Fact]
    public void Daily_reports_every_calendar_day_before_17()
    {
        var engine = Engine("zhanggong", "2026-10-05 12:00");
        var src = new SourceRef("log.csv", null, 2);
        DailyReport Rep(string unit, string time) => new(R(unit), time.Length == 10 ? D(time) : T(time), src);
        var reports = new List<DailyReport>
        {
            Rep("区政府应急办", "2026-10-01 09:00"), // its only report: the export does record its daily reports
            Rep("区网宣办", "2026-10-01 16:59"), // 国庆 holiday still counts: 每日
            Rep("区网宣办", "2026-10-02 17:00"), // exactly 17:00 is on time
            Rep("区网宣办", "2026-10-03 17:01"), // one minute late
            Rep("区网宣办", "2026-10-04"),       // date only: cannot tell whether before 17:00
            Rep("区网宣办", "2026-10-05 09:00"), // before the cut-off but after as-of? no: 9:00 < 12:00 as-of → exists
            Rep("区网宣办", "2026-10-06 09:00"), // after as-of: does not exist yet
        };
        var period = AuditPeriod.Parse("2026-10");
        var all = engine.ReplayDailyReports(reports, period, Registry).ToList();
        // 网安大队 has no 日报 row at all: one not-recorded finding for the month, not 31 accusations
        Assert.Equal(31 * 2 + 1, all.Count);
        var none = Assert.Single(all, f => f.Unit == "市公安局章贡分局网安大队");
        Assert.Equal((Verdict.InsufficientData, "日报记录", "日报-2026-10"), (none.Verdict, none.NotRecorded, none.CaseId));
        var mine = all.Where(f => f.Unit == "区网宣办").ToDictionary(f => f.CaseId);
        Assert.Equal(Verdict.Met, mine["日报-2026-10-01"].Verdict);
        Assert.Equal(Verdict.Met, mine["日报-2026-10-02"].Verdict);
        Assert.Equal(Verdict.Breached, mine["日报-2026-10-03"].Verdict);
        Assert.Equal(1, mine["日报-2026-10-03"].OverrunMinutes);
        Assert.Equal(Verdict.InsufficientData, mine["日报-2026-10-04"].Verdict);
        Assert.Equal(Verdict.Met, mine["日报-2026-10-05"].Verdict);
        Assert.Equal(Verdict.Pending, mine["日报-2026-10-06"].Verdict);
        var other = all.Where(f => f.Unit == "区政府应急办").ToDictionary(f => f.CaseId);
        Assert.Equal(Verdict.Missing, other["日报-2026-10-04"].Verdict);
        Assert.Equal(Verdict.Pending, other["日报-2026-10-05"].Verdict); // 17:00 not yet reached at 12:00
        Assert.Equal(I("2026-10-04 17:00"), other["日报-2026-10-04"].Deadline);
    }
}
