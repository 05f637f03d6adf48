using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using static Auditor.Core.Tests.Scoring.TestFindings;

namespace Auditor.Core.Tests.Scoring;

public class ScoreCalculatorTests
{
    private const string Jia = "甲镇", Yi = "乙街道", Bing = "丙局", Ding = "丁镇";

    private static List<Finding> Fixture() =>
    [
        // 甲镇
        Make(Jia, "HC-001", "R-release", ObligationKind.Release, Verdict.Breached, weight: 2),
        Make(Jia, "HC-004", "R-release", ObligationKind.Release, Verdict.Met, weight: 2),
        Make(Jia, "HC-003", "R-response", ObligationKind.Response, Verdict.InsufficientData, weight: 1.5),
        Make(Jia, "HC-002", "R-response", ObligationKind.Response, Verdict.Missing, weight: 1.5),
        Make(Jia, "HC-005", "R-response", ObligationKind.Response, Verdict.Pending, weight: 1.5),
        Make(Jia, "D-1", "R-daily", ObligationKind.DailyReport, Verdict.Breached),
        Make(Jia, "D-2", "R-daily", ObligationKind.DailyReport, Verdict.Breached),
        Make(Jia, "D-3", "R-daily", ObligationKind.DailyReport, Verdict.Breached),
        Make(Jia, "D-4", "R-daily", ObligationKind.DailyReport, Verdict.Breached),
        // 乙街道 and 丁镇: one 3-point failure each (a tie)
        Make(Yi, "HC-010", "R-feedback", ObligationKind.Feedback, Verdict.Breached, weight: 3),
        Make(Ding, "HC-020", "R-feedback", ObligationKind.Feedback, Verdict.Missing, weight: 3),
        Make(Ding, "HC-021", "R-feedback", ObligationKind.Feedback, Verdict.Met, weight: 3),
    ];

    private static ScoringScheme Scheme() => new() { KindCaps = new() { ["daily-report"] = 3 } };

    private static Dictionary<string, UnitScore> Score() =>
        TestScores.Of(Fixture(), Scheme(), [Bing, Jia]).ToDictionary(s => s.Unit);

    [Fact]
    public void Scores_recomputed_by_hand()
    {
        var s = Score();
        // 甲镇: 100 − 2×1.0 (release breached) − 1.5×1.0 (response missing) − 1.5×0.5 (insufficient-data)
        //       − min(4 × 1×1.0, cap 3) (daily-report) = 100 − 2 − 1.5 − 0.75 − 3 = 92.75
        Assert.Equal(92.75, s[Jia].Score);
        Assert.Equal("优秀", s[Jia].Grade);
        // 乙街道: 100 − 3×1.0 = 97; 丁镇: 100 − 3×1.0 (missing) = 97; 丙局: no findings = 100
        Assert.Equal(97.0, s[Yi].Score);
        Assert.Equal(97.0, s[Ding].Score);
        Assert.Equal(100.0, s[Bing].Score);
    }

    [Fact]
    public void Formula_lists_every_deduction_in_kind_order_and_says_when_a_cap_applies()
    {
        var s = Score();
        Assert.Equal(
            "100 − 2.0（R-release，案件HC-001，超时） − 1.5（R-response，案件HC-002，未履行） − 0.75（R-response，案件HC-003，数据不足）" +
            " − 〔每日报送扣分 1.0（R-daily，案件D-1，超时） + 1.0（R-daily，案件D-2，超时） + 1.0（R-daily，案件D-3，超时） + 1.0（R-daily，案件D-4，超时）" +
            " = 4.0，超过该类上限，按3.0计〕 = 92.75",
            s[Jia].Formula);
        Assert.Equal("100 − 3.0（R-feedback，案件HC-010，超时） = 97.0", s[Yi].Formula);
        Assert.Equal("100（无扣分） = 100.0", s[Bing].Formula);
        Assert.Equal(new KindCap(ObligationKind.DailyReport, 4, 3), Assert.Single(s[Jia].Caps));
    }

