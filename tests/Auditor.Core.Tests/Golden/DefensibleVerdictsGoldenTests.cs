using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Scoring;
using static Auditor.Core.Tests.Golden.GoldenKit;
using Auditor.Core.Tests.Scoring;

namespace Auditor.Core.Tests.Golden;

/// <summary>
/// Verdicts a unit's lawyer could not fault, each worked out by hand from the clause it rests on: no breach where the
/// ledger simply does not carry the record, reports to different recipients kept apart, no window the clause does not
/// state (or, where the pack supplies one, labelled), verification words read the same whatever the office wrote.
/// The lists themselves are in <see cref="PackSanctionTests"/>.
/// </summary>
public class DefensibleVerdictsGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    private static HashSet<string> Columns(params string[] ids) => new(ids, StringComparer.Ordinal);

    // ---- 002 三、2: written feedback within the window is timely feedback ----

    [Fact]
    public void Zhanggong_written_feedback_in_time_is_no_feedback_breach_and_no_criticism()
    {
        // assigned Mon 7-6 10:00; 3 days (民法典): 7-7, 7-8, 7-9 → 7-9 24时. Written material 7-8 15:00, 落实 7-20.
        var c = Case("D1", E(EventKind.Discovered, "2026-07-06 09:00"), E(EventKind.Assigned, "2026-07-06 10:00"),
                E(EventKind.WrittenFeedback, "2026-07-08 15:00"), E(EventKind.Closed, "2026-07-20 10:00")) with { Responsible = R("西河镇") };
        var fs = Engine("zhanggong", AsOf).Replay(c).Where(f => f.Verdict != Verdict.NotApplicable).ToList();
        var feedback = Assert.Single(fs, f => f.Kind == ObligationKind.Feedback);
        Assert.Equal(Verdict.Met, feedback.Verdict);
        Assert.Equal(I("2026-07-10 00:00"), feedback.Deadline);
        var scheme = Pack("zhanggong").Scoring;
        var scores = TestScores.Of(fs, scheme, ["西河镇"]);
        Assert.DoesNotContain(SanctionEngine.Decide(fs, scores, scheme, null), s => s.Kind == SanctionKind.Criticism);
    }

    // ---- 000 （六）: no issue date of the policy, no verdict ----

    [Fact]
    public void Nanan_risk_assessment_is_not_checkable_without_the_policy_issue_date()
    {
        // 重大政策出台前，要进行网络舆情风险评估: the ledger records the opinion and the response, not when the policy came out
        var c = Case("D2", E(EventKind.Discovered, "2026-08-01 09:00"), E(EventKind.Responded, "2026-08-01 15:00"))
            with { Scope = "重大政策", Competent = R("市教育局"), RecordedColumns = Columns("case_id", "scope", "competent", "discovered", "responded", "risk_assessed") };
        var f = Run("nanan", AsOf, c, "nanan.risk-assessment");
        Assert.Equal((Verdict.InsufficientData, "政策出台时间"), (f.Verdict, f.NotRecorded));
        Assert.Null(f.OverrunMinutes);
        // with the column: issued 7-1, assessed 6-20 → met although the opinion came later
        var recorded = c with
        {
            Events = [E(EventKind.RiskAssessed, "2026-06-20 10:00"), E(EventKind.PolicyIssued, "2026-07-01"), .. c.Events],
            RecordedColumns = Columns("case_id", "scope", "competent", "discovered", "responded", "risk_assessed", "policy_issued"),
        };
        Assert.Equal(Verdict.Met, Run("nanan", AsOf, recorded, "nanan.risk-assessment").Verdict);
    }

    // ---- 002 二、1: an export without 日报 rows proves nothing ----

    [Fact]
    public void Zhanggong_no_daily_report_rows_is_not_recorded_and_costs_nothing()
    {
        var engine = Engine("zhanggong", AsOf);
        var daily = engine.ReplayDailyReports([], AuditPeriod.Parse("2026Q3"), Registry).ToList();
        Assert.Equal(3, daily.Count); // one per named unit for the quarter, not 92 × 3 accusations
        Assert.All(daily, f => Assert.Equal((Verdict.InsufficientData, "日报记录"), (f.Verdict, f.NotRecorded)));
        var scores = TestScores.Of(daily, Pack("zhanggong").Scoring, daily.Select(f => f.Unit));
        Assert.All(scores, s => Assert.Equal((100.0, "优秀"), (s.Score, s.Grade)));
    }

    // ---- reports to different recipients are different obligations ----

    [Fact]
    public void Zhanggong_report_to_another_office_is_not_the_report_to_the_district_office()
    {
        // 二、2 区政府应急办、区网宣办、网安大队将相关信息第一时间报区委办公室
        Case Sudden(string unit, params CaseEvent[] ev) =>
            Case("D3", [E(EventKind.Discovered, "2026-07-06 10:00"), .. ev]) with { Sudden = true, ReportingUnit = R(unit) };
        var wrongRecipient = Run("zhanggong", AsOf, Sudden("网安大队", To(EventKind.Reported, "2026-07-06 10:30", "区网宣办")), "zhanggong.report");
        Assert.Equal(Verdict.Missing, wrongRecipient.Verdict);
        Assert.Equal("市公安局章贡分局网安大队", wrongRecipient.Unit);
        // the obligation is on the three named units: a township's case is not theirs by that sentence
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, Sudden("城关镇", To(EventKind.Reported, "2026-07-06 10:30", "区委办公室")), "zhanggong.report").Verdict);
        // a report whose recipient the export does not record: cannot tell, no points
        var unnamed = Sudden("区网宣办", E(EventKind.Reported, "2026-07-06 10:30")) with { RecordedColumns = Columns("case_id", "unit", "sudden", "discovered", "reported") };
        var f = Run("zhanggong", AsOf, unnamed, "zhanggong.report");
        Assert.Equal((Verdict.InsufficientData, "报送对象"), (f.Verdict, f.NotRecorded));
        // the export has a 报送对象 column but the cell is blank: the unit's own gap (insufficient-data, not "not recorded")
        var blank = unnamed with { RecordedColumns = Columns("case_id", "unit", "sudden", "discovered", "reported", "recipient") };
        var g = Run("zhanggong", AsOf, blank, "zhanggong.report");
        Assert.Equal(Verdict.InsufficientData, g.Verdict);
        Assert.Null(g.NotRecorded);
    }

    [Fact]
    public void Gaoan_situation_report_goes_to_a_superior_after_the_response_with_no_time_limit()
    {
        // 001 三（三）对政务舆情进行分类回应，并将情况报告分别上报上级机关 — no time limit: no 48 h window
        var responded = E(EventKind.Responded, "2026-07-11 10:00");
        Case G(params CaseEvent[] ev) => Case("D4", [E(EventKind.Discovered, "2026-07-10 08:00"), responded, .. ev]) with { Responsible = R("城关镇") };
        // ten days after the response is not late: the clause sets no time
        var met = Run("gaoan", AsOf, G(To(EventKind.Reported, "2026-07-21 10:00", "市政府办公室")), "gaoan.report");
        Assert.Equal((Verdict.Met, "城关镇"), (met.Verdict, met.Unit));
        Assert.Null(met.Deadline);
        // the report made at discovery (before the response) is not the situation report; none after it is no breach either
        var before = Run("gaoan", AsOf, G(To(EventKind.Reported, "2026-07-10 09:00", "上级机关")), "gaoan.report");
        Assert.Equal(Verdict.NotApplicable, before.Verdict);
        Assert.Contains("原文未规定", before.Evidence);
        // to a unit that is not a superior organ
        Assert.Equal(Verdict.NotApplicable, Run("gaoan", AsOf, G(To(EventKind.Reported, "2026-07-12 09:00", "市教育局")), "gaoan.report").Verdict);
        // no response yet: nothing to report on
        Assert.Equal(Verdict.NotApplicable, Run("gaoan", AsOf, Case("D4b", E(EventKind.Discovered, "2026-07-10 08:00")), "gaoan.report").Verdict);
        Assert.Null(Pack("gaoan").FindRule("gaoan.report")!.Window);
    }

    [Fact]
    public void Huangchuan_report_to_the_person_in_charge_is_not_the_report_to_the_superior_department()
    {
        // 003 4.2 及时上报负责人，并在热点舆情、重大舆情出现的第一时间报告上一级主管部门
        var c = Case("D5", E(EventKind.Discovered, "2026-07-10 08:00"), To(EventKind.Reported, "2026-07-10 08:30", "单位负责人")) with { Severity = "重大" };
        Assert.Equal(Verdict.Missing, Run("huangchuan", AsOf, c, "huangchuan.report").Verdict);
        var up = c with { Events = [.. c.Events, To(EventKind.Reported, "2026-07-10 09:45", "上一级主管部门")] };
        Assert.Equal(Verdict.Met, Run("huangchuan", AsOf, up, "huangchuan.report").Verdict);
        var superior = c with { Events = [.. c.Events, To(EventKind.Reported, "2026-07-10 09:45", "市政府办")] }; // registry type 上级机关
        Assert.Equal(Verdict.Met, Run("huangchuan", AsOf, superior, "huangchuan.report").Verdict);
    }

    // ---- 004 二（四）1 ----

    [Fact]
    public void Xuchang_major_case_without_polarity_must_be_replied_the_same_day()
    {
        // 对重大事件和重大负面舆情，在发现当天作出回复: 重大事件 is not only negative ones
        var c = Case("D6", E(EventKind.Discovered, "2026-07-10 09:00")) with { Severity = "重大" };
        Assert.Equal(Verdict.Missing, Run("xuchang", AsOf, c, "xuchang.same-day-reply").Verdict);
        Assert.Equal(Verdict.Missing, Run("xuchang", AsOf, c with { Severity = "重大事件" }, "xuchang.same-day-reply").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("xuchang", AsOf, c with { Polarity = "正面" }, "xuchang.same-day-reply").Verdict);
        // a press conference that day states the bureau's position
        var press = c with { Events = [.. c.Events, E(EventKind.PressConference, "2026-07-10 16:00")] };
        Assert.Equal(Verdict.Met, Run("xuchang", AsOf, press, "xuchang.same-day-reply").Verdict);
    }

    [Fact]
    public void Xuchang_builds_on_national_without_judging_one_reply_twice()
    {
        // 004 is made 根据 61号: the national windows stay; 二（四）1's stricter same-day reply replaces 48 h for 重大 cases
        var ids = Pack("xuchang").Rules.Select(r => r.Id).ToHashSet();
        Assert.Contains("national.release", ids);
        Assert.Contains("national.press-conference", ids);
        Assert.Contains("national.response", ids);
        Assert.DoesNotContain("national.responsible-party", ids); // 二（一） is the bureau's own table
        var major = Case("D7", E(EventKind.Discovered, "2026-07-10 09:00"), E(EventKind.Responded, "2026-07-11 15:00")) with { Polarity = "重大负面" };
        var replies = Engine("xuchang", AsOf).Replay(major)
            .Where(f => f.Verdict != Verdict.NotApplicable && f.Kind is ObligationKind.SameDayReply or ObligationKind.Response).ToList();
        var reply = Assert.Single(replies);
        Assert.Equal(("xuchang.same-day-reply", Verdict.Breached), (reply.RuleId, reply.Verdict));
        // 普通负面: 8 h reply opinion (004) and the unified reply within 61号's 48 h
        var ordinary = Case("D8", E(EventKind.Discovered, "2026-07-10 09:00"), E(EventKind.Assigned, "2026-07-10 10:00"),
            E(EventKind.ReplyDrafted, "2026-07-10 12:00")) with { Polarity = "普通负面" };
        var response = Run("xuchang", AsOf, ordinary, "national.response");
        Assert.Equal(Verdict.Missing, response.Verdict);
        Assert.Equal(I("2026-07-12 09:00"), response.Deadline);
    }

    // ---- 核实结论 ----

    [Theory]
    [InlineData("失实", true, true)]
    [InlineData("不实", true, true)]
    [InlineData("虚假", true, true)]
    [InlineData("谣言", true, true)]
    [InlineData("恶语中伤", true, true)]
    [InlineData("不真实", true, true)]
    [InlineData("情况不属实。", true, true)]
    [InlineData("部分属实", false, true)]
    [InlineData("有较大出入", false, true)]
    [InlineData("属实", false, false)]
    [InlineData("基本属实", false, false)]
    public void Truth_words_are_read_alike(string written, bool nananClarifies, bool gaoanClarifies)
    {
        // 000 （八）对于反映情况失实或恶语中伤的…进行澄清; 001 三（三）如情况不真实或有较大出入的…澄清事实真相
        var c = Case("D9", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Clarified, "2026-07-11 08:00")) with { Truth = written };
        Assert.Equal(nananClarifies ? Verdict.Met : Verdict.NotApplicable, Run("nanan", AsOf, c, "nanan.clarification").Verdict);
        Assert.Equal(gaoanClarifies ? Verdict.Met : Verdict.NotApplicable, Run("gaoan", AsOf, c with { Sudden = false }, "gaoan.clarification").Verdict);
    }

    [Fact]
    public void An_unknown_truth_word_is_insufficient_data_never_not_applicable()
    {
        var c = Case("D10", E(EventKind.Discovered, "2026-07-10 08:00")) with { Truth = "待进一步核实" };
        var f = Run("nanan", AsOf, c, "nanan.clarification");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Contains("“待进一步核实”无法识别", f.Evidence);
        Assert.Equal(Verdict.InsufficientData, Run("gaoan", AsOf, c with { Sudden = false }, "gaoan.clarification").Verdict);
    }

    // ---- 5 h 发布权威信息 by a press conference ----

    [Theory]
    [InlineData("national", "national.release")]
    [InlineData("huangchuan", "huangchuan.release")]
    public void A_press_conference_within_five_hours_releases_authoritative_information(string pack, string rule)
    {
        // 最迟要在5小时内发布权威信息: discovered 8:00, press conference 12:30, no separate release
        var c = Case("D11", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.PressConference, "2026-07-10 12:30")) with { Sudden = true, Severity = "重大" };
        var f = Run(pack, AsOf, c, rule);
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Contains("实际7月10日12:30新闻发布会", f.Evidence);
    }

    // ---- numbers the document does not state ----

    [Fact]
    public void Findings_on_an_assumed_window_say_so_and_stated_ones_do_not()
    {
        var c = Case("D12", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Reported, "2026-07-10 10:30"), E(EventKind.Responded, "2026-07-12 09:00"))
            with { Sudden = false };
        var report = Run("nanan", AsOf, c, "nanan.report"); // 第一时间 → 2 h, the pack's
        Assert.Equal(Verdict.Breached, report.Verdict);
        Assert.EndsWith("超时30分钟（本包设定）", report.Evidence);
        var response = Run("nanan", AsOf, c, "national.response"); // 48 h stated in 61号三
        Assert.Equal(Verdict.Breached, response.Verdict);
        Assert.DoesNotContain("本包设定", response.Evidence);
        // an explicit 办理时限 is not the pack's number either
        var due = Case("D13", E(EventKind.Discovered, "2026-07-06 09:00"), E(EventKind.Assigned, "2026-07-06 10:00")) with { Due = T("2026-07-07 12:00") };
        Assert.DoesNotContain("本包设定", Run("zhanggong", AsOf, due, "zhanggong.feedback").Evidence);
    }

    [Fact]
    public void An_office_may_read_many_times_as_two_and_the_evidence_names_its_policy()
    {
        var two = Case("D14", E(EventKind.Discovered, "2026-07-06 09:00"), E(EventKind.Assigned, "2026-07-06 10:00"),
            E(EventKind.Urged, "2026-07-10 10:00"), E(EventKind.Urged, "2026-07-14 10:00")) with { Responsible = R("西河镇") };
        Assert.Equal(Verdict.NotApplicable, Run("zhanggong", AsOf, two, "zhanggong.urging").Verdict); // 多次 = 3 by the pack
        var pack = new OfficePolicy { RepeatCount = 2 }.Apply(Pack("zhanggong"));
        var f = new Auditor.Core.Replay.ReplayEngine(pack, Calc, Registry, I(AsOf)).Replay(two).Single(x => x.RuleId == "zhanggong.urging");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.EndsWith("（本单位考核办法设定）", f.Evidence);
    }

    [Fact]
    public void Coverage_lists_every_rules_start_condition_bearer_window_and_sanction()
    {
        var md = CoverageMatrix.Markdown(Pack("zhanggong"));
        Assert.Contains("| zhanggong.report | 002 二、2 | 发现 | 突发事件 | 填报单位，限区政府应急办、区网宣办、市公安局章贡分局网安大队 | 区委办公室、区委办 | 2h（本包设定）：", md);
        Assert.Contains("| zhanggong.feedback | 002 三、2 | 交办 | 有交办记录 | 责任单位 | — | 3d（原文） | 通报批评 |", md);
        Assert.Contains("| zhanggong.report-up-office | 002 三 | 发现 | 涉及范围为区外 | 区委办公室 | 市委办公厅、市委办 | 原文未定时限 | 只扣分 |", md);
        Assert.Contains("3次（本包设定）", md);
        Assert.Contains("待核查（办公室内部，不进入任何对外文书）", md);
    }

    // ---- citations ----

    [Fact]
    public void The_unverified_80_number_is_carried_as_data_and_short_forms_name_the_source_only()
    {
        var release = Pack("nanan").FindRule("national.release")!;
        Assert.True(release.Clause.NumberUnverified);
        Assert.Equal("《关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）", release.Clause.Short);
        Assert.False(Pack("nanan").FindRule("national.response")!.Clause.NumberUnverified);
        Assert.Equal("国办发〔2016〕61号 三", Pack("nanan").FindRule("national.response")!.Clause.Short);
    }

    [Fact]
    public void Nanan_coverage_does_not_copy_the_national_list_text()
    {
        var md = CoverageMatrix.Markdown(Pack("nanan"));
        var nationalRows = md.Split('\n').Where(l => l.StartsWith("| 国办发", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(nationalRows);
        Assert.All(nationalRows, l => Assert.DoesNotContain("名单", l));
        Assert.Contains("本包依据的文件没有把某一义务的违反与通报批评、追责等处理直接相联系，本包不产生名单。", md);
        Assert.DoesNotContain(Pack("nanan").InterpretationList(), i => i.Meaning.Contains("国家基线包不启用"));
    }

    [Fact]
    public void No_pack_has_a_placeholder_document_number()
    {
        foreach (var id in RulePackLoader.AvailableIds(RulesDir))
        {
            var n = Pack(id).DocumentNumber;
            Assert.True(n is null || DocumentNumbers.IsReal(n), $"{id}: {n}");
        }
        Assert.False(DocumentNumbers.IsReal("（无文号）"));
        Assert.False(DocumentNumbers.IsReal("无文号"));
        Assert.True(DocumentNumbers.IsReal("国办发〔2016〕61号"));
    }
}
