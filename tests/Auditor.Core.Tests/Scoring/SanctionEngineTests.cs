using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using static Auditor.Core.Tests.Scoring.TestFindings;

namespace Auditor.Core.Tests.Scoring;

public class SanctionEngineTests
{
    private static ImmutableArray<Sanction> Decide(IReadOnlyList<Finding> findings, PriorPeriod? previous = null, ScoringScheme? scheme = null, params string[] units)
    {
        scheme ??= TestSchemes.AllLists();
        var scores = TestScores.Of(findings, scheme, units);
        return SanctionEngine.Decide(findings, scores, scheme, previous);
    }

    private static Sanction? Find(ImmutableArray<Sanction> s, string unit, SanctionKind kind) =>
        s.SingleOrDefault(x => x.Unit == unit && x.Kind == kind);

    private static PriorPeriod Prior(params PriorFailure[] failures) => new("2026Q2", [.. failures], []);

    // ---- 通报批评 (test document T 一: late or false feedback; T 二: grade) ----

    [Theory]
    [InlineData(ObligationKind.Feedback, Verdict.Breached)]
    [InlineData(ObligationKind.Feedback, Verdict.Missing)]
    [InlineData(ObligationKind.WrittenFeedback, Verdict.Breached)]
    [InlineData(ObligationKind.FalseFeedback, Verdict.Breached)]
    public void Late_missing_or_false_feedback_is_criticised(ObligationKind kind, Verdict verdict)
    {
        var s = Decide([Make("甲镇", "HC-1", "R-fb", kind, verdict)]);
        var c = Find(s, "甲镇", SanctionKind.Criticism);
        Assert.NotNull(c);
        var r = Assert.Single(c.Reasons);
        Assert.Equal(("R-fb", "T 一", "反馈不及时或虚假反馈的通报批评"), (r.RuleId, r.Clause, r.Quote));
        Assert.Equal(new[] { "HC-1" }, r.CaseIds.ToArray());
        Assert.Contains(kind == ObligationKind.FalseFeedback ? "虚假反馈" : "反馈不及时", r.Text);
    }

    [Theory]
    [InlineData(ObligationKind.Feedback, Verdict.Met)]
    [InlineData(ObligationKind.Feedback, Verdict.Pending)]
    [InlineData(ObligationKind.Feedback, Verdict.InsufficientData)]
    [InlineData(ObligationKind.Release, Verdict.Breached)]   // ordinary lateness: no sanction class, not feedback
    [InlineData(ObligationKind.FalseFeedback, Verdict.Met)]
    public void Feedback_on_time_or_ordinary_lateness_is_not_criticised(ObligationKind kind, Verdict verdict)
    {
        var s = Decide([Make("甲镇", "HC-1", "R", kind, verdict)]);
        Assert.Null(Find(s, "甲镇", SanctionKind.Criticism));
    }

    [Fact]
    public void A_rule_with_sanction_class_criticism_criticises_when_breached()
    {
        var s = Decide([Make("甲镇", "HC-1", "R-rel", ObligationKind.Release, Verdict.Breached, sanctionClass: "criticism")]);
        Assert.Contains("按规则应予通报批评", Assert.Single(Find(s, "甲镇", SanctionKind.Criticism)!.Reasons).Text);
        var met = Decide([Make("甲镇", "HC-1", "R-rel", ObligationKind.Release, Verdict.Met, sanctionClass: "criticism")]);
        Assert.Null(Find(met, "甲镇", SanctionKind.Criticism));
    }

    [Fact]
    public void Grade_fail_is_criticised_and_a_pass_is_not()
    {
        // 100 − 45 = 55 → 不合格; 100 − 40 = 60 → 合格
        var s = Decide([Make("甲镇", "HC-1", "R", ObligationKind.Response, Verdict.Breached, 45),
                        Make("乙镇", "HC-2", "R", ObligationKind.Response, Verdict.Breached, 40)]);
        var r = Assert.Single(Find(s, "甲镇", SanctionKind.Criticism)!.Reasons);
        Assert.Null(r.RuleId);
        Assert.Equal(("T 二", "建立通报批评制度"), (r.Clause, r.Quote));
        Assert.Contains("不合格", r.Text);
        Assert.Null(Find(s, "乙镇", SanctionKind.Criticism));
    }

