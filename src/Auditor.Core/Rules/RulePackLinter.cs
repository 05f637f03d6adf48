using Auditor.Core.Domain;

namespace Auditor.Core.Rules;

/// <summary>
/// `auditor rules lint`: everything the loader checks (unknown kind, bad window, missing citation, duplicate id,
/// file:line:column), plus: every quoted sentence appears in its source text (whitespace and full/half-width
/// punctuation normalised), every rule is listed in the clause list, every clause entry names its source.
/// </summary>
public static class RulePackLinter
{
    public static IReadOnlyList<PackDiagnostic> Lint(string rulesDir, string idOrPath)
    {
        var diags = new List<PackDiagnostic>();
        RulePack? pack;
        try { pack = RulePackLoader.TryLoad(rulesDir, idOrPath, diags); }
        catch (RulePackException ex) { diags.Add(new PackDiagnostic(idOrPath, 1, 1, ex.Message)); return diags; }
        if (pack is null) return diags;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Text(string source)
        {
            if (texts.TryGetValue(source, out var t)) return t;
            if (!pack.Sources.TryGetValue(source, out var doc) || !File.Exists(doc.Path)) return null;
            t = QuoteText.Normalize(File.ReadAllText(doc.Path));
            texts[source] = t;
            return t;
        }
        var display = DisplayOf(diags, pack, rulesDir);
        void CheckQuote(Citation c, string? file, int line, string what)
        {
            var text = Text(c.Source);
            if (text is null) { diags.Add(new PackDiagnostic(file ?? display, line, 1, $"{what}引用的来源“{c.Source}”没有可读的原文文件")); return; }
            if (string.IsNullOrWhiteSpace(c.Quote)) { diags.Add(new PackDiagnostic(file ?? display, line, 1, $"{what}缺少引文")); return; }
            if (!text.Contains(QuoteText.Normalize(c.Quote), StringComparison.Ordinal))
                diags.Add(new PackDiagnostic(file ?? display, line, 1, $"{what}的引文在来源“{c.Source}”中找不到：“{Shorten(c.Quote)}”"));
        }
        foreach (var r in pack.Rules) CheckQuote(r.Clause, r.File, r.ClauseLine, $"规则“{r.Id}”");
        foreach (var i in pack.Interpretations) CheckQuote(i.Clause, display, 1, $"释义“{i.Term}”");
        var listed = new HashSet<string>(pack.Clauses.SelectMany(c => c.RuleIds), StringComparer.Ordinal);
        foreach (var r in pack.Rules)
            if (!listed.Contains(r.Id))
                diags.Add(new PackDiagnostic(r.File ?? display, r.Line, 1, $"规则“{r.Id}”未列入条款清单（clauses）"));
        foreach (var c in pack.Clauses)
            if (!pack.Sources.ContainsKey(c.Source))
                diags.Add(new PackDiagnostic(display, c.Line, 1, $"条款“{c.Number}”的来源“{c.Source}”未在 sources 中声明"));
        return diags;
    }

    private static string DisplayOf(List<PackDiagnostic> diags, RulePack pack, string rulesDir)
    {
        try
        {
            var rel = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(rulesDir))!, pack.File);
            return rel.StartsWith("..", StringComparison.Ordinal) ? pack.File : rel;
        }
        catch (ArgumentException) { return pack.File; }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
