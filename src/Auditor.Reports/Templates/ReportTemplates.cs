using Auditor.Core;

namespace Auditor.Reports.Templates;

/// <summary>
/// The Markdown wording of the public documents (rules/templates/*.md), editable by an office without touching code.
/// Files: 通报批评.md, 约谈名单.md, 表彰名单.md, 自查报告.md.
/// </summary>
public sealed class ReportTemplates
{
    public const string Notice = "通报批评";
    public const string InterviewList = "约谈名单";
    public const string CommendationList = "表彰名单";
    public const string SelfCheck = "自查报告";

    private readonly Dictionary<string, (string Text, string File)> _templates;

    private ReportTemplates(Dictionary<string, (string, string)> templates) => _templates = templates;

    /// <summary>Loads every required template from <paramref name="dir"/>; a missing one is a rule-pack error (exit 4).</summary>
    public static ReportTemplates Load(string dir)
    {
        var d = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var name in new[] { Notice, InterviewList, CommendationList, SelfCheck })
        {
            var path = Path.Combine(dir, name + ".md");
            if (!File.Exists(path)) throw new RulePackException($"{path}: 缺少文书模板“{name}.md”");
            d[name] = (File.ReadAllText(path), path);
        }
        return new ReportTemplates(d);
    }

    /// <summary>Templates given in memory (tests).</summary>
    internal static ReportTemplates FromText(IReadOnlyDictionary<string, string> texts) =>
        new(texts.ToDictionary(kv => kv.Key, kv => (kv.Value, kv.Key + ".md"), StringComparer.Ordinal));

    internal (string Text, string File) Get(string name) =>
        _templates.TryGetValue(name, out var t) ? t : throw new RulePackException($"缺少文书模板“{name}.md”");
}
