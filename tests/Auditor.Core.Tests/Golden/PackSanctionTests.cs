using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Scoring;
using Auditor.Core.Tests.Scoring;

namespace Auditor.Core.Tests.Golden;

/// <summary>
/// The shipped packs' sanction lists, with expectations written from the clauses. Only 002 四、3 ties a sanction to a
/// failure a ledger shows: 反馈不及时或进行虚假反馈 → 通报批评. Its 追究相关人员责任 (多次催报后仍未落实, 泄密) depends on
/// consequences a ledger cannot show → the office-internal 待核查 list. 000 （七） 适时通报 is progress reporting; 001 四、3 and
/// 003 4.6 only 建立制度 (their 约谈 needs 工作消极、不作为且整改不到位); 002 四、1 奖惩考核 names no condition; 004 names no
/// sanction at all; the 61号 excerpt none either. Everything else is the office's own policy (OfficePolicy), which cites
/// 本单位考核办法 and quotes no clause.
/// </summary>
public class PackSanctionTests
{
    private static SanctionCriteria Of(string pack) => GoldenKit.Pack(pack).Scoring.Sanctions;

    private static (bool Criticism, bool Interview, bool Commendation, bool Accountability, bool Review) Enabled(string pack)
    {
        var c = Of(pack);
        return (c.Criticism.Enabled, c.Interview.Enabled, c.Commendation.Enabled, c.Accountability.Enabled, c.Review.Enabled);
    }

    [Theory]
    [InlineData("zhanggong", true, true)]
    [InlineData("huangchuan", false, false)]
    [InlineData("gaoan", false, false)]
    [InlineData("nanan", false, false)]
    [InlineData("xuchang", false, false)]
    [InlineData("national", false, false)]
    public void Each_pack_has_only_the_lists_its_document_grounds(string pack, bool criticism, bool review)
    {
        Assert.Equal((criticism, false, false, false, review), Enabled(pack));
        Assert.Empty(Of(pack).Criticism.Grades);
        Assert.Empty(GoldenKit.Pack(pack).Scoring.Validate());
    }

    [Fact]
    public void Zhanggong_cites_002_four_3_for_feedback_and_keeps_accountability_internal()
    {
        var c = Of("zhanggong");
        Assert.Equal(("002 四、3", "对反馈不及时或进行虚假反馈的，给予责任单位通报批评"), (c.Criticism.Clause, c.Criticism.Quote));
        Assert.Equal(new[] { "feedback", "false-feedback" }, c.Criticism.Triggers.Select(t => string.Join("|", t.Kinds)).ToArray());
        Assert.Equal("002 四、3", c.Review.Clause);
        Assert.Equal(new[] { "urging", "confidentiality" }, c.Review.Triggers.Select(t => string.Join("|", t.Kinds)).ToArray());
        Assert.All(c.Review.Triggers, t => Assert.Contains("相关人员", t.Note));
        Assert.Contains(c.Review.Triggers, t => t.Note!.Contains("导致隐患问题久拖不决或造成严重后果"));
        Assert.Contains(c.Review.Triggers, t => t.Note!.Contains("导致网络舆情事件扩大，造成严重后果"));
        Assert.False(c.Accountability.Enabled);
    }

    [Theory]
    [InlineData("zhanggong")]
    [InlineData("huangchuan")]
    [InlineData("gaoan")]
    [InlineData("nanan")]
    [InlineData("xuchang")]
    [InlineData("national")]
    public void Every_enabled_citation_names_the_packs_own_document(string id)
    {
        var pack = GoldenKit.Pack(id);
        var c = pack.Scoring.Sanctions;
        var clauses = new List<string>();
        if (c.Criticism.Enabled) clauses.Add(c.Criticism.Clause);
        if (c.Review.Enabled) clauses.AddRange(c.Review.Triggers.Select(t => t.Clause ?? c.Review.Clause));
        Assert.All(clauses, cl => Assert.StartsWith(pack.DefaultSource + " ", cl));
    }

    [Theory]
    [InlineData("national", "national.response")]
    [InlineData("nanan", "nanan.report")]
    [InlineData("huangchuan", "huangchuan.response")]
    [InlineData("huangchuan", "huangchuan.release")]
    [InlineData("gaoan", "gaoan.response")]
    [InlineData("xuchang", "xuchang.reply-opinion")]
    [InlineData("xuchang", "xuchang.confidentiality")]
    [InlineData("zhanggong", "zhanggong.daily-report")]
    [InlineData("zhanggong", "zhanggong.report")]
    public void Ordinary_timeliness_rules_carry_no_sanction_class(string pack, string rule) =>
        Assert.Null(GoldenKit.Pack(pack).Rules.Single(r => r.Id == rule).Sanction);

