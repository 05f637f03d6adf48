using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Tests.Golden;

namespace Auditor.Core.Tests.Rules;

public class RulePackLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "auditor-rules-" + Guid.NewGuid().ToString("N"));

    public RulePackLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sources"));
        File.WriteAllText(Path.Combine(_dir, "sources", "doc.txt"), "一、发现后应在５小时内发布权威信息。\n二、其他情况48小时内回应。\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private const string BaseYaml = """
        id: base
        title: 基础包
        issuer: 测试机关
        version: "1"
        source: doc
        sources:
          doc: sources/doc.txt
        rules:
          - id: r.release
            title: 5小时发布
            kind: release
            clause: {number: 一, quote: 发现后应在5小时内发布权威信息}
            applies_when: {sudden: true}
            start: discovered
            target: released
            window: 5h
          - id: r.response
            title: 48小时回应
            kind: response
            clause: {number: 二, quote: 其他情况48小时内回应}
            start: discovered
            target: responded
            window: 48h
        clauses:
          - {number: 一, rules: [r.release]}
          - {number: 二, rules: [r.response]}
        scoring:
          base: 100
          commendation_bar: 95
          kind_caps: {release: 30}
        """;

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_dir, name + ".yaml");
        File.WriteAllText(path, yaml.Replace("\r\n", "\n"));
        return path;
    }

    [Fact]
    public void Loads_a_pack_and_normalises_full_width_digits_in_quote_checks()
    {
        Write("base", BaseYaml);
        var pack = RulePackLoader.Load(_dir, "base");
        Assert.Equal(2, pack.Rules.Length);
        Assert.Equal(ObligationKind.Release, pack.Rules[0].Kind);
        Assert.Equal("5h", pack.Rules[0].WindowText);
        Assert.Equal(95, pack.Scoring.CommendationBar);
        Assert.Empty(RulePackLinter.Lint(_dir, "base")); // "５小时" in the source matches "5小时" in the quote
    }

    [Fact]
    public void Unknown_id_lists_the_available_packs()
    {
        Write("base", BaseYaml);
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Load(_dir, "nosuch"));
        Assert.Contains("nosuch", ex.Message);
        Assert.Contains("base", ex.Message);
        Assert.Equal(ExitCodes.RulePack, ex.ExitCode);
    }

    [Fact]
    public void Yaml_syntax_error_names_file_line_and_column()
    {
        Write("broken", "id: broken\ntitle: x\nrules:\n  - id: a\n    clause: {number: 一, quote: 甲,乙}\n");
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Load(_dir, "broken"));
        Assert.Matches(@"broken\.yaml:5:\d+", ex.Message);
    }

    [Fact]
    public void Unknown_kind_bad_window_and_duplicate_id_are_reported_with_lines()
    {
        var yaml = BaseYaml.Replace("kind: response", "kind: responze").Replace("window: 5h", "window: 5x").Replace("id: r.response", "id: r.release");
        Write("bad", yaml);
        var diags = RulePackLinter.Lint(_dir, "bad");
        Assert.Contains(diags, d => d.Message.Contains("responze") || d.Message.Contains("重复"));
        Assert.Contains(diags, d => d.Message.Contains("5x") && d.Line == 16);
        Assert.Contains(diags, d => d.Message.Contains("重复") && d.Line == 17);
    }

    [Fact]
    public void Unknown_kind_is_reported_at_its_line()
    {
        Write("bad", BaseYaml.Replace("kind: response", "kind: responze"));
        var d = Assert.Single(RulePackLinter.Lint(_dir, "bad"), x => x.IsError);
        Assert.Equal(19, d.Line);
        Assert.Contains("responze", d.Message);
    }

    [Fact]
    public void A_quote_not_in_the_source_fails_lint()
    {
        Write("q", BaseYaml.Replace("quote: 其他情况48小时内回应", "quote: 其他情况24小时内回应"));
        var diags = RulePackLinter.Lint(_dir, "q");
        var d = Assert.Single(diags, x => x.Message.Contains("找不到"));
        Assert.Equal(20, d.Line);
        // and the 48 h window is no longer what the (mis)quoted sentence states
        Assert.Contains(diags, x => x.Message.Contains("不是引文写明的") && x.Message.Contains("24"));
    }

    [Fact]
    public void Missing_citation_is_an_error()
    {
        Write("c", BaseYaml.Replace("    clause: {number: 二, quote: 其他情况48小时内回应}\n", ""));
        Assert.Contains(RulePackLinter.Lint(_dir, "c"), d => d.IsError && d.Message.Contains("条款引用"));
    }

    [Fact]
    public void Extends_overrides_by_id_disables_and_merges_scoring_key_by_key()
    {
        Write("base", BaseYaml);
        Write("child", """
            id: child
            title: 子包
            issuer: 县
            version: "2"
            extends: base
            rules:
              - id: r.release
                title: 24小时发布
                kind: release
                clause: {number: 一, quote: 发现后应在5小时内发布权威信息}
                start: discovered
                target: released
                window: 24h
              - id: r.response
                disabled: true
            scoring:
              commendation_bar: 88
            """);
        var pack = RulePackLoader.Load(_dir, "child");
        var rule = Assert.Single(pack.Rules);
        Assert.Equal("24h", rule.WindowText);
        Assert.Equal(88, pack.Scoring.CommendationBar);     // child key
        Assert.Equal(30, pack.Scoring.KindCaps["release"]); // parent key kept
        Assert.Equal("base", pack.Extends);
    }

    [Fact]
    public void Clause_entry_naming_an_unknown_rule_is_an_error()
    {
        Write("u", BaseYaml.Replace("rules: [r.response]", "rules: [r.nothing]"));
        Assert.Contains(RulePackLinter.Lint(_dir, "u"), d => d.IsError && d.Message.Contains("r.nothing"));
    }

    [Theory]
    [InlineData("national")]
    [InlineData("nanan")]
    [InlineData("gaoan")]
    [InlineData("zhanggong")]
    [InlineData("huangchuan")]
    [InlineData("xuchang")]
    public void Shipped_packs_lint_clean(string id)
    {
        Assert.Empty(RulePackLinter.Lint(GoldenKit.RulesDir, id));
        var pack = GoldenKit.Pack(id);
        Assert.Equal(pack.Rules.Length, pack.RuleInfos().Count);
        Assert.NotEmpty(pack.InterpretationList());
        Assert.Equal(id, pack.Info.Id);
    }
}