    [Fact]
    public void Reasons_group_cases_per_rule()
    {
        var s = Decide([Make("甲镇", "HC-2", "R-fb", ObligationKind.Feedback, Verdict.Breached),
                        Make("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Missing),
                        Make("甲镇", "HC-3", "R-wfb", ObligationKind.WrittenFeedback, Verdict.Breached)]);
        var reasons = Find(s, "甲镇", SanctionKind.Criticism)!.Reasons;
        Assert.Equal(2, reasons.Length);
        Assert.Equal("R-fb", reasons[0].RuleId);
        Assert.Equal(new[] { "HC-1", "HC-2" }, reasons[0].CaseIds.ToArray());
        Assert.Contains("超时或未履行", reasons[0].Text);
        Assert.Equal("R-wfb", reasons[1].RuleId);
    }

    // ---- 约谈 (T 三: 整改不到位) ----

    [Fact]
    public void Same_kind_failed_in_both_periods_is_interviewed()
    {
        var prior = Prior(new PriorFailure("甲镇", ObligationKind.Response, Verdict.Breached, 2, ["R-resp"]));
        var s = Decide([Make("甲镇", "HC-9", "R-resp", ObligationKind.Response, Verdict.Missing)], prior);
        var r = Assert.Single(Find(s, "甲镇", SanctionKind.Interview)!.Reasons);
        Assert.Equal(("R-resp", "T 三"), (r.RuleId, r.Clause));
        Assert.Equal(new[] { "HC-9" }, r.CaseIds.ToArray());
        Assert.Contains("整改不到位", r.Text);
        Assert.Contains("2026Q2", r.Text);
    }

    [Fact]
    public void A_first_offender_or_a_different_kind_is_not_interviewed()
    {
        var prior = Prior(new PriorFailure("甲镇", ObligationKind.Release, Verdict.Breached, 1, ["R-rel"]));
        var s = Decide([Make("甲镇", "HC-9", "R-resp", ObligationKind.Response, Verdict.Breached),
                        Make("乙镇", "HC-8", "R-rel", ObligationKind.Release, Verdict.Breached)], prior);
        Assert.Null(Find(s, "甲镇", SanctionKind.Interview)); // different kind
        Assert.Null(Find(s, "乙镇", SanctionKind.Interview)); // the prior failure was someone else's
        Assert.DoesNotContain(Decide([Make("甲镇", "HC-9", "R-rel", ObligationKind.Release, Verdict.Breached)], previous: null),
            x => x.Kind == SanctionKind.Interview);       // no previous period recorded
    }

    [Fact]
    public void Same_kind_but_fixed_this_period_is_not_interviewed()
    {
        var prior = Prior(new PriorFailure("甲镇", ObligationKind.Response, Verdict.Breached, 1, ["R-resp"]));
        var s = Decide([Make("甲镇", "HC-9", "R-resp", ObligationKind.Response, Verdict.Met),
                        Make("甲镇", "HC-10", "R-resp", ObligationKind.Response, Verdict.InsufficientData)], prior);
        Assert.Null(Find(s, "甲镇", SanctionKind.Interview));
    }

    [Fact]
    public void Criticised_last_period_and_still_failing_is_interviewed_but_not_when_clean()
    {
        var prior = new PriorPeriod("2026Q2", [], [new PriorSanction("甲镇", SanctionKind.Criticism), new PriorSanction("乙镇", SanctionKind.Criticism)]);
        var s = Decide([Make("甲镇", "HC-9", "R-rel", ObligationKind.Release, Verdict.Breached),
                        Make("乙镇", "HC-8", "R-rel", ObligationKind.Release, Verdict.Met)], prior);
        var r = Assert.Single(Find(s, "甲镇", SanctionKind.Interview)!.Reasons);
        Assert.Contains("已被通报批评", r.Text);
        Assert.Null(Find(s, "乙镇", SanctionKind.Interview));
    }

    [Fact]
    public void Interview_kinds_can_be_restricted_by_the_pack()
    {
        var scheme = TestSchemes.AllLists();
        scheme.Sanctions.Interview.Kinds = ["feedback"];
        var prior = Prior(new PriorFailure("甲镇", ObligationKind.Response, Verdict.Breached, 1, ["R-resp"]));
        var s = Decide([Make("甲镇", "HC-9", "R-resp", ObligationKind.Response, Verdict.Breached)], prior, scheme);
        Assert.Null(Find(s, "甲镇", SanctionKind.Interview));
    }

    // ---- 表彰 (T 四) ----

    [Fact]
    public void A_clean_unit_at_or_above_the_bar_is_commended()
    {
        // 100 − 2 × 0.5 (insufficient-data) × 10 = 90: clean (no breached/missing) and exactly on the bar
        var findings = Enumerable.Range(1, 10).Select(i => Make("甲镇", $"HC-{i}", "R", ObligationKind.Response, Verdict.InsufficientData, 2))
            .Append(Make("甲镇", "HC-0", "R", ObligationKind.Response, Verdict.Met)).ToList();
        var c = Find(Decide(findings), "甲镇", SanctionKind.Commendation);
        var r = Assert.Single(c!.Reasons);
        Assert.Equal("T 四", r.Clause);
        Assert.Contains("90.0", r.Text);
    }

    [Fact]
    public void Below_the_bar_or_with_a_failure_or_nothing_handled_is_not_commended()
    {
        // 100 − 2 × 0.5 × 11 = 89 < 90
        var below = Enumerable.Range(1, 11).Select(i => Make("甲镇", $"HC-{i}", "R", ObligationKind.Response, Verdict.InsufficientData, 2))
            .Append(Make("甲镇", "HC-0", "R", ObligationKind.Response, Verdict.Met)).ToList();
        Assert.Null(Find(Decide(below), "甲镇", SanctionKind.Commendation));
        // 98 ≥ 90 but one breach
        var failed = Decide([Make("乙镇", "HC-1", "R", ObligationKind.Response, Verdict.Met), Make("乙镇", "HC-2", "R", ObligationKind.Response, Verdict.Breached, 2)]);
        Assert.Null(Find(failed, "乙镇", SanctionKind.Commendation));
        // 100 but no case handled
        Assert.Empty(Decide([], units: "丙局"));
    }

    [Fact]
    public void The_commendation_bar_comes_from_the_scheme()
    {
        var scheme = TestSchemes.AllLists();
        scheme.CommendationBar = 99.5;
        // 100 − 1 × 0.5 = 99.5
        var s = Decide([Make("甲镇", "HC-1", "R", ObligationKind.Response, Verdict.Met), Make("甲镇", "HC-2", "R", ObligationKind.Response, Verdict.InsufficientData)], scheme: scheme);
        Assert.NotNull(Find(s, "甲镇", SanctionKind.Commendation));
        scheme.CommendationBar = 99.6;
        s = Decide([Make("甲镇", "HC-1", "R", ObligationKind.Response, Verdict.Met), Make("甲镇", "HC-2", "R", ObligationKind.Response, Verdict.InsufficientData)], scheme: scheme);
        Assert.Null(Find(s, "甲镇", SanctionKind.Commendation));
    }

    // ---- 追责 (T 五) ----

    [Theory]
    [InlineData(ObligationKind.Confidentiality, Verdict.Breached, "泄密")]
    [InlineData(ObligationKind.FalseFeedback, Verdict.Breached, "虚假反馈")]
    [InlineData(ObligationKind.Urging, Verdict.Missing, "多次催办仍未落实")]
    [InlineData(ObligationKind.Urging, Verdict.Breached, "多次催办仍未落实")]
    public void Leaks_false_feedback_and_unresolved_urging_are_referred(ObligationKind kind, Verdict verdict, string label)
    {
        var s = Decide([Make("甲镇", "HC-1", "R-x", kind, verdict)]);
        var r = Assert.Single(Find(s, "甲镇", SanctionKind.Accountability)!.Reasons);
        Assert.Equal(("R-x", "T 五"), (r.RuleId, r.Clause));
        Assert.StartsWith(label, r.Text);
        Assert.NotNull(r.Quote);
    }

    [Theory]
    [InlineData(ObligationKind.FalseFeedback, Verdict.Breached, "经抽查复核为虚假反馈")]
    [InlineData(ObligationKind.Urging, Verdict.Breached, "经多次催办仍未落实")]
    [InlineData(ObligationKind.Confidentiality, Verdict.Breached, "有外传记录")]
    public void Obligations_without_a_time_limit_are_not_called_late(ObligationKind kind, Verdict verdict, string words)
    {
        var r = Assert.Single(Find(Decide([Make("甲镇", "HC-1", "R-x", kind, verdict)]), "甲镇", SanctionKind.Accountability)!.Reasons);
        Assert.EndsWith("案件HC-1" + words, r.Text);
        Assert.DoesNotContain("超时", r.Text);
    }

    [Theory]
    [InlineData(ObligationKind.Confidentiality, Verdict.Met)]
    [InlineData(ObligationKind.Urging, Verdict.Pending)]
    [InlineData(ObligationKind.Feedback, Verdict.Breached)]
    [InlineData(ObligationKind.Release, Verdict.Missing)]
    public void Other_findings_are_not_referred(ObligationKind kind, Verdict verdict)
    {
        Assert.Null(Find(Decide([Make("甲镇", "HC-1", "R-x", kind, verdict)]), "甲镇", SanctionKind.Accountability));
    }

    [Theory]
    [InlineData("accountability")]
    [InlineData("追责")]
    public void A_rule_with_sanction_class_accountability_is_referred(string cls)
    {
        var s = Decide([Make("甲镇", "HC-1", "R-x", ObligationKind.Responder, Verdict.Breached, sanctionClass: cls)]);
        Assert.NotNull(Find(s, "甲镇", SanctionKind.Accountability));
        Assert.Null(Find(s, "甲镇", SanctionKind.Criticism));
    }

    [Fact]
    public void A_disabled_list_stays_empty()
    {
        var scheme = TestSchemes.AllLists();
        scheme.Sanctions.Criticism.Enabled = false;
        var s = Decide([Make("甲镇", "HC-1", "R", ObligationKind.Feedback, Verdict.Breached, 50)], scheme: scheme);
        Assert.DoesNotContain(s, x => x.Kind == SanctionKind.Criticism);
    }

    [Fact]
    public void Lists_come_in_order_then_by_rank()
    {
        var s = Decide([
            Make("乙镇", "HC-1", "R", ObligationKind.Feedback, Verdict.Breached, 5),   // 95
            Make("甲镇", "HC-2", "R", ObligationKind.Feedback, Verdict.Breached, 1),   // 99
            Make("甲镇", "HC-3", "R", ObligationKind.Confidentiality, Verdict.Breached, 0),
            Make("丙镇", "HC-4", "R", ObligationKind.Response, Verdict.Met)]);
        Assert.Equal([("甲镇", SanctionKind.Criticism), ("乙镇", SanctionKind.Criticism), ("丙镇", SanctionKind.Commendation), ("甲镇", SanctionKind.Accountability)],
            s.Select(x => (x.Unit, x.Kind)));
    }

    // ---- the C# defaults cite nothing and sanction nothing ----

    [Fact]
    public void Defaults_enable_no_list_and_carry_no_citation()
    {
        var c = new ScoringScheme().Sanctions;
        Assert.Equal((false, false, false, false), (c.Criticism.Enabled, c.Interview.Enabled, c.Commendation.Enabled, c.Accountability.Enabled));
        Assert.All(new[] { c.Criticism.Clause, c.Criticism.Quote, c.Criticism.GradeClause, c.Criticism.GradeQuote, c.Interview.Clause,
                           c.Interview.Quote, c.Commendation.Clause, c.Commendation.Quote, c.Accountability.Clause, c.Accountability.Quote },
            x => Assert.Equal("", x));
        Assert.Empty(c.Criticism.Triggers);
        Assert.Empty(c.Criticism.Grades);
        Assert.Empty(c.Accountability.Triggers);
    }

    [Fact]
    public void A_scheme_that_says_nothing_puts_nobody_on_any_list()
    {
        // late and false feedback, a leak, grade 不合格 (100 − 50 = 50), and a clean unit: with the defaults, no list at all
        var s = Decide([Make("甲镇", "HC-1", "R-fb", ObligationKind.Feedback, Verdict.Breached, 20, sanctionClass: "通报批评"),
                        Make("甲镇", "HC-2", "R-ff", ObligationKind.FalseFeedback, Verdict.Breached, 20),
                        Make("甲镇", "HC-3", "R-leak", ObligationKind.Confidentiality, Verdict.Breached, 10, sanctionClass: "追责"),
                        Make("乙镇", "HC-4", "R-resp", ObligationKind.Response, Verdict.Met)],
            Prior(new PriorFailure("甲镇", ObligationKind.Feedback, Verdict.Breached, 1, ["R-fb"])), new ScoringScheme());
        Assert.Empty(s);
    }

    [Theory]
    [InlineData("criticism")]
    [InlineData("interview")]
    [InlineData("commendation")]
    [InlineData("accountability")]
    public void An_enabled_list_without_clause_or_quote_is_refused(string list)
    {
        var scheme = TestSchemes.AllLists();
        var c = scheme.Sanctions;
        switch (list)
        {
            case "criticism": c.Criticism.Clause = ""; c.Criticism.GradeQuote = " "; break;
            case "interview": c.Interview.Quote = ""; break;
            case "commendation": c.Commendation.Clause = ""; break;
            default: c.Accountability.Clause = ""; break;
        }
        Assert.Contains(scheme.Validate(), p => p.Contains($"scoring.sanctions.{list}"));
        Assert.Throws<RulePackException>(() => SanctionEngine.Decide([], [], scheme, null));
        // the same list switched off is fine
        switch (list)
        {
            case "criticism": c.Criticism.Enabled = false; break;
            case "interview": c.Interview.Enabled = false; break;
            case "commendation": c.Commendation.Enabled = false; break;
            default: c.Accountability.Enabled = false; break;
        }
        Assert.Empty(scheme.Validate());
    }

    [Fact]
    public void An_enabled_criticism_list_needs_a_trigger_or_a_grade()
    {
        var scheme = new ScoringScheme();
        scheme.Sanctions.Criticism = new CriticismCriteria { Enabled = true, Clause = "T 一", Quote = "引文" };
        Assert.Contains(scheme.Validate(), p => p.Contains("既没有 triggers 也没有 grades"));
    }

    [Theory]
    [InlineData("met")]
    [InlineData("not-applicable")]
    public void A_list_cannot_rest_on_met_or_not_applicable_findings(string verdict)
    {
        var scheme = new ScoringScheme();
        scheme.Sanctions.Interview = new InterviewCriteria { Enabled = true, Clause = "T 一", Quote = "引文", Verdicts = ["breached", verdict] };
        Assert.Contains(scheme.Validate(), p => p.Contains("scoring.sanctions.interview.verdicts") && p.Contains($"“{verdict}”不能作为处理依据"));
    }
}