    [Theory]
    [InlineData("zhanggong.feedback", "通报批评")]
    [InlineData("zhanggong.false-feedback", "通报批评")]
    [InlineData("zhanggong.urging", "追责")]
    [InlineData("zhanggong.confidentiality", "追责")]
    public void Zhanggong_keeps_the_classes_002_four_3_names(string rule, string cls) =>
        Assert.Equal(cls, GoldenKit.Pack("zhanggong").Rules.Single(r => r.Id == rule).Sanction);

    // ---- scenarios through the engine with the real packs' schemes (and an office's policy where it has one) ----

    private static Finding F(string pack, string ruleId, string unit, string caseId, Verdict verdict)
    {
        var r = GoldenKit.Pack(pack).Rules.Single(x => x.Id == ruleId);
        return new Finding
        {
            CaseId = caseId, Unit = unit, RuleId = r.Id, RuleTitle = r.Title, Kind = r.Kind, Verdict = verdict,
            Clause = r.Clause, Evidence = "证据", Weight = r.Weight, SanctionClass = r.Sanction,
        };
    }

    /// <summary>The policy of the shipped rules/offices/huangchuan.yaml and gaoan.yaml, written out.</summary>
    private static OfficePolicy GradeInterviewCommend(bool commend) => new()
    {
        Criticism = new PolicyCriticism { Grades = ["不合格"] },
        Interview = new InterviewCriteria { Enabled = true },
        Commendation = new PolicyCommendation { Enabled = commend, Bar = 90 },
    };

    private static IReadOnlyList<Sanction> Decide(string pack, IReadOnlyList<Finding> fs, PriorPeriod? prior = null, OfficePolicy? policy = null)
    {
        var scheme = policy?.Apply(GoldenKit.Pack(pack).Scoring) ?? GoldenKit.Pack(pack).Scoring;
        var units = fs.Select(f => f.Unit).Distinct().ToArray();
        var scores = TestScores.Of(fs, scheme, units);
        return SanctionEngine.Decide(fs, scores, scheme, prior);
    }

    private static IEnumerable<Finding> Late(string pack, string rule, string unit, int n) =>
        Enumerable.Range(1, n).Select(i => F(pack, rule, unit, $"C-{i}", Verdict.Breached));

    [Fact]
    public void Huangchuan_grade_fail_is_no_list_of_the_document_but_is_one_of_the_offices_policy()
    {
        // 7 late responses × 6 = 42 → 100 − 42 = 58 < 60: 不合格. 003 4.6 ties no lapse and no grade to 通报批评.
        var fs = Late("huangchuan", "huangchuan.response", "甲镇", 7).ToList();
        Assert.Empty(Decide("huangchuan", fs));
        var c = Assert.Single(Decide("huangchuan", fs, policy: GradeInterviewCommend(false)));
        Assert.Equal(("甲镇", SanctionKind.Criticism), (c.Unit, c.Kind));
        var r = Assert.Single(c.Reasons);
        Assert.Equal(("本单位考核办法", true), (r.Clause, r.FromPolicy));
        Assert.Null(r.Quote); // quotes no clause that does not say it
        Assert.Contains("不合格", r.Text);
        Assert.Contains("58", r.Text);
    }

    [Fact]
    public void Nanan_never_criticises_citing_000_seven()
    {
        // （七）适时通报政务网络舆情办理和处置情况 is progress reporting, not criticism
        var fs = Late("nanan", "national.response", "甲镇", 20).ToList();
        Assert.Empty(Decide("nanan", fs));
        var withPolicy = Decide("nanan", fs, policy: new OfficePolicy { Criticism = new PolicyCriticism { Grades = ["不合格"] } });
        var r = Assert.Single(Assert.Single(withPolicy).Reasons);
        Assert.Equal("本单位考核办法", r.Clause);
        Assert.DoesNotContain("（七）", r.Clause + r.Text + r.Quote);
    }

    [Fact]
    public void Zhanggong_one_late_feedback_is_criticised_citing_002_four_3_and_a_late_daily_report_is_not()
    {
        var s = Decide("zhanggong", [F("zhanggong", "zhanggong.feedback", "西河镇", "Z1", Verdict.Breached),
                                     F("zhanggong", "zhanggong.daily-report", "区网宣办", "日报-0701", Verdict.Missing),
                                     F("zhanggong", "zhanggong.report", "区网宣办", "Z2", Verdict.Breached)]);
        var c = Assert.Single(s, x => x.Kind == SanctionKind.Criticism);
        Assert.Equal("西河镇", c.Unit);
        var r = Assert.Single(c.Reasons);
        Assert.Equal(("zhanggong.feedback", "002 四、3", "对反馈不及时或进行虚假反馈的，给予责任单位通报批评"), (r.RuleId, r.Clause, r.Quote));
        Assert.False(r.FromPolicy);
        Assert.StartsWith("反馈不及时", r.Text);
        Assert.DoesNotContain(s, x => x.Unit == "区网宣办");
    }

