using Auditor.Core.Rules;

namespace Auditor.Core.Tests.Rules;

/// <summary>`rules lint` checks every sanction citation (criterion, trigger) against the pack's own sources.</summary>
public class SanctionLintTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "auditor-sanction-lint-" + Guid.NewGuid().ToString("N"));

    public SanctionLintTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sources"));
        File.WriteAllText(Path.Combine(_dir, "sources", "doc.txt"),
            "一、发现后应在５小时内发布权威信息。\n二、建立通报批评和约谈制度，对反馈不及时的单位给予通报批评，对整改不到位的单位进行约谈；对泄密的，追究责任。\n");
        File.WriteAllText(Path.Combine(_dir, "sources", "other.txt"), "三、对反馈不及时的，给予通报批评。\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Write(string name, string sanctions)
    {
        var yaml = OneRulePack.Head(name) + "scoring:\n  sanctions:\n" + sanctions.Replace("\r\n", "\n") + "\n";
        var path = Path.Combine(_dir, name + ".yaml");
        File.WriteAllText(path, yaml.Replace("\r\n", "\n"));
        return path;
    }

    private static int LineOf(string path, string text) =>
        File.ReadAllLines(path).Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void Verbatim_quotes_from_the_packs_own_source_pass()
    {
        Write("ok", """
                criticism:
                  enabled: true
                  clause: doc 二
                  quote: 对反馈不及时的单位给予通报批评
                  triggers:
                    - {label: 反馈不及时, kinds: [feedback]}
                accountability:
                  enabled: true
                  clause: doc 二
                  quote: 追究责任
                  triggers:
                    - {label: 泄密, kinds: [confidentiality], quote: 对泄密的，追究责任}
            """);
        Assert.Empty(RulePackLinter.Lint(_dir, "ok"));
    }

    [Fact]
    public void A_quote_not_in_the_source_fails_with_its_line()
    {
        var path = Write("bad", """
                accountability:
                  enabled: true
                  clause: doc 二
                  quote: 对失职的，追究责任
                  triggers:
                    - {label: 泄密, kinds: [confidentiality]}
            """);
        var d = Assert.Single(RulePackLinter.Lint(_dir, "bad"));
        Assert.True(d.IsError);
        Assert.Equal(LineOf(path, "对失职的，追究责任"), d.Line);
        Assert.EndsWith("bad.yaml", d.File);
        Assert.Contains("找不到", d.Message);
        Assert.Contains("accountability", d.Message);
    }

    [Fact]
    public void Trigger_quotes_are_checked_too()
    {
        var path = Write("trig", """
                criticism:
                  enabled: true
                  clause: doc 二
                  quote: 对反馈不及时的单位给予通报批评
                  triggers:
                    - {label: 反馈不及时, kinds: [feedback], quote: 对反馈迟缓的，通报批评}
            """);
        var d = Assert.Single(RulePackLinter.Lint(_dir, "trig"));
        Assert.Equal(LineOf(path, "对反馈迟缓的"), d.Line);
        Assert.Contains("触发条件[0]", d.Message);
    }

    [Fact]
    public void A_clause_naming_a_document_the_pack_does_not_declare_fails()
    {
        // the quote is verbatim in other.txt, but this pack's sources do not include it: another jurisdiction's clause
        var path = Write("foreign", """
                criticism:
                  enabled: true
                  clause: other 三
                  quote: 对反馈不及时的，给予通报批评
                  triggers:
                    - {label: 反馈不及时, kinds: [feedback]}
            """);
        var d = Assert.Single(RulePackLinter.Lint(_dir, "foreign"));
        Assert.Equal(LineOf(path, "对反馈不及时的，给予通报批评"), d.Line);
        Assert.Contains("只能引用本包依据的文件", d.Message);
    }

    [Fact]
    public void An_enabled_list_without_a_citation_is_a_lint_error()
    {
        Write("bare", """
                accountability: {enabled: true, triggers: [{label: 泄密, kinds: [confidentiality]}]}
            """);
        Assert.Contains(RulePackLinter.Lint(_dir, "bare"), d => d.IsError && d.Message.Contains("scoring.sanctions.accountability"));
    }

    [Fact]
    public void A_child_inheriting_the_parents_sanctions_is_checked_against_them()
    {
        Write("parent", """
                criticism: {enabled: true, clause: doc 二, quote: 对反馈不及时的单位给予通报批评, triggers: [{label: 反馈不及时, kinds: [feedback]}]}
            """);
        File.WriteAllText(Path.Combine(_dir, "child.yaml"), "id: child\ntitle: 子包\nissuer: 测试机关\nversion: \"1\"\nextends: parent\n");
        Assert.Empty(RulePackLinter.Lint(_dir, "child"));
        Write("parent", """
                criticism: {enabled: true, clause: doc 二, quote: 不在原文中的通报批评, triggers: [{label: 反馈不及时, kinds: [feedback]}]}
            """);
        var d = Assert.Single(RulePackLinter.Lint(_dir, "child"));
        Assert.EndsWith("parent.yaml", d.File);
    }
}
