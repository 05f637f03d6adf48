using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Scoring;

namespace Auditor.Core.Tests.Golden;

/// <summary>
/// The shipped packs' sanction lists, with expectations written from the clauses:
/// 002 四、3 (late/false feedback → 通报批评; 多次催报 / 泄密 → 追究责任), 002 四、1 (奖惩考核);
/// 003 4.6 and 001 四、3 (通报批评和约谈制度 without saying for what → grade 不合格, by the packs' 释义; 约谈 for 整改不到位;
/// 001 四、3 表彰); 000 （七） (适时通报 → grade 不合格, by 释义); 004 三（四） (保密纪律 → 追责 referral, by 释义);
/// national: nothing (61号四 is not in the verified excerpt).
/// </summary>
public class PackSanctionTests
{
    private static SanctionCriteria Of(string pack) => GoldenKit.Pack(pack).Scoring.Sanctions;

    private static (bool Criticism, bool Interview, bool Commendation, bool Accountability) Enabled(string pack)
    {
        var c = Of(pack);
        return (c.Criticism.Enabled, c.Interview.Enabled, c.Commendation.Enabled, c.Accountability.Enabled);
    }

    [Theory]
    [InlineData("zhanggong", true, false, true, true)]
    [InlineData("huangchuan", true, true, false, false)]
    [InlineData("gaoan", true, true, true, false)]
    [InlineData("nanan", true, false, false, false)]
    [InlineData("xuchang", false, false, false, true)]
    [InlineData("national", false, false, false, false)]
    public void Each_pack_enables_only_the_lists_its_document_grounds(string pack, bool criticism, bool interview, bool commendation, bool accountability)
    {
        Assert.Equal((criticism, interview, commendation, accountability), Enabled(pack));
        Assert.Empty(GoldenKit.Pack(pack).Scoring.Validate());
    }

    [Fact]
    public void Zhanggong_cites_002_four_3_for_feedback_and_accountability_and_four_1_for_commendation()
    {
        var c = Of("zhanggong");
        Assert.Equal(("002 四、3", "对反馈不及时或进行虚假反馈的，给予责任单位通报批评"), (c.Criticism.Clause, c.Criticism.Quote));
        Assert.Equal(new[] { "feedback|written-feedback", "false-feedback" }, c.Criticism.Triggers.Select(t => string.Join("|", t.Kinds)).ToArray());
        Assert.Empty(c.Criticism.Grades);  // 002 has no criticism by grade
        Assert.Equal("002 四、1", c.Commendation.Clause);
        Assert.Equal("002 四、3", c.Accountability.Clause);
        Assert.Equal(new[] { "urging", "confidentiality" }, c.Accountability.Triggers.Select(t => string.Join("|", t.Kinds)).ToArray());
        Assert.DoesNotContain(c.Accountability.Triggers, t => t.Kinds.Contains("false-feedback")); // 四、3: false feedback → 通报批评, not 追责
    }

    [Theory]
    [InlineData("huangchuan", "003 4.6")]
    [InlineData("gaoan", "001 四、3")]
    [InlineData("nanan", "000 （七）")]
    public void Packs_with_an_unspecified_criticism_system_criticise_grade_fail_only(string pack, string clause)
    {
        var c = Of(pack).Criticism;
        Assert.Empty(c.Triggers);
        Assert.Equal(new[] { "不合格" }, c.Grades.ToArray());
        Assert.Equal(clause, c.GradeClause);
    }