    [Fact]
    public void Zhanggong_unresolved_urging_and_a_leak_go_only_to_the_internal_review_list_naming_the_persons_concerned()
    {
        var s = Decide("zhanggong", [F("zhanggong", "zhanggong.false-feedback", "西河镇", "Z1", Verdict.Breached),
                                     F("zhanggong", "zhanggong.urging", "东山镇", "Z2", Verdict.Breached),
                                     F("zhanggong", "zhanggong.confidentiality", "区网宣办", "Z3", Verdict.Breached)]);
        Assert.Equal(SanctionKind.Criticism, Assert.Single(s, x => x.Unit == "西河镇").Kind);
        Assert.DoesNotContain(s, x => x.Kind == SanctionKind.Accountability);
        var urging = Assert.Single(s, x => x.Unit == "东山镇");
        Assert.Equal(SanctionKind.Review, urging.Kind);
        Assert.False(urging.Kind.IsPublic());
        var r = Assert.Single(urging.Reasons);
        Assert.Equal("002 四、3", r.Clause);
        Assert.Contains("多次催报、督办后仍未落实有效措施", r.Quote);
        Assert.Contains("待核查：是否“导致隐患问题久拖不决或造成严重后果”；追究的是相关人员的责任", r.Text);
        var leak = Assert.Single(s, x => x.Unit == "区网宣办");
        Assert.Equal(SanctionKind.Review, leak.Kind);
        Assert.Contains("相关人员", Assert.Single(leak.Reasons).Text);
    }

    [Fact]
    public void Xuchang_leak_and_late_replies_are_on_no_list()
    {
        // 004 三（四）严格保密制度 states no penalty; 二（二）4 leaves the handling to 局领导
        Assert.Empty(Decide("xuchang", [F("xuchang", "xuchang.confidentiality", "魏都分局", "X1", Verdict.Breached),
                                        F("xuchang", "xuchang.same-day-reply", "建安分局", "X2", Verdict.Breached)]));
    }

    [Fact]
    public void Huangchuan_interview_for_a_repeated_failure_is_the_offices_policy_only()
    {
        var prior = new PriorPeriod("2026Q2", [new PriorFailure("甲镇", ObligationKind.Response, Verdict.Missing, 1, ["huangchuan.response"])], []);
        var fs = new[] { F("huangchuan", "huangchuan.response", "甲镇", "HC-Q3-1", Verdict.Breached),
                         F("huangchuan", "huangchuan.response", "乙镇", "HC-Q3-2", Verdict.Breached) };
        Assert.Empty(Decide("huangchuan", fs, prior));
        var s = Decide("huangchuan", fs, prior, GradeInterviewCommend(false));
        var i = Assert.Single(s, x => x.Kind == SanctionKind.Interview);
        Assert.Equal("甲镇", i.Unit);
        var r = Assert.Single(i.Reasons);
        Assert.Equal(("huangchuan.response", "本单位考核办法", true), (r.RuleId, r.Clause, r.FromPolicy));
        Assert.Contains("2026Q2", r.Text);
        Assert.DoesNotContain(s, x => x.Kind == SanctionKind.Criticism); // both still 94: no grade fail
    }

    [Fact]
    public void Gaoan_clean_unit_is_commended_only_by_the_offices_policy()
    {
        var fs = new[] { F("gaoan", "gaoan.response", "筠阳街道", "G1", Verdict.Met) };
        Assert.Empty(Decide("gaoan", fs));
        var c = Assert.Single(Decide("gaoan", fs, policy: GradeInterviewCommend(true)));
        Assert.Equal(("筠阳街道", SanctionKind.Commendation, "本单位考核办法"), (c.Unit, c.Kind, Assert.Single(c.Reasons).Clause));
    }

    [Fact]
    public void A_profile_without_policy_adds_nothing_and_the_pack_scheme_is_not_changed()
    {
        var pack = GoldenKit.Pack("zhanggong").Scoring;
        var applied = new OfficePolicy().Apply(pack);
        Assert.False(applied.Sanctions.Interview.Enabled);
        Assert.False(applied.Sanctions.Commendation.Enabled);
        Assert.Empty(applied.Sanctions.Criticism.Grades);
        Assert.True(applied.Sanctions.Criticism.Enabled); // the document's own list stays
        Assert.True(applied.Sanctions.Review.Enabled);
        var rate = new OfficePolicy { Scheme = ScoringScheme.Rate }.Apply(pack);
        Assert.Equal((ScoringScheme.Rate, ScoringScheme.PerFinding), (rate.Scheme, pack.Scheme));
    }
}
