namespace Auditor.Core.Tests.Rules;

/// <summary>
/// The smallest valid pack (one 5-hour release rule citing source `doc` = sources/doc.txt, its clause list) up to
/// where a test adds its `scoring:` section; `id:` on line 1.
/// </summary>
internal static class OneRulePack
{
    public static string Head(string id) => $"""
        id: {id}
        title: 测试包
        issuer: 测试机关
        version: "1"
        source: doc
        sources:
          doc: sources/doc.txt
        rules:
          - id: r.release
            title: 5小时发布
            kind: release
            clause: {"{"}number: 一, quote: 发现后应在5小时内发布权威信息{"}"}
            start: discovered
            target: released
            window: 5h
        clauses:
          - {"{"}number: 一, rules: [r.release]{"}"}

        """.Replace("\r\n", "\n");
}