    [Fact]
    public void Interview_and_commendation_cite_the_packs_own_clause()
    {
        Assert.Equal(("003 4.6", "对工作消极、不作为且整改不到位的单位和个人进行约谈"), (Of("huangchuan").Interview.Clause, Of("huangchuan").Interview.Quote));
        Assert.Equal("001 四、3", Of("gaoan").Interview.Clause);
        Assert.Equal(("001 四、3", "对工作落实好的单位和个人，按照有关规定进行表彰"), (Of("gaoan").Commendation.Clause, Of("gaoan").Commendation.Quote));
        var x = Of("xuchang").Accountability;
        Assert.Equal("004 三（四）", x.Clause);
        Assert.Equal(new[] { "confidentiality" }, Assert.Single(x.Triggers).Kinds.ToArray());
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
        if (c.Criticism.Enabled)
        {
            if (c.Criticism.Triggers.Count > 0) clauses.Add(c.Criticism.Clause);
            clauses.AddRange(c.Criticism.Triggers.Select(t => t.Clause).OfType<string>());
            if (c.Criticism.Grades.Count > 0) clauses.Add(c.Criticism.GradeClause);
        }
        if (c.Interview.Enabled) clauses.Add(c.Interview.Clause);
        if (c.Commendation.Enabled) clauses.Add(c.Commendation.Clause);
        if (c.Accountability.Enabled) clauses.AddRange(c.Accountability.Triggers.Select(t => t.Clause ?? c.Accountability.Clause));
        // nanan extends national but cites 000, its own document
        Assert.All(clauses, cl => Assert.StartsWith(pack.DefaultSource + " ", cl));
    }

    [Theory]
    [InlineData("national", "national.response")]
    [InlineData("nanan", "nanan.report")]
    [InlineData("huangchuan", "huangchuan.response")]
    [InlineData("huangchuan", "huangchuan.release")]
    [InlineData("gaoan", "gaoan.response")]
    [InlineData("xuchang", "xuchang.reply-opinion")]
    [InlineData("zhanggong", "zhanggong.daily-report")]
    [InlineData("zhanggong", "zhanggong.report")]
    public void Ordinary_timeliness_rules_carry_no_sanction_class(string pack, string rule) =>
        Assert.Null(GoldenKit.Pack(pack).Rules.Single(r => r.Id == rule).Sanction);

    [Theory]
    [InlineData("zhanggong.feedback", "通报批评")]
    [InlineData("zhanggong.written-feedback", "通报批评")]
    [InlineData("zhanggong.false-feedback", "通报批评")]
    [InlineData("zhanggong.urging", "追责")]
    [InlineData("zhanggong.confidentiality", "追责")]
    public void Zhanggong_keeps_the_classes_002_four_3_names(string rule, string cls) =>
        Assert.Equal(cls, GoldenKit.Pack("zhanggong").Rules.Single(r => r.Id == rule).Sanction);

    // ---- scenarios through the engine with the real packs' schemes ----

    private static Finding F(string pack, string ruleId, string unit, string caseId, Verdict verdict)
    {
        var r = GoldenKit.Pack(pack).Rules.Single(x => x.Id == ruleId);
        return new Finding
        {
            CaseId = caseId, Unit = unit, RuleId = r.Id, RuleTitle = r.Title, Kind = r.Kind, Verdict = verdict,
            Clause = r.Clause, Evidence = "证据", Weight = r.Weight, SanctionClass = r.Sanction,
        };
    }

    private static IReadOnlyList<Sanction> Decide(string pack, IReadOnlyList<Finding> fs, PriorPeriod? prior = null)
    {
        var scheme = GoldenKit.Pack(pack).Scoring;
        var units = fs.Select(f => f.Unit).Distinct().ToArray();
        var scores = ScoreCalculator.Calculate(fs, scheme, units);
        return SanctionEngine.Decide(fs, scores, scheme, prior);
    }

    [Fact]
    public void Huangchuan_one_late_response_is_not_criticised()
    {
        // 100 − 6 (huangchuan.response weight 6, breached) = 94: 优秀, one lapse; 4.6 ties no single lapse to 通报批评
        var s = Decide("huangchuan", [F("huangchuan", "huangchuan.response", "甲镇", "HC-1", Verdict.Breached),
                                      F("huangchuan", "huangchuan.response", "甲镇", "HC-2", Verdict.Met)]);
        Assert.Empty(s); // no criticism; no commendation either (003 has no 表彰)
    }

