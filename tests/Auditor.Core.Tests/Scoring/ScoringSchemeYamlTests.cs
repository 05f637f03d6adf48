using Auditor.Core.Rules;
using Auditor.Core.Scoring;
using Auditor.Core.Tests.Rules;

namespace Auditor.Core.Tests.Scoring;

/// <summary>
/// A pack's `scoring:` is read straight from its YAML (ScoringSchemeReader): every key, the documented defaults, and
/// every mistake an error when the pack loads, at the file:line:column of the value — in the parent's file when the
/// parent wrote it.
/// </summary>
public class ScoringSchemeYamlTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "auditor-scoring-" + Guid.NewGuid().ToString("N"));

    public ScoringSchemeYamlTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "rules", "sources"));
        File.WriteAllText(Path.Combine(_dir, "rules", "sources", "doc.txt"), "一、发现后应在5小时内发布权威信息。\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Rules => Path.Combine(_dir, "rules");

    /// <summary>A pack whose line 1 is `id:` and whose `scoring:` section starts on line <see cref="ScoringLine"/>.</summary>
    private void Write(string id, string scoring, string? extends = null)
    {
        var head = extends is null ? OneRulePack.Head(id) : $"id: {id}\ntitle: 子包\nissuer: 测试机关\nversion: \"1\"\nextends: {extends}\n";
        var lines = head.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();
        while (lines.Count < ScoringLine - 1) lines.Add("# —");
        File.WriteAllText(Path.Combine(Rules, id + ".yaml"), string.Join("\n", lines) + "\nscoring:\n" + scoring.Replace("\r\n", "\n"));
    }

    private const int ScoringLine = 20;

    private RulePackException LoadFails(string id) => Assert.Throws<RulePackException>(() => RulePackLoader.Load(Rules, id));

    [Fact]
    public void Every_key_reads()
    {
        Write("all", """
              base: 120
              min_score: 10
              verdict_factors: { breached: 2, insufficient-data: 0.25 }
              kind_caps: { daily-report: 10 }
              grades:
                - { name: 好, min: 100 }
                - { name: 差, min: 0 }
              commendation_bar: 110
              scheme: per-finding
              rate_points: 5
              kind_weights: { release: 3 }
              sanctions:
                accountability:
                  enabled: true
                  clause: doc 一
                  quote: 发现后应在5小时内发布权威信息
                  triggers:
                    - { label: 泄密, kinds: [confidentiality], verdicts: [breached], clause: doc 一, quote: 发布权威信息 }
                review: { enabled: false, note: 须核查 }
            """);
        var s = RulePackLoader.Load(Rules, "all").Scoring;
        Assert.Equal((120.0, 10.0, 2.0, 1.0, 0.25), (s.Base, s.MinScore, s.FactorOf("breached"), s.FactorOf("missing"), s.FactorOf("insufficient-data")));
        Assert.Equal(10, s.KindCaps["daily-report"]);
        Assert.Equal(["好", "差"], s.Grades.Select(g => g.Name));
        Assert.Equal(110, s.CommendationBar);
        Assert.Equal((5.0, 3.0), (s.RatePoints, s.KindWeights["release"]));
        Assert.True(s.Sanctions.Accountability.Enabled);
        Assert.Equal("doc 一", s.Sanctions.Accountability.Clause);
        var t = Assert.Single(s.Sanctions.Accountability.Triggers);
        Assert.Equal(("泄密", "doc 一", "发布权威信息"), (t.Label, t.Clause, t.Quote));
        Assert.Equal(["confidentiality"], t.Kinds);
        Assert.Equal("须核查", s.Sanctions.Review.Note);
        Assert.False(s.Sanctions.Criticism.Enabled);                          // untouched list keeps its default (disabled)
        Assert.Equal(["breached", "missing"], s.Sanctions.Interview.Verdicts); // behavioural default kept
    }

    [Fact]
    public void An_empty_section_gives_the_documented_defaults()
    {
        Write("empty", "  {}\n");
        var s = RulePackLoader.Load(Rules, "empty").Scoring;
        Assert.Equal((100.0, 0.0, 90.0), (s.Base, s.MinScore, s.CommendationBar));
        Assert.Equal(["优秀", "良好", "合格", "不合格"], s.Grades.Select(g => g.Name));
        // no list is enabled and none cites anything: a pack must configure its own from its own document
        Assert.False(s.Sanctions.Criticism.Enabled || s.Sanctions.Interview.Enabled || s.Sanctions.Commendation.Enabled || s.Sanctions.Accountability.Enabled);
        Assert.Equal("", s.Sanctions.Criticism.Clause);
        Assert.Equal(1.0, s.KindWeights["release"]); // a kind's weight defaults to the largest weight of its rules
    }

    [Fact]
    public void A_min_score_above_base_fails_when_the_pack_loads_at_its_value()
    {
        Write("p", "  base: 100\n  min_score: 200\n");
        var e = LoadFails("p");
        Assert.Contains($"rules/p.yaml:{ScoringLine + 2}:14: 错误：scoring.min_score 必须是有限数且不高于 base", e.Message);
        Assert.Equal(ExitCodes.RulePack, e.ExitCode);
    }

    [Fact]
    public void A_grade_bar_above_the_lowest_score_is_located_at_that_bar()
    {
        Write("g", "  grades:\n    - {name: 优秀, min: 90}\n    - {name: 不合格, min: 10}\n");
        Assert.Contains($"rules/g.yaml:{ScoringLine + 3}:24: 错误：scoring.grades 最低一档的 min 必须不高于 min_score（0）", LoadFails("g").Message);
    }

    [Theory]
    [InlineData("  base_score: 100\n", 1, 3, "scoring中有未知字段“base_score”")]
    [InlineData("  min_score: 低\n", 1, 14, "“scoring.min_score”应为数字，实际为“低”")]
    [InlineData("  kind_caps: ~\n", 1, 14, "scoring.kind_caps 不能写成空值")]
    [InlineData("  verdict_factors: {breached: -1}\n", 1, 31, "scoring.verdict_factors.breached 必须是非负数")]
    [InlineData("  kind_caps: {releese: 3}\n", 1, 24, "scoring.kind_caps 中的“releese”不是已知的义务类型")]
    [InlineData("  sanctions:\n    interview: ~\n", 2, 16, "scoring.sanctions.interview 不能写成空值")]
    [InlineData("  sanctions:\n    review: {enabled: true, clause: doc 一, quote: 发布权威信息, note: 核查, triggers: ~}\n", 2, 79, "“triggers”不能写成空值")]
    [InlineData("  sanctions:\n    review: {enabled: true, clause: doc 一, quote: 发布权威信息, note: 核查, triggers: [{label: 甲, kinds: [urging], verdicts: [met]}]}\n", 2, 119,
        "scoring.sanctions.review.triggers[0].verdicts 中的“met”不能作为处理依据")]
    [InlineData("  sanctions:\n    criticism: {enabled: true, trigger: []}\n", 2, 32, "scoring.sanctions.criticism中有未知字段“trigger”")]
    public void Every_scoring_mistake_is_an_error_at_its_place(string scoring, int line, int column, string message)
    {
        Write("m", scoring);
        var d = Assert.Single(Lint("m"), x => x.Message.Contains(message));
        Assert.Equal(("rules/m.yaml", ScoringLine + line, column), (d.File, d.Line, d.Column));
        Assert.Throws<RulePackException>(() => RulePackLoader.Load(Rules, "m"));
    }

    [Fact]
    public void A_mistake_in_the_parent_is_named_in_the_parents_file_once()
    {
        Write("parent", "  commendation_bar: 90\n  min_score: 200\n");
        Write("child", "  commendation_bar: 95\n", extends: "parent");
        var errors = Lint("child").Where(d => d.IsError).ToList();
        var d = Assert.Single(errors);
        Assert.Equal(("rules/parent.yaml", ScoringLine + 2, 14), (d.File, d.Line, d.Column));
        Assert.Contains("rules/parent.yaml:22:14: 错误：scoring.min_score", LoadFails("child").Message);
        // a child's own mistake is the child's
        Write("parent", "  commendation_bar: 90\n");
        Write("own", "  rate_points: 0\n", extends: "parent");
        var own = Assert.Single(Lint("own"), x => x.IsError);
        Assert.Equal(("rules/own.yaml", ScoringLine + 1, 16), (own.File, own.Line, own.Column));
        Assert.Contains("rate_points", own.Message);
    }

    [Fact]
    public void A_scheme_mistake_never_waits_for_the_replay()
    {
        // before: the scheme was checked when scores were calculated, after every case had been replayed
        Write("late", "  scheme: weekly\n");
        Assert.Contains($"rules/late.yaml:{ScoringLine + 1}:11: 错误：scoring.scheme 应为 per-finding", LoadFails("late").Message);
    }

    private List<PackDiagnostic> Lint(string id)
    {
        var diags = new List<PackDiagnostic>();
        RulePackLoader.TryLoad(Rules, id, diags);
        return diags;
    }
}
