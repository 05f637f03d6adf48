using Auditor.Core.Scoring;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Auditor.Core.Tests.Scoring;

/// <summary>The pack loader deserializes `scoring:` with YamlDotNet + UnderscoredNamingConvention: the scheme must survive that.</summary>
public class ScoringSchemeYamlTests
{
    private static ScoringScheme Load(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<ScoringScheme>(yaml);

    [Fact]
    public void Every_key_deserializes()
    {
        var s = Load("""
            base: 120
            min_score: 10
            verdict_factors: { breached: 2, insufficient-data: 0.25 }
            kind_caps: { daily-report: 10 }
            grades:
              - { name: 好, min: 100 }
              - { name: 差, min: 0 }
            commendation_bar: 110
            sanctions:
              criticism:
                grades: [差]
                triggers:
                  - { label: 反馈不及时, kinds: [feedback], verdicts: [missing] }
              interview: { enabled: false, kinds: [response], repeat_same_kind: false, after_criticism: true }
              commendation: { min_met_findings: 3, disqualifying_verdicts: [breached] }
              accountability:
                enabled: true
                clause: 004 三（四）
                quote: 引文
                triggers:
                  - { label: 泄密, kinds: [confidentiality], verdicts: [breached], clause: 004 三（四）, quote: 一律不得外传 }
            """);
        Assert.Equal((120.0, 10.0, 2.0, 1.0, 0.25), (s.Base, s.MinScore, s.FactorOf("breached"), s.FactorOf("missing"), s.FactorOf("insufficient-data")));
        Assert.Equal(10, s.KindCaps["daily-report"]);
        Assert.Equal(new[] { "好", "差" }, s.Grades.Select(g => g.Name).ToArray());
        Assert.Equal(110, s.CommendationBar);
        Assert.Equal("反馈不及时", Assert.Single(s.Sanctions.Criticism.Triggers).Label);
        Assert.Equal(new[] { "差" }, s.Sanctions.Criticism.Grades.ToArray());
        Assert.False(s.Sanctions.Interview.Enabled);
        Assert.False(s.Sanctions.Interview.RepeatSameKind);
        Assert.Equal(3, s.Sanctions.Commendation.MinMetFindings);
        Assert.True(s.Sanctions.Accountability.Enabled);
        Assert.Equal("004 三（四）", s.Sanctions.Accountability.Clause);
        var t = Assert.Single(s.Sanctions.Accountability.Triggers);
        Assert.Equal(("泄密", "004 三（四）", "一律不得外传"), (t.Label, t.Clause, t.Quote));
        Assert.Equal(new[] { "confidentiality" }, t.Kinds.ToArray());
        Assert.False(s.Sanctions.Criticism.Enabled);       // untouched key keeps its default (disabled)
        Assert.Equal(new[] { "breached", "missing" }, s.Sanctions.Interview.Verdicts.ToArray()); // behavioural default kept
        Assert.Empty(s.Validate());
    }

    [Fact]
    public void An_empty_section_gives_the_documented_defaults()
    {
        var s = Load("{}");
        Assert.Equal((100.0, 0.0, 90.0), (s.Base, s.MinScore, s.CommendationBar));
        Assert.Equal(new[] { "优秀", "良好", "合格", "不合格" }, s.Grades.Select(g => g.Name).ToArray());
        // no list is enabled and none cites anything: a pack must configure its own from its own document
        Assert.False(s.Sanctions.Criticism.Enabled || s.Sanctions.Interview.Enabled || s.Sanctions.Commendation.Enabled || s.Sanctions.Accountability.Enabled);
        Assert.Equal("", s.Sanctions.Criticism.Clause);
        Assert.Equal("", s.Sanctions.Criticism.GradeClause);
        Assert.Empty(s.Validate());
    }
}

public class ScoringSchemeNullTests
{
    [Theory]
    [InlineData("kind_caps: ~", "kind_caps")]
    [InlineData("verdict_factors: ~", "verdict_factors")]
    [InlineData("sanctions: { interview: ~ }", "interview")]
    [InlineData("sanctions: { criticism: { triggers: ~ } }", "列表")]
    public void Null_sections_are_reported_not_crashed_on(string yaml, string expected)
    {
        var s = new YamlDotNet.Serialization.DeserializerBuilder()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance).Build()
            .Deserialize<ScoringScheme>(yaml);
        Assert.Contains(s.Validate(), p => p.Contains(expected));
        Assert.Throws<RulePackException>(() => TestScores.Of([], s, ["A"]));
    }
}