    [Fact]
    public void Huangchuan_grade_fail_is_criticised_citing_003_4_6()
    {
        // 7 late responses × 6 = 42 → 100 − 42 = 58 < 60: 不合格
        var fs = Enumerable.Range(1, 7).Select(i => F("huangchuan", "huangchuan.response", "甲镇", $"HC-{i}", Verdict.Breached)).ToList();
        var c = Assert.Single(Decide("huangchuan", fs));
        Assert.Equal(("甲镇", SanctionKind.Criticism), (c.Unit, c.Kind));
        var r = Assert.Single(c.Reasons);
        Assert.Null(r.RuleId);
        Assert.Equal("003 4.6", r.Clause);
        Assert.Equal("要建立政务舆情回应通报批评和约谈制度，定期对舆情回应工作情况进行通报", r.Quote);
        Assert.Contains("不合格", r.Text);
        Assert.Contains("58", r.Text);
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
        Assert.StartsWith("反馈不及时", r.Text);
        Assert.DoesNotContain(s, x => x.Unit == "区网宣办");
    }

    [Fact]
    public void Zhanggong_false_feedback_is_criticised_not_referred_and_unresolved_urging_is_referred()
    {
        var s = Decide("zhanggong", [F("zhanggong", "zhanggong.false-feedback", "西河镇", "Z1", Verdict.Breached),
                                     F("zhanggong", "zhanggong.urging", "东山镇", "Z2", Verdict.Breached)]);
        Assert.Equal("002 四、3", Assert.Single(Assert.Single(s, x => x.Unit == "西河镇").Reasons).Clause);
        Assert.Equal(SanctionKind.Criticism, Assert.Single(s, x => x.Unit == "西河镇").Kind);
        var a = Assert.Single(s, x => x.Unit == "东山镇");
        Assert.Equal(SanctionKind.Accountability, a.Kind);
        var r = Assert.Single(a.Reasons);
        Assert.Equal("002 四、3", r.Clause);
        Assert.Contains("多次催报、督办后仍未落实有效措施", r.Quote);
    }

    [Fact]
    public void Huangchuan_same_kind_failed_two_quarters_is_interviewed_citing_003_4_6_and_a_first_offender_is_not()
    {
        var prior = new PriorPeriod("2026Q2", [new PriorFailure("甲镇", ObligationKind.Response, Verdict.Missing, 1, ["huangchuan.response"])], []);
        var s = Decide("huangchuan", [F("huangchuan", "huangchuan.response", "甲镇", "HC-Q3-1", Verdict.Breached),
                                      F("huangchuan", "huangchuan.response", "乙镇", "HC-Q3-2", Verdict.Breached)], prior);
        var i = Assert.Single(s, x => x.Kind == SanctionKind.Interview);
        Assert.Equal("甲镇", i.Unit);
        var r = Assert.Single(i.Reasons);
        Assert.Equal(("huangchuan.response", "003 4.6"), (r.RuleId, r.Clause));
        Assert.Contains("2026Q2", r.Text);
        Assert.DoesNotContain(s, x => x.Kind == SanctionKind.Criticism); // both still 94: no grade fail
    }

    [Fact]
    public void Xuchang_leak_is_referred_citing_004_three_4_and_late_replies_are_not_sanctioned()
    {
        var s = Decide("xuchang", [F("xuchang", "xuchang.confidentiality", "魏都分局", "X1", Verdict.Breached),
                                   F("xuchang", "xuchang.same-day-reply", "建安分局", "X2", Verdict.Breached)]);
        var a = Assert.Single(s);
        Assert.Equal(("魏都分局", SanctionKind.Accountability), (a.Unit, a.Kind));
        Assert.Equal("004 三（四）", Assert.Single(a.Reasons).Clause);
    }

    [Fact]
    public void Gaoan_clean_unit_is_commended_citing_001_four_3()
    {
        var s = Decide("gaoan", [F("gaoan", "gaoan.response", "筠阳街道", "G1", Verdict.Met)]);
        var c = Assert.Single(s);
        Assert.Equal(("筠阳街道", SanctionKind.Commendation, "001 四、3"), (c.Unit, c.Kind, Assert.Single(c.Reasons).Clause));
    }
}