    [Fact]
    public void Each_deduction_points_at_its_finding()
    {
        var d = Score()[Jia].Deductions;
        Assert.Equal(7, d.Length); // 1 release + 2 response + 4 daily; met and pending cost nothing
        Assert.Equal(("HC-001", "R-release", Verdict.Breached, 2.0), (d[0].CaseId, d[0].RuleId, d[0].Verdict, d[0].Points));
        Assert.Equal(("HC-003", "R-response", Verdict.InsufficientData, 0.75), (d[2].CaseId, d[2].RuleId, d[2].Verdict, d[2].Points));
        Assert.Equal(["D-1", "D-2", "D-3", "D-4"], d.Skip(3).Select(x => x.CaseId));
    }

    [Fact]
    public void Ties_share_a_rank_and_are_ordered_by_unit_name()
    {
        var ranked = TestScores.Of(Fixture(), Scheme(), [Bing]);
        // 丙局 100 → 1; 丁镇 and 乙街道 97 → both 2 (丁 U+4E01 sorts before 乙 U+4E59); 甲镇 92.75 → 4
        Assert.Equal([(Bing, 1), (Ding, 2), (Yi, 2), (Jia, 4)], ranked.Select(s => (s.Unit, s.Rank)));
    }

    [Fact]
    public void Competition_ranking_is_1_1_3()
    {
        var ranked = TestScores.Of(
            [Make("C", "X", "R", ObligationKind.Response, Verdict.Breached)], new ScoringScheme(), ["B", "A"]);
        Assert.Equal([("A", 1), ("B", 1), ("C", 3)], ranked.Select(s => (s.Unit, s.Rank)));
    }

    [Fact]
    public void Counts_and_on_time_rates_exclude_pending_and_insufficient_data()
    {
        var jia = Score()[Jia];
        Assert.Equal(1, jia.Count(Verdict.Met));
        Assert.Equal(5, jia.Count(Verdict.Breached));
        Assert.Equal(1, jia.Count(Verdict.Missing));
        Assert.Equal(1, jia.Count(Verdict.Pending));
        Assert.Equal(1, jia.Count(Verdict.InsufficientData));
        // overall: met 1 / (met 1 + breached 5 + missing 1) = 1/7
        Assert.Equal(1.0 / 7, jia.OnTimeRate!.Value, 12);
        var rates = jia.KindRates.ToDictionary(r => r.Kind);
        Assert.Equal(0.5, rates[ObligationKind.Release].Rate);          // 1 / (1 + 1)
        Assert.Equal(0.0, rates[ObligationKind.Response].Rate);         // 0 / (0 + 0 + 1); pending, insufficient excluded
        Assert.Equal(0.0, rates[ObligationKind.DailyReport].Rate);      // 0 / 4
        Assert.Null(Score()[Bing].OnTimeRate);
        Assert.Equal(0.5, Score()[Ding].OnTimeRate);                   // 1 / (1 + 1)
    }

    [Theory]
    [InlineData(10, "优秀")]   // 100 − 10 = 90: on the bar
    [InlineData(10.01, "良好")] // 89.99
    [InlineData(20, "良好")]   // 80
    [InlineData(40, "合格")]   // 60
    [InlineData(40.5, "不合格")] // 59.5
    public void Grade_bands_include_their_lower_bound(double weight, string grade)
    {
        var s = TestScores.Of([Make("A", "X", "R", ObligationKind.Response, Verdict.Breached, weight)], new ScoringScheme(), []);
        Assert.Equal(grade, s[0].Grade);
    }

    [Fact]
    public void Score_does_not_fall_below_min_score_and_the_formula_says_so()
    {
        var s = TestScores.Of(
        [
            Make("A", "X1", "R", ObligationKind.Response, Verdict.Breached, 60),
            Make("A", "X2", "R", ObligationKind.Response, Verdict.Missing, 60),
        ], new ScoringScheme(), [])[0];
        // 100 − 60 − 60 = −20 → 0
        Assert.Equal(0, s.Score);
        Assert.True(s.Floored);
        Assert.Equal("100 − 60.0（R，案件X1，超时） − 60.0（R，案件X2，未履行） = −20.0，低于最低分，按0.0计", s.Formula);
        Assert.Equal("不合格", s.Grade);
    }

    [Fact]
    public void Rounding_to_two_decimals_is_shown()
    {
        // 100 − 0.125 × 0.5 = 99.9375 → 99.94
        var s = TestScores.Of([Make("A", "X", "R", ObligationKind.Response, Verdict.InsufficientData, 0.125)], new ScoringScheme(), [])[0];
        Assert.Equal(99.94, s.Score);
        Assert.Equal("100 − 0.0625（R，案件X，数据不足） = 99.9375，保留两位小数为99.94", s.Formula);
    }

    [Fact]
    public void Verdict_factors_absent_from_the_pack_keep_their_defaults()
    {
        var scheme = new ScoringScheme { VerdictFactors = new() { ["breached"] = 2 } };
        var s = TestScores.Of(
        [
            Make("A", "X1", "R", ObligationKind.Response, Verdict.Breached, 1),
            Make("A", "X2", "R", ObligationKind.Response, Verdict.Missing, 1),
            Make("A", "X3", "R", ObligationKind.Response, Verdict.InsufficientData, 1),
        ], scheme, [])[0];
        // 100 − 1×2 − 1×1 − 1×0.5 = 96.5
        Assert.Equal(96.5, s.Score);
    }

    [Fact]
    public void Insufficient_data_can_never_be_configured_as_a_pass()
    {
        var scheme = new ScoringScheme { VerdictFactors = new() { ["insufficient-data"] = 0 } };
        var ex = Assert.Throws<RulePackException>(() => TestScores.Of([], scheme, ["A"]));
        Assert.Contains("insufficient-data", ex.Message);
    }

    [Fact]
    public void Scheme_validation_rejects_unknown_kinds_and_bands_that_leave_low_scores_ungraded()
    {
        var scheme = new ScoringScheme
        {
            KindCaps = new() { ["no-such-kind"] = 3 },
            Grades = [new() { Name = "好", Min = 60 }],
        };
        var problems = scheme.Validate();
        Assert.Contains(problems, p => p.Contains("no-such-kind"));
        Assert.Contains(problems, p => p.Contains("最低一档"));
        Assert.Empty(new ScoringScheme().Validate());
    }

    [Fact]
    public void Overridden_findings_are_marked_in_the_formula()
    {
        var f = Make("A", "X", "R", ObligationKind.Response, Verdict.InsufficientData, 2) with
        {
            Override = new VerdictOverride(Verdict.Breached, Verdict.InsufficientData, "系统时间有误", "张三", new NodaTime.LocalDate(2026, 10, 12)),
        };
        var s = TestScores.Of([f], new ScoringScheme(), [])[0];
        // 100 − 2 × 0.5 = 99
        Assert.Equal("100 − 1.0（R，案件X，数据不足，申诉改判） = 99.0", s.Formula);
        Assert.True(s.Deductions[0].Overridden);
    }

    [Fact]
    public void Registry_units_fill_the_unit_code()
    {
        var unit = new Unit("360902001", "甲镇", [], UnitType.Township, null, null);
        var s = ScoreCalculator.Calculate(FindingTotals.Of([]), [], new ScoringScheme(), [unit]);
        Assert.Equal(("甲镇", "360902001", 100.0), (s[0].Unit, s[0].UnitCode, s[0].Score));
    }

    [Fact]
    public void Method_text_names_factors_caps_floor_and_bands()
    {
        var text = ScoreCalculator.MethodText(new ScoringScheme { KindCaps = new() { ["daily-report"] = 10 } });
        Assert.Equal("计分方案：逐项扣分（per-finding）。得分 = 100 − Σ(规则权重 × 判定系数)；判定系数：超时1.0、未履行1.0、数据不足0.5" +
                     "（数据不足不视为按时履行；导出中根本没有相应列的不计）；单类扣分上限：每日报送10.0；" +
                     "最低0.0分；等次：优秀（≥90）、良好（≥80）、合格（≥60）、不合格（其余）；按时率 = 按时履行 ÷ (按时履行 + 超时 + 未履行)，未到期、不适用和数据不足不计入。", text);
        var rate = ScoreCalculator.MethodText(new ScoringScheme { Scheme = ScoringScheme.Rate });
        Assert.StartsWith("计分方案：按时率计分（rate）。得分 = 100 − Σ各类事项〔10.0 × 类权重 × 失分率〕", rate);
        Assert.Contains("与案件多少无关", rate);
    }
}
